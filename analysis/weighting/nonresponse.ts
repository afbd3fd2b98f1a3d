/**
 * Nonresponse adjustment in weighting classes, with cases of unknown eligibility (AAPOR
 * Standard Definitions; Valliant, Dever & Kreuter 2018, §13.5).
 *
 * Each sampled case is, by its final disposition, a respondent (R), an eligible nonrespondent
 * (N: refusals, non-contacts, other, and partials when they do not count as responding), of
 * unknown eligibility (U: 3.x) or not eligible (X: 4.x, e.g. a vacant dwelling). With d_i the base
 * weights, in each class c:
 *
 *   e_c = (Σ_R d + Σ_N d) / (Σ_R d + Σ_N d + Σ_X d)     the eligible share among cases of known
 *                                                     eligibility (AAPOR's e, weighted), or one e
 *                                                     for all classes, or a given number
 *   f_c = (Σ_R d + Σ_N d + e_c Σ_U d) / Σ_R d          the respondents carry the weight of the
 *                                                     estimated eligible cases of their class
 *
 * and the respondents' weights become d_i · f_c; the other cases leave the file (ineligible ones
 * are outside the population; the eligible share of the unknowns is carried by the respondents).
 *
 * A class with fewer than `minRespondents` respondents cannot carry its weight: it is collapsed
 * into the next class in label order (the last one into the one before it), repeatedly, and the
 * collapse is reported; or, with `collapse: "error"`, it is the error `no-respondents`.
 */
import { AnalysisError } from '../errors';
import { compareLabels } from '../design';

export type CaseStatus = 'R' | 'N' | 'U' | 'X';

export interface NonresponseClass {
  /** The class label, "a+b" after a collapse. */
  readonly label: string;
  /** The original classes merged into this one. */
  readonly members: readonly string[];
  readonly counts: Readonly<Record<CaseStatus, number>>;
  readonly weighted: Readonly<Record<CaseStatus, number>>;
  readonly e: number;
  readonly factor: number;
}

export interface NonresponseResult {
  /** The factor of each case (0 for nonrespondents, unknown and ineligible cases). */
  readonly factors: Float64Array;
  /** Index into `classes` of each case. */
  readonly classOf: Int32Array;
  readonly classes: readonly NonresponseClass[];
  readonly collapsed: readonly { from: string; into: string; respondents: number }[];
}

export interface NonresponseOptions {
  readonly eligibility?: 'class' | 'overall' | number;
  readonly minRespondents?: number;
  readonly collapse?: 'next' | 'error';
}

const zero = (): Record<CaseStatus, number> => ({ R: 0, N: 0, U: 0, X: 0 });

export function nonresponseAdjustment(status: readonly CaseStatus[], weights: Float64Array, classLabels: readonly string[], options: NonresponseOptions = {}): NonresponseResult {
  const minR = options.minRespondents ?? 1;
  const labels = [...new Set(classLabels)].sort(compareLabels);
  // Groups of original classes, in label order; collapse until each has enough respondents.
  let groups = labels.map((l) => [l]);
  const respondentsOf = (g: readonly string[]): number => status.reduce((a, s, i) => a + (s === 'R' && g.includes(classLabels[i]) ? 1 : 0), 0);
  const collapsed: { from: string; into: string; respondents: number }[] = [];
  for (;;) {
    const k = groups.findIndex((g) => respondentsOf(g) < minR);
    if (k < 0) break;
    const r = respondentsOf(groups[k]);
    if (options.collapse === 'error' || groups.length === 1) {
      throw new AnalysisError('no-respondents', `weighting class "${groups[k].join('+')}" has ${r} respondent${r === 1 ? '' : 's'} (fewer than ${minR})${groups.length === 1 ? '' : '; use nonresponse.collapse "next" or coarser classes'}`);
    }
    const into = k === groups.length - 1 ? k - 1 : k + 1;
    collapsed.push({ from: groups[k].join('+'), into: groups[into].join('+'), respondents: r });
    const merged = k < into ? [...groups[k], ...groups[into]] : [...groups[into], ...groups[k]];
    groups = groups.filter((_, j) => j !== k && j !== into);
    groups.splice(Math.min(k, into), 0, merged);
  }
  const groupOf = new Map<string, number>();
  groups.forEach((g, j) => g.forEach((l) => groupOf.set(l, j)));
  const classOf = Int32Array.from(classLabels, (l) => groupOf.get(l)!);
  const counts = groups.map(zero), weighted = groups.map(zero);
  status.forEach((s, i) => { counts[classOf[i]][s]++; weighted[classOf[i]][s] += weights[i]; });
  const eOf = (w: Record<CaseStatus, number>): number => (w.R + w.N + w.X === 0 ? 1 : (w.R + w.N) / (w.R + w.N + w.X));
  const overall = zero();
  for (const w of weighted) for (const k of ['R', 'N', 'U', 'X'] as const) overall[k] += w[k];
  const classes: NonresponseClass[] = groups.map((g, j) => {
    const w = weighted[j];
    const e = typeof options.eligibility === 'number' ? options.eligibility : options.eligibility === 'overall' ? eOf(overall) : eOf(w);
    return { label: g.join('+'), members: g, counts: counts[j], weighted: w, e, factor: (w.R + w.N + e * w.U) / w.R };
  });
  const factors = Float64Array.from(status, (s, i) => (s === 'R' ? classes[classOf[i]].factor : 0));
  return { factors, classOf, classes, collapsed };
}
