import { AnalysisError } from '../errors';

/** A numeric column: one float per row, `NaN` marks a missing value. */
export interface NumericColumn {
  readonly kind: 'number';
  readonly name: string;
  readonly values: Float64Array;
}

/** A text column stored as level codes: `codes[i]` indexes `levels`, `-1` marks a missing value. */
export interface CategoryColumn {
  readonly kind: 'category';
  readonly name: string;
  readonly codes: Int32Array;
  readonly levels: string[];
}

export type Column = NumericColumn | CategoryColumn;
export type ColumnKind = Column['kind'];

/** Microdata as typed columns. Only the columns asked for are kept. */
export interface DataTable {
  readonly rowCount: number;
  /** Every column name of the source, in file order (also those not loaded). */
  readonly names: readonly string[];
  readonly columns: ReadonlyMap<string, Column>;
}

/** Cell texts read as missing (besides the empty cell): R's `NA` as `write.csv` prints it. */
export const MISSING_TOKENS: readonly string[] = ['NA'];

/** Parses a cell text as a number the way the CSV reader does; `NaN` for missing, `undefined` if not a number. */
export function parseNumberText(text: string): number | undefined {
  const t = text.trim();
  if (t === '' || MISSING_TOKENS.includes(t)) return NaN;
  const lower = t.toLowerCase();
  if (lower === 'true') return 1;
  if (lower === 'false') return 0;
  // A decimal comma ("1,1"), as Excel writes numbers under the region's settings (and turns the
  // AAPOR code 1.1 into 1,1): read as the CSV reader reads numbers of a ';' file. Thousands
  // separators are never accepted, so one comma between digits is unambiguous.
  const v = Number(/^[+-]?\d+,\d+$/.test(t) ? t.replace(',', '.') : t);
  return Number.isNaN(v) ? undefined : v;
}

/** The column `name`, or an error naming it. */
export function getColumn(table: DataTable, name: string): Column {
  const column = table.columns.get(name);
  if (!column) {
    throw new AnalysisError('missing-column', `column "${name}" not found (columns: ${table.names.join(', ')})`);
  }
  return column;
}

/** The values of column `name` as numbers (a text column is converted; non-numeric text is an error). */
export function numericValues(table: DataTable, name: string): Float64Array {
  const column = getColumn(table, name);
  if (column.kind === 'number') return column.values;
  const byLevel = Float64Array.from(column.levels, (level, i) => {
    const v = parseNumberText(level);
    if (v === undefined) {
      const row = column.codes.indexOf(i) + 1;
      throw new AnalysisError('not-numeric', `column "${name}" row ${row}: "${level}" is not a number`);
    }
    return v;
  });
  const out = new Float64Array(column.codes.length);
  for (let i = 0; i < out.length; i++) {
    const c = column.codes[i];
    out[i] = c < 0 ? NaN : byLevel[c];
  }
  return out;
}

/** The values of column `name` as level codes (a numeric column is turned into text levels as printed by JS). */
export function categoryValues(table: DataTable, name: string): CategoryColumn {
  const column = getColumn(table, name);
  if (column.kind === 'category') return column;
  const levels: string[] = [];
  const index = new Map<number, number>();
  const codes = new Int32Array(column.values.length);
  for (let i = 0; i < codes.length; i++) {
    const v = column.values[i];
    if (Number.isNaN(v)) { codes[i] = -1; continue; }
    let c = index.get(v);
    if (c === undefined) { c = levels.length; levels.push(String(v)); index.set(v, c); }
    codes[i] = c;
  }
  return { kind: 'category', name, codes, levels };
}
