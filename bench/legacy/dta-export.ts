// The whole-buffer writer as it was before issue 14's streamed exports (commit 2d1c023), kept
// callable in the bench only, as the baseline that bench/exports.bench.ts measures in the same run.
// The microdata as a Stata 14+ dataset (format 118: little-endian, UTF-8), after Stata's dta_118
// description. Numbers take the smallest type that holds the column (byte, int, long; double for
// decimals or beyond long), missing → `.`; text is str1…str2045 (bytes), longer text strL.
// Value labels: one table per numeric variable (named like it) for its integer codes. Stata cannot
// label strings: a string-valued choice stays a string and its labels go into a variable note
// (`notes` in Stata: "Value labels: north = North; …"). Variable labels are cut to 80 characters.
import { safeNames, truncateUtf8 } from '../../src/server/services/labels';
import { statColumns, type StatColumn } from './labels';
import type { MicrodataTable } from '../../src/server/services/microdata';
import type { StatExportOptions } from './sav-export';

const STATA_RESERVED = new Set(
  ['_all', '_b', 'byte', '_coef', '_cons', 'double', 'float', 'if', 'in', 'int', 'long', '_n', '_pi', '_pred', '_rc', '_skip', 'strl', 'using', 'with'],
);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const STR_MAX = 2045;
const TYPE = { strL: 32768, double: 65526, long: 65528, int: 65529, byte: 65530 } as const;
/** Per numeric type: byte width, the largest valid value and the bytes of missing `.`. */
const NUMERIC = {
  [TYPE.byte]: { size: 1, min: -127, max: 100, format: '%8.0g' },
  [TYPE.int]: { size: 2, min: -32767, max: 32740, format: '%8.0g' },
  [TYPE.long]: { size: 4, min: -2147483647, max: 2147483620, format: '%12.0g' },
  [TYPE.double]: { size: 8, min: -Infinity, max: Infinity, format: '%10.0g' },
} as const;
type NumericType = keyof typeof NUMERIC;

interface DtaVariable {
  column: StatColumn;
  name: string;
  /** 1…2045 (str#), strL, or a numeric type code. */
  type: number;
  /** Bytes per observation in <data>. */
  size: number;
  format: string;
  /** Integer value labels (numeric variables only). */
  labels: { value: number; label: string }[];
}

function numericType(values: (number | null)[], integer: boolean): NumericType {
  if (!integer) return TYPE.double;
  let [min, max] = [0, 0];
  for (const v of values) {
    if (v === null) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  for (const type of [TYPE.byte, TYPE.int, TYPE.long] as const) if (min >= NUMERIC[type].min && max <= NUMERIC[type].max) return type;
  return TYPE.double;
}

function dtaVariables(columns: StatColumn[]): DtaVariable[] {
  const names = safeNames(columns.map((c) => c.name), 32, STATA_RESERVED);
  return columns.map((column, i) => {
    const name = names[i] ?? '';
    if (column.kind === 'text') {
      const width = column.maxBytes;
      return width <= STR_MAX
        ? { column, name, type: width, size: width, format: `%${width}s`, labels: [] }
        : { column, name, type: TYPE.strL, size: 8, format: '%9s', labels: [] };
    }
    const type = numericType(column.values, column.integer);
    const seen = new Set<number>();
    const labels: { value: number; label: string }[] = [];
    for (const { value, label } of column.valueLabels) {
      const n = typeof value === 'number' ? value : value.trim() === '' ? NaN : Number(value);
      if (!Number.isInteger(n) || n < NUMERIC[TYPE.long].min || n > NUMERIC[TYPE.long].max || seen.has(n)) continue;
      seen.add(n);
      labels.push({ value: n, label });
    }
    labels.sort((a, b) => a.value - b.value);
    return { column, name, type, size: NUMERIC[type].size, format: NUMERIC[type].format, labels };
  });
}

class Bytes {
  private chunks: Buffer[] = [];
  length = 0;
  push(b: Buffer): void {
    this.chunks.push(b);
    this.length += b.length;
  }
  tag(text: string): void {
    this.push(Buffer.from(text, 'latin1'));
  }
  uint(value: number | bigint, size: 1 | 2 | 4 | 8): void {
    const b = Buffer.alloc(size);
    if (size === 8) b.writeBigUInt64LE(BigInt(value));
    else b.writeUIntLE(Number(value), 0, size);
    this.push(b);
  }
  int32(value: number): void {
    const b = Buffer.alloc(4);
    b.writeInt32LE(value);
    this.push(b);
  }
  /** `text` in UTF-8, NUL-padded (or cut on a character boundary, keeping a final NUL) to `length` bytes. */
  fixed(text: string, length: number): void {
    const b = Buffer.alloc(length);
    Buffer.from(truncateUtf8(text, length - 1), 'utf8').copy(b);
    this.push(b);
  }
  done(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

/** The first `n` characters of `text` (Stata counts label lengths in characters). */
function chars(text: string, n: number): string {
  return [...text].slice(0, n).join('');
}

function valueLabelNote(column: StatColumn): string {
  if (column.kind !== 'text' || column.valueLabels.length === 0) return '';
  return 'Value labels: ' + column.valueLabels.map((l) => `${String(l.value)} = ${l.label}`).join('; ');
}

function characteristics(out: Bytes, variables: DtaVariable[]): void {
  for (const v of variables) {
    const note = valueLabelNote(v.column);
    if (note === '') continue;
    for (const [key, text] of [['note0', '1'], ['note1', truncateUtf8(note, 67783)]] as const) {
      const contents = Buffer.from(text + '\0', 'utf8');
      out.tag('<ch>');
      out.uint(129 + 129 + contents.length, 4);
      out.fixed(v.name, 129);
      out.fixed(key, 129);
      out.push(contents);
      out.tag('</ch>');
    }
  }
}

function observation(variables: DtaVariable[], row: number, strls: Buffer[]): Buffer {
  const b = Buffer.alloc(variables.reduce((n, v) => n + v.size, 0));
  let at = 0;
  variables.forEach((v, j) => {
    const { column } = v;
    if (column.kind === 'text') {
      const text = column.values[row] ?? '';
      if (v.type !== TYPE.strL) {
        Buffer.from(text, 'utf8').copy(b, at);
      } else if (text !== '') {
        // (v, o): variable number in 2 bytes, observation number in 6, both 1-based.
        b.writeUInt16LE(j + 1, at);
        b.writeUIntLE(row + 1, at + 2, 6);
        const content = Buffer.from(text + '\0', 'utf8');
        const head = Buffer.alloc(3 + 4 + 8 + 1 + 4);
        head.write('GSO', 0, 'latin1');
        head.writeUInt32LE(j + 1, 3);
        head.writeBigUInt64LE(BigInt(row + 1), 7);
        head.writeUInt8(130, 15);
        head.writeUInt32LE(content.length, 16);
        strls.push(head, content);
      }
    } else {
      const value = column.values[row] ?? null;
      if (v.type === TYPE.double) {
        if (value === null) b.writeBigUInt64LE(0x7fe0000000000000n, at);
        else b.writeDoubleLE(value, at);
      } else {
        const info = NUMERIC[v.type as NumericType];
        b.writeIntLE(value ?? info.max + 1, at, info.size);
      }
    }
    at += v.size;
  });
  return b;
}

function valueLabelTable(out: Bytes, v: DtaVariable): void {
  const texts = v.labels.map((l) => Buffer.from(truncateUtf8(l.label, 32000) + '\0', 'utf8'));
  const txtlen = texts.reduce((n, t) => n + t.length, 0);
  const n = v.labels.length;
  const table = Buffer.alloc(8 + 8 * n + txtlen);
  table.writeInt32LE(n, 0);
  table.writeInt32LE(txtlen, 4);
  let offset = 0;
  v.labels.forEach((l, i) => {
    table.writeInt32LE(offset, 8 + 4 * i);
    table.writeInt32LE(l.value, 8 + 4 * n + 4 * i);
    texts[i]?.copy(table, 8 + 8 * n + offset);
    offset += texts[i]?.length ?? 0;
  });
  out.tag('<lbl>');
  out.int32(table.length);
  out.fixed(v.name, 129);
  out.push(Buffer.alloc(3));
  out.push(table);
  out.tag('</lbl>');
}

export function renderDta(table: MicrodataTable, options: StatExportOptions = {}): Buffer {
  const variables = dtaVariables(statColumns(table, options.locale ?? 'en'));
  const now = options.now ?? new Date();
  const out = new Bytes();
  const map: number[] = [];
  const mark = (tag: string) => {
    map.push(out.length);
    out.tag(tag);
  };

  mark('<stata_dta>');
  out.tag('<header><release>118</release><byteorder>LSF</byteorder><K>');
  out.uint(variables.length, 2);
  out.tag('</K><N>');
  out.uint(table.rows.length, 8);
  out.tag('</N><label>');
  const label = Buffer.from(chars(table.questionnaireId, 80), 'utf8');
  out.uint(label.length, 2);
  out.push(label);
  out.tag('</label><timestamp>');
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${pad(now.getUTCDate())} ${MONTHS[now.getUTCMonth()]} ${now.getUTCFullYear()} ${pad(now.getUTCHours())}:${pad(now.getUTCMinutes())}`;
  out.uint(stamp.length, 1);
  out.tag(stamp);
  out.tag('</timestamp></header>');

  const mapAt = out.length;
  mark('<map>');
  out.push(Buffer.alloc(14 * 8));
  out.tag('</map>');
  mark('<variable_types>');
  for (const v of variables) out.uint(v.type, 2);
  out.tag('</variable_types>');
  mark('<varnames>');
  for (const v of variables) out.fixed(v.name, 129);
  out.tag('</varnames>');
  mark('<sortlist>');
  out.push(Buffer.alloc(2 * (variables.length + 1)));
  out.tag('</sortlist>');
  mark('<formats>');
  for (const v of variables) out.fixed(v.format, 57);
  out.tag('</formats>');
  mark('<value_label_names>');
  for (const v of variables) out.fixed(v.labels.length > 0 ? v.name : '', 129);
  out.tag('</value_label_names>');
  mark('<variable_labels>');
  for (const v of variables) out.fixed(chars(v.column.label, 80), 321);
  out.tag('</variable_labels>');
  mark('<characteristics>');
  characteristics(out, variables);
  out.tag('</characteristics>');
  mark('<data>');
  const strls: Buffer[] = [];
  for (let row = 0; row < table.rows.length; row++) out.push(observation(variables, row, strls));
  out.tag('</data>');
  mark('<strls>');
  for (const b of strls) out.push(b);
  out.tag('</strls>');
  mark('<value_labels>');
  for (const v of variables) if (v.labels.length > 0) valueLabelTable(out, v);
  out.tag('</value_labels>');
  mark('</stata_dta>');
  map.push(out.length);

  const file = out.done();
  map.forEach((offset, i) => file.writeBigUInt64LE(BigInt(offset), mapAt + '<map>'.length + 8 * i));
  return file;
}
