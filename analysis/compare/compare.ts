/**
 * Comparison of independent surveys — the region's countries, or waves of one survey — on the
 * same indicator set: each indicator and domain side by side, and each survey's difference from
 * the reference survey (the first) with its interval and t test (`independentDifference`:
 * V̂₁ + V̂₂, df₁ + df₂ − 1, what R gives on the surveys stacked as separate strata).
 */
import type { Catalogue, Locale } from '../indicators/catalogue';
import type { IndicatorEstimate } from '../indicators/estimate';
import type { ReliabilityOptions } from '../reliability';
import { independentDifference, type Difference } from '../tests/difference';
import { buildIndicatorReport, cellStatus, levelText, type ExtraTable, type IndicatorReport } from '../tables/model';
import { domainLabel, text } from '../tables/i18n';
import { csvField } from '../tables/csv';

/** One survey's indicator estimates, under the label the report shows ("2019", "MK", …). */
export interface SurveyIndicators {
  readonly label: string;
  readonly estimates: readonly IndicatorEstimate[];
}

/** The domain key that carries the survey's label in the side-by-side tables and charts. */
export const SURVEY_KEY = 'survey';

export interface IndicatorDifference {
  readonly indicator: string;
  readonly domain: Readonly<Record<string, string>>;
  /** The survey compared (its label) and the reference it is compared with. */
  readonly survey: string;
  readonly reference: string;
  /** survey − reference. */
  readonly difference: Difference;
  /** p < 1 − level. */
  readonly significant: boolean;
  /** Both sides publishable (neither suppressed): a difference of a suppressed estimate is not shown either. */
  readonly publishable: boolean;
}

function key(e: { indicator: string; domain: Readonly<Record<string, string>> }): string {
  return `${e.indicator}\u0000${JSON.stringify(Object.entries(e.domain).sort(([a], [b]) => (a < b ? -1 : 1)))}`;
}

/**
 * Each survey after the first against the first, for every indicator and domain both have
 * with a finite estimate and SE. Significance at `level` (default 0.95): p < 1 − level.
 */
export function compareSurveys(surveys: readonly SurveyIndicators[], level = 0.95): IndicatorDifference[] {
  if (surveys.length < 2) return [];
  const labels = surveys.map((s) => s.label);
  if (new Set(labels).size !== labels.length) throw new Error(`survey labels must differ: ${labels.join(', ')}`);
  const [reference, ...others] = surveys;
  const ref = new Map(reference.estimates.map((e) => [key(e), e]));
  const out: IndicatorDifference[] = [];
  for (const s of others) {
    for (const e of s.estimates) {
      const r = ref.get(key(e));
      if (!r || !Number.isFinite(e.estimate) || !Number.isFinite(r.estimate) || !(e.se >= 0) || !(r.se >= 0)) continue;
      const side = (x: IndicatorEstimate) => ({ domain: x.domain, estimate: x.estimate, se: x.se, variance: x.se * x.se, df: x.df, n: x.n });
      const difference = independentDifference(side(e), side(r), level);
      out.push({
        indicator: e.indicator, domain: e.domain, survey: s.label, reference: reference.label, difference,
        significant: difference.pValue < 1 - level,
        publishable: cellStatus(e.flags) !== 'suppressed' && cellStatus(r.flags) !== 'suppressed',
      });
    }
  }
  return out;
}

/**
 * The estimates of every survey as one list whose domains carry the survey's label, ordered
 * domain by domain and, within a domain, survey by survey — so the indicator tables and their
 * charts show the surveys side by side.
 */
export function sideBySide(surveys: readonly SurveyIndicators[]): IndicatorEstimate[] {
  const order: string[] = [];
  const groups = new Map<string, IndicatorEstimate[]>();
  for (const s of surveys) {
    for (const e of s.estimates) {
      const k = key(e);
      if (!groups.has(k)) { groups.set(k, []); order.push(k); }
      groups.get(k)!.push({ ...e, domain: { ...e.domain, [SURVEY_KEY]: s.label } });
    }
  }
  return order.flatMap((k) => groups.get(k)!);
}

export interface ComparisonReportOptions {
  readonly locale: Locale;
  readonly level?: number;
  readonly reliability?: ReliabilityOptions;
  readonly generated?: string;
}

/**
 * The comparison as a report for the XLSX and HTML renderers: the indicator tables with the
 * surveys side by side (and their charts), then one table of differences per compared survey:
 * indicator, group, estimates, difference, interval, p-value and whether it is significant.
 */
export function comparisonReport(catalogue: Catalogue, surveys: readonly SurveyIndicators[], differences: readonly IndicatorDifference[], options: ComparisonReportOptions): IndicatorReport {
  const L = options.locale;
  const level = options.level ?? surveys[0]?.estimates[0]?.level ?? 0.95;
  const base = buildIndicatorReport(catalogue, sideBySide(surveys), {
    locale: L, level, title: text('comparisonTitle', L),
    ...(options.reliability ? { reliability: options.reliability } : {}), ...(options.generated ? { generated: options.generated } : {}),
  });
  const titles = new Map(catalogue.indicators.map((d) => [d.id, d.title[L]]));
  const estimates = new Map(surveys.flatMap((s) => s.estimates.map((e) => [`${s.label}\u0001${key(e)}`, e.estimate] as const)));
  const lv = levelText(level, L);
  const extras: ExtraTable[] = surveys.slice(1).map((s) => {
    const rows = differences.filter((d) => d.survey === s.label).map((d) => {
      const est = (label: string): number => estimates.get(`${label}\u0001${key(d)}`) ?? NaN;
      const head = [titles.get(d.indicator) ?? d.indicator, domainLabel(d.domain, L), est(d.reference), est(d.survey)];
      if (!d.publishable) return [...head, '‡', '‡', '‡', '‡', '‡'];
      const diff = d.difference;
      return [...head, diff.estimate, diff.ciLow, diff.ciHigh, diff.pValue, text(d.significant ? 'yes' : 'no', L)];
    });
    return {
      title: text('differencesTitle', L, { reference: surveys[0].label }) + ` — ${s.label}`,
      columns: [text('indicator', L), text('domain', L), surveys[0].label, s.label, text('difference', L), text('ciLow', L, { level: lv }), text('ciHigh', L, { level: lv }), text('pValue', L), text('significant', L, { level: lv })],
      rows,
      formats: [undefined, undefined, '0.0', '0.0', '0.0', '0.0', '0.0', '0.000', undefined],
    };
  });
  return { ...base, notes: [text('comparisonNote', L), ...base.notes], extras, extrasTitle: text('difference', L) };
}

/** Column order of the comparison CSV: one line per indicator, domain and survey. */
export const COMPARISON_CSV_COLUMNS = [
  'indicator', 'domain', 'survey', 'estimate', 'se', 'ci_low', 'ci_high', 'df', 'n', 'flags',
  'reference', 'difference', 'difference_se', 'difference_ci_low', 'difference_ci_high', 'difference_df', 'p_value', 'significant',
] as const;

/**
 * The comparison as CSV (machine-readable, full precision): each survey's estimate, and for
 * every survey but the reference its difference from the reference (empty on the reference's lines).
 */
export function renderComparisonCsv(surveys: readonly SurveyIndicators[], differences: readonly IndicatorDifference[]): string {
  const diff = new Map(differences.map((d) => [`${d.survey}\u0001${key(d)}`, d]));
  const num = (x: number | undefined): string => (x === undefined || !Number.isFinite(x) ? '' : String(x));
  const lines = [COMPARISON_CSV_COLUMNS.join(',')];
  for (const e of sideBySide(surveys)) {
    const { [SURVEY_KEY]: survey, ...domain } = e.domain;
    const d = diff.get(`${survey}\u0001${key({ indicator: e.indicator, domain })}`);
    const domainText = Object.entries(domain).map(([k, v]) => `${k}=${v}`).join(';');
    lines.push([
      e.indicator, domainText, survey, num(e.estimate), num(e.se), num(e.ciLow), num(e.ciHigh), num(e.df), String(e.n), e.flags.join(';'),
      d ? d.reference : '', num(d?.difference.estimate), num(d?.difference.se), num(d?.difference.ciLow), num(d?.difference.ciHigh),
      num(d?.difference.df), num(d?.difference.pValue), d ? String(d.significant) : '',
    ].map(csvField).join(','));
  }
  return lines.join('\n') + '\n';
}
