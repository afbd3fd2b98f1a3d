import type { Locale } from '../indicators/catalogue';
import type { ExtraTable } from '../tables/model';
import { domainLabel, text, variableLabel } from '../tables/i18n';
import { DISPOSITION_CATEGORIES, RATE_NAMES, responseRatesBy, type GroupedResponseRates } from './aapor';

/** Rates as report tables: one overall-and-by-group table per grouping variable. */
export function responseRateTables(codes: readonly string[], groups: readonly { name: string; values: readonly string[] }[], locale: Locale, e?: number): ExtraTable[] {
  const rows = responseRatesBy(codes, groups, e);
  const columns = [text('domain', locale), text('cases', locale), ...DISPOSITION_CATEGORIES, 'e', ...RATE_NAMES];
  const formats = [undefined, '0', ...DISPOSITION_CATEGORIES.map(() => '0'), '0.000', ...RATE_NAMES.map(() => '0.0%')];
  const toRow = (r: GroupedResponseRates): (string | number)[] => [
    domainLabel(r.group, locale), r.cases, ...DISPOSITION_CATEGORIES.map((k) => r.counts[k]), r.e, ...RATE_NAMES.map((k) => r.rates[k]),
  ];
  const overall = rows.filter((r) => Object.keys(r.group).length === 0);
  const tables: ExtraTable[] = [{ title: text('responseRates', locale), columns, rows: overall.map(toRow), formats }];
  for (const g of groups) {
    const mine = rows.filter((r) => Object.keys(r.group)[0] === g.name);
    if (mine.length > 0) tables.push({ title: `${variableLabel(g.name, locale)} (AAPOR)`, columns, rows: mine.map(toRow), formats });
  }
  return tables;
}

/** Rates as CSV: group,cases,I,…,NE,e,RR1,…,CON3 (`group` as `var=value`, empty overall). */
export function responseRatesCsv(rows: readonly GroupedResponseRates[]): string {
  const lines = [['group', 'cases', ...DISPOSITION_CATEGORIES, 'e', ...RATE_NAMES].join(',')];
  for (const r of rows) {
    const g = Object.entries(r.group).map(([k, v]) => `${k}=${v}`).join(';');
    lines.push([/[",\n]/.test(g) ? `"${g.replace(/"/g, '""')}"` : g, r.cases, ...DISPOSITION_CATEGORIES.map((k) => r.counts[k]), r.e, ...RATE_NAMES.map((k) => r.rates[k])]
      .map((x) => (typeof x === 'number' && !Number.isFinite(x) ? '' : String(x))).join(','));
  }
  return lines.join('\n') + '\n';
}
