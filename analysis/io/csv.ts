import { AnalysisError } from '../errors';
import type { CategoryColumn, Column, ColumnKind, DataTable, NumericColumn } from './table';

/** Which columns to load and how; columns not named are skipped (cheap). */
export interface CsvReadOptions {
  /**
   * Column name → kind, or a function choosing them from the header (e.g. every column
   * matching a pattern). Without it every column is loaded as text (`category`).
   */
  readonly columns?: Readonly<Record<string, ColumnKind>> | ((header: readonly string[]) => Readonly<Record<string, ColumnKind>>);
  /** Field separator, one ASCII character (default `,`). */
  readonly delimiter?: string;
}

const QUOTE = 34, CR = 13, LF = 10;
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

/**
 * Reads CSV bytes (UTF-8, optional BOM, LF or CRLF, RFC 4180 quotes) into typed columns.
 * Empty cells and `NA` are missing. Numbers are parsed straight from the bytes into a
 * Float64Array; text columns are interned into level codes without building a string per row.
 * Errors: `empty-file`, `ragged-row` (with the line number), `missing-column`, `not-numeric`.
 */
export function readCsv(input: Uint8Array, options: CsvReadOptions = {}): DataTable {
  // A plain Uint8Array view (not a Buffer subclass) keeps element access monomorphic.
  const bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const sep = (options.delimiter ?? ',').charCodeAt(0);
  const len = bytes.length;
  let pos = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
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
  const wanted = typeof options.columns === 'function' ? options.columns(header)
    : options.columns ?? Object.fromEntries(header.map((h) => [h, 'category' as const]));
  for (const name of Object.keys(wanted)) {
    if (!header.includes(name)) throw new AnalysisError('missing-column', `column "${name}" not found (columns: ${header.join(', ')})`);
  }
  // Capacity: count line feeds (an upper bound on records).
  let cap = 1;
  for (let i = bytes.indexOf(LF, pos); i >= 0; i = bytes.indexOf(LF, i + 1)) cap++;
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
    if (bytes[pos] === CR && (pos + 1 >= len || bytes[pos + 1] === LF)) { pos += 2; line++; continue; }
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
        pos = readQuotedField(bytes, pos + 1, recordLine, sep, col < ncol ? numberOf[col] : null, col < ncol ? categoryOf[col] : null, row, header[col]);
        for (let k = start; k < pos; k++) if (bytes[k] === LF) line++;
      } else {
        // Unquoted: parse numbers and hash texts while scanning, in one pass over the bytes.
        const values = col < ncol ? numberOf[col] : null;
        const t = col < ncol ? categoryOf[col] : null;
        if (values !== null) {
          let p = pos, b = bytes[p], negative = false, mantissa = 0, digits = 0, decimals = 0, sawDigit = false;
          if (b === 45) { negative = true; b = bytes[++p]; }
          while (b >= 48 && b <= 57) { sawDigit = true; mantissa = mantissa * 10 + (b - 48); if (mantissa !== 0) digits++; b = bytes[++p]; }
          if (b === 46) {
            b = bytes[++p];
            while (b >= 48 && b <= 57) { sawDigit = true; mantissa = mantissa * 10 + (b - 48); if (mantissa !== 0) digits++; decimals++; b = bytes[++p]; }
          }
          if (sawDigit && digits <= 15 && decimals <= 22 && (p >= len || b === sep || b === LF || b === CR)) {
            const v = decimals === 0 ? mantissa : mantissa / POW10[decimals];
            values[row] = negative ? -v : v;
            pos = p;
          } else {
            while (pos < len) { const c = bytes[pos]; if (c === sep || c === LF || c === CR) break; pos++; }
            values[row] = parseNumberField(bytes, start, pos, header[col], row);
          }
        } else if (t !== null) {
          let h = 0x811c9dc5;
          while (pos < len) { const c = bytes[pos]; if (c === sep || c === LF || c === CR) break; h = Math.imul(h ^ c, 0x01000193); pos++; }
          const one = pos - start === 1 ? t.byByte[bytes[start]] : -1;
          t.codes[row] = one >= 0 ? one : internBytes(t, bytes, start, pos, start, h & 0x3fffffff);
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
function readQuotedField(bytes: Uint8Array, pos: number, recordLine: number, sep: number, values: Float64Array | null, t: CatTarget | null, row: number, name: string): number {
  const len = bytes.length;
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
  if (values !== null) values[row] = parseNumberField(text, 0, text.length, name, row);
  else if (t !== null) t.codes[row] = internBytes(t, text, 0, text.length, -1);
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
      text = utf8.decode(unescapeQuotes(bytes, start, Math.min(pos, len)));
      pos++;
      while (pos < len && bytes[pos] !== sep && bytes[pos] !== LF && bytes[pos] !== CR) pos++;
    } else {
      const start = pos;
      while (pos < len && bytes[pos] !== sep && bytes[pos] !== LF && bytes[pos] !== CR) pos++;
      text = utf8.decode(bytes.subarray(start, pos));
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
 * Parses a decimal number from bytes. Up to 15 significant digits and 22 decimals are
 * computed as integer / 10^k, which IEEE division rounds correctly; anything else goes
 * through `Number()`. Empty, `NA` → NaN; `TRUE`/`FALSE` (any case) → 1/0.
 */
function parseNumberField(bytes: Uint8Array, start: number, end: number, name: string, row: number): number {
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
  if (i < end && b === 46) {
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
  const v = Number(text);
  if (Number.isNaN(v) || text === '.') {
    throw new AnalysisError('not-numeric', `column "${name}" row ${row + 1}: "${text}" is not a number`);
  }
  return v;
}

/**
 * Level code of a field, interning new texts. `cacheStart ≥ 0` allows the repeat-of-last-row
 * shortcut; `hash` is the FNV-1a hash of the untrimmed bytes masked to 30 bits (a small
 * integer, so passing it allocates nothing) when the caller computed it, else −1.
 */
function internBytes(t: CatTarget, bytes: Uint8Array, start: number, end: number, cacheStart: number, hash = -1): number {
  if (start < end && (bytes[start] <= 32 || bytes[end - 1] <= 32)) {
    hash = -1;
    while (start < end && (bytes[start] === 32 || bytes[start] === 9)) start++;
    while (end > start && (bytes[end - 1] === 32 || bytes[end - 1] === 9)) end--;
  }
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
    t.levels.push(utf8.decode(copy));
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
