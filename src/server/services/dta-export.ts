// The microdata as a Stata 14+ dataset (format 118: little-endian, UTF-8), after Stata's dta_118
// description. Numbers take the smallest type that holds the column (byte, int, long; double for
// decimals or beyond long), missing → `.`; text is str1…str2045 (bytes), longer text strL.
// Value labels: one table per numeric variable (named like it) for its integer codes. Stata cannot
// label strings: a string-valued choice stays a string and its labels go into a variable note
// (`notes` in Stata: "Value labels: MK001 = Vardar; MK002 = East; …"). Variable labels are cut to 80 characters.
import { labelledVariables, numericCell, safeNames, StatColumnsBuilder, statColumns, truncateUtf8, type StatColumn } from './labels';
import type { MicrodataSource, MicrodataTable } from './microdata';
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

function numericType({ integer, min, max }: { integer: boolean; min: number; max: number }): NumericType {
  if (!integer) return TYPE.double;
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
    const type = numericType(column);
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

/** One observation's bytes in <data>: numbers in their type, str# NUL-padded, a strL its (v, o) reference. */
function observation(variables: DtaVariable[], rowSize: number, cells: readonly string[], row: number): Buffer {
  const b = Buffer.alloc(rowSize);
  let at = 0;
  variables.forEach((v, j) => {
    const { column } = v;
    if (column.kind === 'text') {
      const text = cells[j] ?? '';
      if (v.type !== TYPE.strL) {
        // Cut to the width of the first pass (a revision arriving between the passes may be longer).
        // Buffer.write never writes part of a character.
        b.write(text, at, v.size, 'utf8');
      } else if (text !== '') {
        // (v, o): variable number in 2 bytes, observation number in 6, both 1-based.
        b.writeUInt16LE(j + 1, at);
        b.writeUIntLE(row + 1, at + 2, 6);
      }
    } else {
      const value = numericCell(cells[j]);
      if (v.type === TYPE.double) {
        if (value === null) b.writeBigUInt64LE(0x7fe0000000000000n, at);
        else b.writeDoubleLE(value, at);
      } else {
        const info = NUMERIC[v.type as NumericType];
        const fits = value !== null && Number.isInteger(value) && value >= info.min && value <= info.max;
        b.writeIntLE(fits ? value : info.max + 1, at, info.size);
      }
    }
    at += v.size;
  });
  return b;
}

/** The GSO records of one observation's strL values (written in <strls>, after the data). */
function strlRecords(variables: DtaVariable[], cells: readonly string[], row: number): Buffer[] {
  const out: Buffer[] = [];
  variables.forEach((v, j) => {
    const text = cells[j] ?? '';
    if (v.type !== TYPE.strL || text === '') return;
    out.push(gso(j, row, text));
  });
  return out;
}

const GSO_HEAD = 3 + 4 + 8 + 1 + 4;

function gso(j: number, row: number, text: string): Buffer {
  const content = Buffer.from(text + '\0', 'utf8');
  const b = Buffer.alloc(GSO_HEAD + content.length);
  b.write('GSO', 0, 'latin1');
  b.writeUInt32LE(j + 1, 3);
  b.writeBigUInt64LE(BigInt(row + 1), 7);
  b.writeUInt8(130, 15);
  b.writeUInt32LE(content.length, 16);
  content.copy(b, GSO_HEAD);
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

/** Bytes of the <strls> contents: one GSO record per non-empty strL value (its text and a NUL). */
function strlBytes(variables: DtaVariable[]): number {
  return variables.reduce((n, v) => (v.type === TYPE.strL && v.column.kind === 'text' ? n + v.column.nonEmpty * (GSO_HEAD + 1) + v.column.totalBytes : n), 0);
}

interface DtaParts {
  variables: DtaVariable[];
  rowSize: number;
  /** From <stata_dta> to <data>, its map filled in. */
  head: Buffer;
  /** </data><strls>. */
  between: Buffer;
  /** </strls><value_labels>…</value_labels></stata_dta>. */
  tail: Buffer;
}

/**
 * Everything but the observations and the strLs, laid out from the column summaries alone: the
 * <map> at the top holds the offset of every later section, so the data's and the strLs' sizes
 * must be known (rows × observation size; the strLs' bytes counted in the first pass).
 */
function dtaParts(columns: StatColumn[], rows: number, label: string, now: Date): DtaParts {
  const variables = dtaVariables(columns);
  const rowSize = variables.reduce((n, v) => n + v.size, 0);
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
  out.uint(rows, 8);
  out.tag('</N><label>');
  const labelBytes = Buffer.from(chars(label, 80), 'utf8');
  out.uint(labelBytes.length, 2);
  out.push(labelBytes);
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
  const head = out.done();

  let offset = head.length + rowSize * rows;
  const between = Buffer.from('</data><strls>', 'latin1');
  map.push(offset + '</data>'.length);
  offset += between.length + strlBytes(variables);
  const tailOut = new Bytes();
  tailOut.tag('</strls>');
  map.push(offset + tailOut.length);
  tailOut.tag('<value_labels>');
  for (const v of variables) if (v.labels.length > 0) valueLabelTable(tailOut, v);
  tailOut.tag('</value_labels>');
  map.push(offset + tailOut.length);
  tailOut.tag('</stata_dta>');
  map.push(offset + tailOut.length);

  map.forEach((at, i) => head.writeBigUInt64LE(BigInt(at), mapAt + '<map>'.length + 8 * i));
  return { variables, rowSize, head, between, tail: tailOut.done() };
}

/** The .dta of a table in memory, as one buffer. */
export function renderDta(table: MicrodataTable, options: StatExportOptions = {}): Buffer {
  const parts = dtaParts(statColumns(table, options.locale ?? 'en'), table.rows.length, table.questionnaireId, options.now ?? new Date());
  const data = table.rows.map((cells, row) => observation(parts.variables, parts.rowSize, cells, row));
  const strls = table.rows.flatMap((cells, row) => strlRecords(parts.variables, cells, row));
  return Buffer.concat([parts.head, ...data, parts.between, ...strls, parts.tail]);
}

/**
 * The .dta streamed: a first pass types and sizes the columns, a second writes the observations,
 * a third (only when a column holds strLs, texts over 2,045 bytes) writes the strLs that follow
 * them. Memory holds one page, never the file.
 */
export async function* dtaChunks(source: MicrodataSource, options: StatExportOptions = {}): AsyncGenerator<Buffer> {
  const builder = new StatColumnsBuilder(labelledVariables(source, options.locale ?? 'en'));
  for await (const page of source.pages()) for (const row of page) builder.add(row);
  const rows = builder.rows;
  const parts = dtaParts(builder.columns(), rows, source.questionnaireId, options.now ?? new Date());
  yield parts.head;
  let written = 0;
  for await (const page of source.pages()) {
    const chunk = page.slice(0, rows - written).map((cells, k) => observation(parts.variables, parts.rowSize, cells, written + k));
    written += chunk.length;
    if (chunk.length > 0) yield Buffer.concat(chunk);
  }
  if (written < rows) throw new Error(`export changed while written: ${rows} observations announced, ${written} read`);
  yield parts.between;
  if (strlBytes(parts.variables) > 0) {
    let row = 0;
    let bytes = 0;
    for await (const page of source.pages()) {
      const records = page.slice(0, rows - row).flatMap((cells, k) => strlRecords(parts.variables, cells, row + k));
      row += Math.min(page.length, rows - row);
      bytes += records.reduce((n, b) => n + b.length, 0);
      if (records.length > 0) yield Buffer.concat(records);
    }
    // The map announced these sizes: a long text revised between the passes would break the file.
    if (bytes !== strlBytes(parts.variables)) throw new Error('export changed while written: a long text was revised during the export');
  }
  yield parts.tail;
}
