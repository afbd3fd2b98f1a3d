/**
 * The catalogue linter: every variable an indicator reads must exist in the standard
 * questionnaires, so that renaming a question cannot silently empty a published table; and every
 * text a report shows is translated and written in its locale's script.
 */
import type { DictionaryFile } from '../tables/value-labels';
import { ExpressionError } from './expression';
import { type Catalogue, type Locale, type LocalizedText, compileIndicator, definitionsById, indicatorVariables, INDICATOR_TYPES, LOCALES } from './catalogue';
import { AnalysisError } from '../errors';
import { INCOME_QUINTILE, INCOME_SOURCES } from './income';

export interface CatalogueFinding {
  /** The indicator id, or `group <id>` for a group title. */
  readonly indicator: string;
  readonly message: string;
}

const CYRILLIC_LOCALES: ReadonlySet<Locale> = new Set<Locale>(['mk', 'sr']);
/** What a Cyrillic text may keep in Latin letters: the classification's name before its codes, and variable names. */
const LATIN_IN_CYRILLIC = /\bICCS\b|\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g;

/** Why a text is not in its locale's script (mk and sr are Cyrillic, the others Latin), or undefined. */
export function scriptProblem(text: string, locale: Locale): string | undefined {
  if (CYRILLIC_LOCALES.has(locale)) {
    const latin = /\p{Script=Latin}+/u.exec(text.replace(LATIN_IN_CYRILLIC, ' '));
    return latin ? `Latin letters ("${latin[0]}") in Cyrillic ${locale}` : undefined;
  }
  const cyrillic = /\p{Script=Cyrillic}+/u.exec(text);
  return cyrillic ? `Cyrillic letters ("${cyrillic[0]}") in Latin-script ${locale}` : undefined;
}

function textFindings(subject: string, field: string, texts: LocalizedText): CatalogueFinding[] {
  const findings: CatalogueFinding[] = [];
  for (const locale of LOCALES) {
    const text = texts[locale];
    const problem = scriptProblem(text, locale);
    if (problem) findings.push({ indicator: subject, message: `${field}: ${problem}` });
    // A copy of the English hides a missing translation (short labels such as "Incidence" may coincide).
    if (locale !== 'en' && text === texts.en && text.split(/\s+/).length >= 3) {
      findings.push({ indicator: subject, message: `${field}: ${locale} is the English text` });
    }
  }
  return findings;
}

/** Group titles, indicator titles and definitions: each translated and in its locale's script. */
export function lintTexts(catalogue: Catalogue): CatalogueFinding[] {
  return [
    ...catalogue.groups.flatMap((g) => textFindings(`group ${g.id}`, 'title', g.title)),
    ...catalogue.indicators.flatMap((d) => [...textFindings(d.id, 'title', d.title), ...textFindings(d.id, 'definition', d.definition)]),
  ];
}

/** Columns every export carries besides the questions (VARIABLES.md conventions). */
export const DESIGN_VARIABLES: readonly string[] = ['weight', 'weight_hh', 'stratum', 'psu', 'fpc', 'disposition', 'interviewer'];

/**
 * The variable names of a questionnaire's export, as its variable dictionary lists them (question
 * names, checkbox flags, matrix cells `matrix__row__column`, calculated values kept in the result).
 * The analysis reads questionnaires only through the dictionary shipped beside the data.
 */
export function dictionaryVariableNames(dictionary: DictionaryFile): Set<string> {
  return new Set(dictionary.variables.map((v) => v.name));
}

/** Lints a catalogue against the known variable names; no findings means every table can be built. */
export function lintCatalogue(catalogue: Catalogue, knownVariables: ReadonlySet<string>): CatalogueFinding[] {
  const findings: CatalogueFinding[] = [];
  const groups = new Set(catalogue.groups.map((g) => g.id));
  const seen = new Set<string>();
  const byId = definitionsById(catalogue);
  for (const def of catalogue.indicators) {
    const report = (message: string): void => { findings.push({ indicator: def.id, message }); };
    if (seen.has(def.id)) report('duplicate indicator id');
    seen.add(def.id);
    if (!groups.has(def.group)) report(`unknown group "${def.group}"`);
    if (!INDICATOR_TYPES.includes(def.type)) report(`unknown type "${def.type}"`);
    if (def.type === 'ratio' && def.denominator === undefined) report('a ratio needs a denominator');
    if (def.type !== 'ratio' && def.type !== 'mean-of-shares' && def.denominator !== undefined) report(`a ${def.type} takes no denominator (use the universe)`);
    let compiled;
    try {
      compiled = compileIndicator(def, byId);
    } catch (err) {
      if (err instanceof ExpressionError) { report(err.message); continue; }
      // A mean-of-shares whose components do not resolve (compileIndicator says which and why).
      if (err instanceof AnalysisError) { report(err.message.replace(`indicator catalogue: ${def.id}: `, '')); continue; }
      throw err;
    }
    for (const v of indicatorVariables(compiled)) {
      if (!knownVariables.has(v)) report(`unknown variable "${v}" (not in the standard questionnaires; check surveys/VARIABLES.md)`);
    }
    for (const d of def.disaggregations) {
      // The income quintile is formed at analysis from the amount and the household size (income.ts).
      const derivable = d === INCOME_QUINTILE && INCOME_SOURCES.every((v) => knownVariables.has(v));
      if (!knownVariables.has(d) && !derivable) report(`unknown disaggregation variable "${d}"`);
    }
  }
  return [...findings, ...lintTexts(catalogue)];
}
