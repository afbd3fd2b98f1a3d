/**
 * AAPOR Standard Definitions (final dispositions of cases) and the outcome rates built from them.
 *
 * Categories of final disposition codes:
 *   I  complete interview (1.1)        P  partial interview (1.2)
 *   R  refusal and break-off (2.1x)    NC non-contact (2.2x)        O  other eligible non-interview (2.3x–2.9)
 *   UH unknown if household (3.1x)     UO unknown, other (3.2–3.9)  NE not eligible (4.x)
 * e = estimated share of eligible cases among those of unknown eligibility; by default AAPOR's
 * suggestion, the share eligible among cases whose eligibility is known:
 *   e = (I + P + R + NC + O) / (I + P + R + NC + O + NE).
 *
 *   RR1 = I / ((I+P) + (R+NC+O) + (UH+UO))        RR2 = (I+P) / (same)
 *   RR3 = I / ((I+P) + (R+NC+O) + e(UH+UO))       RR4 = (I+P) / (same)
 *   RR5 = I / ((I+P) + (R+NC+O))                  RR6 = (I+P) / (same)
 *   COOP1 = I / ((I+P) + R + O)    COOP2 = (I+P) / ((I+P) + R + O)
 *   COOP3 = I / ((I+P) + R)        COOP4 = (I+P) / ((I+P) + R)
 *   REF1 = R / ((I+P) + (R+NC+O) + (UH+UO))   REF2 = R / (… + e(UH+UO))   REF3 = R / ((I+P) + (R+NC+O))
 *   CON1 = ((I+P) + R + O) / ((I+P) + R + O + NC + (UH+UO))
 *   CON2 = ((I+P) + R + O) / ((I+P) + R + O + NC + e(UH+UO))
 *   CON3 = ((I+P) + R + O) / ((I+P) + R + O + NC)
 */
import { AnalysisError } from '../errors';

export type DispositionCategory = 'I' | 'P' | 'R' | 'NC' | 'O' | 'UH' | 'UO' | 'NE';
export const DISPOSITION_CATEGORIES: readonly DispositionCategory[] = ['I', 'P', 'R', 'NC', 'O', 'UH', 'UO', 'NE'];

export type DispositionCounts = Record<DispositionCategory, number>;

export const RATE_NAMES = ['RR1', 'RR2', 'RR3', 'RR4', 'RR5', 'RR6', 'COOP1', 'COOP2', 'COOP3', 'COOP4', 'REF1', 'REF2', 'REF3', 'CON1', 'CON2', 'CON3'] as const;
export type RateName = (typeof RATE_NAMES)[number];

export interface ResponseRates {
  readonly counts: DispositionCounts;
  /** Cases counted. */
  readonly cases: number;
  /** The e used for RR3, RR4, REF2, CON2. */
  readonly e: number;
  readonly rates: Readonly<Record<RateName, number>>;
}

/** The AAPOR category of a final disposition code such as "1.1", "2.112", "3.21", "4.6"; undefined if not a code. */
export function dispositionCategory(code: string): DispositionCategory | undefined {
  const m = /^\s*([1-4])\.(\d)(\d*)\s*$/.exec(code);
  if (!m) return undefined;
  const [, major, first] = m;
  switch (major) {
    case '1': return first === '1' ? 'I' : first === '2' ? 'P' : undefined;
    case '2': return first === '1' ? 'R' : first === '2' ? 'NC' : first === '0' ? undefined : 'O';
    case '3': return first === '1' ? 'UH' : first === '0' ? undefined : 'UO';
    default: return 'NE';
  }
}

/**
 * Responding units: a case whose final disposition is a complete (1.1) or partial (1.2)
 * interview. Refusals, non-contacts, other non-interviews, cases of unknown eligibility and
 * ineligible cases are never respondents, whatever answers (or derived zeros) their row carries.
 * This is the one rule the exports and the analysis of collected interviews use. The weighting
 * counts partials as responding only when its plan says so (`"respondents": ["1.1", "1.2"]`): by
 * default a partial is a nonrespondent whose weight the completes of its class carry, because a
 * break-off before the household block has no selection probability to weight it with.
 */
export const RESPONDING_DISPOSITIONS = ['1.1', '1.2'] as const;

/** The same rule as a design-file `respondents` condition, for data with a `disposition` column. */
export const RESPONDENTS_CONDITION = 'disposition in [1.1, 1.2]';

export function isRespondingDisposition(code: string): boolean {
  const c = dispositionCategory(code);
  return c === 'I' || c === 'P';
}

/** Order in which a case's several outcomes are ranked: an interview outranks any non-interview. */
const CASE_PRECEDENCE: readonly DispositionCategory[] = ['I', 'P', 'R', 'NC', 'O', 'UO', 'UH', 'NE'];

/**
 * The one final disposition of a case that produced several records (a second interview that
 * arrived anyway, an interview beside a closing contact attempt): the best-ranked code, in the
 * order complete, partial, refusal, non-contact, other, unknown eligibility, not eligible; on a
 * tie the first given. Codes that are no AAPOR final code are ignored; none left → undefined.
 */
export function caseDisposition(codes: readonly string[]): string | undefined {
  let best: string | undefined;
  let rank = Number.POSITIVE_INFINITY;
  for (const code of codes) {
    const c = dispositionCategory(code);
    if (!c) continue;
    const r = CASE_PRECEDENCE.indexOf(c);
    if (r < rank) {
      rank = r;
      best = code.trim();
    }
  }
  return best;
}

/**
 * Rows collapsed to cases: rows sharing a non-empty case id are one case (4 units with 5 uploads
 * are 4 cases), with the disposition of `caseDisposition`; a row without a case id is its own case.
 * Returns the index of each case's first row and its disposition, in first-row order.
 */
export function collapseToCases(caseIds: readonly string[], codes: readonly string[]): { rows: number[]; codes: string[] } {
  const byCase = new Map<string, number>();
  const rows: number[] = [];
  const all: string[][] = [];
  caseIds.forEach((id, i) => {
    const key = id.trim();
    const seen = key === '' ? undefined : byCase.get(key);
    if (seen === undefined) {
      if (key !== '') byCase.set(key, rows.length);
      rows.push(i);
      all.push([codes[i]]);
    } else {
      all[seen].push(codes[i]);
    }
  });
  return { rows, codes: all.map((list) => caseDisposition(list) ?? list[0]) };
}

export function countDispositions(codes: readonly string[]): DispositionCounts {
  const counts: DispositionCounts = { I: 0, P: 0, R: 0, NC: 0, O: 0, UH: 0, UO: 0, NE: 0 };
  codes.forEach((code, i) => {
    const c = dispositionCategory(code);
    if (!c) throw new AnalysisError('bad-option', `disposition row ${i + 1}: "${code}" is not an AAPOR final disposition code (1.1, 1.2, 2.1x, 2.2x, 2.3x, 3.1x, 3.2–3.9, 4.x)`);
    counts[c]++;
  });
  return counts;
}

/** AAPOR's default e: the eligible share among cases of known eligibility. */
export function estimatedEligibility(c: DispositionCounts): number {
  const eligible = c.I + c.P + c.R + c.NC + c.O;
  return eligible + c.NE === 0 ? 1 : eligible / (eligible + c.NE);
}

export function responseRates(c: DispositionCounts, e?: number): ResponseRates {
  if (e !== undefined && !(e >= 0 && e <= 1)) throw new AnalysisError('bad-option', `e must be between 0 and 1, got ${e}`);
  const ee = e ?? estimatedEligibility(c);
  const IP = c.I + c.P, elig = IP + c.R + c.NC + c.O, unknown = c.UH + c.UO;
  const div = (a: number, b: number): number => (b === 0 ? NaN : a / b);
  const contacted = IP + c.R + c.O;
  const rates: Record<RateName, number> = {
    RR1: div(c.I, elig + unknown), RR2: div(IP, elig + unknown),
    RR3: div(c.I, elig + ee * unknown), RR4: div(IP, elig + ee * unknown),
    RR5: div(c.I, elig), RR6: div(IP, elig),
    COOP1: div(c.I, IP + c.R + c.O), COOP2: div(IP, IP + c.R + c.O),
    COOP3: div(c.I, IP + c.R), COOP4: div(IP, IP + c.R),
    REF1: div(c.R, elig + unknown), REF2: div(c.R, elig + ee * unknown), REF3: div(c.R, elig),
    CON1: div(contacted, contacted + c.NC + unknown), CON2: div(contacted, contacted + c.NC + ee * unknown), CON3: div(contacted, contacted + c.NC),
  };
  const cases = DISPOSITION_CATEGORIES.reduce((a, k) => a + c[k], 0);
  return { counts: c, cases, e: ee, rates };
}

export interface GroupedResponseRates extends ResponseRates {
  /** `{}` overall, else `{region: "North"}`. */
  readonly group: Readonly<Record<string, string>>;
}

/**
 * Rates overall and by each grouping variable (region, interviewer, …). Each group uses its own
 * e unless `e` is given.
 */
export function responseRatesBy(codes: readonly string[], groups: readonly { name: string; values: readonly string[] }[] = [], e?: number): GroupedResponseRates[] {
  const out: GroupedResponseRates[] = [{ group: {}, ...responseRates(countDispositions(codes), e) }];
  for (const g of groups) {
    const byValue = new Map<string, string[]>();
    g.values.forEach((v, i) => {
      if (v === '') return;
      const list = byValue.get(v) ?? [];
      list.push(codes[i]);
      byValue.set(v, list);
    });
    const keys = [...byValue.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    for (const k of keys) out.push({ group: { [g.name]: k }, ...responseRates(countDispositions(byValue.get(k)!), e) });
  }
  return out;
}
