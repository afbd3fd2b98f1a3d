// The universe of a variable: the visibleIf conditions of the element and of every panel, page and
// repeated group around it, as written and in words of each locale (`consent = Yes and Age ≥ 18`).
import type { Locale } from '../../protocol/schemas';
import { codebookWords } from '../codebook/words';
import { expressionInWords, type VariableLookup, type VariableWords } from '../codebook/words-of-expression';
import { isObject, type ElementNode, type JsonObject, type QuestionnaireModel } from '../model';
import { perLocale } from './texts';
import type { LocalizedText, Universe, UniverseCondition, ValueLabel } from './types';

/** The label and value labels of a question or matrix column (its choices: a matrix's shared ones). */
export type WordsSource = (json: JsonObject, name: string, choices?: unknown) => { title: LocalizedText; values: ValueLabel[] };

/** A long question or a question sentence makes a poor label inside a condition; the name reads better. */
const maxLabelInSentence = 40;
const useTitleInSentence = (title: string): boolean => title.length <= maxLabelInSentence && !/[?？]\s*$/.test(title);

interface Words {
  label: LocalizedText;
  name: string;
  values: ValueLabel[];
}

function inLocale(w: Words, locale: Locale, asLabel = true): VariableWords {
  const label = w.label[locale];
  return {
    label: asLabel ? (useTitleInSentence(label) ? label : w.name) : w.name,
    values: new Map(w.values.map((v) => [String(v.value), v.label[locale]])),
  };
}

export function universeWords(model: QuestionnaireModel, source: WordsSource) {
  const cache = new Map<ElementNode, Words>();
  const wordsOf = (e: ElementNode): Words => {
    let w = cache.get(e);
    if (!w) {
      const { title, values } = source(e.json, e.name);
      w = { label: title, name: e.name, values };
      cache.set(e, w);
    }
    return w;
  };
  const surveyLevel = new Map<string, ElementNode>();
  // Expressions read answers by their key in the data: the valueName when a question has one.
  for (const e of model.elements) {
    if (e.kind !== 'question' || e.repeatedIn) continue;
    const key = (typeof e.json.valueName === 'string' && e.json.valueName !== '' ? e.json.valueName : e.name).toLowerCase();
    if (!surveyLevel.has(key)) surveyLevel.set(key, e);
  }
  const calculatedNames = new Set(model.calculatedValues.map((c) => c.name.toLowerCase()));
  const memberOf = (container: ElementNode, name: string): ElementNode | undefined =>
    model.elements.find((e) => e.repeatedIn === container && e.name.toLowerCase() === name.toLowerCase());

  /** How a condition inside `scope` (a repeated group, for {panel.x} and {row.x}) names its variables. */
  const lookupIn = (scope: ElementNode | undefined, locale: Locale): VariableLookup => (variable) => {
    const inEntry = /^(panel|row)\.(.+)$/i.exec(variable);
    if (inEntry && scope) {
      const member = memberOf(scope, inEntry[2]);
      if (member) return inLocale(wordsOf(member), locale);
      const column = (Array.isArray(scope.json.columns) ? scope.json.columns : [])
        .find((c): c is JsonObject => isObject(c) && String(c.name).toLowerCase() === inEntry[2].toLowerCase());
      if (!column) return undefined;
      const { title, values } = source(column, String(column.name), column.choices ?? scope.json.choices);
      return inLocale({ label: title, name: String(column.name), values }, locale);
    }
    const element = surveyLevel.get(variable.toLowerCase());
    if (element) return inLocale(wordsOf(element), locale);
    // One entry of a repeated group, {members[0].sex}: the member's value labels apply.
    const entry = /^([^[]+)\[\d+\]\.(.+)$/.exec(variable);
    const container = entry ? surveyLevel.get(entry[1].toLowerCase()) : undefined;
    const member = entry && container ? memberOf(container, entry[2]) : undefined;
    if (member) return { label: variable, values: inLocale(wordsOf(member), locale).values };
    return calculatedNames.has(variable.toLowerCase()) ? { label: variable, values: new Map() } : undefined;
  };

  const expression = (text: string, scope: ElementNode | undefined): LocalizedText =>
    perLocale((l) => expressionInWords(text, codebookWords[l], lookupIn(scope, l)));

  const conditionCache = new Map<unknown, { condition: UniverseCondition; words: LocalizedText }>();
  const condition = (key: unknown, json: JsonObject, on: string, scope: ElementNode | undefined) => {
    const text = json.visibleIf;
    if (typeof text !== 'string' || text.trim() === '') return undefined;
    let found = conditionCache.get(key);
    if (!found) {
      found = { condition: { expression: text, on, ...(scope ? { scope: scope.name } : {}) }, words: expression(text, scope) };
      conditionCache.set(key, found);
    }
    return found;
  };

  const everyone = (): Universe => ({ conditions: [], expression: '', words: perLocale((l) => codebookWords[l].everyone) });

  /** The chain of visibleIf from the outermost page to the element (and a matrix column's, inside it). */
  const universeOf = (element: ElementNode, column?: JsonObject): Universe => {
    // Conditions are put in front as the walk goes outwards, so a column's own comes last.
    const parts: { condition: UniverseCondition; words: LocalizedText }[] = [];
    if (column) {
      const own = condition(column, column, `${element.name}.${String(column.name)}`, element);
      if (own) parts.push(own);
    }
    let current: ElementNode | undefined = element;
    while (current) {
      const own = condition(current, current.json, current.name, current.repeatedIn);
      if (own) parts.unshift(own);
      const parent: ElementNode | undefined = current.parent;
      current = parent && parent.kind !== 'page' && parent.repeatedIn === current.repeatedIn ? parent : current.repeatedIn ?? parent;
    }
    if (parts.length === 0) return everyone();
    return {
      conditions: parts.map((p) => p.condition),
      expression: parts.map((p) => (parts.length > 1 && / or /i.test(p.condition.expression) ? `(${p.condition.expression})` : p.condition.expression)).join(' and '),
      words: perLocale((l) => parts.map((p) => p.words[l])
        .map((w) => (parts.length > 1 && w.includes(` ${codebookWords[l].or} `) ? `(${w})` : w)).join(` ${codebookWords[l].and} `)),
    };
  };
  return { universeOf, everyone, expression };
}
