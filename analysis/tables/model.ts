/**
 * The report model shared by the XLSX and HTML renderers: indicators grouped into sections,
 * each cell with a publication status derived from its reliability flags:
 *   suppressed — `suppress-n`, `suppress-neff` or `cv-over-33` (shown as "‡ suppressed", never a number)
 *   caution    — `cv-over-16.5` (shown with "*")
 *   ok
 */
import type { Catalogue, IndicatorDefinition, Locale, LocalizedText } from '../indicators/catalogue';
import type { IndicatorEstimate } from '../indicators/estimate';
import { DEFAULT_RELIABILITY, type ReliabilityFlag, type ReliabilityOptions } from '../reliability';
import { domainLabel, domainValueLabel, text } from './i18n';
import { numberFormat } from './number-format';
import { codeOrder } from './value-labels';

export type CellStatus = 'ok' | 'caution' | 'suppressed';

const SUPPRESSING: readonly ReliabilityFlag[] = ['suppress-n', 'suppress-neff', 'cv-over-33'];

export function cellStatus(flags: readonly string[]): CellStatus {
  if (flags.some((f) => (SUPPRESSING as readonly string[]).includes(f))) return 'suppressed';
  if (flags.includes('cv-over-16.5')) return 'caution';
  return 'ok';
}

export interface ReportRow extends IndicatorEstimate {
  readonly domainLabel: string;
  /** Each by-variable's code labelled in the report's language (the model travels to renderers without the value labels). */
  readonly domainValues: Readonly<Record<string, string>>;
  readonly status: CellStatus;
  /** "‡", "*" or "". */
  readonly marker: string;
}

export interface ReportIndicator {
  readonly definition: IndicatorDefinition;
  readonly title: string;
  readonly rows: readonly ReportRow[];
}

export interface ReportSection {
  readonly id: string;
  readonly title: string;
  readonly indicators: readonly ReportIndicator[];
}

/** A small key/value table shown after the indicators (e.g. response rates). */
export interface ExtraTable {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
  /** Excel number format per column (numbers only), e.g. '0.0%'. */
  readonly formats?: readonly (string | undefined)[];
}

export interface IndicatorReport {
  readonly locale: Locale;
  readonly title: string;
  readonly level: number;
  readonly sections: readonly ReportSection[];
  /** Footnotes explaining the markers, in the report's language. */
  readonly footnotes: readonly string[];
  readonly notes: readonly string[];
  readonly extras: readonly ExtraTable[];
  /** Heading of the extra tables (default: response rates, what the indicator report adds). */
  readonly extrasTitle?: string;
  readonly generated: string;
}

export interface ReportOptions {
  readonly locale: Locale;
  readonly level?: number;
  readonly reliability?: ReliabilityOptions;
  readonly extras?: readonly ExtraTable[];
  /** ISO timestamp printed in the report (default now). */
  readonly generated?: string;
  readonly title?: string;
}

export function buildIndicatorReport(catalogue: Catalogue, estimates: readonly IndicatorEstimate[], options: ReportOptions): IndicatorReport {
  const locale = options.locale;
  const rel = { ...DEFAULT_RELIABILITY, ...options.reliability };
  const byIndicator = new Map<string, IndicatorEstimate[]>();
  for (const e of estimates) {
    const list = byIndicator.get(e.indicator) ?? [];
    list.push(e);
    byIndicator.set(e.indicator, list);
  }
  const sections: ReportSection[] = catalogue.groups.map((g) => ({
    id: g.id,
    title: localize(g.title, locale),
    indicators: catalogue.indicators.filter((d) => d.group === g.id && byIndicator.has(d.id)).map((definition) => ({
      definition,
      title: localize(definition.title, locale),
      rows: inQuestionnaireOrder(byIndicator.get(definition.id)!).map((e) => {
        const status = cellStatus(e.flags);
        const domainValues = Object.fromEntries(Object.entries(e.domain).map(([k, v]) => [k, domainValueLabel(k, v, locale)]));
        return { ...e, domainLabel: domainLabel(e.domain, locale), domainValues, status, marker: status === 'suppressed' ? '‡' : status === 'caution' ? '*' : '' };
      }),
    })),
  })).filter((s) => s.indicators.length > 0);
  const nf = numberFormat(locale);
  const values = { minN: nf.integer(rel.minN), minNeff: nf.integer(rel.minEffectiveN), cv1: nf.percent(rel.cvCaution), cv2: nf.percent(rel.cvUnreliable) };
  return {
    locale,
    title: options.title ?? text('reportTitle', locale),
    level: options.level ?? estimates[0]?.level ?? 0.95,
    sections,
    footnotes: [text('flagSuppressN', locale, values), text('flagSuppressNeff', locale, values), text('flagCv33', locale, values), text('flagCv16', locale, values)],
    notes: [text('percentNote', locale), text('methodNote', locale)],
    extras: options.extras ?? [],
    generated: options.generated ?? new Date().toISOString(),
  };
}

/** The confidence level as the locale writes a percentage ("95 %" in mk, "95%" in sr, "99.5%" in en). */
export function levelText(level: number, locale: Locale): string {
  const whole = Math.abs(level * 100 - Math.round(level * 100)) < 1e-9;
  return numberFormat(locale).percent(level, whole ? 0 : 1);
}

/**
 * Domains in the order a reader expects: the whole population first, then each by-variable's
 * codes in the questionnaire's order (MK001, MK002, … as the form lists them); codes no
 * questionnaire knows after those, as they came.
 */
function inQuestionnaireOrder(rows: readonly IndicatorEstimate[]): IndicatorEstimate[] {
  const rank = (e: IndicatorEstimate): number[] => Object.entries(e.domain).flatMap(([k, v]) => {
    const order = codeOrder(k);
    const at = order ? order.indexOf(v) : -1;
    return [at < 0 ? Number.MAX_SAFE_INTEGER : at];
  });
  const keyed = rows.map((e, i) => ({ e, i, vars: Object.keys(e.domain).join('\u0000'), r: rank(e) }));
  const firstOfVars = new Map<string, number>();
  for (const k of keyed) if (!firstOfVars.has(k.vars)) firstOfVars.set(k.vars, k.i);
  keyed.sort((a, b) => {
    const g = firstOfVars.get(a.vars)! - firstOfVars.get(b.vars)!;
    if (g !== 0) return g;
    for (let j = 0; j < a.r.length; j++) if (a.r[j] !== b.r[j]) return a.r[j] - b.r[j];
    return a.i - b.i;
  });
  return keyed.map((k) => k.e);
}

export function localize(texts: LocalizedText, locale: Locale): string {
  return texts[locale];
}

/** A report made only of tables (the administrative statistics use it). */
export interface TablesReport {
  readonly locale: Locale;
  readonly title: string;
  readonly notes: readonly string[];
  readonly tables: readonly ExtraTable[];
  readonly generated: string;
}
