// Builds the variable dictionary of a questionnaire version from its SurveyJS JSON, in one walk
// (src/questionnaire/model.ts). Naming, the rule the exports and the codebook share
// (surveys/VARIABLES.md): a question is one variable named by its valueName or name; a checkbox or
// tagbox with its choices in the definition is one 0/1 variable per choice `q__value` (special
// items included); a single-choice matrix one variable per row `q__row`; a multiple text one per
// item `q__item`; a dropdown matrix one per cell `q__row__column`; a dynamic panel or dynamic
// matrix (a roster) is ONE variable holding the JSON array of its entries, whose keys are listed as
// its `members`; then the calculated values included in the result. Characters outside
// [A-Za-z0-9_] in a value become `_`. A name already taken keeps its first variable (the linter
// reports a name made by two different answers: `export-name`).
import type { Locale } from '../../protocol/schemas';
import { buildModel, holdsValue, isObject, type ElementNode, type JsonObject, type QuestionnaireModel } from '../model';
import { usedLocales } from '../rules/locales';
import { choiceValues, choicesElsewhere, cellTypeOf, describeAnswer, multipleChoiceTypes } from './answers';
import { answerKey } from './keys';
import { isSelfCompletionPage } from './self-completion';
import { joinTexts, localize, oneLine, sameText } from './texts';
import type { DictionaryVariable, LocalizedText, VariableDictionary, VariableSource } from './types';
import { universeWords, type WordsSource } from './universe';

/** A value as it appears inside a variable name. */
export const namePart = (value: string | number): string => String(value).replace(/[^A-Za-z0-9_]+/g, '_');

export { answerKey };

/** A variable's label and the texts it joins. */
function labelled(parts: LocalizedText[]): { label: LocalizedText; labelParts: LocalizedText[] } {
  return { label: joinTexts(parts), labelParts: parts };
}

function titleOf(json: JsonObject, fallback: string): LocalizedText {
  return oneLine(localize(json.title, fallback));
}

/** The name of an item of a list (a row or choice's value, a column or item's name). */
function itemName(item: unknown, key: 'value' | 'name'): string {
  return isObject(item) ? String(item[key]) : String(item);
}

export function buildDictionary(definition: unknown): VariableDictionary {
  return dictionaryOfModel(buildModel(isObject(definition) ? definition : {})).dictionary;
}

/** A variable left out because an earlier one of another answer already has its name (its data would be lost). */
export interface NameClash {
  name: string;
  /** The answer key of the variable kept, and of the one left out. */
  kept: string;
  dropped: string;
}

/** The dictionary of a walked questionnaire, and the clashes of export names between different answers. */
export function dictionaryOfModel(model: QuestionnaireModel): { dictionary: VariableDictionary; clashes: NameClash[] } {
  const words = universeWords(model, conditionWords);
  const variables: DictionaryVariable[] = [];
  const taken = new Map<string, string>();
  const clashes: NameClash[] = [];
  // Two questions sharing one valueName store one answer: one variable, no clash.
  const claim = (name: string, question: string): boolean => {
    const kept = taken.get(name);
    if (kept === undefined) {
      taken.set(name, question);
      return true;
    }
    if (kept !== question) clashes.push({ name, kept, dropped: question });
    return false;
  };
  for (const e of model.elements) {
    if (!holdsValue(e) || e.repeatedIn || e.name === '') continue;
    for (const v of describeQuestion(model, e, words)) if (claim(v.name, v.source.question)) variables.push(v);
  }
  for (const c of model.calculatedValues) {
    if (!c.includeIntoResult || c.name === '' || !claim(c.name, c.name)) continue;
    const expression = typeof c.json.expression === 'string' ? c.json.expression : '';
    variables.push({
      name: c.name, kind: 'calculated', source: { part: 'answer', question: c.name, type: 'calculatedValue', pointer: c.pointer },
      ...labelled([sameText(c.name)]), values: [], closed: false, universe: words.everyone(),
      definition: { expression, words: words.expression(expression, undefined) },
    });
  }
  const dictionary: VariableDictionary = {
    title: localize(model.definition.title, ''),
    locales: usedLocales(model).map((l) => (l === 'default' ? 'en' : l) as Locale),
    selfCompletionPages: model.pages.map((p) => p.name).filter(isSelfCompletionPage),
    variables,
  };
  return { dictionary, clashes };
}

/** Label and value labels of a question (or matrix column) as a condition on it reads them (`consent = Yes`). */
const conditionWords: WordsSource = (json, name, choices) => {
  const type = typeof json.type === 'string' ? json.type : choices === undefined ? '' : 'dropdown';
  const { values } = describeAnswer(type, json, choices);
  // A condition on a boolean compares with true/false; the data holds the true/false codes.
  const booleans = type === 'boolean' ? [{ value: 'true', label: values[0].label }, { value: 'false', label: values[1].label }] : [];
  return { title: titleOf(json, name), values: [...booleans, ...values] };
};

function describeQuestion(model: QuestionnaireModel, e: ElementNode, words: ReturnType<typeof universeWords>): DictionaryVariable[] {
  const json = e.json;
  const name = answerKey(json, e.name);
  const title = titleOf(json, e.name);
  const page = model.pages[e.pageIndex];
  const base = {
    universe: words.universeOf(e),
    page: page ? { name: page.name, title: titleOf(page.json, page.name), selfCompletion: isSelfCompletionPage(page.name) } : undefined,
  };
  const source = (extra: Partial<VariableSource> & Pick<VariableSource, 'part'>): VariableSource =>
    ({ question: name, type: e.type, pointer: e.pointer, ...extra }) as VariableSource;

  if (multipleChoiceTypes.has(e.type) && Array.isArray(json.choices) && !choicesElsewhere(json)) {
    return choiceValues(json).map((choice) => ({
      ...base, name: `${name}__${namePart(choice.value)}`, kind: 'choice-flag', source: source({ part: 'choice', choice: choice.value }),
      ...labelled([title, choice.label]), values: [], closed: true,
    }));
  }
  if (e.type === 'matrix' && Array.isArray(json.rows) && json.rows.length > 0) {
    const columns = describeAnswer('radiogroup', {}, json.columns);
    return describeAnswer('radiogroup', { choices: json.rows }).values.map((row) => ({
      ...base, name: `${name}__${namePart(row.value)}`, kind: 'single-choice', source: source({ part: 'member', member: String(row.value) }),
      ...labelled([title, row.label]), values: columns.values, closed: true,
    }));
  }
  if (e.type === 'multipletext' && Array.isArray(json.items)) {
    return json.items.filter(isObject).map((item) => {
      const member = itemName(item, 'name');
      const answer = describeAnswer('multipletextitem', item);
      return {
        ...base, name: `${name}__${namePart(member)}`, ...answer, source: source({ part: 'member', member }),
        ...labelled([title, titleOf(item, member)]),
      };
    });
  }
  const columns = Array.isArray(json.columns) ? json.columns.filter(isObject) : [];
  if (e.type === 'matrixdropdown' && Array.isArray(json.rows) && Array.isArray(json.columns)) {
    const rows = describeAnswer('radiogroup', { choices: json.rows }).values;
    return rows.flatMap((row) => columns.map((column): DictionaryVariable => {
      const columnName = itemName(column, 'name');
      const answer = describeAnswer(cellTypeOf(json, column), column, column.choices ?? json.choices);
      return {
        ...base, universe: words.universeOf(e, column), name: `${name}__${namePart(row.value)}__${namePart(columnName)}`, ...answer,
        source: source({ part: 'cell', row: String(row.value), column: columnName }),
        ...labelled([title, row.label, titleOf(column, columnName)]),
      };
    }));
  }
  if (e.type === 'matrixdynamic' || e.type === 'paneldynamic') {
    const members: DictionaryVariable[] = e.type === 'matrixdynamic'
      ? columns.map((column) => {
        const columnName = itemName(column, 'name');
        const answer = describeAnswer(cellTypeOf(json, column), column, column.choices ?? json.choices);
        return {
          ...base, universe: words.universeOf(e, column), name: columnName, ...answer,
          source: { part: 'answer', question: columnName, type: cellTypeOf(json, column), pointer: e.pointer },
          ...labelled([title, titleOf(column, columnName)]),
        };
      })
      : model.elements.filter((m) => m.repeatedIn === e && holdsValue(m) && m.name !== '').flatMap((m) => describeQuestion(model, m, words));
    return [{ ...base, name, kind: 'repeated-group', source: source({ part: 'answer' }), ...labelled([title]), values: [], closed: false, members }];
  }
  const answer = describeAnswer(e.type, json);
  const expression = e.type === 'expression' && typeof json.expression === 'string' ? json.expression : undefined;
  return [{
    ...base, name, ...answer, source: source({ part: 'answer' }), ...labelled([title]),
    ...(expression === undefined ? {} : { definition: { expression, words: words.expression(expression, e.repeatedIn) } }),
  }];
}
