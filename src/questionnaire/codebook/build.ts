// The codebook of a questionnaire in one language: its export variables in order with type, label,
// value labels and universe (the conditions under which the question is asked, in words).
// Variable names follow the export (surveys/VARIABLES.md): a checkbox choice is `q__value` (1/0),
// a matrix row `q__row`, a dropdown-matrix cell `q__row__column`, a multiple-text item `q__item`;
// dynamic panels and dynamic matrices are one JSON column, their members listed as `q[].x`.
import { buildModel, holdsValue, isObject, type ElementNode, type JsonObject } from '../model';
import { surveyLocales } from '../ui-locales/register';
import type { SurveyUiStrings } from '../ui-locales/strings';
import { expressionInWords, type VariableWords } from './words-of-expression';
import { codebookWords, type CodebookLocale, type CodebookWords } from './words';

export interface CodebookValue {
  value: string;
  label: string;
}

export interface CodebookVariable {
  name: string;
  type: string;
  label: string;
  values: CodebookValue[];
  universe: string;
  /** For calculated variables: the expression in words. */
  definition: string;
  page: string;
}

export interface Codebook {
  title: string;
  locale: CodebookLocale;
  words: CodebookWords;
  variables: CodebookVariable[];
}

/** A value as it appears inside an export column name (the export's rule: other characters become _). */
const columnPart = (value: string): string => value.replace(/[^A-Za-z0-9_]+/g, '_');

const singleChoiceTypes = new Set(['radiogroup', 'dropdown', 'buttongroup', 'imagepicker']);
const multipleChoiceTypes = new Set(['checkbox', 'tagbox']);
const dateInputs = new Set(['date', 'datetime-local', 'month', 'week', 'time']);
/** A long question or a question sentence makes a poor label inside a condition; the name reads better. */
const maxLabelInSentence = 40;
const useTitleInSentence = (title: string): boolean => title.length <= maxLabelInSentence && !/[?？]\s*$/.test(title);

export function buildCodebook(definition: unknown, locale: CodebookLocale = 'en'): Codebook {
  const model = buildModel(isObject(definition) ? definition : {});
  const words = codebookWords[locale];
  const key = locale === 'en' ? 'default' : locale;
  const ui: SurveyUiStrings = (surveyLocales.find((l) => l.code === locale) ?? surveyLocales[0]).strings;

  const text = (value: unknown, fallback = ''): string => {
    if (typeof value === 'string') return value;
    if (isObject(value)) {
      const chosen = value[key] ?? value.default ?? Object.values(value).find((v) => typeof v === 'string');
      if (typeof chosen === 'string') return chosen;
    }
    return fallback;
  };
  const titleOf = (json: JsonObject, fallback: string): string => text(json.title, fallback).replace(/\s+/g, ' ').trim();
  const itemLabel = (item: unknown): CodebookValue => {
    if (isObject(item)) return { value: String(item.value), label: text(item.text, String(item.value)) };
    return { value: String(item), label: String(item) };
  };
  const list = (items: unknown): CodebookValue[] => (Array.isArray(items) ? items.map(itemLabel) : []);

  const choiceValues = (json: JsonObject): CodebookValue[] => {
    const values = list(json.choices);
    if (json.showNoneItem === true) values.push({ value: 'none', label: text(json.noneText, ui.noneItemText) });
    if (json.showOtherItem === true) values.push({ value: 'other', label: text(json.otherText, ui.otherItemText) });
    if (json.showRefuseItem === true) values.push({ value: 'refused', label: text(json.refuseText, ui.refuseItemText) });
    if (json.showDontKnowItem === true) values.push({ value: 'dontknow', label: text(json.dontKnowText, ui.dontKnowItemText) });
    return values;
  };
  const ratingValues = (json: JsonObject): CodebookValue[] => {
    if (Array.isArray(json.rateValues) && json.rateValues.length > 0) return list(json.rateValues);
    const min = typeof json.rateMin === 'number' ? json.rateMin : 1;
    const max = typeof json.rateMax === 'number' ? json.rateMax : typeof json.rateCount === 'number' ? min + json.rateCount - 1 : 5;
    const step = typeof json.rateStep === 'number' && json.rateStep > 0 ? json.rateStep : 1;
    const values: CodebookValue[] = [];
    for (let v = min; v <= max; v += step) values.push({ value: String(v), label: String(v) });
    if (values.length > 0) {
      values[0].label = text(json.minRateDescription, values[0].label);
      values[values.length - 1].label = text(json.maxRateDescription, values[values.length - 1].label);
    }
    return values;
  };
  const booleanValues = (json: JsonObject): CodebookValue[] => [
    { value: json.valueTrue === undefined ? '1' : String(json.valueTrue), label: text(json.labelTrue, words.yes) },
    { value: json.valueFalse === undefined ? '0' : String(json.valueFalse), label: text(json.labelFalse, words.no) },
  ];

  /** Type and value labels of an answer of a given SurveyJS type (also used for matrix cells). */
  const describeAnswer = (type: string, json: JsonObject, choices?: unknown): { type: string; values: CodebookValue[] } => {
    if (singleChoiceTypes.has(type)) return { type: words.singleChoice, values: choices === undefined ? choiceValues(json) : list(choices) };
    if (type === 'rating') return { type: words.rating, values: ratingValues(json) };
    if (type === 'boolean') return { type: words.yesNo, values: booleanValues(json) };
    if (type === 'expression') return { type: words.calculated, values: [] };
    if (type === 'text' || type === 'multipletextitem') {
      const input = typeof json.inputType === 'string' ? json.inputType : 'text';
      if (input === 'number' || input === 'range') return { type: words.number, values: [] };
      if (dateInputs.has(input)) return { type: words.date, values: [] };
      return { type: words.text, values: [] };
    }
    if (type === 'comment') return { type: words.text, values: [] };
    return { type, values: [] };
  };

  // Labels of variables inside universe sentences.
  const wordsCache = new Map<ElementNode, VariableWords>();
  const wordsOf = (e: ElementNode): VariableWords => {
    const cached = wordsCache.get(e);
    if (cached) return cached;
    const computed = computeWords(e);
    wordsCache.set(e, computed);
    return computed;
  };
  const computeWords = (e: ElementNode): VariableWords => {
    const title = titleOf(e.json, e.name);
    const answer = e.type === 'boolean'
      ? [{ value: 'true', label: text(e.json.labelTrue, words.yes) }, { value: 'false', label: text(e.json.labelFalse, words.no) }, ...booleanValues(e.json)]
      : describeAnswer(e.type, e.json).values;
    return { label: useTitleInSentence(title) ? title : e.name, values: new Map(answer.map((v) => [v.value, v.label])) };
  };
  const surveyLevel = new Map<string, ElementNode>();
  for (const e of model.elements) if (e.kind === 'question' && !e.repeatedIn) surveyLevel.set(e.name.toLowerCase(), e);
  const calculatedNames = new Set(model.calculatedValues.map((c) => c.name.toLowerCase()));
  const lookupIn = (scope: ElementNode | undefined) => (variable: string): VariableWords | undefined => {
    const panelMember = /^(panel|row)\.(.+)$/i.exec(variable);
    if (panelMember && scope) {
      const member = model.elements.find((e) => e.repeatedIn === scope && e.name.toLowerCase() === panelMember[2].toLowerCase());
      if (member) return wordsOf(member);
      const column = (Array.isArray(scope.json.columns) ? scope.json.columns : [])
        .find((c): c is JsonObject => isObject(c) && String(c.name).toLowerCase() === panelMember[2].toLowerCase());
      if (!column) return undefined;
      const title = titleOf(column, String(column.name));
      const values = list(column.choices ?? scope.json.choices);
      return { label: useTitleInSentence(title) ? title : String(column.name), values: new Map(values.map((v) => [v.value, v.label])) };
    }
    const element = surveyLevel.get(variable.toLowerCase());
    if (element) return wordsOf(element);
    // One entry of a dynamic panel, {members[0].sex}: the member's value labels apply.
    const entry = /^([^[]+)\[\d+\]\.(.+)$/.exec(variable);
    const container = entry ? surveyLevel.get(entry[1].toLowerCase()) : undefined;
    const member = entry && container ? model.elements.find((e) => e.repeatedIn === container && e.name.toLowerCase() === entry[2].toLowerCase()) : undefined;
    if (member) return { label: variable, values: wordsOf(member).values };
    return calculatedNames.has(variable.toLowerCase()) ? { label: variable, values: new Map() } : undefined;
  };

  const sentenceCache = new Map<ElementNode, string>();
  /** An element's own visibleIf in words (each condition is rendered once, however many questions it covers). */
  const conditionOf = (e: ElementNode): string | undefined => {
    const condition = e.json.visibleIf;
    if (typeof condition !== 'string' || condition.trim() === '') return undefined;
    let sentence = sentenceCache.get(e);
    if (sentence === undefined) {
      sentence = expressionInWords(condition, words, lookupIn(e.repeatedIn));
      sentenceCache.set(e, sentence);
    }
    return sentence;
  };
  const universeOf = (element: ElementNode): string => {
    const parts: string[] = [];
    let current: ElementNode | undefined = element;
    while (current) {
      const condition = conditionOf(current);
      if (condition !== undefined) parts.unshift(condition);
      const parent: ElementNode | undefined = current.parent;
      current = parent && parent.kind !== 'page' && parent.repeatedIn === current.repeatedIn ? parent
        : current.repeatedIn ?? parent;
    }
    if (parts.length === 0) return words.everyone;
    return parts.map((p) => (parts.length > 1 && p.includes(` ${words.or} `) ? `(${p})` : p)).join(` ${words.and} `);
  };
  const pageOf = (element: ElementNode): string => {
    const page = model.pages[element.pageIndex];
    return page ? titleOf(page.json, page.name) : '';
  };

  const variables: CodebookVariable[] = [];
  const add = (v: CodebookVariable): void => {
    variables.push(v);
  };
  const describeQuestion = (e: ElementNode, prefix: string): void => {
    const json = e.json;
    const name = `${prefix}${typeof json.valueName === 'string' ? json.valueName : e.name}`;
    const title = titleOf(json, e.name);
    const base = { universe: universeOf(e), page: pageOf(e), definition: '' };
    if (multipleChoiceTypes.has(e.type)) {
      for (const choice of choiceValues(json)) {
        add({ ...base, name: `${name}__${columnPart(choice.value)}`, type: words.choiceFlag, label: `${title}: ${choice.label}`, values: booleanValues({}) });
      }
      return;
    }
    if (e.type === 'matrix') {
      const columns = list(json.columns);
      for (const row of list(json.rows)) add({ ...base, name: `${name}__${columnPart(row.value)}`, type: words.singleChoice, label: `${title}: ${row.label}`, values: columns });
      return;
    }
    if (e.type === 'multipletext' && Array.isArray(json.items)) {
      for (const item of json.items.filter(isObject)) {
        const answer = describeAnswer('multipletextitem', item);
        add({ ...base, name: `${name}__${columnPart(String(item.name))}`, type: answer.type, label: `${title}: ${titleOf(item, String(item.name))}`, values: answer.values });
      }
      return;
    }
    const columns = Array.isArray(json.columns) ? json.columns.filter(isObject) : [];
    if (e.type === 'matrixdropdown') {
      for (const row of list(json.rows)) {
        for (const column of columns) {
          const cellType = typeof column.cellType === 'string' && column.cellType !== 'default' ? column.cellType
            : typeof json.cellType === 'string' ? json.cellType : 'dropdown';
          const answer = describeAnswer(cellType === 'checkbox' || cellType === 'tagbox' ? 'text' : cellType, column, column.choices ?? json.choices);
          const cellCondition = typeof column.visibleIf === 'string' && column.visibleIf.trim() !== ''
            ? expressionInWords(column.visibleIf, words, lookupIn(e)) : undefined;
          const universe = cellCondition === undefined ? base.universe
            : base.universe === words.everyone ? cellCondition : `${base.universe} ${words.and} ${cellCondition}`;
          add({
            ...base, universe, name: `${name}__${columnPart(row.value)}__${columnPart(String(column.name))}`, type: answer.type,
            label: `${title}: ${row.label}: ${titleOf(column, String(column.name))}`, values: answer.values,
          });
        }
      }
      return;
    }
    if (e.type === 'matrixdynamic' || e.type === 'paneldynamic') {
      add({ ...base, name, type: words.repeatedGroup, label: title, values: [] });
      if (e.type === 'matrixdynamic') {
        for (const column of columns) {
          const cellType = typeof column.cellType === 'string' && column.cellType !== 'default' ? column.cellType
            : typeof json.cellType === 'string' ? json.cellType : 'dropdown';
          const answer = describeAnswer(cellType, column, column.choices ?? json.choices);
          add({ ...base, name: `${name}[].${String(column.name)}`, type: answer.type, label: `${title}: ${titleOf(column, String(column.name))}`, values: answer.values });
        }
      } else {
        for (const member of model.elements) if (member.repeatedIn === e && holdsValue(member)) describeQuestion(member, `${name}[].`);
      }
      return;
    }
    const answer = describeAnswer(e.type, json);
    const definition = e.type === 'expression' && typeof json.expression === 'string'
      ? expressionInWords(json.expression, words, lookupIn(e.repeatedIn)) : '';
    add({ ...base, name, type: answer.type, label: title, values: answer.values, definition });
  };

  for (const e of model.elements) if (holdsValue(e) && !e.repeatedIn) describeQuestion(e, '');
  for (const c of model.calculatedValues) {
    if (!c.includeIntoResult) continue;
    const expression = typeof c.json.expression === 'string' ? c.json.expression : '';
    add({
      name: c.name, type: words.calculated, label: c.name, values: [], universe: words.everyone, page: '',
      definition: expressionInWords(expression, words, lookupIn(undefined)),
    });
  }
  return { title: text(model.definition.title, ''), locale, words, variables };
}

