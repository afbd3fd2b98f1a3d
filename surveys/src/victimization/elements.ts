/** SurveyJS (survey-core 3.0.0) JSON constructors particular to the victimization questionnaire. */
import { T, type Loc } from '../i18n';
// The plain question builders are shared with the other questionnaires; `integer`, `panel` and `page`
// differ here (range validators with a localized message; page key order kept so the JSON is unchanged).
import { base, type Element, type QuestionOptions } from '../elements';

export { checkbox, choice, dropdown, html, radio, type Choice, type Element } from '../elements';

/** Whole number in [min, max] with a localized range message. */
export function integer(name: string, title: Loc, min: number, max: number, message: Loc, opts: QuestionOptions = {}): Element {
  return {
    ...base('text', name, title, opts),
    inputType: 'number',
    validators: [
      { type: 'numeric', minValue: min, maxValue: max, text: message },
      { type: 'regex', regex: '^[0-9]+$', text: WHOLE_NUMBER },
    ],
  };
}

export function panel(name: string, title: Loc, elements: Element[], visibleIf?: string): Element {
  const el: Element = { type: 'panel', name, title, elements };
  if (visibleIf) el.visibleIf = visibleIf;
  return el;
}

export function page(name: string, title: Loc, elements: Element[], visibleIf?: string): Element {
  const el: Element = { name, title, elements };
  if (visibleIf) el.visibleIf = visibleIf;
  return el;
}

export const WHOLE_NUMBER = T(
  'Enter a whole number.',
  'Shkruani një numër të plotë.',
  'Unesite cijeli broj.',
  'Unesite cijeli broj.',
  'Внесете цел број.',
  'Unesite cio broj.',
  'Унесите цео број.',
);
