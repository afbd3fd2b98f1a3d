/**
 * Systematic sampling with unequal probabilities (Madow 1949; R `sampling::UPsystematic`):
 * lay the units' inclusion probabilities end to end on a line of length n = Σ π_k, draw one
 * random start u ∈ [0, 1) and take every unit whose segment (C_{k−1}, C_k] contains a point
 * u + j, j = 0, 1, …: unit k is selected when ⌊C_k − u⌋ > ⌊C_{k−1} − u⌋ (R: the fractional
 * parts of C − u decrease). Each unit is then selected with probability exactly π_k, in the
 * units' list order (implicit stratification by that order). Units with π ≥ 1 − ε are taken
 * with certainty and units with π ≤ ε never, outside the line, as R does (ε = 10⁻⁶).
 */
export function systematicPps(pik: ArrayLike<number>, u: number, eps = 1e-6): number[] {
  const chosen: number[] = [];
  let cum = 0;
  for (let k = 0; k < pik.length; k++) {
    const p = pik[k];
    if (p >= 1 - eps) { chosen.push(k); continue; }
    if (p <= eps) continue;
    const before = Math.floor(cum - u);
    cum += p;
    if (Math.floor(cum - u) > before) chosen.push(k);
  }
  return chosen;
}

/**
 * Equal-probability systematic sampling of m of M listed units with a fractional interval
 * k = M/m: the units at positions ⌊(u + j)·k⌋, j = 0‥m−1, u ∈ [0, 1). Every unit is
 * selected with probability m/M and exactly m are taken.
 */
export function systematicEqual(M: number, m: number, u: number): number[] {
  const k = M / m;
  const out: number[] = [];
  for (let j = 0; j < m; j++) out.push(Math.min(M - 1, Math.floor((u + j) * k)));
  return out;
}

/**
 * Simple random sampling without replacement of m of M units (partial Fisher–Yates with the
 * uniform draws of `next`), returned in list order. Every unit has probability m/M.
 */
export function simpleRandom(M: number, m: number, next: () => number): number[] {
  const idx = Array.from({ length: M }, (_, i) => i);
  for (let i = 0; i < m; i++) {
    const j = i + Math.floor(next() * (M - i));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx.slice(0, m).sort((a, b) => a - b);
}
