/** Small builders for SurveyJS JSON (survey-core 3.0 property names), so the modules read like a questionnaire. */
import { T, type Loc } from './i18n';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue | undefined };
export type Element = { [key: string]: JsonValue | undefined };
export interface Choice extends Element {
  value: number | string;
  text: Loc;
}

export const choice = (value: number | string, text: Loc, visibleIf?: string): Choice =>
  visibleIf === undefined ? { value, text } : { value, text, visibleIf };

export const YES = T('Yes', 'Po', 'Da', 'Da', 'Да', 'Da', 'Да');
export const NO = T('No', 'Jo', 'Ne', 'Ne', 'Не', 'Ne', 'Не');
export const DONT_KNOW = T(
  "Don't know (not read out)",
  'Nuk e di (mos e lexoni)',
  'Ne zna (ne čitati)',
  'Ne zna (ne čitati)',
  'Не знае (не се чита)',
  'Ne zna (ne čitati)',
  'Не зна (не читати)',
);
export const REFUSED = T(
  'Refused (not read out)',
  'Refuzoi të përgjigjet (mos e lexoni)',
  'Odbio/la odgovoriti (ne čitati)',
  'Odbio/la odgovoriti (ne čitati)',
  'Одби да одговори (не се чита)',
  'Odbio/la da odgovori (ne čitati)',
  'Одбио/ла да одговори (не читати)',
);

/** The self-completion wording of "refused". */
export const PREFER_NOT = T(
  'I prefer not to answer',
  'Preferoj të mos përgjigjem',
  'Radije ne bih odgovorio/la',
  'Radije ne bih odgovorio/la',
  'Претпочитам да не одговорам',
  'Radije ne bih odgovorio/la',
  'Радије не бих одговорио/ла',
);

export const yesNo = (): Choice[] => [choice(1, YES), choice(2, NO)];
export const yesNoRefused = (): Choice[] => [choice(1, YES), choice(2, NO), choice(9, REFUSED)];

export interface QuestionOptions {
  visibleIf?: string;
  isRequired?: boolean;
  description?: Loc;
  /** SurveyJS validators (e.g. `{ type: 'expression', expression, text }`). */
  validators?: Element[];
  /** Value proposed until the interviewer changes it (re-evaluated while untouched). */
  defaultValueExpression?: string;
}

export function base(type: string, name: string, title: Loc, options: QuestionOptions): Element {
  const el: Element = { type, name, title };
  if (options.description !== undefined) el.description = options.description;
  if (options.visibleIf !== undefined) el.visibleIf = options.visibleIf;
  el.isRequired = options.isRequired ?? true;
  if (options.defaultValueExpression !== undefined) el.defaultValueExpression = options.defaultValueExpression;
  if (options.validators !== undefined) el.validators = options.validators;
  return el;
}

export function radio(name: string, title: Loc, choices: Choice[], options: QuestionOptions = {}): Element {
  return { ...base('radiogroup', name, title, options), choices };
}

export function checkbox(name: string, title: Loc, choices: Choice[], options: QuestionOptions = {}): Element {
  return { ...base('checkbox', name, title, options), choices };
}

export function dropdown(name: string, title: Loc, choices: Choice[], options: QuestionOptions = {}): Element {
  return { ...base('dropdown', name, title, options), choices };
}

/** Integer entry with range checks done by the `min`/`max` of a number input. */
export function integer(
  name: string,
  title: Loc,
  range: { min: number; max?: number },
  options: QuestionOptions = {},
): Element {
  const el: Element = { ...base('text', name, title, options), inputType: 'number', min: range.min };
  if (range.max !== undefined) el.max = range.max;
  return el;
}

export function comment(name: string, title: Loc, options: QuestionOptions = {}): Element {
  return base('comment', name, title, { isRequired: false, ...options });
}

export function html(name: string, content: Loc, visibleIf?: string): Element {
  const el: Element = { type: 'html', name, html: content };
  if (visibleIf !== undefined) el.visibleIf = visibleIf;
  return el;
}

export function page(name: string, title: Loc, elements: Element[], extra: { visibleIf?: string; description?: Loc } = {}): Element {
  const p: Element = { name, title };
  if (extra.description !== undefined) p.description = extra.description;
  if (extra.visibleIf !== undefined) p.visibleIf = extra.visibleIf;
  p.elements = elements;
  return p;
}

/** A derived 1/0 flag stored in the data (VARIABLES.md conventions). */
export function flag(name: string, condition: string): Element {
  return { name, expression: `iif(${condition}, 1, 0)`, includeIntoResult: true };
}

export const anyOf = (conditions: string[]): string => conditions.map((c) => `(${c})`).join(' or ');
