// The microdata as an SPSS system file (.sav), uncompressed, little-endian, UTF-8 (character
// encoding record, subtype 20), after PSPP's "System File Format" description:
// header, one variable record per 8-byte segment, value labels (type 3/4 for numbers and strings
// up to 8 bytes, subtype 21 for longer strings), machine info (subtypes 3, 4), long names
// (subtype 13), measure and display width (subtype 11), very long strings (subtype 14: more than 255 bytes, up to 32767), then the cases.
// Numbers missing → system-missing; strings missing → blank. Strings longer than 32767 bytes are cut.
import { labelledVariables, numericCell, safeNames, StatColumnsBuilder, statColumns, truncateUtf8, type StatColumn } from './labels';
import type { MicrodataSource, MicrodataTable } from './microdata';

export interface StatExportOptions {
  /** Label language (one of the questionnaire's locales; default `en`). */
  locale?: string;
  /** Creation time written into the file (default now); fixed in tests for byte-identical output. */
  now?: Date;
}

const SPSS_RESERVED = new Set(['all', 'and', 'by', 'eq', 'ge', 'gt', 'le', 'lt', 'ne', 'not', 'or', 'to', 'with']);
const SYSMIS = -Number.MAX_VALUE;
const MAX_STRING = 32767;
const MAX_VAR_LABEL = 255;
const MAX_VALUE_LABEL = 120;
const FORMAT_A = 1;
const FORMAT_F = 5;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

class Bytes {
  private chunks: Buffer[] = [];
  int32(...values: number[]): void {
    const b = Buffer.alloc(4 * values.length);
    values.forEach((v, i) => b.writeInt32LE(v, 4 * i));
    this.chunks.push(b);
  }
  float64(value: number): void {
    const b = Buffer.alloc(8);
    b.writeDoubleLE(value, 0);
    this.chunks.push(b);
  }
  /** `text` in UTF-8, padded with `pad` (or cut) to exactly `length` bytes. */
  fixed(text: string | Buffer, length: number, pad = 0x20): void {
    const b = Buffer.alloc(length, pad);
    (typeof text === 'string' ? Buffer.from(text, 'utf8') : text).copy(b, 0, 0, length);
    this.chunks.push(b);
  }
  raw(b: Buffer): void {
    this.chunks.push(b);
  }
  done(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

const roundUp = (n: number, k: number) => Math.ceil(n / k) * k;
const format = (type: number, width: number, decimals: number) => (type << 16) | (width << 8) | decimals;

/** Widths of the segments of a string of `width` bytes (one segment up to 255). */
function segmentWidths(width: number): number[] {
  if (width <= 255) return [width];
  const n = Math.ceil(width / 252);
  return Array.from({ length: n }, (_, i) => (i < n - 1 ? 255 : width - (n - 1) * 252));
}

interface SavVariable {
  column: StatColumn;
  longName: string;
  /** Short names of the segments (one for all but very long strings). */
  shortNames: string[];
  /** 0 for numbers, else the string width in bytes. */
  width: number;
  /** Dictionary index (1-based, in 8-byte units) of the first segment. */
  index: number;
}

function numericFormat(column: StatColumn & { kind: 'numeric' }): number {
  if (!column.integer) return format(FORMAT_F, 12, 4);
  return format(FORMAT_F, Math.min(40, Math.max(8, column.maxDigits)), 0);
}

function labelValueText(value: number | string): string {
  return typeof value === 'number' ? String(value) : value;
}

function dictionary(columns: StatColumn[]): SavVariable[] {
  const longNames = safeNames(columns.map((c) => c.name), 64, SPSS_RESERVED);
  const taken = new Set<string>();
  let counter = 0;
  const shortName = (candidate: string): string => {
    let name = candidate.toUpperCase().slice(0, 8);
    while (name === '' || taken.has(name) || SPSS_RESERVED.has(name.toLowerCase())) name = `V${++counter}`;
    taken.add(name);
    return name;
  };
  let index = 1;
  return columns.map((column, i) => {
    const labelWidth = column.kind === 'text' ? Math.max(0, ...column.valueLabels.map((l) => Buffer.byteLength(labelValueText(l.value)))) : 0;
    const width = column.kind === 'numeric' ? 0 : Math.min(MAX_STRING, Math.max(column.maxBytes, labelWidth));
    const segments = width === 0 ? [0] : segmentWidths(width);
    const variable = { column, longName: longNames[i] ?? '', shortNames: segments.map((_, s) => shortName(s === 0 ? (longNames[i] ?? '') : '')), width, index };
    index += segments.reduce((n, w) => n + (w === 0 ? 1 : roundUp(w, 8) / 8), 0);
    return variable;
  });
}

function header(out: Bytes, caseSize: number, cases: number, label: string, now: Date): void {
  out.fixed('$FL2', 4);
  out.fixed('@(#) SPSS DATA FILE jha-survey', 60);
  out.int32(2, caseSize, 0, 0, cases);
  out.float64(100);
  const pad = (n: number) => String(n).padStart(2, '0');
  out.fixed(`${pad(now.getUTCDate())} ${MONTHS[now.getUTCMonth()]} ${pad(now.getUTCFullYear() % 100)}`, 9);
  out.fixed(`${pad(now.getUTCHours())}:${pad(now.getUTCMinutes())}:${pad(now.getUTCSeconds())}`, 8);
  out.fixed(truncateUtf8(label, 64), 64);
  out.fixed('', 3, 0);
}

function variableRecords(out: Bytes, v: SavVariable): void {
  const label = Buffer.from(truncateUtf8(v.column.label, MAX_VAR_LABEL), 'utf8');
  const segments = v.width === 0 ? [0] : segmentWidths(v.width);
  segments.forEach((width, s) => {
    const fmt = width === 0 && v.column.kind === 'numeric' ? numericFormat(v.column) : format(FORMAT_A, width, 0);
    const hasLabel = s === 0 && label.length > 0;
    out.int32(2, width, hasLabel ? 1 : 0, 0, fmt, fmt);
    out.fixed(v.shortNames[s] ?? '', 8);
    if (hasLabel) {
      out.int32(label.length);
      out.fixed(label, roundUp(label.length, 4), 0x20);
    }
    for (let k = 1; k < Math.ceil(width / 8); k++) {
      out.int32(2, -1, 0, 0, 0, 0);
      out.fixed('', 8);
    }
  });
}

/** Value labels a variable can carry: numbers for a numeric variable, texts for a string one. */
function usableLabels(v: SavVariable): { value: number | string; label: string }[] {
  const seen = new Set<string>();
  const out: { value: number | string; label: string }[] = [];
  for (const { value, label } of v.column.valueLabels) {
    const usable = v.width === 0 ? (typeof value === 'number' ? value : Number.isFinite(Number(value)) && value.trim() !== '' ? Number(value) : null) : labelValueText(value);
    if (usable === null || seen.has(String(usable))) continue;
    seen.add(String(usable));
    out.push({ value: usable, label });
  }
  return out;
}

function shortValueLabels(out: Bytes, v: SavVariable, labels: { value: number | string; label: string }[]): void {
  out.int32(3, labels.length);
  for (const { value, label } of labels) {
    if (typeof value === 'number') out.float64(value);
    else out.fixed(value, 8);
    const text = Buffer.from(truncateUtf8(label, MAX_VALUE_LABEL), 'utf8');
    const record = Buffer.alloc(roundUp(text.length + 1, 8), 0x20);
    record[0] = text.length;
    text.copy(record, 1);
    out.raw(record);
  }
  out.int32(4, 1, v.index);
}

function extension(out: Bytes, subtype: number, size: number, body: Buffer): void {
  out.int32(7, subtype, size, body.length / size);
  out.raw(body);
}

function longStringValueLabels(variables: { v: SavVariable; labels: { value: number | string; label: string }[] }[]): Buffer {
  const body = new Bytes();
  for (const { v, labels } of variables) {
    body.int32(v.longName.length);
    body.fixed(v.longName, v.longName.length);
    body.int32(v.width, labels.length);
    for (const { value, label } of labels) {
      body.int32(v.width);
      body.fixed(String(value), v.width);
      const text = Buffer.from(truncateUtf8(label, MAX_VALUE_LABEL), 'utf8');
      body.int32(text.length);
      body.raw(text);
    }
  }
  return body.done();
}

/** Subtype 11, per segment: measure (1 nominal: labelled or text; 3 scale), display width, alignment (0 left, 1 right). */
function displayParameters(variables: SavVariable[]): Buffer {
  const values: number[] = [];
  for (const v of variables) {
    const measure = v.width > 0 || v.column.valueLabels.length > 0 ? 1 : 3;
    for (const width of v.width === 0 ? [0] : segmentWidths(v.width)) values.push(measure, width === 0 ? 8 : Math.min(width, 32), width === 0 ? 1 : 0);
  }
  const body = Buffer.alloc(4 * values.length);
  values.forEach((n, i) => body.writeInt32LE(n, 4 * i));
  return body;
}

/** Where each variable's bytes go in a case. */
interface CaseLayout {
  caseSize: number;
  slots: { v: SavVariable; j: number; at: number; segments: number[] }[];
}

function caseLayout(variables: SavVariable[]): CaseLayout {
  const last = variables[variables.length - 1];
  const caseSize = last ? last.index - 1 + (last.width === 0 ? 1 : segmentWidths(last.width).reduce((n, w) => n + roundUp(w, 8) / 8, 0)) : 0;
  return { caseSize, slots: variables.map((v, j) => ({ v, j, at: 8 * (v.index - 1), segments: v.width === 0 ? [] : segmentWidths(v.width) })) };
}

/** Cases one after the other: 8 bytes per number, strings space-padded to their segments. */
function caseData({ caseSize, slots }: CaseLayout, rows: readonly (readonly string[])[]): Buffer {
  const b = Buffer.alloc(8 * caseSize * rows.length, 0x20);
  rows.forEach((cells, row) => {
    const base = 8 * caseSize * row;
    for (const { v, j, at, segments } of slots) {
      if (v.column.kind === 'numeric') {
        b.writeDoubleLE(numericCell(cells[j]) ?? SYSMIS, base + at);
        continue;
      }
      const value = cells[j] ?? '';
      if (value === '') continue;
      if (segments.length === 1) {
        // Buffer.write never writes part of a character, nor beyond the variable's width.
        b.write(value, base + at, v.width, 'utf8');
        continue;
      }
      // Very long strings: 255 bytes of data per segment, each segment taking 256 bytes (the last fewer).
      const text = Buffer.from(truncateUtf8(value, v.width), 'utf8');
      let offset = base + at;
      segments.forEach((width, s) => {
        if (s * 255 < text.length) text.copy(b, offset, s * 255, Math.min(text.length, s * 255 + Math.min(width, 255)));
        offset += roundUp(width, 8);
      });
    }
  });
  return b;
}

/** Everything before the cases: header, dictionary, value labels, extension records, end of dictionary. */
function dictionaryPart(variables: SavVariable[], caseSize: number, cases: number, label: string, now: Date): Buffer {
  const out = new Bytes();
  header(out, caseSize, cases, label, now);
  for (const v of variables) variableRecords(out, v);

  const longLabelled: { v: SavVariable; labels: { value: number | string; label: string }[] }[] = [];
  for (const v of variables) {
    const labels = usableLabels(v);
    if (labels.length === 0) continue;
    if (v.width <= 8) shortValueLabels(out, v, labels);
    else longLabelled.push({ v, labels });
  }

  const integerInfo = Buffer.alloc(32);
  [20, 0, 0, -1, 1, 1, 2, 65001].forEach((n, i) => integerInfo.writeInt32LE(n, 4 * i));
  extension(out, 3, 4, integerInfo);
  const floatInfo = Buffer.alloc(24);
  floatInfo.writeDoubleLE(SYSMIS, 0);
  floatInfo.writeDoubleLE(Number.MAX_VALUE, 8);
  floatInfo.writeBigUInt64LE(0xffeffffffffffffen, 16);
  extension(out, 4, 8, floatInfo);
  extension(out, 11, 4, displayParameters(variables));
  extension(out, 13, 1, Buffer.from(variables.map((v) => `${v.shortNames[0]}=${v.longName}`).join('\t'), 'utf8'));
  const veryLong = variables.filter((v) => v.width > 255);
  if (veryLong.length > 0) extension(out, 14, 1, Buffer.from(veryLong.map((v) => `${v.shortNames[0]}=${String(v.width).padStart(5, '0')}\0\t`).join(''), 'utf8'));
  extension(out, 20, 1, Buffer.from('UTF-8', 'utf8'));
  if (longLabelled.length > 0) extension(out, 21, 1, longStringValueLabels(longLabelled));
  out.int32(999, 0);
  return out.done();
}

/** The .sav of a table in memory, as one buffer. */
export function renderSav(table: MicrodataTable, options: StatExportOptions = {}): Buffer {
  const variables = dictionary(statColumns(table, options.locale ?? 'en'));
  const layout = caseLayout(variables);
  return Buffer.concat([dictionaryPart(variables, layout.caseSize, table.rows.length, table.questionnaireId, options.now ?? new Date()), caseData(layout, table.rows)]);
}

/**
 * The .sav streamed: a first pass over the rows types and sizes the columns (SPSS declares every
 * variable's width and the number of cases before the first case), a second writes the cases a
 * page at a time. Memory holds one page, never the file.
 */
export async function* savChunks(source: MicrodataSource, options: StatExportOptions = {}): AsyncGenerator<Buffer> {
  const builder = new StatColumnsBuilder(labelledVariables(source, options.locale ?? 'en'));
  for await (const page of source.pages()) for (const row of page) builder.add(row);
  const variables = dictionary(builder.columns());
  const layout = caseLayout(variables);
  yield dictionaryPart(variables, layout.caseSize, builder.rows, source.questionnaireId, options.now ?? new Date());
  let written = 0;
  for await (const page of source.pages()) {
    // Never more cases than the header announced (an interview arriving between the passes waits for the next export).
    const rows = page.slice(0, builder.rows - written);
    written += rows.length;
    if (rows.length > 0) yield caseData(layout, rows);
  }
  if (written < builder.rows) throw new Error(`export changed while written: ${builder.rows} cases announced, ${written} read`);
}
