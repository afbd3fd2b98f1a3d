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
  const encoding = options.encoding ?? 'utf-8';
  if (!CSV_ENCODINGS.includes(encoding)) throw new AnalysisError('bad-option', `encoding must be one of ${CSV_ENCODINGS.join(', ')}, got "${String(encoding)}"`);
  // A single-byte file is transcoded to UTF-8 once; the reader below works on UTF-8 bytes.
  if (encoding !== 'utf-8') bytes = new TextEncoder().encode(new TextDecoder(encoding).decode(bytes));
  const len = bytes.length;
  let pos = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const { sep, decA, decB } = numberSyntax(bytes, pos, options);
  // Header.
  const header: string[] = [];
  {
    const fields: string[] = [];
    pos = readTextRecord(bytes, pos, sep, fields);
    while (fields.length === 1 && fields[0] === '' && pos < len) { fields.length = 0; pos = readTextRecord(bytes, pos, sep, fields); }
    if (fields.length === 0 || (fields.length === 1 && fields[0].trim() === '')) throw new AnalysisError('empty-file', 'the data file is empty');
    for (const f of fields) header.push(f.trim());
  }
  const ncol = header.length;
  const syntax: NumberSyntax = { sep, decA, decB };
  const wanted = typeof options.columns === 'function' ? options.columns(header)
    : options.columns ?? Object.fromEntries(header.map((h) => [h, 'category' as const]));
  for (const name of Object.keys(wanted)) {
    if (!header.includes(name)) throw new AnalysisError('missing-column', `column "${name}" not found (columns: ${header.join(', ')})`);
  }
  // Capacity: count line ends — LF, and CR not followed by LF (old Mac files) — an upper bound on records.
  let cap = 1;
  for (let i = bytes.indexOf(LF, pos); i >= 0; i = bytes.indexOf(LF, i + 1)) cap++;
  for (let i = bytes.indexOf(CR, pos); i >= 0; i = bytes.indexOf(CR, i + 1)) if (bytes[i + 1] !== LF) cap++;
  const targets: (Target | null)[] = header.map((name) => {
    const kind = Object.prototype.hasOwnProperty.call(wanted, name) ? wanted[name] : undefined;
    if (kind === 'number') return { kind, name, values: new Float64Array(cap) };
    if (kind === 'category') {
      return { kind, name, codes: new Int32Array(cap), levels: [], slots: new Int32Array(64).fill(-1), hashes: [], levelBytes: [], lastStart: -1, lastEnd: -1, lastCode: -1, byByte: new Int32Array(256).fill(-1) };
    }
    return null;
  });
  // Per-column dispatch without polymorphic property reads in the hot loop.
  const numberOf: (Float64Array | null)[] = targets.map((t) => (t !== null && t.kind === 'number' ? t.values : null));
  const categoryOf: (CatTarget | null)[] = targets.map((t) => (t !== null && t.kind === 'category' ? t : null));
  // skipRun[c]: how many columns from c on are not loaded (not counting the last column, which
  // ends at the line end rather than at a separator); such runs are skipped by counting separators.
  const skipRun = new Int32Array(ncol);
  for (let c = ncol - 2; c >= 0; c--) skipRun[c] = targets[c] === null ? skipRun[c + 1] + 1 : 0;
  let row = 0;
  let line = 2; // 1-based line number of the current record (header was line 1)
  while (pos < len) {
    // Skip blank lines.
    if (bytes[pos] === LF) { pos++; line++; continue; }
    if (bytes[pos] === CR) { pos += bytes[pos + 1] === LF ? 2 : 1; line++; continue; }
    const recordLine = line;
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
        pos = readQuotedField(bytes, pos + 1, recordLine, syntax, col < ncol ? numberOf[col] : null, col < ncol ? categoryOf[col] : null, row, header[col]);
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
          let h = 0x811c9dc5;
          while (pos < len) { const c = bytes[pos]; if (c === sep || c === LF || c === CR) break; h = Math.imul(h ^ c, 0x01000193); pos++; }
          const one = pos - start === 1 ? t.byByte[bytes[start]] : -1;
          t.codes[row] = one >= 0 ? one : internBytes(t, bytes, start, pos, start, h & 0x3fffffff, row);
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
  const columns = new Map<string, Column>();
  for (const t of targets) {
    if (t === null) continue;
    if (t.kind === 'number') {
      const c: NumericColumn = { kind: 'number', name: t.name, values: t.values.subarray(0, row) };
      columns.set(t.name, c);
    } else {
      const c: CategoryColumn = { kind: 'category', name: t.name, codes: t.codes.subarray(0, row), levels: t.levels };
      columns.set(t.name, c);
    }
  }
  return { rowCount: row, names: header, columns };
}

/**
 * Reads a quoted field whose content starts at `pos` (after the opening quote), stores it
 * into its column, and returns the position after the field (at the separator or line end).
 */
function readQuotedField(bytes: Uint8Array, pos: number, recordLine: number, syntax: NumberSyntax, values: Float64Array | null, t: CatTarget | null, row: number, name: string): number {
  const len = bytes.length;
  const sep = syntax.sep;
  const start = pos;
  let hasEscape = false;
  for (;;) {
    if (pos >= len) throw new AnalysisError('ragged-row', `line ${recordLine}: unterminated quoted field`);
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
    h = 0x811c9dc5;
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
