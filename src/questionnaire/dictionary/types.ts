// The variable dictionary of a questionnaire version: every variable the interview data yields, as
// the exports, the codebook, the linter and the analysis read it. One variable is one export column.
import type { Locale } from '../../protocol/schemas';

/** A text in each of the product's eight locales (`en` is SurveyJS's `default`); never missing. */
export type LocalizedText = Record<Locale, string>;

/**
 * What a variable holds:
 *   single-choice   one code of `values` (radiogroup, dropdown, matrix row, dropdown-matrix cell)
 *   choice-flag     1 when the choice was picked, 0 when not (one variable per choice of a checkbox/tagbox)
 *   choice-list     a multiple choice whose choices are not in the definition (choicesByUrl,
 *                   choicesFromQuestion): the picked values joined with `;`
 *   yes-no          a boolean: `values` are the true and false codes (1 and 0 unless the question says)
 *   rating          one code of `values` (rateValues, or rateMin..rateMax by rateStep)
 *   number, date, text
 *   calculated      an expression question or a calculated value included in the result
 *   repeated-group  a dynamic panel or dynamic matrix (roster): one JSON array, each entry described by `members`
 *   other           any other SurveyJS type (file, signature, ranking…), exported as it is stored
 */
export type VariableKind =
  | 'single-choice' | 'choice-flag' | 'choice-list' | 'yes-no' | 'rating' | 'number' | 'date' | 'text' | 'calculated'
  | 'repeated-group' | 'other';

interface SourceBase {
  /** The key of the answer in the interview data: the question's valueName, else its name. */
  question: string;
  /** The SurveyJS type of the question (`calculatedValue` for a calculated value). */
  type: string;
  /** JSON pointer (RFC 6901) of the question or calculated value in the definition. */
  pointer: string;
}

/** Where a variable's value sits in the interview data (SurveyJS `survey.data`). */
export type VariableSource =
  /** `data[question]` */
  | (SourceBase & { part: 'answer' })
  /** 1 when the array `data[question]` holds `choice`, 0 when it does not */
  | (SourceBase & { part: 'choice'; choice: string | number })
  /** `data[question][member]`: a matrix row or a multiple-text item */
  | (SourceBase & { part: 'member'; member: string })
  /** `data[question][row][column]`: a dropdown-matrix cell */
  | (SourceBase & { part: 'cell'; row: string; column: string });

/** Inclusive bounds of a number answer, as SurveyJS checks them. */
export interface NumberRange {
  min?: number;
  max?: number;
}

export interface ValueLabel {
  /** The code as the questionnaire writes it (a number or a string). */
  value: string | number;
  label: LocalizedText;
  /**
   * A choice kept so that answers given in earlier rounds keep their label, but never offered
   * (its `visibleIf` is the constant "false"): not an answer anyone can give now, so a prefill with
   * it is refused.
   */
  retired?: true;
}

/** One condition of a universe: an element's visibleIf (or a matrix column's) as written. */
export interface UniverseCondition {
  expression: string;
  /** The element (page, panel, question or matrix column) that carries it. */
  on: string;
  /** The repeated group in whose entry `{panel.x}` / `{row.x}` are read, when inside one. */
  scope?: string;
}

export interface Universe {
  /** From the outermost (page) to the variable's own; empty: everyone. */
  conditions: UniverseCondition[];
  /** The conditions joined with `and` (`` for everyone). */
  expression: string;
  words: LocalizedText;
}

export interface DictionaryVariable {
  /** Column name in every export (CSV, XLSX, SPSS, Stata); inside a repeated group, the member's key. */
  name: string;
  kind: VariableKind;
  source: VariableSource;
  /** Question text, with the choice, row, item or cell a split variable stands for (`Officials: Court`). */
  label: LocalizedText;
  /**
   * The texts `label` joins: the question's title, then the choice (a choice flag), the row (a matrix
   * row), the item (a multiple text), or the row and the column (a dropdown-matrix cell); a repeated
   * group's member: the group's title and the member's. Tables that show a matrix as rows × columns read them.
   */
  labelParts: LocalizedText[];
  /** Value labels in the questionnaire's order; empty for open answers and choice flags (1 = picked). */
  values: ValueLabel[];
  /**
   * True when an answer must be one of `values` (a closed list). False when the question also
   * accepts values not listed (showOtherItem keeps `other`, but e.g. choices from another question do not).
   */
  closed: boolean;
  /**
   * A number's bounds as the questionnaire states them: the question's (or cell's, item's) `min` and
   * `max` and its numeric validators' `minValue`/`maxValue` (the narrowest of each); absent when none.
   */
  range?: NumberRange;
  universe: Universe;
  /** A calculated variable's expression as written and in words; absent for asked questions. */
  definition?: { expression: string; words: LocalizedText };
  /** The page that asks it (absent for calculated values). */
  page?: { name: string; title: LocalizedText; selfCompletion: boolean };
  /** A repeated group's members: the keys of each entry of the JSON array (names relative to the entry). */
  members?: DictionaryVariable[];
}

/** The dictionary of one questionnaire version. */
export interface VariableDictionary {
  title: LocalizedText;
  /** The product locales the questionnaire's texts carry, `en` first. */
  locales: Locale[];
  /** Pages the respondent fills in alone (self-completion, CASI), in order. */
  selfCompletionPages: string[];
  variables: DictionaryVariable[];
}
