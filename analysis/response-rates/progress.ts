/**
 * Field-work progress over time (issue 14, item 3): by day or ISO week, overall and by region or
 * interviewer, how many cases were assigned, attempted, completed and closed with a final
 * disposition, and the AAPOR outcome rates (Standard Definitions, 10th ed., 2023) of the cases
 * closed so far at the end of each period.
 *
 * Each case counts once per event, in the period the event happened in:
 *   assigned   the case was issued to an interviewer (its assignment was made);
 *   attempted  its first contact attempt or, without one, its first interview;
 *   completed  it closed with a complete interview (AAPOR 1.1);
 *   closed     it closed with any final disposition (1.x, 2.x, 3.x, 4.x), counted by category.
 * Cumulative figures are the counts up to the end of the period; the rates use the cumulative
 * final dispositions (open cases are not in a rate: their outcome is not known yet).
 *
 * The e of RR3, RR4, REF2 and CON2 is stated in every row. Rule `known-eligibility` (default, the
 * CASRO-style estimate AAPOR describes): the share eligible among the group's closed cases whose
 * eligibility is known, e = (I+P+R+NC+O) / (I+P+R+NC+O+NE), computed on the cumulative counts;
 * rule `fixed`: the value the survey manager gives (e.g. from a screening study), the same for all.
 */
import { AnalysisError } from '../errors';
import { DISPOSITION_CATEGORIES, RATE_NAMES, dispositionCategory, responseRates, type DispositionCounts, type RateName } from './aapor';

/** What is known of one case's history (times as ISO 8601 instants). */
export interface CaseHistory {
  readonly caseId: string;
  readonly interviewer: string;
  /** The case's region ('' when unknown). */
  readonly region: string;
  /** When it was issued; undefined for an interview without an assignment (then its first attempt counts). */
  readonly assignedAt?: string;
  readonly firstAttemptAt?: string;
  /** When it was closed and with which final AAPOR code; both undefined while open. */
  readonly closedAt?: string;
  readonly disposition?: string;
}

export type ProgressPeriod = 'day' | 'week';
export type ProgressGrouping = 'all' | 'region' | 'interviewer';
export type EligibilityRule = { rule: 'known-eligibility' } | { rule: 'fixed'; e: number };

export interface ProgressCounts {
  assigned: number;
  attempted: number;
  completed: number;
  closed: number;
}

export interface ProgressRow {
  /** `2026-11-30` (day) or `2026-W49` (ISO week), in the report's time zone. */
  readonly period: string;
  /** Events in the period. */
  readonly counts: ProgressCounts;
  /** Final dispositions of the cases closed in the period, by AAPOR category. */
  readonly closedBy: DispositionCounts;
  /** Counts up to the end of the period. */
  readonly cumulative: ProgressCounts;
  readonly cumulativeClosedBy: DispositionCounts;
  /** The e used for this row's rates. */
  readonly e: number;
  /** Rates of the cases closed up to the end of the period; null when a denominator is 0. */
  readonly rates: Readonly<Record<RateName, number | null>>;
}

export interface ProgressSeries {
  /** '' for all cases, else the region or interviewer. */
  readonly group: string;
  readonly rows: readonly ProgressRow[];
}

export interface ProgressOptions {
  period: ProgressPeriod;
  by?: ProgressGrouping;
  eligibility?: EligibilityRule;
  /** IANA time zone in which days and weeks begin (default UTC). */
  timeZone?: string;
  /** At most this many periods (default 1000): a longer span is an error, not a huge answer. */
  maxPeriods?: number;
}

const DAY_MS = 86_400_000;

/** The calendar date of an instant in a time zone, as `YYYY-MM-DD`. */
export function localDate(iso: string, timeZone = 'UTC'): string {
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) throw new AnalysisError('bad-option', `"${iso}" is not a date and time`);
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(t));
}

/**
 * ISO 8601 week of a calendar date: weeks begin on Monday and week 1 holds the year's first
 * Thursday, so 2026-12-31 (a Thursday) is 2026-W53 and 2027-01-01 is 2026-W53 too.
 */
export function isoWeek(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(d.getTime() + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function periodOf(iso: string, period: ProgressPeriod, timeZone: string): string {
  const date = localDate(iso, timeZone);
  return period === 'day' ? date : isoWeek(date);
}

/** Every period from the first to the last, gaps included (a chart's axis has no holes). */
function periodRange(first: string, last: string, period: ProgressPeriod, max: number): string[] {
  const out: string[] = [];
  const start = Date.parse(`${period === 'day' ? first : mondayOf(first)}T00:00:00Z`);
  const step = period === 'day' ? DAY_MS : 7 * DAY_MS;
  for (let t = start; ; t += step) {
    const date = new Date(t).toISOString().slice(0, 10);
    const key = period === 'day' ? date : isoWeek(date);
    out.push(key);
    if (key === last) return out;
    if (out.length >= max) throw new AnalysisError('bad-option', `field work spans more than ${max} ${period === 'day' ? 'days' : 'weeks'}: choose weeks, or a shorter span`);
  }
}

/** The Monday (YYYY-MM-DD) of an ISO week `YYYY-Www`. */
function mondayOf(week: string): string {
  const [year, w] = week.split('-W').map(Number) as [number, number];
  const jan4 = Date.UTC(year, 0, 4);
  const mondayOfWeek1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
  return new Date(mondayOfWeek1 + (w - 1) * 7 * DAY_MS).toISOString().slice(0, 10);
}

const zeroCounts = (): ProgressCounts => ({ assigned: 0, attempted: 0, completed: 0, closed: 0 });
const zeroCategories = (): DispositionCounts => ({ I: 0, P: 0, R: 0, NC: 0, O: 0, UH: 0, UO: 0, NE: 0 });

function series(cases: readonly CaseHistory[], periods: readonly string[], options: Required<Pick<ProgressOptions, 'period' | 'timeZone'>> & { eligibility: EligibilityRule }): ProgressRow[] {
  const index = new Map(periods.map((p, i) => [p, i]));
  const counts = periods.map(zeroCounts);
  const closedBy = periods.map(zeroCategories);
  const at = (iso: string | undefined): number | undefined => (iso === undefined ? undefined : index.get(periodOf(iso, options.period, options.timeZone)));
  for (const c of cases) {
    const assigned = at(c.assignedAt ?? c.firstAttemptAt);
    if (assigned !== undefined) (counts[assigned] as ProgressCounts).assigned += 1;
    const attempted = at(c.firstAttemptAt);
    if (attempted !== undefined) (counts[attempted] as ProgressCounts).attempted += 1;
    const closed = at(c.closedAt);
    const category = c.disposition === undefined ? undefined : dispositionCategory(c.disposition);
    if (closed !== undefined && category !== undefined) {
      (counts[closed] as ProgressCounts).closed += 1;
      (closedBy[closed] as DispositionCounts)[category] += 1;
      if (c.disposition?.trim() === '1.1') (counts[closed] as ProgressCounts).completed += 1;
    }
  }
  const cumulative = zeroCounts();
  const cumulativeBy = zeroCategories();
  return periods.map((period, i) => {
    const own = counts[i] as ProgressCounts;
    for (const k of ['assigned', 'attempted', 'completed', 'closed'] as const) cumulative[k] += own[k];
    for (const k of DISPOSITION_CATEGORIES) cumulativeBy[k] += (closedBy[i] as DispositionCounts)[k];
    const result = responseRates({ ...cumulativeBy }, options.eligibility.rule === 'fixed' ? options.eligibility.e : undefined);
    const rates = Object.fromEntries(RATE_NAMES.map((r) => [r, Number.isFinite(result.rates[r]) ? result.rates[r] : null])) as Record<RateName, number | null>;
    return { period, counts: own, closedBy: closedBy[i] as DispositionCounts, cumulative: { ...cumulative }, cumulativeClosedBy: { ...cumulativeBy }, e: result.e, rates };
  });
}

/**
 * Progress series: one for all cases, then (with `by`) one per region or interviewer, in that
 * group's sorted order, each over the same periods (from the first event of any case to the last).
 */
export function progressOverTime(cases: readonly CaseHistory[], options: ProgressOptions): ProgressSeries[] {
  const eligibility = options.eligibility ?? { rule: 'known-eligibility' };
  if (eligibility.rule === 'fixed' && !(eligibility.e >= 0 && eligibility.e <= 1)) throw new AnalysisError('bad-option', `e must be between 0 and 1, got ${eligibility.e}`);
  const timeZone = options.timeZone ?? 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new AnalysisError('bad-option', `"${timeZone}" is not a time zone (use an IANA name such as Europe/Skopje)`);
  }
  const events = cases.flatMap((c) => [c.assignedAt, c.firstAttemptAt, c.closedAt].filter((t): t is string => t !== undefined)).map((t) => periodOf(t, options.period, timeZone));
  if (events.length === 0) return [{ group: '', rows: [] }];
  const sorted = [...events].sort();
  const periods = periodRange(sorted[0] as string, sorted[sorted.length - 1] as string, options.period, options.maxPeriods ?? 1000);
  const settings = { period: options.period, timeZone, eligibility };
  const out: ProgressSeries[] = [{ group: '', rows: series(cases, periods, settings) }];
  const by = options.by ?? 'all';
  if (by === 'all') return out;
  const groups = new Map<string, CaseHistory[]>();
  for (const c of cases) {
    const key = by === 'region' ? c.region : c.interviewer;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const key of [...groups.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) out.push({ group: key, rows: series(groups.get(key) ?? [], periods, settings) });
  return out;
}
