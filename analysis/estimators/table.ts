import type { Labelled, SurveyDesign } from '../design';
import { domainsOf } from '../domains';
import type { EstimateOptions } from '../estimate';
import type { LabelledEstimate } from '../io/format';
import { svyMean } from './mean';
import { svyTotal } from './total';

/** A table's variables: one (a one-way table) or two (rows × columns). */
export type TableVariable = Labelled & { readonly name: string };

/**
 * A weighted frequency table with design-based standard errors (R `svytable` gives the counts
 * only; the SEs are R's `svytotal(~interaction(a, b))`, `svymean(~interaction(a, b))` and
 * `svyby(~b, ~a, svymean)`). For every cell (a, b) — every observed combination — three
 * estimates, each with SE, interval, df, n and flags:
 *
 * - `count`: the estimated population count N̂_ab = Σ_{i∈ab} w_i (a domain total of 1);
 * - `share`: N̂_ab / N̂, the cell's share of the population with both values observed
 *   (the mean of the cell indicator, so its SE is `svymean`'s);
 * - `row-share` (two-way tables): N̂_ab / N̂_a, the column distribution within row a
 *   (the mean of the indicator of b in domain a).
 *
 * Rows missing either variable are left out, as `svytable` leaves them out.
 */
export function svyTable(design: SurveyDesign, rows: TableVariable, columns: TableVariable | null, options: EstimateOptions = {}): LabelledEstimate[] {
  const vars = columns ? [rows, columns] : [rows];
  const variable = vars.map((v) => v.name).join(' × ');
  const cells = domainsOf(vars, 'exclude');
  const n = design.rowCount;
  const base = { level: options.level ?? 0.95, ...(options.reliability ? { reliability: options.reliability } : {}) };
  const counts = svyTotal(design, new Float64Array(n).fill(1), { ...base, domains: cells, name: variable });
  const out: LabelledEstimate[] = counts.map((e) => ({ ...e, variable, statistic: 'count' }));
  // Shares: the mean of each cell's indicator over the rows in some cell.
  const indicator = new Float64Array(n);
  for (let k = 0; k < cells.count; k++) {
    for (let i = 0; i < n; i++) indicator[i] = cells.of[i] < 0 ? NaN : cells.of[i] === k ? 1 : 0;
    const [share] = svyMean(design, indicator, { ...base, missing: 'exclude', name: variable });
    out.push({ ...share, domain: cells.labels[k], variable, statistic: 'share' });
  }
  if (columns) {
    // Row shares: within each row level, the mean of the indicator of each column level.
    const rowDomains = domainsOf([rows], 'exclude');
    for (let c = 0; c < columns.levels.length; c++) {
      let present = false;
      for (let i = 0; i < n; i++) {
        indicator[i] = cells.of[i] < 0 ? NaN : columns.codes[i] === c ? 1 : 0;
        if (indicator[i] === 1) present = true;
      }
      if (!present) continue;
      for (const e of svyMean(design, indicator, { ...base, domains: rowDomains, missing: 'exclude', name: variable })) {
        out.push({ ...e, domain: { ...e.domain, [columns.name]: columns.levels[c] }, variable, statistic: 'row-share' });
      }
    }
  }
  const order = new Map(cells.labels.map((l, k) => [JSON.stringify(l), k]));
  const stat = { count: 0, share: 1, 'row-share': 2 } as Record<string, number>;
  // Cell by cell (in the cells' label order), count then share then row share.
  return out.sort((a, b) => (order.get(JSON.stringify(a.domain)) ?? 0) - (order.get(JSON.stringify(b.domain)) ?? 0) || stat[a.statistic!] - stat[b.statistic!]);
}
