// The work behind `jha-survey analyze test`: design-based tests of association (svychisq) and
// of differences between domains (svyttest / svycontrast), on one file and design.
import { AnalysisError } from '../errors';
import type { ColumnKind } from '../io/table';
import { categoryValues, numericValues } from '../io/table';
import { domainsOf } from '../domains';
import { svyChisq, type ChisqStatistic, type ChisqTest } from '../tests/chisq';
import { svyDomainDifferences, type Difference } from '../tests/difference';
import type { MissingPolicy } from '../estimate';
import { byColumns, levelOf, loadDesign, targetName, targetsOf, type ColumnList, type DesignRequest, type Target } from './estimate';

export interface TestRequest extends DesignRequest {
  /** `ROW,COL`: Rao–Scott test of independence. */
  readonly chisq?: string;
  readonly statistic?: ChisqStatistic;
  readonly mean?: ColumnList;
  readonly total?: ColumnList;
  readonly proportion?: ColumnList;
  readonly ratio?: ColumnList;
  /** The domains compared (one by-variable, or several combined). */
  readonly by?: string;
  /** `A,B`: compare only these two values of the (single) by-variable; default every pair. */
  readonly between?: string;
  readonly missing?: MissingPolicy;
  readonly level?: string;
  readonly format?: 'json' | 'csv' | 'table';
}

/** `null` for what R would print as NA. */
function finite(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/** The `test` column of each svychisq statistic. */
const CHISQ_TEST_NAMES: Record<ChisqStatistic, string> = {
  F: 'rao-scott-F', Chisq: 'rao-scott-chisq', Wald: 'wald-F', adjWald: 'adjusted-wald-F', lincom: 'pearson-lincom', saddlepoint: 'pearson-saddlepoint',
};

export function chisqRecord(r: ChisqTest, rows: string, columns: string): Record<string, unknown> {
  return {
    test: CHISQ_TEST_NAMES[r.statistic], rows, columns, pearson: finite(r.pearson), statistic: finite(r.value),
    ndf: finite(r.ndf), ddf: finite(r.ddf), p_value: finite(r.pValue), mean_design_effect: finite(r.meanDesignEffect), design_df: r.designDf,
  };
}

export function differenceRecord(d: Difference, variable: string, statistic: string): Record<string, unknown> {
  return {
    test: 'difference', variable, statistic, first: d.first.domain, second: d.second.domain,
    first_estimate: finite(d.first.estimate), second_estimate: finite(d.second.estimate),
    difference: finite(d.estimate), se: finite(d.se), ci_low: finite(d.ciLow), ci_high: finite(d.ciHigh), df: finite(d.df),
    t: finite(d.t), p_value: finite(d.pValue),
  };
}

const DIFFERENCE_COLUMNS = ['variable', 'statistic', 'first', 'second', 'first_estimate', 'second_estimate', 'difference', 'se', 'ci_low', 'ci_high', 'df', 't', 'p_value'];
const CHISQ_COLUMNS = ['test', 'rows', 'columns', 'pearson', 'statistic', 'ndf', 'ddf', 'p_value', 'mean_design_effect', 'design_df'];

function cellText(v: unknown, short = false): string {
  if (v === null || v === undefined) return short ? 'NA' : '';
  if (short && typeof v === 'number') return Math.abs(v) >= 1e6 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(4) : String(Number(v.toPrecision(6)));
  if (typeof v === 'object') return Object.entries(v as Record<string, string>).map(([k, x]) => `${k}=${x}`).join(' & ');
  return String(v);
}

function render(records: Record<string, unknown>[], columns: string[], format: 'json' | 'csv' | 'table'): string {
  if (format === 'json') return JSON.stringify(records) + '\n';
  const rows = records.map((r) => columns.map((c) => cellText(r[c], format === 'table')));
  if (format === 'csv') {
    const q = (t: string): string => (/[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
    return [columns, ...rows].map((r) => r.map(q).join(',')).join('\n') + '\n';
  }
  const widths = columns.map((c, k) => Math.max(c.length, ...rows.map((r) => r[k].length)));
  return [columns, ...rows].map((r) => r.map((t, k) => t.padEnd(widths[k])).join('  ').trimEnd()).join('\n') + '\n';
}

/**
 * Runs `analyze test`: `--chisq ROW,COL` (R `svychisq`, `--statistic F|Chisq`), or the
 * differences of `--mean`/`--proportion`/`--total`/`--ratio` between the domains of `--by`
 * (every pair, or `--between A,B`), each with SE, interval and two-sided t test.
 */
export async function runTest(req: TestRequest): Promise<string> {
  const asked = targetsOf(req);
  if (!req.chisq && asked.length === 0) throw new AnalysisError('bad-option', 'give --chisq ROW,COL, or --mean/--proportion/--total/--ratio with --by');
  if (req.chisq && asked.length > 0) throw new AnalysisError('bad-option', '--chisq is a test on its own: give it without --mean/--proportion/--total/--ratio');
  levelOf(req.level);
  const format = req.format ?? 'json';
  if (req.chisq) {
    const vars = byColumns(req.chisq);
    if (vars.length !== 2) throw new AnalysisError('bad-option', `--chisq takes ROW,COL, got "${req.chisq}"`);
    const { table, design } = await loadDesign(req, () => ({ [vars[0]]: 'category', [vars[1]]: 'category' }));
    const r = svyChisq(design, { ...categoryValues(table, vars[0]), name: vars[0] }, { ...categoryValues(table, vars[1]), name: vars[1] }, req.statistic ?? 'F');
    return render([chisqRecord(r, vars[0], vars[1])], CHISQ_COLUMNS, format);
  }
  const by = byColumns(req.by);
  if (by.length === 0) throw new AnalysisError('bad-option', 'differences need the domains compared: --by COL');
  const between = req.between === undefined ? undefined : byColumns(req.between);
  if (between && (between.length !== 2 || by.length !== 1)) throw new AnalysisError('bad-option', '--between takes two values A,B of a single --by column');
  let targets: Target[] = [];
  const { table, design, spec } = await loadDesign(req, (header) => {
    targets = targetsOf(req, header);
    const kinds: Record<string, ColumnKind> = {};
    for (const t of targets) {
      if (t.kind === 'ratio') { kinds[t.numerator] = 'number'; kinds[t.denominator] = 'number'; } else kinds[t.column] = 'number';
    }
    for (const b of by) kinds[b] = 'category';
    return kinds;
  });
  const level = levelOf(req.level, spec);
  const domains = domainsOf(by.map((b) => ({ ...categoryValues(table, b), name: b })), 'exclude');
  const records: Record<string, unknown>[] = [];
  for (const t of targets) {
    const name = targetName(t);
    const y = numericValues(table, t.kind === 'ratio' ? t.numerator : t.column);
    const x = t.kind === 'ratio' ? numericValues(table, t.denominator) : null;
    const diffs = svyDomainDifferences(design, t.kind, y, x, {
      domains, missing: req.missing ?? 'fail', level, name: t.kind === 'ratio' ? t.numerator : name,
      ...(t.kind === 'ratio' ? { denominatorName: t.denominator } : {}),
      ...(between ? { pairs: [[{ [by[0]]: between[0] }, { [by[0]]: between[1] }]] } : {}),
    });
    records.push(...diffs.map((d) => differenceRecord(d, name, t.kind)));
  }
  return render(records, DIFFERENCE_COLUMNS, format);
}

