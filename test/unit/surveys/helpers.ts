/** Shared checks for the standard questionnaires: load the committed JSON into survey-core in node. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Model, type Question } from 'survey-core';
import { LOCALES } from '../../../surveys/src/i18n';
import { PROFILES } from '../../../analysis/profiles';
import { registerSelectionFunctions } from '../../../src/questionnaire/selection';

// The questionnaires call the respondent-selection functions the app registers (src/questionnaire/selection.ts).
registerSelectionFunctions();

export const surveysDir = fileURLToPath(new URL('../../../surveys/', import.meta.url));

export function readQuestionnaire(file: string): unknown {
  return JSON.parse(readFileSync(`${surveysDir}${file}`, 'utf8'));
}

export function newModel(file: string): Model {
  return new Model(readQuestionnaire(file));
}

/** Names of the questions visible under the current answers (pages' visibility included). */
export function visibleQuestions(model: Model): Set<string> {
  return new Set(model.getAllQuestions(true).map((q: Question) => q.name));
}

interface LocalizedString {
  path: string;
  value: Record<string, unknown>;
}

/** Every localized string object (`{ default, sq, … }`) in a questionnaire, with its JSON path. */
export function localizedStrings(node: unknown, path = '$'): LocalizedString[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => localizedStrings(item, `${path}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  const obj = node as Record<string, unknown>;
  if (typeof obj.default === 'string') return [{ path, value: obj }];
  return Object.entries(obj).flatMap(([key, value]) => localizedStrings(value, `${path}.${key}`));
}

/** Localizable properties that must never be plain strings (they would show English in every locale). */
const LOCALIZABLE = new Set(['title', 'description', 'text', 'html', 'completedHtml', 'placeholder', 'minRateDescription', 'maxRateDescription', 'keyDuplicationError', 'addRowText', 'removeRowText', 'requiredErrorText']);

export function plainLocalizableStrings(node: unknown, path = '$'): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => plainLocalizableStrings(item, `${path}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    LOCALIZABLE.has(key) && typeof value === 'string' ? [`${path}.${key}`] : plainLocalizableStrings(value, `${path}.${key}`),
  );
}

/** Words spelled the same in English and in a language of the region (checked one by one). */
// Proper names of the country profiles (regions, countries) are the same in English and the local language.
const SAME_AS_ENGLISH = new Set(['Region', ...Object.values(PROFILES).flatMap((p) => [p.name, ...p.regions.map((r) => r.name)]).flatMap((n) => [n.en])]);

const CYRILLIC_LOCALES = new Set(['mk', 'sr']);
/** Acronyms that stay in Latin script inside Cyrillic text (two-letter ISO country codes too). */
// Codes a user types as they are (jha-admin citizenship: STLS stateless, UNK unknown, as in Eurostat's list).
const LATIN_IN_CYRILLIC = new Set(['ICCS', 'ISO', 'EUR', 'STLS', 'UNK']);

function wrongScript(locale: string, text: string): boolean {
  // Markup and piped {variables} are not words of the text.
  const plain = text.replace(/<[^>]*>/g, ' ').replace(/\{[^}]*\}/g, ' ');
  if (CYRILLIC_LOCALES.has(locale)) {
    return (plain.match(/[A-Za-z]{2,}/g) ?? []).some((word) => !LATIN_IN_CYRILLIC.has(word) && !/^[A-Z]{2}$/.test(word));
  }
  return /[\u0400-\u04FF]/.test(plain);
}

/** Translation problems: a locale missing or empty, or an English text copied into another locale. */
export function translationProblems(json: unknown): string[] {
  const problems: string[] = [];
  for (const { path, value } of localizedStrings(json)) {
    for (const locale of LOCALES) {
      const text = value[locale];
      if (typeof text !== 'string' || text.trim() === '') problems.push(`${path}: no ${locale}`);
      else if (locale !== 'default' && /[a-z]{3}/i.test(text) && text === value.default && !SAME_AS_ENGLISH.has(text)) problems.push(`${path}: ${locale} is the English text`);
      else if (wrongScript(locale, text)) problems.push(`${path}: ${locale} mixes scripts: ${text}`);
    }
    const extra = Object.keys(value).filter((k) => !(LOCALES as readonly string[]).includes(k));
    if (extra.length > 0) problems.push(`${path}: unexpected locales ${extra.join(', ')}`);
  }
  return problems.concat(plainLocalizableStrings(json).map((p) => `${p}: plain string, not localized`));
}

/** The title survey-core shows for a question in each locale, next to the string in the JSON. */
export function titlesByLocale(model: Model, json: unknown, questionName: string): { shown: string[]; expected: string[] } {
  const find = (node: unknown): Record<string, string> | undefined => {
    if (Array.isArray(node)) return node.map(find).find((x) => x !== undefined);
    if (node === null || typeof node !== 'object') return undefined;
    const obj = node as Record<string, unknown>;
    if (obj.name === questionName && typeof obj.title === 'object') return obj.title as Record<string, string>;
    return Object.values(obj).map(find).find((x) => x !== undefined);
  };
  const title = find(json);
  if (title === undefined) throw new Error(`no question ${questionName}`);
  const question = model.getQuestionByName(questionName);
  const shown = LOCALES.map((locale) => {
    model.locale = locale === 'default' ? '' : locale;
    return question.title;
  });
  model.locale = '';
  return { shown, expected: LOCALES.map((locale) => title[locale]) };
}
