// The codebook of a questionnaire in one language: the variables of its dictionary
// (src/questionnaire/dictionary), in export order, with type, label, value labels and universe in
// words. The codebook names exactly the export's columns. A repeated group (dynamic panel or
// dynamic matrix) is one column holding the JSON array of its entries; the codebook lists the keys
// of each entry under it as `group[].key` (`members`), which are not columns of their own.
import { buildDictionary } from '../dictionary/build';
import type { DictionaryVariable, VariableDictionary, VariableKind } from '../dictionary/types';
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
  /** For a repeated group: the keys of each entry, named `group[].key`. */
  members?: CodebookVariable[];
}

export interface Codebook {
  title: string;
  locale: CodebookLocale;
  words: CodebookWords;
  /** One per export column, in the export's order. */
  variables: CodebookVariable[];
}

/** The word for a kind of variable (an unknown SurveyJS type is named as it is). */
function typeWord(variable: DictionaryVariable, words: CodebookWords): string {
  const byKind: Record<Exclude<VariableKind, 'other'>, string> = {
    'single-choice': words.singleChoice, 'choice-flag': words.choiceFlag, 'choice-list': words.choiceList, 'yes-no': words.yesNo,
    rating: words.rating, number: words.number, date: words.date, text: words.text, calculated: words.calculated,
    'repeated-group': words.repeatedGroup,
  };
  return variable.kind === 'other' ? variable.source.type : byKind[variable.kind];
}

/** One dictionary variable in the codebook's language (members named inside their group). */
export function codebookVariable(variable: DictionaryVariable, locale: CodebookLocale, prefix = ''): CodebookVariable {
  const name = `${prefix}${variable.name}`;
  const out: CodebookVariable = {
    name,
    type: typeWord(variable, codebookWords[locale]),
    label: variable.label[locale],
    values: variable.values.map((v) => ({ value: String(v.value), label: v.label[locale] })),
    universe: variable.universe.words[locale],
    definition: variable.definition?.words[locale] ?? '',
    page: variable.page?.title[locale] ?? '',
  };
  if (variable.members) out.members = variable.members.map((m) => codebookVariable(m, locale, `${name}[].`));
  return out;
}

/** The codebook of a dictionary in one language. */
export function codebookOf(dictionary: VariableDictionary, locale: CodebookLocale = 'en'): Codebook {
  return {
    title: dictionary.title[locale], locale, words: codebookWords[locale],
    variables: dictionary.variables.map((v) => codebookVariable(v, locale)),
  };
}

export function buildCodebook(definition: unknown, locale: CodebookLocale = 'en'): Codebook {
  return codebookOf(buildDictionary(definition), locale);
}

/** The variables with each repeated group's members right after it: the rows of a rendered codebook. */
export function codebookRows(codebook: Codebook): CodebookVariable[] {
  const rows: CodebookVariable[] = [];
  const add = (v: CodebookVariable): void => {
    rows.push(v);
    v.members?.forEach(add);
  };
  codebook.variables.forEach(add);
  return rows;
}
