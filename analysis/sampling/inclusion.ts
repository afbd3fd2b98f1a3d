/**
 * First-order inclusion probabilities of a πps design of fixed size n, as R's
 * `sampling::inclusionprobabilities(a, n)` computes them:
 *
 *   π_k = n · a_k / Σ_j a_j,
 *
 * and every unit whose π_k reaches 1 is taken with certainty (π_k = 1) while the remaining
 * n − l draws are shared among the other units in proportion to their sizes,
 *
 *   π_k = (n − l) · a_k / Σ_{j not certain} a_j,
 *
 * repeated until no new unit reaches 1 (taking a large unit with certainty lowers the
 * interval and can push the next largest over it). Units of size 0 get π = 0; negative
 * sizes count as 0, as R shifts them. The comparisons are R's own (`>= 1`, in floating
 * point), so the results agree to the last bit for the same sizes.
 */
export function inclusionProbabilities(sizes: ArrayLike<number>, n: number): Float64Array {
  const a = Float64Array.from(sizes, (x) => (x < 0 ? 0 : x));
  let total = 0;
  for (const x of a) total += x;
  const pik = new Float64Array(a.length);
  if (total === 0) return pik;
  for (let k = 0; k < a.length; k++) pik[k] = (n * a[k]) / total;
  let certain = countCertain(pik);
  let previous = 0;
  while (certain > 0 && certain !== previous) {
    let rest = 0;
    for (let k = 0; k < pik.length; k++) if (pik[k] > 0 && pik[k] < 1) rest += pik[k];
    for (let k = 0; k < pik.length; k++) {
      if (pik[k] >= 1) pik[k] = 1;
      else if (pik[k] > 0) pik[k] = (n - certain) * (pik[k] / rest);
    }
    previous = certain;
    certain = countCertain(pik);
  }
  return pik;
}

function countCertain(pik: Float64Array): number {
  let l = 0;
  for (const p of pik) if (p >= 1) l++;
  return l;
}
