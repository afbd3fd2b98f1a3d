// What one SurveyJS question (or matrix cell) stores: its kind and its value labels. The special
// items (none, other, refused, don't know) are honoured under both their SurveyJS 2 names
// (showNoneItem, showOtherItem) and the older ones (hasNone, hasOther), with the item's own text
// or SurveyJS's word in each locale.
import type { Locale } from '../../protocol/schemas';
import { codebookWords } from '../codebook/words';
import { isObject, type JsonObject } from '../model';
import { surveyLocales } from '../ui-locales/register';
import type { SurveyUiKey } from '../ui-locales/strings';
import { localize, perLocale, sameText } from './texts';
import type { LocalizedText, NumberRange, ValueLabel, VariableKind } from './types';

export interface Answer {
  kind: VariableKind;
  values: ValueLabel[];
  closed: boolean;
  range?: NumberRange;
}

const singleChoiceTypes = new Set(['radiogroup', 'dropdown', 'buttongroup', 'imagepicker']);
export const multipleChoiceTypes: ReadonlySet<string> = new Set(['checkbox', 'tagbox']);
const dateInputs = new Set(['date', 'datetime-local', 'month', 'week', 'time']);

/** SurveyJS's own text of a special item in each locale. */
function uiText(key: SurveyUiKey): LocalizedText {
  const english = surveyLocales[0].strings[key];
  return perLocale((l: Locale) => surveyLocales.find((s) => s.code === l)?.strings[key] ?? english);
}

/** The code of a choice as written: numbers stay numbers. */
function codeOf(value: unknown): string | number {
  return typeof value === 'number' ? value : String(value);
}

/** A choice list (`choices`, `rows`, matrix `columns`, `rateValues`) as value labels. */
/** A condition that is false whatever the answers: the constant `false` as SurveyJS reads it. */
const neverShown = (visibleIf: unknown): boolean => typeof visibleIf === 'string' && visibleIf.trim().toLowerCase() === 'false';

export function itemValues(items: unknown): ValueLabel[] {
  if (!Array.isArray(items)) return [];
  return items.filter((item) => item !== null && item !== undefined).map((item) => {
    if (isObject(item)) {
      const value = { value: codeOf(item.value), label: localize(item.text, String(item.value)) };
      return neverShown(item.visibleIf) ? { ...value, retired: true as const } : value;
    }
    return { value: codeOf(item), label: sameText(String(item)) };
  });
}

/** The special items a choice question adds after its choices, as SurveyJS stores them. */
export function specialItems(json: JsonObject): ValueLabel[] {
  const items: ValueLabel[] = [];
  if (json.showNoneItem === true || json.hasNone === true) {
    items.push({ value: typeof json.noneValue === 'string' ? json.noneValue : 'none', label: localize(json.noneText, uiText('noneItemText')) });
  }
  if (json.showOtherItem === true || json.hasOther === true) items.push({ value: 'other', label: localize(json.otherText, uiText('otherItemText')) });
  if (json.showRefuseItem === true) items.push({ value: 'refused', label: localize(json.refuseText, uiText('refuseItemText')) });
  if (json.showDontKnowItem === true) items.push({ value: 'dontknow', label: localize(json.dontKnowText, uiText('dontKnowItemText')) });
  return items;
}

/** Choices whose list is not in the definition: loaded from a URL or copied from another question. */
export function choicesElsewhere(json: JsonObject): boolean {
  return json.choicesByUrl !== undefined || json.choicesFromQuestion !== undefined;
}

/** The choices of a choice question with its special items. */
export function choiceValues(json: JsonObject): ValueLabel[] {
  return [...itemValues(json.choices), ...specialItems(json)];
}

function ratingValues(json: JsonObject): ValueLabel[] {
  if (Array.isArray(json.rateValues) && json.rateValues.length > 0) return itemValues(json.rateValues);
  const min = typeof json.rateMin === 'number' ? json.rateMin : 1;
  const max = typeof json.rateMax === 'number' ? json.rateMax : typeof json.rateCount === 'number' ? min + json.rateCount - 1 : 5;
  const step = typeof json.rateStep === 'number' && json.rateStep > 0 ? json.rateStep : 1;
  const values: ValueLabel[] = [];
  for (let v = min; v <= max; v += step) values.push({ value: v, label: sameText(String(v)) });
  if (values.length > 0) {
    const first = values[0];
    const last = values[values.length - 1];
    first.label = localize(json.minRateDescription, first.label);
    last.label = localize(json.maxRateDescription, last.label);
  }
  return values;
}

/** A boolean's codes: 1 and 0 (how the exports write true and false), or the question's valueTrue/valueFalse. */
export function booleanValues(json: JsonObject): ValueLabel[] {
  return [
    { value: json.valueTrue === undefined ? 1 : codeOf(json.valueTrue), label: localize(json.labelTrue, perLocale((l) => codebookWords[l].yes)) },
    { value: json.valueFalse === undefined ? 0 : codeOf(json.valueFalse), label: localize(json.labelFalse, perLocale((l) => codebookWords[l].no)) },
  ];
}

/** A bound written as a number (or a numeric string); an expression such as `today()` is not one. */
function bound(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/**
 * The bounds SurveyJS enforces on a number input: `min`/`max` of the text question and every
 * `numeric` validator's `minValue`/`maxValue`. All apply, so the narrowest bound of each side holds.
 */
function numberRange(json: JsonObject): NumberRange | undefined {
  const mins = [bound(json.min)];
  const maxs = [bound(json.max)];
  for (const validator of Array.isArray(json.validators) ? json.validators : []) {
    if (!isObject(validator) || validator.type !== 'numeric') continue;
    mins.push(bound(validator.minValue));
    maxs.push(bound(validator.maxValue));
  }
  const min = mins.filter((n): n is number => n !== undefined);
  const max = maxs.filter((n): n is number => n !== undefined);
  if (min.length === 0 && max.length === 0) return undefined;
  return { ...(min.length > 0 ? { min: Math.max(...min) } : {}), ...(max.length > 0 ? { max: Math.min(...max) } : {}) };
}

/**
 * The answer of a question of SurveyJS type `type` (also a matrix cell's, with the cell's column as
 * `json`). `choices` replaces the question's own (a dropdown matrix's shared choices).
 */
export function describeAnswer(type: string, json: JsonObject, choices?: unknown): Answer {
  if (singleChoiceTypes.has(type)) {
    const values = choices === undefined ? choiceValues(json) : itemValues(choices);
    return { kind: 'single-choice', values, closed: !choicesElsewhere(json) };
  }
  if (multipleChoiceTypes.has(type)) {
    // Only inside a matrix cell or without known choices: the picked values joined with `;`.
    const values = choices === undefined ? choiceValues(json) : itemValues(choices);
    return { kind: 'choice-list', values, closed: !choicesElsewhere(json) && values.length > 0 };
  }
  if (type === 'rating') return { kind: 'rating', values: ratingValues(json), closed: true };
  if (type === 'boolean') return { kind: 'yes-no', values: booleanValues(json), closed: true };
  if (type === 'expression') return { kind: 'calculated', values: [], closed: false };
  if (type === 'text' || type === 'multipletextitem') {
    const input = typeof json.inputType === 'string' ? json.inputType : 'text';
    if (input === 'number' || input === 'range') {
      const range = numberRange(json);
      return { kind: 'number', values: [], closed: false, ...(range ? { range } : {}) };
    }
    if (dateInputs.has(input)) return { kind: 'date', values: [], closed: false };
    return { kind: 'text', values: [], closed: false };
  }
  if (type === 'comment') return { kind: 'text', values: [], closed: false };
  return { kind: 'other', values: [], closed: false };
}

/** The SurveyJS type of a matrix cell: the column's cellType, else the matrix's, else dropdown. */
export function cellTypeOf(matrix: JsonObject, column: JsonObject): string {
  if (typeof column.cellType === 'string' && column.cellType !== 'default') return column.cellType;
  return typeof matrix.cellType === 'string' ? matrix.cellType : 'dropdown';
}
