/**
 * The administrative template's structure and labels (ICCS rows, column and table titles), read from
 * the variable dictionary of the jha-admin export (`jha-admin.dictionary.json`), so the tables say
 * what the form said in each of the eight locales. Without a dictionary, the rows come from the
 * export's own column names (`adm_offences__i0401__total`: the export writes every template cell in
 * the template's order) and the labels are the codes.
 */
import type { Locale } from '../indicators/catalogue';
import type { DictionaryFile, DictionaryVariable } from '../tables/value-labels';

type Texts = Readonly<Record<string, string>>;

export interface AdminTemplate {
  /** ICCS codes of a table's rows in the template's order (`i0101` → `0101`). */
  rows(table: string): string[];
  /** "Intentional homicide" in the locale (the code when unknown). */
  iccsLabel(code: string, locale: Locale): string;
  tableTitle(table: string, locale: Locale): string;
  columnTitle(table: string, column: string, locale: Locale): string;
}

const pick = (t: Texts | undefined, locale: Locale, fallback: string): string => (t === undefined ? fallback : t[locale] ?? t.en ?? fallback);

/** The template as a dictionary describes it: dropdown-matrix cells and the columns of dynamic matrices. */
export function adminTemplate(dictionary: DictionaryFile): AdminTemplate {
  const rows = new Map<string, string[]>();
  const rowTexts = new Map<string, Texts>();
  const titles = new Map<string, Texts>();
  const columns = new Map<string, Texts>();
  const add = (v: DictionaryVariable): void => {
    const { question, row, column } = v.source;
    if (v.labelParts[0] && !titles.has(question)) titles.set(question, v.labelParts[0]);
    if (v.source.part === 'cell' && row !== undefined && column !== undefined) {
      const list = rows.get(question) ?? [];
      if (!list.includes(row)) list.push(row);
      rows.set(question, list);
      if (v.labelParts[1] && !rowTexts.has(row)) rowTexts.set(row, v.labelParts[1]);
      if (v.labelParts[2]) columns.set(`${question}\u0000${column}`, v.labelParts[2]);
    }
    // A dynamic matrix (one row per entry): its columns are its members.
    for (const m of v.members ?? []) if (m.labelParts[1]) columns.set(`${question}\u0000${m.name}`, m.labelParts[1]);
  };
  dictionary.variables.forEach(add);
  return {
    rows: (table) => (rows.get(table) ?? []).map((r) => r.replace(/^i/, '')),
    iccsLabel: (code, locale) => pick(rowTexts.get(`i${code}`), locale, code),
    tableTitle: (table, locale) => pick(titles.get(table), locale, table),
    columnTitle: (table, column, locale) => pick(columns.get(`${table}\u0000${column}`), locale, column),
  };
}

/** The template as far as an export's column names tell it: rows in column order, labels the codes. */
export function templateOfColumns(names: readonly string[]): AdminTemplate {
  const rows = new Map<string, string[]>();
  for (const name of names) {
    const cell = /^(.+?)__(i\d+)__([A-Za-z0-9_]+)$/.exec(name);
    if (!cell) continue;
    const list = rows.get(cell[1]) ?? [];
    if (!list.includes(cell[2])) list.push(cell[2]);
    rows.set(cell[1], list);
  }
  return {
    rows: (table) => (rows.get(table) ?? []).map((r) => r.replace(/^i/, '')),
    iccsLabel: (code) => code,
    tableTitle: (table) => table,
    columnTitle: (_table, column) => column,
  };
}
