/** Small constructors for the SurveyJS (survey-core 3.0.0) JSON elements used by the questionnaire. */
import { T, type Loc } from '../i18n';

import type { Element } from '../elements';

export type { Element };
export type Choice = { value: number | string; text: Loc };
interface Common {
  visibleIf?: string;
  description?: Loc;
  isRequired?: boolean;
}

export const choice = (value: number | string, text: Loc): Choice => ({ value, text });

function base(type: string, name: string, title: Loc, opts: Common): Element {
  const el: Element = { type, name, title };
  if (opts.description) el.description = opts.description;
  if (opts.visibleIf) el.visibleIf = opts.visibleIf;
  el.isRequired = opts.isRequired ?? true;
  return el;
}

export function radio(name: string, title: Loc, choices: Choice[], opts: Common = {}): Element {
  return { ...base('radiogroup', name, title, opts), choices };
}

export function checkbox(name: string, title: Loc, choices: Choice[], opts: Common = {}): Element {
  return { ...base('checkbox', name, title, opts), choices };
}

export function dropdown(name: string, title: Loc, choices: Choice[], opts: Common = {}): Element {
  return { ...base('dropdown', name, title, opts), choices };
}

/** Whole number in [min, max] with a localized range message. */
export function integer(name: string, title: Loc, min: number, max: number, message: Loc, opts: Common = {}): Element {
  return {
    ...base('text', name, title, opts),
    inputType: 'number',
    validators: [
      { type: 'numeric', minValue: min, maxValue: max, text: message },
      { type: 'regex', regex: '^[0-9]+$', text: WHOLE_NUMBER },
    ],
  };
}

export function html(name: string, content: Loc, visibleIf?: string): Element {
  const el: Element = { type: 'html', name, html: content };
  if (visibleIf) el.visibleIf = visibleIf;
  return el;
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
