// Labels of the export variables in one locale, as the questionnaire's variable dictionary has them
// (src/questionnaire/dictionary): the variable label (question text, with the choice/row/cell of a
// split column) and the value labels (choices, matrix columns, booleans' codes). Shared by the XLSX,
// SPSS and Stata writers.
import { LocaleSchema, type Locale } from '../../protocol';
import { META_COLUMNS, type MicrodataTable } from './microdata';
import type { ColumnSpec } from './variables';

/** A label language the dictionary has (every product locale); anything else reads as English. */
export function labelLocale(locale: string): Locale {
  const parsed = LocaleSchema.safeParse(locale);
  return parsed.success ? parsed.data : 'en';
}

/** A cell as a number when the text is exactly a number's canonical form ("007" stays text). */
export function typedCell(text: string): string | number | null {
  if (text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) && String(n) === text ? n : text;
}

/** The variable label in `locale`: question text, then the texts of the split part (`officials: Court`). */
export function variableLabel(spec: ColumnSpec, locale: string): string {
  return spec.label[labelLocale(locale)];
}

export interface ValueLabel {
  /** The choice value as the questionnaire has it (a number or a string). */
  value: number | string;
  /** Its text in the locale (the value itself when the choice has no text). */
  label: string;
}

/**
 * Value labels of a column in `locale`: a question's choices (with its none/other/refused/don't know
 * items), a matrix's columns, a dropdown matrix cell's choices, a boolean's codes, a rating's scale.
 * Checkbox flags have none (1 = chosen; the variable label names the choice).
 */
export function valueLabels(spec: ColumnSpec, locale: string): ValueLabel[] {
  const l = labelLocale(locale);
  return spec.values.map((v) => ({ value: v.value, label: v.label[l] || String(v.value) }));
}

export interface LabelledVariable {
  name: string;
  /** The variable, or undefined for a META_COLUMNS entry. */
  spec: ColumnSpec | undefined;
  label: string;
  valueLabels: ValueLabel[];
}

/** Every column of the table (metadata first) with its labels in `locale`. */
export function labelledVariables(table: Pick<MicrodataTable, 'variables' | 'header'>, locale: string): LabelledVariable[] {
  const specs = new Map(table.variables.map((spec) => [spec.name, spec]));
  return table.header.map((name) => {
    const spec = specs.get(name);
    if (!spec) return { name, spec, label: '', valueLabels: [] };
    return { name, spec, label: variableLabel(spec, locale), valueLabels: valueLabels(spec, locale) };
  });
}

/**
 * A column as a statistical package must declare it before the first case is written: numeric
 * (every answer a number) with its range, or text with its widest value. Only these summaries are
 * kept, never the values, so a file of any length is described in constant memory.
 */
export type StatColumn = LabelledVariable &
  (
    | { kind: 'numeric'; integer: boolean; min: number; max: number; maxDigits: number }
    | { kind: 'text'; maxBytes: number; nonEmpty: number; totalBytes: number }
  );

const TEXT_META = new Set<string>(META_COLUMNS.filter((c) => c !== 'questionnaire_version'));

interface ColumnSummary {
  numeric: boolean;
  integer: boolean;
  /** Range of the numbers, starting from 0 (Stata picks its storage type from it). */
  min: number;
  max: number;
  /** Longest number as text (SPSS's display width). */
  maxDigits: number;
  maxBytes: number;
  nonEmpty: number;
  totalBytes: number;
}

/**
 * Types the table's columns for SPSS and Stata from the rows seen so far: a column is numeric when
 * every non-empty cell is a number's canonical text (as in the XLSX export; an all-empty column is
 * numeric), else text. The metadata columns other than `questionnaire_version` are always text.
 * Rows are added one at a time (the first pass of a streamed export), then `columns()` is read.
 */
export class StatColumnsBuilder {
  private readonly summaries: ColumnSummary[];
  rows = 0;
  constructor(private readonly variables: LabelledVariable[]) {
    this.summaries = variables.map((v) => ({
      numeric: !TEXT_META.has(v.name), integer: true, min: 0, max: 0, maxDigits: 1, maxBytes: 1, nonEmpty: 0, totalBytes: 0,
    }));
  }

  add(row: readonly string[]): void {
    this.rows += 1;
    this.summaries.forEach((s, j) => {
      const cell = row[j] ?? '';
      if (cell === '') return;
      const bytes = Buffer.byteLength(cell, 'utf8');
      s.nonEmpty += 1;
      s.totalBytes += bytes;
      if (bytes > s.maxBytes) s.maxBytes = bytes;
      if (!s.numeric) return;
      const typed = typedCell(cell);
      if (typeof typed !== 'number') {
        s.numeric = false;
        return;
      }
      if (!Number.isInteger(typed)) s.integer = false;
      if (typed < s.min) s.min = typed;
      if (typed > s.max) s.max = typed;
      if (cell.length > s.maxDigits) s.maxDigits = cell.length;
    });
  }

  columns(): StatColumn[] {
    return this.variables.map((variable, j) => {
      const s = this.summaries[j] as ColumnSummary;
      return s.numeric
        ? { ...variable, kind: 'numeric', integer: s.integer, min: s.min, max: s.max, maxDigits: s.maxDigits }
        : { ...variable, kind: 'text', maxBytes: s.maxBytes, nonEmpty: s.nonEmpty, totalBytes: s.totalBytes };
    });
  }
}

/** The columns of a table held in memory (the first pass over its rows). */
export function statColumns(table: Pick<MicrodataTable, 'variables' | 'header' | 'rows'>, locale: string): StatColumn[] {
  const builder = new StatColumnsBuilder(labelledVariables(table, locale));
  for (const row of table.rows) builder.add(row);
  return builder.columns();
}

/** A numeric cell as written: its number, or null when missing (or no number: a row changed after the first pass). */
export function numericCell(text: string | undefined): number | null {
  const typed = typedCell(text ?? '');
  return typeof typed === 'number' ? typed : null;
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
