/**
 * Re-identification risk on categorical key variables (sdcMicro's definitions; Templ, Kowarik &
 * Meindl, "Statistical Disclosure Control for Micro-Data Using the R Package sdcMicro", JSS 2015).
 *
 *   f_k  sample frequency of record k's combination of key values; a missing (suppressed) value
 *        matches any value, as sdcMicro counts after local suppression
 *   F_k  estimated population frequency = Σ weights of the records counted in f_k
 *   p_k  = f_k / F_k
 *   individual risk r_k (Benedetti–Franconi, sdcMicro `indivRisk(method = "approx")`):
 *        f_k = 1:  r = p/(1−p) · log(1/p)
 *        f_k = 2:  r = p/(1−p) − (p/(1−p))² · log(1/p)
 *        f_k > 2:  r = p / (f_k − (1 − p))
 *        p = 1 (the sample is the population for that key, e.g. no weights): r = 1/f_k
 *   sample unique: f_k = 1; k-anonymity violation: f_k < k.
 */

/** Key values of each record: `rows[i][j]` the j-th key of record i, undefined = missing/suppressed. */
export type KeyRows = readonly (readonly (string | undefined)[])[];

const matches = (a: readonly (string | undefined)[], b: readonly (string | undefined)[]): boolean =>
  a.every((v, j) => v === undefined || b[j] === undefined || v === b[j]);

/** f_k and F_k of every record (O(n²) when values are missing; exact grouping otherwise). */
export function frequencies(rows: KeyRows, weights?: ArrayLike<number>): { fk: Float64Array; Fk: Float64Array } {
  const n = rows.length;
  const fk = new Float64Array(n), Fk = new Float64Array(n);
  const w = (i: number): number => (weights ? weights[i] : 1);
  const complete = rows.map((r) => r.every((v) => v !== undefined));
  // Complete records among themselves: by key string.
  const groups = new Map<string, number[]>();
  rows.forEach((r, i) => { if (complete[i]) { const key = JSON.stringify(r); groups.set(key, [...(groups.get(key) ?? []), i]); } });
  const incomplete = rows.map((_, i) => i).filter((i) => !complete[i]);
  for (const members of groups.values()) {
    const sw = members.reduce((a, i) => a + w(i), 0);
    for (const i of members) { fk[i] = members.length; Fk[i] = sw; }
  }
  // Records with a missing value match across groups: count them pairwise.
  for (const i of incomplete) {
    for (let j = 0; j < n; j++) if (matches(rows[i], rows[j])) { fk[i] += 1; Fk[i] += w(j); }
  }
  for (const members of groups.values()) {
    for (const j of incomplete) {
      if (!matches(rows[members[0]], rows[j])) continue;
      for (const i of members) { fk[i] += 1; Fk[i] += w(j); }
    }
  }
  return { fk, Fk };
}

/** sdcMicro's approximate individual risk of one record. */
export function individualRisk(fk: number, Fk: number): number {
  const p = fk / Fk;
  if (p >= 1) return 1 / fk;
  const odds = p / (1 - p);
  if (fk === 1) return odds * Math.log(1 / p);
  if (fk === 2) return odds - odds * odds * Math.log(1 / p);
  return p / (fk - (1 - p));
}

export interface RiskSummary {
  readonly records: number;
  readonly sampleUniques: number;
  /** Records whose combination occurs fewer than k times. */
  readonly kViolations: number;
  /** Σ r_k: expected number of re-identifications. */
  readonly expectedReidentifications: number;
  readonly maxRisk: number;
  /** Records with r_k above the threshold (default 0.1). */
  readonly highRisk: number;
}

export function riskSummary(rows: KeyRows, k: number, weights?: ArrayLike<number>, threshold = 0.1): RiskSummary & { risk: Float64Array; fk: Float64Array } {
  const { fk, Fk } = frequencies(rows, weights);
  const risk = Float64Array.from(fk, (f, i) => individualRisk(f, Fk[i]));
  let uniques = 0, viol = 0, sum = 0, max = 0, high = 0;
  for (let i = 0; i < fk.length; i++) {
    if (fk[i] === 1) uniques++;
    if (fk[i] < k) viol++;
    sum += risk[i];
    max = Math.max(max, risk[i]);
    if (risk[i] > threshold) high++;
  }
  return { records: rows.length, sampleUniques: uniques, kViolations: viol, expectedReidentifications: sum, maxRisk: max, highRisk: high, risk, fk };
}
