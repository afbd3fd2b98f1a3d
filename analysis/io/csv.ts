import { AnalysisError } from '../errors';
import type { CategoryColumn, Column, ColumnKind, DataTable, NumericColumn } from './table';

/** Which columns to load and how; columns not named are skipped (cheap). */
export interface CsvReadOptions {
  /**
   * Column name → kind, or a function choosing them from the header (e.g. every column
   * matching a pattern). Without it every column is loaded as text (`category`).
   */
  readonly columns?: Readonly<Record<string, ColumnKind>> | ((header: readonly string[]) => Readonly<Record<string, ColumnKind>>);
  /**
   * Field separator, one ASCII character. Default: detected from the header line — the most
   * frequent of `,`, `;` and tab outside quotes (`,` on a tie or a one-column header).
   */
  readonly delimiter?: string;
  /**
   * Decimal mark of numbers. Default: `.` when the separator is `,`; with `;` or tab (what
   * Excel writes under a comma-decimal regional setting) both `.` and `,` are read as the
   * decimal mark — unambiguous, since thousands separators are never accepted.
   */
  readonly decimal?: CsvDecimal;
  /**
   * Character encoding of the file (default UTF-8). A UTF-8 file that is not valid UTF-8
   * (Windows-1250 or ISO-8859-2 bytes, as Excel saves "CSV" in the region) is refused with
   * `bad-encoding` rather than read as U+FFFD, which would merge "Čelić" and "Ćelić".
   */
  readonly encoding?: CsvEncoding;
}

export type CsvDecimal = '.' | ',';
export const CSV_DECIMALS: readonly CsvDecimal[] = ['.', ','];
/** Encodings of the region's files: UTF-8, and the Central European single-byte code pages. */
export type CsvEncoding = 'utf-8' | 'windows-1250' | 'iso-8859-2';
export const CSV_ENCODINGS: readonly CsvEncoding[] = ['utf-8', 'windows-1250', 'iso-8859-2'];

const QUOTE = 34, CR = 13, LF = 10, COMMA = 44, SEMICOLON = 59, TAB = 9, DOT = 46;
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

interface NumTarget { kind: 'number'; name: string; values: Float64Array }
interface CatTarget {
  kind: 'category'; name: string; codes: Int32Array; levels: string[];
  /** Open-addressing table of level codes by hash (−1 empty), size a power of two. */
  slots: Int32Array; hashes: number[]; levelBytes: Uint8Array[];
  lastStart: number; lastEnd: number; lastCode: number;
  /** Codes of one-byte levels by their byte (−1: not seen): most answer codes are a single digit. */
  byByte: Int32Array;
}
type Target = NumTarget | CatTarget;

const utf8 = new TextDecoder('utf-8');
/** Decodes texts that become levels or names: a byte sequence that is not UTF-8 throws. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Number syntax of one file: the separator and the accepted decimal mark(s). */
interface NumberSyntax { readonly sep: number; readonly decA: number; readonly decB: number }

/**
 * What the reader keeps between the chunks of one file: the header, the columns being filled
 * and where it is (rows stored, line number, capacity of the columns).
 */
interface ReadState {
  readonly header: readonly string[];
  readonly syntax: NumberSyntax;
  readonly targets: readonly (Target | null)[];
  /** Per-column dispatch without polymorphic property reads in the hot loop. */
  readonly numberOf: (Float64Array | null)[];
  readonly categoryOf: readonly (CatTarget | null)[];
  /**
   * skipRun[c]: how many columns from c on are not loaded (not counting the last column, which
   * ends at the line end rather than at a separator); such runs are skipped by counting separators.
   */
  readonly skipRun: Int32Array;
  row: number;
  /** 1-based line number of the next record (the header was line 1). */
  line: number;
  /** Rows the column arrays can hold. */
  cap: number;
}

/**
 * Reads CSV bytes (UTF-8 with optional BOM, or a single-byte `encoding`; LF, CRLF or CR line
 * ends; RFC 4180 quotes; `,`/`;`/tab separators, detected or given; `.` or `,` decimal marks)
 * into typed columns. Empty cells and `NA` are missing. Text values are kept as R's
 * `read.csv` keeps them: leading and trailing blanks are part of the value ("E " and "E" are
 * two levels). Numbers are parsed straight from the bytes into a Float64Array; text columns
 * are interned into level codes without building a string per row.
 * Errors: `empty-file`, `ragged-row` (with the line number), `missing-column`, `not-numeric`
 * (also a number that overflows a double, e.g. 1e400), `bad-encoding`, `bad-option`.
 */
export function readCsv(input: Uint8Array, options: CsvReadOptions = {}): DataTable {
  // A plain Uint8Array view (not a Buffer subclass) keeps element access monomorphic.
  let bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const encoding = encodingOf(options);
  // A single-byte file is transcoded to UTF-8 once; the reader below works on UTF-8 bytes.
  if (encoding !== 'utf-8') bytes = new TextEncoder().encode(new TextDecoder(encoding).decode(bytes));
  const begun = beginRead(bytes, options);
  if (begun === null) throw new AnalysisError('empty-file', 'the data file is empty');
  const { state, pos } = begun;
  sizeColumns(state, bytes, pos, bytes.length, bytes.length - pos);
  parseRecords(state, bytes, pos, true);
  return finishRead(state);
}

/**
 * Fills `buffer` from `offset` with the next bytes of a file and resolves to how many it
 * wrote (0 at the end of the file). Node's `FileHandle.read` in a line.
 */
export type CsvSource = (buffer: Uint8Array, offset: number, length: number) => Promise<number>;

/** Chunk size of `readCsvStream`: big enough that reads are few, small enough to stay in cache. */
const CHUNK_BYTES = 1 << 20;

/**
 * `readCsv` on a file read in chunks of 1 MiB through one reused buffer, for files on disk
 * (`loadTable`). The result is the same as `readCsv` on the whole file; the memory is the
 * columns only, not the file: on a 25 MB, 1,000,000-row file the whole-file read spent more
 * time faulting in fresh pages for the bytes than parsing them. `size` (the file's size in
 * bytes) sizes the columns from the first chunk's rows per byte; they grow if it was short.
 * A record longer than the buffer grows the buffer (`chunkBytes`: the first buffer's size, small
 * in tests to put chunk ends everywhere). Single-byte encodings are transcoded per
 * chunk (one byte is one character, so a chunk boundary never splits one).
 */
export async function readCsvStream(source: CsvSource, size: number, options: CsvReadOptions = {}, chunkBytes = CHUNK_BYTES): Promise<DataTable> {
  const encoding = encodingOf(options);
  const transcode = encoding === 'utf-8' ? null : { decoder: new TextDecoder(encoding), encoder: new TextEncoder() };
  let buffer = new Uint8Array(chunkBytes);
  let end = 0, eof = false, state: ReadState | null = null, pos = 0;
  for (;;) {
    while (!eof && end < buffer.length) {
      if (transcode === null) {
        const n = await source(buffer, end, buffer.length - end);
        if (n === 0) eof = true; else end += n;
      } else {
        // Room for the worst case: every byte becomes a 3-byte UTF-8 character.
        const room = Math.floor((buffer.length - end) / 3);
        if (room === 0) break;
        const raw = new Uint8Array(room);
        const n = await source(raw, 0, room);
        if (n === 0) { eof = true; break; }
        end += transcode.encoder.encodeInto(transcode.decoder.decode(raw.subarray(0, n), { stream: true }), buffer.subarray(end)).written;
      }
    }
    // The records complete in the buffer end at its last line feed; the rest waits for the next chunk.
    const last = eof ? end : buffer.lastIndexOf(LF, end - 1) + 1;
    const view = buffer.subarray(0, last);
    if (state === null && (last > 0 || eof)) {
      const begun = beginRead(view, options);
      if (begun === null) {
        if (eof) throw new AnalysisError('empty-file', 'the data file is empty');
      } else {
        state = begun.state; pos = begun.pos;
      }
    }
    let next = pos;
    if (state !== null) {
      if (state.cap === 0) sizeColumns(state, view, pos, last, size - pos);
      next = parseRecords(state, view, pos, eof);
    }
    if (eof) break;
    if (next === 0) {
      // Not one whole record (or header) in a full buffer: a longer buffer.
      const bigger = new Uint8Array(buffer.length * 2);
      bigger.set(buffer);
      buffer = bigger;
    } else {
      buffer.copyWithin(0, next, end);
      end -= next;
    }
    pos = 0;
  }
  if (state === null) throw new AnalysisError('empty-file', 'the data file is empty');
  return finishRead(state);
}

function encodingOf(options: CsvReadOptions): CsvEncoding {
  const encoding = options.encoding ?? 'utf-8';
  if (!CSV_ENCODINGS.includes(encoding)) throw new AnalysisError('bad-option', `encoding must be one of ${CSV_ENCODINGS.join(', ')}, got "${String(encoding)}"`);
  return encoding;
}

/** Bytes sampled to estimate the rows of a file (see `sizeColumns`). */
const SAMPLE_BYTES = 1 << 20;

/**
 * Sizes the columns for the records in `remaining` bytes from the line ends (LF, and CR not
 * followed by LF: old Mac files) of a sample — the first MiB of bytes[from, to) — 2 % over.
 * Exact when the sample is the whole file; otherwise `parseRecords` grows the columns if the
 * rest has shorter rows. Counting every line end of a 1,000,000-row file took longer than
 * faulting in the few spare rows; pages of the spare rows that are never written are never
 * touched, so they cost no memory.
 */
function sizeColumns(state: ReadState, bytes: Uint8Array, from: number, to: number, remaining: number): void {
  const end = Math.min(to, from + SAMPLE_BYTES);
  let n = 0;
  for (let i = bytes.indexOf(LF, from); i >= 0 && i < end; i = bytes.indexOf(LF, i + 1)) n++;
  for (let i = bytes.indexOf(CR, from); i >= 0 && i < end; i = bytes.indexOf(CR, i + 1)) if (bytes[i + 1] !== LF) n++;
  const sampled = end - from;
  ensureCapacity(state, state.row + 1 + (sampled >= remaining ? n : Math.ceil(n / Math.max(sampled, 1) * remaining * 1.02)));
}

/**
 * Reads the BOM, the separator and the header from the start of the file and sets up the
 * columns (with no capacity yet). Null when the bytes hold nothing but blank lines.
 */
function beginRead(bytes: Uint8Array, options: CsvReadOptions): { state: ReadState; pos: number } | null {
  const len = bytes.length;
  let pos = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const syntax = numberSyntax(bytes, pos, options);
  const header: string[] = [];
  {
    const fields: string[] = [];
    pos = readTextRecord(bytes, pos, syntax.sep, fields);
    while (fields.length === 1 && fields[0] === '' && pos < len) { fields.length = 0; pos = readTextRecord(bytes, pos, syntax.sep, fields); }
    if (fields.length === 0 || (fields.length === 1 && fields[0].trim() === '')) return null;
    for (const f of fields) header.push(f.trim());
  }
  const ncol = header.length;
  const wanted = typeof options.columns === 'function' ? options.columns(header)
    : options.columns ?? Object.fromEntries(header.map((h) => [h, 'category' as const]));
  for (const name of Object.keys(wanted)) {
    if (!header.includes(name)) throw new AnalysisError('missing-column', `column "${name}" not found (columns: ${header.join(', ')})`);
  }
  const targets: (Target | null)[] = header.map((name) => {
    const kind = Object.prototype.hasOwnProperty.call(wanted, name) ? wanted[name] : undefined;
    if (kind === 'number') return { kind, name, values: new Float64Array(0) };
    if (kind === 'category') {
      return { kind, name, codes: new Int32Array(0), levels: [], slots: new Int32Array(64).fill(-1), hashes: [], levelBytes: [], lastStart: -1, lastEnd: -1, lastCode: -1, byByte: new Int32Array(256).fill(-1) };
    }
    return null;
  });
  const skipRun = new Int32Array(ncol);
  for (let c = ncol - 2; c >= 0; c--) skipRun[c] = targets[c] === null ? skipRun[c + 1] + 1 : 0;
  const state: ReadState = {
    // Data lines are numbered from 2, the header being line 1.
    header, syntax, targets, skipRun, row: 0, line: 2, cap: 0,
    numberOf: targets.map((t) => (t !== null && t.kind === 'number' ? t.values : null)),
    categoryOf: targets.map((t) => (t !== null && t.kind === 'category' ? t : null)),
  };
  return { state, pos };
}

/** Grows the column arrays to hold `rows` rows (the rows read so far are kept). */
function ensureCapacity(state: ReadState, rows: number): void {
  if (rows <= state.cap) return;
  state.targets.forEach((t, c) => {
    if (t === null) return;
    if (t.kind === 'number') {
      const values = new Float64Array(rows);
      values.set(t.values.subarray(0, state.row));
      t.values = values;
      state.numberOf[c] = values;
    } else {
      const codes = new Int32Array(rows);
      codes.set(t.codes.subarray(0, state.row));
      t.codes = codes;
    }
  });
  state.cap = rows;
}

/** The columns read, cut to the rows stored. */
function finishRead(state: ReadState): DataTable {
  const columns = new Map<string, Column>();
  for (const t of state.targets) {
    if (t === null) continue;
    if (t.kind === 'number') {
      const c: NumericColumn = { kind: 'number', name: t.name, values: t.values.subarray(0, state.row) };
      columns.set(t.name, c);
    } else {
      const c: CategoryColumn = { kind: 'category', name: t.name, codes: t.codes.subarray(0, state.row), levels: t.levels };
      columns.set(t.name, c);
    }
  }
  return { rowCount: state.row, names: state.header, columns };
}

/**
 * Reads the records of `bytes` from `pos` into the columns (which must have room for them)
 * and returns the position after the last one read. Unless `final`, the bytes end just after a
 * line feed, and a record cut there (a quoted field with a line break in it, unterminated)
 * is left for the next chunk: its position is returned and nothing of it is kept.
 */
function parseRecords(state: ReadState, bytes: Uint8Array, pos: number, final: boolean): number {
  const { syntax, numberOf, categoryOf, skipRun, header } = state;
  const { sep, decA, decB } = syntax;
  const ncol = header.length;
  const len = bytes.length;
  // The last-row shortcut of each text column points into the previous chunk's bytes.
  for (const t of categoryOf) if (t !== null) t.lastStart = -1;
  let row = state.row;
  let line = state.line;
  while (pos < len) {
    // Skip blank lines.
    if (bytes[pos] === LF) { pos++; line++; continue; }
    if (bytes[pos] === CR) { pos += bytes[pos + 1] === LF ? 2 : 1; line++; continue; }
    const recordStart = pos, recordLine = line;
    if (row === state.cap) { state.row = row; ensureCapacity(state, Math.ceil(state.cap * 1.25) + 1024); }
    let col = 0;
    for (;;) {
      const run = col < ncol ? skipRun[col] : 0;
      if (run > 0) {
        let p = pos, k = 0;
        while (p < len) {
          const c = bytes[p];
          if (c === sep) { if (++k === run) break; } else if (c === LF || c === CR || c === QUOTE) break;
          p++;
        }
        if (k === run) {
          col += run; pos = p + 1;
          if (pos >= len) { col++; break; }
          continue;
        }
        // A quote or an early line end: read these fields one by one below.
      }
      const start = pos;
      if (bytes[pos] === QUOTE) {
        const after = readQuotedField(bytes, pos + 1, recordLine, syntax, col < ncol ? numberOf[col] : null, col < ncol ? categoryOf[col] : null, row, header[col], final);
        if (after < 0) {
          // Cut by the chunk's end: read the whole record with the next chunk.
          state.row = row; state.line = recordLine;
          return recordStart;
        }
        pos = after;
        for (let k = start; k < pos; k++) if (bytes[k] === LF || (bytes[k] === CR && bytes[k + 1] !== LF)) line++;
      } else {
        // Unquoted: parse numbers and hash texts while scanning, in one pass over the bytes.
        const values = col < ncol ? numberOf[col] : null;
        const t = col < ncol ? categoryOf[col] : null;
        if (values !== null) {
          let p = pos, b = bytes[p], negative = false, mantissa = 0, digits = 0, decimals = 0, sawDigit = false;
          if (b === 45) { negative = true; b = bytes[++p]; }
          while (b >= 48 && b <= 57) { sawDigit = true; mantissa = mantissa * 10 + (b - 48); if (mantissa !== 0) digits++; b = bytes[++p]; }
          if (b === decA || b === decB) {
            b = bytes[++p];
            while (b >= 48 && b <= 57) { sawDigit = true; mantissa = mantissa * 10 + (b - 48); if (mantissa !== 0) digits++; decimals++; b = bytes[++p]; }
          }
          if (sawDigit && digits <= 15 && decimals <= 22 && (p >= len || b === sep || b === LF || b === CR)) {
            const v = decimals === 0 ? mantissa : mantissa / POW10[decimals];
            values[row] = negative ? -v : v;
            pos = p;
          } else {
            while (pos < len) { const c = bytes[pos]; if (c === sep || c === LF || c === CR) break; pos++; }
            values[row] = parseNumberField(bytes, start, pos, header[col], row, syntax);
          }
        } else if (t !== null) {
          let h = 0x811c9dc5 | 0;
          while (pos < len) { const c = bytes[pos]; if (c === sep || c === LF || c === CR) break; h = Math.imul(h ^ c, 0x01000193); pos++; }
          // A level seen before, found here without a call: the one-byte table, the last row's
          // level, then the hash table. (Calling internBytes for every row cost a third of the
          // reading time in garbage: V8 does not inline it.) New levels, empty and NA: internBytes.
          const n = pos - start;
          let code = n === 1 ? t.byByte[bytes[start]] : -1;
          if (code < 0 && n > 1) {
            const last = t.lastStart;
            if (last >= 0 && t.lastEnd - last === n) {
              let k = 0;
              while (k < n && bytes[last + k] === bytes[start + k]) k++;
              if (k === n) code = t.lastCode;
            }
            if (code < 0) {
              const hash = h & 0x3fffffff, slots = t.slots, mask = slots.length - 1;
              for (let slot = hash & mask, c = slots[slot]; c >= 0; slot = (slot + 1) & mask, c = slots[slot]) {
                if (t.hashes[c] !== hash) continue;
                const lb = t.levelBytes[c];
                if (lb.length !== n) continue;
                let k = 0;
                while (k < n && lb[k] === bytes[start + k]) k++;
                if (k === n) { code = c; break; }
              }
              if (code >= 0) { t.lastStart = start; t.lastEnd = pos; t.lastCode = code; }
            }
          }
          t.codes[row] = code >= 0 ? code : internBytes(t, bytes, start, pos, start, h & 0x3fffffff, row);
        } else {
          while (pos < len) { const c = bytes[pos]; if (c === sep || c === LF || c === CR) break; pos++; }
        }
      }
      col++;
      if (pos >= len) break;
      const b = bytes[pos];
      if (b === sep) { pos++; if (pos >= len) { col++; break; } continue; }
      if (b === CR) pos++;
      if (pos < len && bytes[pos] === LF) pos++;
      line++;
      break;
    }
    if (col !== ncol) {
      throw new AnalysisError('ragged-row', `line ${recordLine}: ${col} fields, the header has ${ncol}`);
    }
    row++;
  }
  state.row = row; state.line = line;
  return pos;
}

/**
 * Reads a quoted field whose content starts at `pos` (after the opening quote), stores it
 * into its column, and returns the position after the field (at the separator or line end).
 * A field still open at the end of the bytes is an error in the `final` chunk, and −1 (nothing
 * stored) in another: its end is in the next chunk.
 */
function readQuotedField(bytes: Uint8Array, pos: number, recordLine: number, syntax: NumberSyntax, values: Float64Array | null, t: CatTarget | null, row: number, name: string, final: boolean): number {
  const len = bytes.length;
  const sep = syntax.sep;
  const start = pos;
  let hasEscape = false;
  for (;;) {
    if (pos >= len) {
      if (!final) return -1;
      throw new AnalysisError('ragged-row', `line ${recordLine}: unterminated quoted field`);
    }
    if (bytes[pos] === QUOTE) {
      if (bytes[pos + 1] === QUOTE) { hasEscape = true; pos += 2; continue; }
      break;
    }
    pos++;
  }
  const end = pos;
  pos++; // closing quote
  // Anything between the closing quote and the separator is ignored (lenient).
  while (pos < len && bytes[pos] !== sep && bytes[pos] !== LF && bytes[pos] !== CR) pos++;
  const text = hasEscape ? unescapeQuotes(bytes, start, end) : bytes.subarray(start, end);
  if (values !== null) values[row] = parseNumberField(text, 0, text.length, name, row, syntax);
  else if (t !== null) t.codes[row] = internBytes(t, text, 0, text.length, -1, -1, row);
  return pos;
}

function unescapeQuotes(bytes: Uint8Array, start: number, end: number): Uint8Array {
  const out = new Uint8Array(end - start);
  let k = 0;
  for (let i = start; i < end; i++) {
    out[k++] = bytes[i];
    if (bytes[i] === QUOTE) i++;
  }
  return out.subarray(0, k);
}

/** Reads one record as strings (used for the header only). Returns the position after it. */
function readTextRecord(bytes: Uint8Array, pos: number, sep: number, out: string[]): number {
  const len = bytes.length;
  if (pos >= len) return pos;
  for (;;) {
    let text: string;
    if (bytes[pos] === QUOTE) {
      const start = ++pos;
      while (pos < len && !(bytes[pos] === QUOTE && bytes[pos + 1] !== QUOTE)) pos += bytes[pos] === QUOTE ? 2 : 1;
      text = decodeStrict(unescapeQuotes(bytes, start, Math.min(pos, len)), 'the header', 1);
      pos++;
      while (pos < len && bytes[pos] !== sep && bytes[pos] !== LF && bytes[pos] !== CR) pos++;
    } else {
      const start = pos;
      while (pos < len && bytes[pos] !== sep && bytes[pos] !== LF && bytes[pos] !== CR) pos++;
      text = decodeStrict(bytes.subarray(start, pos), 'the header', 1);
    }
    out.push(text);
    if (pos >= len) return pos;
    if (bytes[pos] === sep) { pos++; continue; }
    if (bytes[pos] === CR) pos++;
    if (pos < len && bytes[pos] === LF) pos++;
    return pos;
  }
}

/**
 * The separator (given, or detected from the header line) and the decimal mark(s) accepted.
 */
function numberSyntax(bytes: Uint8Array, pos: number, options: CsvReadOptions): NumberSyntax {
  let sep: number;
  if (options.delimiter !== undefined) {
    if (options.delimiter.length !== 1 || options.delimiter.charCodeAt(0) > 127 || options.delimiter === '"') {
      throw new AnalysisError('bad-option', `the delimiter must be one ASCII character other than a quote, got "${options.delimiter}"`);
    }
    sep = options.delimiter.charCodeAt(0);
  } else {
    // Count candidate separators on the header line, outside quotes.
    let comma = 0, semicolon = 0, tab = 0, quoted = false;
    for (let i = pos; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === QUOTE) quoted = !quoted;
      else if (!quoted && (b === LF || b === CR)) break;
      else if (!quoted) { if (b === COMMA) comma++; else if (b === SEMICOLON) semicolon++; else if (b === TAB) tab++; }
    }
    sep = semicolon > comma && semicolon >= tab ? SEMICOLON : tab > comma && tab > semicolon ? TAB : COMMA;
  }
  const decimal = options.decimal;
  if (decimal !== undefined && !CSV_DECIMALS.includes(decimal)) throw new AnalysisError('bad-option', `the decimal mark must be "." or ",", got "${String(decimal)}"`);
  if (decimal === ',' && sep === COMMA) throw new AnalysisError('bad-option', 'a decimal comma needs another field separator (e.g. ";")');
  if (decimal !== undefined) { const d = decimal.charCodeAt(0); return { sep, decA: d, decB: d }; }
  return sep === COMMA ? { sep, decA: DOT, decB: DOT } : { sep, decA: DOT, decB: COMMA };
}

/** UTF-8 text of a value or name; bytes that are not UTF-8 are a `bad-encoding` error saying where. */
function decodeStrict(bytes: Uint8Array, where: string, line: number): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const bad = bytes.findIndex((b) => b >= 0x80);
    const hex = Array.from(bytes.subarray(Math.max(bad, 0), Math.max(bad, 0) + 3), (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
    throw new AnalysisError('bad-encoding', `${where}${line > 1 ? ` (data row ${line - 1})` : ''} is not UTF-8 (bytes ${hex}): the file looks saved as Windows-1250 or ISO-8859-2; give the encoding (--encoding windows-1250 or --encoding iso-8859-2), or save it as "CSV UTF-8"`);
  }
}

/**
 * Parses a decimal number from bytes. Up to 15 significant digits and 22 decimals are
 * computed as integer / 10^k, which IEEE division rounds correctly; anything else goes
 * through `Number()` (a decimal comma read as a point). Empty, `NA` → NaN; `TRUE`/`FALSE`
 * (any case) → 1/0. A number beyond the double range (1e400, `Inf`) is an error: R would
 * read it as Inf and every estimate that touches it would be NaN.
 */
function parseNumberField(bytes: Uint8Array, start: number, end: number, name: string, row: number, syntax: NumberSyntax): number {
  const { decA, decB } = syntax;
  if (start === end) return NaN;
  if (bytes[start] <= 32 || bytes[end - 1] <= 32) {
    while (start < end && (bytes[start] === 32 || bytes[start] === 9)) start++;
    while (end > start && (bytes[end - 1] === 32 || bytes[end - 1] === 9)) end--;
    if (start === end) return NaN;
  }
  let i = start;
  let negative = false;
  if (bytes[i] === 45) { negative = true; i++; } else if (bytes[i] === 43) i++;
  let mantissa = 0, digits = 0, decimals = 0, sawDigit = false;
  let b = bytes[i];
  while (i < end && b >= 48 && b <= 57) { sawDigit = true; mantissa = mantissa * 10 + (b - 48); if (mantissa !== 0) digits++; i++; b = bytes[i]; }
  if (i < end && (b === decA || b === decB)) {
    i++; b = bytes[i];
    while (i < end && b >= 48 && b <= 57) { sawDigit = true; mantissa = mantissa * 10 + (b - 48); if (mantissa !== 0) digits++; decimals++; i++; b = bytes[i]; }
  }
  if (i === end && sawDigit && digits <= 15 && decimals <= 22) {
    const v = decimals === 0 ? mantissa : mantissa / POW10[decimals];
    return negative ? -v : v;
  }
  const text = utf8.decode(bytes.subarray(start, end));
  if (text === 'NA') return NaN;
  const lower = text.toLowerCase();
  if (lower === 'true') return 1;
  if (lower === 'false') return 0;
  const commaOk = decA === COMMA || decB === COMMA, dotOk = decA === DOT || decB === DOT;
  // Only the accepted decimal mark, at most once: "1,5" under "." and "1.234,5" are not numbers.
  const marks = (text.match(/[.,]/g) ?? []);
  const markOk = marks.length === 0 || (marks.length === 1 && (marks[0] === ',' ? commaOk : dotOk));
  const v = markOk ? Number(text.replace(',', '.')) : NaN;
  if (Number.isNaN(v) || text === '.' || text === ',') {
    throw new AnalysisError('not-numeric', `column "${name}" row ${row + 1}: "${text}" is not a number`);
  }
  if (!Number.isFinite(v)) throw new AnalysisError('not-numeric', `column "${name}" row ${row + 1}: "${text}" is beyond the range of a number (overflow)`);
  return v;
}

/**
 * Level code of a field, interning new texts (kept as written, blanks included, as R's
 * `read.csv` keeps them). `cacheStart ≥ 0` allows the repeat-of-last-row shortcut; `hash` is
 * the FNV-1a hash of the bytes masked to 30 bits (a small integer, so passing it allocates
 * nothing) when the caller computed it, else −1. A new level must be UTF-8.
 */
function internBytes(t: CatTarget, bytes: Uint8Array, start: number, end: number, cacheStart: number, hash: number, row: number): number {
  const n = end - start;
  if (n === 0) return -1;
  if (n === 2 && bytes[start] === 78 && bytes[start + 1] === 65) return -1; // NA
  if (n === 1 && t.byByte[bytes[start]] >= 0) return t.byByte[bytes[start]];
  if (cacheStart >= 0 && t.lastStart >= 0 && t.lastEnd - t.lastStart === n) {
    let same = true;
    for (let k = 0; k < n; k++) if (bytes[t.lastStart + k] !== bytes[start + k]) { same = false; break; }
    if (same) return t.lastCode;
  }
  let h = hash;
  if (h < 0) {
    h = 0x811c9dc5 | 0;
    for (let k = start; k < end; k++) h = Math.imul(h ^ bytes[k], 0x01000193);
    h &= 0x3fffffff;
  }
  let mask = t.slots.length - 1;
  let slot = h & mask;
  let code = -1;
  for (;;) {
    const c = t.slots[slot];
    if (c < 0) break;
    if (t.hashes[c] === h) {
      const lb = t.levelBytes[c];
      if (lb.length === n) {
        let same = true;
        for (let k = 0; k < n; k++) if (lb[k] !== bytes[start + k]) { same = false; break; }
        if (same) { code = c; break; }
      }
    }
    slot = (slot + 1) & mask;
  }
  if (code < 0) {
    code = t.levels.length;
    const copy = bytes.slice(start, end);
    t.levelBytes.push(copy);
    t.levels.push(decodeStrict(copy, `column "${t.name}"`, row + 2));
    t.hashes.push(h);
    t.slots[slot] = code;
    if (n === 1) t.byByte[bytes[start]] = code;
    if (t.levels.length * 2 > t.slots.length) {
      // Grow and reinsert.
      const slots = new Int32Array(t.slots.length * 4).fill(-1);
      mask = slots.length - 1;
      t.hashes.forEach((hh, c) => { let sl = hh & mask; while (slots[sl] >= 0) sl = (sl + 1) & mask; slots[sl] = c; });
      t.slots = slots;
    }
  }
  if (cacheStart >= 0) { t.lastStart = start; t.lastEnd = end; t.lastCode = code; }
  return code;
}
