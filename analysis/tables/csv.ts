/**
 * The machine-readable report (DESIGN.md §5): one row per indicator × domain with the columns
 * indicator,domain,estimate,se,ci_low,ci_high,df,n,cv,flags — `domain` as `var=value;var=value`
 * (empty for the whole population), `flags` `;`-separated; numbers at full precision on the
 * indicator's scale (percent for prevalences), empty when not estimable.
 */
import { domainKey } from '../indicators/domains';
import type { IndicatorEstimate } from '../indicators/estimate';

export const INDICATOR_CSV_COLUMNS = ['indicator', 'domain', 'estimate', 'se', 'ci_low', 'ci_high', 'df', 'n', 'cv', 'flags'] as const;

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const num = (x: number): string => (Number.isFinite(x) ? String(x) : '');

export function renderIndicatorCsv(estimates: readonly IndicatorEstimate[]): string {
  const lines = [INDICATOR_CSV_COLUMNS.join(',')];
  for (const e of estimates) {
    lines.push([
      csvField(e.indicator), csvField(domainKey(e.domain)), num(e.estimate), num(e.se), num(e.ciLow), num(e.ciHigh),
      num(e.df), String(e.n), num(e.cv), csvField(e.flags.join(';')),
    ].join(','));
  }
  return lines.join('\n') + '\n';
}
