/**
 * The weighting report: what a sampling statistician checks before publishing — the weights'
 * distribution at each stage with Kish's design effect due to unequal weighting,
 *
 *   deff_w = n Σ w² / (Σ w)² = 1 + CV²(w)       (Kish 1965, §11.7; CV with divisor n),
 *
 * each adjustment's factors by class, the calibration margins before and after, and the AAPOR
 * response rates of the sampled cases (cases, not uploads). `weightingTables` turns it into a
 * localized TablesReport that the HTML and XLSX renderers of analysis/tables print.
 */
import type { Locale } from '../locales';
import type { ExtraTable, TablesReport } from '../tables/model';
import { responseRateTables } from '../response-rates/report';
import type { DispositionCategory } from '../response-rates/aapor';
import type { CaseStatus, NonresponseResult } from './nonresponse';
import { wtext } from './i18n';
import { domainValueLabel, numberFormatter, variableLabel } from '../tables/i18n';
import type { WeightedUnits } from './weigh';

export interface WeightSummary {
  readonly n: number; readonly sum: number; readonly mean: number; readonly min: number; readonly max: number;
  /** P1, P5, P25, P50, P75, P95, P99 (type 7 quantiles, as R's default). */
  readonly quantiles: readonly number[];
  readonly cv: number; readonly deff: number;
}

export interface WeightingReport {
  readonly sampledCases: number;
  readonly respondingUnits: number;
  readonly exportRows: number;
  readonly outsideSample: number;
  /** AAPOR code category of every sampled case, and its weighting class. */
  readonly dispositions: readonly string[];
  readonly classLabels: readonly string[];
  readonly nonresponse: NonresponseResult;
  readonly stages: Readonly<Record<'base' | 'household' | 'person' | 'final', WeightSummary>>;
  readonly selection: readonly { method: 'one' | 'kish' | 'birthday'; adults: number; units: number; meanFactor: number }[];
  readonly calibration?: {
    readonly method: 'rake' | 'linear';
    readonly margins: readonly string[];
    readonly rounds: number;
    readonly trimmedUnits: number;
    readonly bounds?: { lower: number; upper: number };
    readonly withinBounds?: boolean;
    readonly table: readonly { variable: string; levels: readonly { level: string; population: number; before: number; after: number }[] }[];
  };
}

export const QUANTILE_PROBS = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99] as const;

export function summarizeWeights(w: ArrayLike<number>): WeightSummary {
  const x = Float64Array.from(w).sort();
  const n = x.length;
  let s = 0, s2 = 0;
  for (const v of x) { s += v; s2 += v * v; }
  const mean = s / n;
  const deff = (n * s2) / (s * s);
  const q = (p: number): number => { const h = (n - 1) * p, lo = Math.floor(h); return x[lo] + (h - lo) * ((x[Math.min(lo + 1, n - 1)] ?? x[lo]) - x[lo]); };
  return { n, sum: s, mean, min: x[0], max: x[n - 1], quantiles: QUANTILE_PROBS.map(q), cv: Math.sqrt(Math.max(0, deff - 1)), deff };
}

/** AAPOR code of each category, for the response-rate tables (they count categories). */
const CODE: Record<DispositionCategory, string> = { I: '1.1', P: '1.2', R: '2.10', NC: '2.20', O: '2.30', UH: '3.10', UO: '3.20', NE: '4.00' };

export function weightingReport(input: {
  units: WeightedUnits; categories: readonly DispositionCategory[]; status: readonly CaseStatus[]; nonresponse: NonresponseResult;
  prior: Float64Array; calibration: WeightingReport['calibration']; classLabels: readonly string[]; exportRows: number; outsideSample: number;
  eligibleAdults: readonly number[]; methods: readonly number[];
}): WeightingReport {
  const u = input.units;
  const groups = new Map<string, { method: 'one' | 'kish' | 'birthday'; adults: number; units: number; sum: number }>();
  u.selection.forEach((f, j) => {
    const k = input.eligibleAdults[j];
    const method = k === 1 ? 'one' : input.methods[j] === 1 ? 'kish' : 'birthday';
    const key = `${method}:${k}`;
    const g = groups.get(key) ?? { method, adults: k, units: 0, sum: 0 };
    g.units++; g.sum += f;
    groups.set(key, g);
  });
  return {
    sampledCases: input.status.length, respondingUnits: u.caseId.length, exportRows: input.exportRows, outsideSample: input.outsideSample,
    dispositions: input.categories.map((c) => CODE[c]), classLabels: input.classLabels, nonresponse: input.nonresponse,
    stages: { base: summarizeWeights(u.base), household: summarizeWeights(u.weightHh), person: summarizeWeights(input.prior), final: summarizeWeights(u.weight) },
    selection: [...groups.values()].sort((a, b) => a.method.localeCompare(b.method) || a.adults - b.adults).map((g) => ({ method: g.method, adults: g.adults, units: g.units, meanFactor: g.sum / g.units })),
    ...(input.calibration ? { calibration: input.calibration } : {}),
  };
}

/** The report as localized tables (rendered by renderTablesHtml / renderTablesXlsx). */
export function weightingTables(report: WeightingReport, locale: Locale, generated: string): TablesReport {
  const L = locale;
  const T = (k: Parameters<typeof wtext>[0]): string => wtext(k, L);
  // The derived age groups of the default plan have their own label; other variables the reports' labels.
  const label = (v: string): string => (v === 'age_group' ? T('ageGroup') : variableLabel(v, L));
  const tables: ExtraTable[] = [];
  const f = report.stages.final;
  tables.push({
    title: T('summary'), columns: [T('item'), T('value')],
    rows: [
      [T('sampledCases'), report.sampledCases], [T('respondingUnits'), report.respondingUnits], [T('outside'), report.outsideSample],
      [T('sumOfWeights'), Math.round(f.sum)], [T('kishDeff'), numberFormatter(L, 3)(f.deff)],
    ],
    formats: [undefined, '#,##0'],
  });
  const stageRow = (k: 'base' | 'household' | 'person' | 'final'): (string | number)[] => {
    const s = report.stages[k];
    return [T(k), s.n, s.min, ...s.quantiles, s.max, s.mean, s.sum, 100 * s.cv, s.deff];
  };
  tables.push({
    title: T('distribution'),
    columns: [T('stage'), 'n', T('min'), ...QUANTILE_PROBS.map((p) => `P${Math.round(p * 100)}`), T('max'), T('mean'), T('sumOfWeights'), T('cv'), T('deff')],
    rows: (['base', 'household', 'person', 'final'] as const).map(stageRow),
    formats: [undefined, '0', ...Array<string>(9).fill('#,##0.00'), '#,##0.00', '#,##0', '0.0', '0.000'],
  });
  tables.push({
    title: T('nonresponse'),
    columns: [T('weightingClass'), T('respondents'), T('eligibleNoInterview'), T('unknownEligibility'), T('notEligible'), 'e', T('factor')],
    rows: report.nonresponse.classes.map((c) => [c.label, c.counts.R, c.counts.N, c.counts.U, c.counts.X, c.e, c.factor]),
    formats: [undefined, '0', '0', '0', '0', '0.000', '0.0000'],
  });
  tables.push({
    title: T('selection'), columns: [T('method'), T('adults'), T('units'), T('meanFactor')],
    rows: report.selection.map((s) => [T(s.method === 'one' ? 'oneAdult' : s.method), s.adults, s.units, s.meanFactor]),
    formats: [undefined, '0', '0', '0.000'],
  });
  const notes: string[] = report.nonresponse.collapsed.map((c) => wtext('collapsed', L, { from: c.from, into: c.into, r: c.respondents }));
  const cal = report.calibration;
  if (cal) {
    notes.push(wtext('calibrationNote', L, { method: T(cal.method), margins: cal.margins.map(label).join(' × ') }));
    if (cal.bounds) {
      notes.push(wtext('trimNote', L, { lower: numberFormatter(L, 2)(cal.bounds.lower), upper: numberFormatter(L, 2)(cal.bounds.upper), units: cal.trimmedUnits, rounds: cal.rounds }));
      if (cal.withinBounds === false) notes.push(T('boundsBroken'));
    }
    tables.push({
      title: T('margins'), columns: [T('variable'), T('level'), T('population'), T('before'), T('after')],
      rows: cal.table.flatMap((m) => m.levels.map((l) => [label(m.variable), domainValueLabel(m.variable, l.level, L), l.population, l.before, l.after])),
      formats: [undefined, undefined, '#,##0', '#,##0.0', '#,##0.0'],
    });
  } else notes.push(T('noCalibration'));
  tables.push(...responseRateTables(report.dispositions, [{ name: T('weightingClass'), values: report.classLabels }], L));
  return { locale: L, title: T('title'), notes, tables, generated };
}
