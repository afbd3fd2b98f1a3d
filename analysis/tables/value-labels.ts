/**
 * Value labels of the questionnaires' choice questions (`region`, `sex`, `urban`, `education`, …)
 * taken from the standard questionnaires themselves, so a report says what the form said and a
 * questionnaire change updates the report. SurveyJS keeps English under the key `default`.
 * The first questionnaire that has a variable wins (victimization, then corruption, then safety).
 */
import victimizationJson from '../../surveys/victimization.json';
import corruptionJson from '../../surveys/corruption.json';
import safetyJson from '../../surveys/safety.json';
import type { Locale } from '../indicators/catalogue';

type SurveyText = string | Readonly<Record<string, string>>;
interface Choice { readonly value: string | number; readonly text?: SurveyText }

/** variable → code → localized text, as written in a questionnaire. */
export type ValueLabelMap = ReadonlyMap<string, ReadonlyMap<string, SurveyText>>;

/** Collects every question with inline choices (pages, panels, dynamic panels, nested elements). */
export function valueLabelsOf(questionnaires: readonly unknown[]): ValueLabelMap {
  const found = new Map<string, Map<string, SurveyText>>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) { node.forEach(visit); return; }
    if (!node || typeof node !== 'object') return;
    const e = node as { name?: unknown; choices?: unknown; pages?: unknown; elements?: unknown; templateElements?: unknown };
    if (typeof e.name === 'string' && Array.isArray(e.choices) && !found.has(e.name)) {
      const codes = new Map<string, SurveyText>();
      for (const c of e.choices as unknown[]) {
        if (c && typeof c === 'object' && 'value' in c) {
          const choice = c as Choice;
          codes.set(String(choice.value), choice.text ?? String(choice.value));
        } else if (typeof c === 'string' || typeof c === 'number') codes.set(String(c), String(c));
      }
      if (codes.size > 0) found.set(e.name, codes);
    }
    for (const k of ['pages', 'elements', 'templateElements'] as const) if (e[k] !== undefined) visit(e[k]);
  };
  for (const q of questionnaires) visit(q);
  return found;
}

let standard: ValueLabelMap | undefined;

/** The standard questionnaires' value labels, collected on first use. */
export function standardValueLabels(): ValueLabelMap {
  standard ??= valueLabelsOf([victimizationJson, corruptionJson, safetyJson]);
  return standard;
}

/** The text of `code` of `variable` in `locale` (English when the locale has none), or undefined for an unknown code. */
export function valueLabel(variable: string, code: string, locale: Locale, labels: ValueLabelMap = standardValueLabels()): string | undefined {
  const text = labels.get(variable)?.get(code);
  if (text === undefined) return undefined;
  if (typeof text === 'string') return text;
  return text[locale] ?? text.default ?? text.en;
}

/** The questionnaire's order of a variable's codes (for sorting domains), or undefined when it has no choices. */
export function codeOrder(variable: string, labels: ValueLabelMap = standardValueLabels()): readonly string[] | undefined {
  const codes = labels.get(variable);
  return codes ? [...codes.keys()] : undefined;
}
