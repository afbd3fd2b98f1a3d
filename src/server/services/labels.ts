// Labels of the export variables, read from the questionnaire definitions: the variable label
// (question text, with the choice/row/cell of a split column) and the value labels (choices,
// matrix columns, booleans as 1/0) in one locale. Shared by the XLSX, SPSS and Stata writers.
import { META_COLUMNS, type MicrodataTable } from './microdata';
import { walkElements, type ColumnSpec } from './variables';

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text of a localizable string in `locale` (`en` is SurveyJS's `default`), falling back to default. */
export function localized(text: unknown, locale: string): string {
  if (typeof text === 'string') return text;
  if (!isRecord(text)) return '';
  const own = text[locale === 'en' ? 'default' : locale] ?? (locale === 'en' ? text.en : undefined);
  const value = own ?? text.default;
  return typeof value === 'string' ? value : '';
}

/** A cell as a number when the text is exactly a number's canonical form ("007" stays text). */
export function typedCell(text: string): string | number | null {
  if (text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) && String(n) === text ? n : text;
}

export function questionsByName(definition: Json): Map<string, Json> {
  const map = new Map<string, Json>();
  for (const element of walkElements(definition)) {
    const name = element.valueName ?? element.name;
    if (typeof name === 'string' && !map.has(name)) map.set(name, element);
  }
  return map;
}

/** The questions of every version by name, the latest version's wording winning. */
export function tableQuestions(table: MicrodataTable): Map<string, Json> {
  const questions = new Map<string, Json>();
  for (const { definition } of [...table.definitions].reverse()) for (const [k, v] of questionsByName(definition)) questions.set(k, v);
  return questions;
}

/** The labelled values of a question: choices (or a matrix's columns), booleans as 1/0. */
export function choiceItems(question: Json | undefined): { value: unknown; text: unknown }[] {
  if (!question) return [];
  if (question.type === 'boolean') return [{ value: 1, text: question.labelTrue ?? 'Yes' }, { value: 0, text: question.labelFalse ?? 'No' }];
  const list = question.type === 'matrix' ? question.columns : question.choices;
  if (!Array.isArray(list)) return [];
  return list.map((c) => (isRecord(c) ? { value: c.value, text: c.text ?? c.value } : { value: c, text: c }));
}

function findText(list: unknown, wanted: string, key: 'value' | 'name'): unknown {
  for (const item of Array.isArray(list) ? list : []) {
    if (isRecord(item) && String(item[key]) === wanted) return item.text ?? item.title ?? wanted;
    if (!isRecord(item) && String(item) === wanted) return wanted;
  }
  return wanted;
}

/** Texts of the choice, row, item or cell a split column stands for (empty for a plain variable). */
export function partTexts(question: Json | undefined, spec: ColumnSpec): unknown[] {
  if (!question) return [];
  switch (spec.kind) {
    case 'value':
      return [];
    case 'choice-flag':
      return [findText(question.choices, String(spec.value), 'value')];
    case 'member':
      return [question.type === 'matrix' ? findText(question.rows, spec.member, 'value') : findText(question.items, spec.member, 'name')];
    case 'cell':
      return [findText(question.rows, spec.row, 'value'), findText(question.columns, spec.column, 'name')];
  }
}

/** The question type of a column's question (`calculated` for a calculated value). */
export function questionType(question: Json | undefined): string {
  return typeof question?.type === 'string' ? question.type : 'calculated';
}

/** The variable label in `locale`: question text, then the texts of the split part (`officials: Court`). */
export function variableLabel(question: Json | undefined, spec: ColumnSpec, locale: string): string {
  const title = question?.title ?? question?.name ?? spec.question;
  return [title, ...partTexts(question, spec)].map((t) => localized(t, locale)).join(': ');
}

export interface ValueLabel {
  /** The choice value as the questionnaire has it (a number or a string). */
  value: number | string;
  /** Its text in the locale (the value itself when the choice has no text). */
  label: string;
}

/**
 * Value labels of a column in `locale`: a question's choices, a matrix's columns, a dropdown
 * matrix cell's choices, a boolean's 1/0. Checkbox flags have none (1 = chosen; the variable
 * label names the choice).
 */
export function valueLabels(question: Json | undefined, spec: ColumnSpec, locale: string): ValueLabel[] {
  if (spec.kind === 'choice-flag') return [];
  const column = spec.kind === 'cell' && question && Array.isArray(question.columns)
    ? question.columns.find((c): c is Json => isRecord(c) && String(c.name) === spec.column)
    : undefined;
  const source = column && Array.isArray(column.choices) ? { type: 'dropdown', choices: column.choices } : question;
  return choiceItems(source).map((item) => ({
    value: typeof item.value === 'number' ? item.value : String(item.value),
    label: localized(item.text, locale) || String(item.value),
  }));
}

export interface LabelledVariable {
  name: string;
  /** The META_COLUMNS entry or the variable's column spec. */
  spec: ColumnSpec | undefined;
  label: string;
  valueLabels: ValueLabel[];
}

/** Every column of the table (metadata first) with its labels in `locale`. */
export function labelledVariables(table: MicrodataTable, locale: string): LabelledVariable[] {
  const questions = tableQuestions(table);
  const specs = new Map(table.variables.map((spec) => [spec.name, spec]));
  return table.header.map((name) => {
    const spec = specs.get(name);
    if (!spec) return { name, spec, label: '', valueLabels: [] };
    const question = questions.get(spec.question);
    return { name, spec, label: variableLabel(question, spec, locale), valueLabels: valueLabels(question, spec, locale) };
  });
}

/** A column ready for a statistical package: numeric (every answer a number) or text. */
export type StatColumn = LabelledVariable &
  ({ kind: 'numeric'; values: (number | null)[]; integer: boolean } | { kind: 'text'; values: string[]; maxBytes: number });

const TEXT_META = new Set<string>(META_COLUMNS.filter((c) => c !== 'questionnaire_version'));

/**
 * The table's columns typed for SPSS and Stata: a column is numeric when every non-empty cell is
 * a number's canonical text (as in the XLSX export; an all-empty column is numeric), else text.
 * The metadata columns other than `questionnaire_version` are always text.
 */
export function statColumns(table: MicrodataTable, locale: string): StatColumn[] {
  return labelledVariables(table, locale).map((variable, j) => {
    const cells = table.rows.map((row) => row[j] ?? '');
    const typed = cells.map(typedCell);
    if (!TEXT_META.has(variable.name) && typed.every((v) => v === null || typeof v === 'number')) {
      const values = typed as (number | null)[];
      return { ...variable, kind: 'numeric', values, integer: values.every((v) => v === null || Number.isInteger(v)) };
    }
    const maxBytes = cells.reduce((n, c) => Math.max(n, Buffer.byteLength(c, 'utf8')), 1);
    return { ...variable, kind: 'text', values: cells, maxBytes };
  });
}

/** `text` cut to at most `max` UTF-8 bytes without splitting a character. */
export function truncateUtf8(text: string, max: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).length <= max) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const n = encoder.encode(ch).length;
    if (used + n > max) break;
    out += ch;
    used += n;
  }
  return out;
}

/**
 * Variable names valid in a statistical package: characters outside `[A-Za-z0-9_]` become `_`,
 * a name not starting with a letter gets a `v` in front, names are cut to `maxLength` and
 * made unique (and distinct from `reserved`, compared case-insensitively) with a `_2`, `_3`… suffix.
 */
export function safeNames(names: string[], maxLength: number, reserved: ReadonlySet<string>): string[] {
  const taken = new Set<string>();
  return names.map((original) => {
    let base = original.replace(/[^A-Za-z0-9_]/g, '_');
    if (!/^[A-Za-z]/.test(base)) base = 'v' + base;
    base = base.slice(0, maxLength);
    let name = base;
    for (let k = 2; taken.has(name.toLowerCase()) || reserved.has(name.toLowerCase()); k++) {
      const suffix = `_${k}`;
      name = base.slice(0, maxLength - suffix.length) + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}
