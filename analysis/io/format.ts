import type { DomainEstimate } from '../estimate';

export const OUTPUT_FORMATS = ['json', 'csv', 'table'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** A number for output: non-finite values (R's NA/NaN/Inf) become `null`. */
function finite(x: number | undefined): number | null {
  return x !== undefined && Number.isFinite(x) ? x : null;
}

/**
 * An estimate labelled with what it estimates, when one call estimates several things
 * (R `svyby(~a + b, ~g, des, svymean)`; the CLI's several `--mean`/`--proportion`).
 */
export interface LabelledEstimate extends DomainEstimate {
  /** Column(s) estimated, e.g. `y` or `api00/api99`. */
  readonly variable?: string;
  /** `mean`, `total`, `proportion`, `ratio`, `quantile`, or a table's `count`/`share`/`row-share`. */
  readonly statistic?: string;
}

/** The CLI's JSON record for one domain (DESIGN.md §5); `variable` and `statistic` lead when set. */
export function estimateRecord(e: LabelledEstimate): Record<string, unknown> {
  return {
    ...(e.variable !== undefined ? { variable: e.variable } : {}), ...(e.statistic !== undefined ? { statistic: e.statistic } : {}),
    domain: e.domain, estimate: finite(e.estimate), se: finite(e.se), ci_low: finite(e.ciLow), ci_high: finite(e.ciHigh),
    df: finite(e.df), n: e.n, deff: finite(e.deff), cv: finite(e.cv), flags: e.flags,
  };
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const STAT_COLUMNS = ['estimate', 'se', 'ci_low', 'ci_high', 'df', 'n', 'deff', 'cv', 'flags'] as const;

function statCells(e: DomainEstimate, num: (x: number | null) => string): string[] {
  const r = estimateRecord(e);
  return [num(r.estimate as number | null), num(r.se as number | null), num(r.ci_low as number | null), num(r.ci_high as number | null),
    num(r.df as number | null), String(e.n), num(r.deff as number | null), num(r.cv as number | null), e.flags.join(';')];
}

/**
 * Renders estimates as `json` (one array, one element per domain), `csv` (one column per
 * by-variable, then estimate,se,ci_low,ci_high,df,n,deff,cv,flags; flags `;`-separated;
 * empty cells for NA) or an aligned text `table`. Labelled estimates (several variables or
 * statistics in one call) start with `variable,statistic` columns.
 */
export function formatEstimates(rows: readonly LabelledEstimate[], by: readonly string[], format: OutputFormat): string {
  if (format === 'json') return JSON.stringify(rows.map(estimateRecord)) + '\n';
  const labelled = rows.some((e) => e.statistic !== undefined);
  const lead = (e: LabelledEstimate): string[] => (labelled ? [e.variable ?? '', e.statistic ?? ''] : []);
  const leadHeader = labelled ? ['variable', 'statistic'] : [];
  if (format === 'csv') {
    const lines = [[...leadHeader, ...by, ...STAT_COLUMNS].map(csvField).join(',')];
    for (const e of rows) lines.push([...lead(e), ...by.map((b) => e.domain[b] ?? ''), ...statCells(e, (x) => (x === null ? '' : String(x)))].map(csvField).join(','));
    return lines.join('\n') + '\n';
  }
  const fmt = (x: number | null): string => (x === null ? 'NA' : Math.abs(x) >= 1e6 || (x !== 0 && Math.abs(x) < 1e-3) ? x.toExponential(4) : String(Number(x.toPrecision(6))));
  const header = [...leadHeader, ...by, ...STAT_COLUMNS];
  const body = rows.map((e) => [...lead(e), ...by.map((b) => e.domain[b] ?? ''), ...statCells(e, fmt)]);
  const textColumns = leadHeader.length + by.length;
  const widths = header.map((h, k) => Math.max(h.length, ...body.map((r) => r[k].length)));
  const line = (cells: string[]): string => cells.map((c, k) => (k < textColumns ? c.padEnd(widths[k]) : c.padStart(widths[k]))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n') + '\n';
}
