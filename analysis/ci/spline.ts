/**
 * Interpolating cubic spline with Forsythe–Malcolm–Moler end conditions (the cubic through
 * the first and last four points fixes the third derivative at each end), evaluated at
 * `count` evenly spaced points from min(x) to max(x): R's `spline(x, y, method = "fmm")`.
 * Used by the profile-likelihood interval, which must follow R's interpolation exactly.
 */
export function fmmSpline(xIn: readonly number[], yIn: readonly number[], count: number): { x: number[]; y: number[] } {
  const { x, y } = sortTiesMean(xIn, yIn);
  const n = x.length;
  const b = new Array<number>(n).fill(0), c = new Array<number>(n).fill(0), d = new Array<number>(n).fill(0);
  if (n >= 3) {
    const nm1 = n - 1;
    d[0] = x[1] - x[0];
    c[1] = (y[1] - y[0]) / d[0];
    for (let i = 1; i < nm1; i++) {
      d[i] = x[i + 1] - x[i];
      b[i] = 2 * (d[i - 1] + d[i]);
      c[i + 1] = (y[i + 1] - y[i]) / d[i];
      c[i] = c[i + 1] - c[i];
    }
    b[0] = -d[0];
    b[nm1] = -d[n - 2];
    c[0] = c[nm1] = 0;
    if (n > 3) {
      c[0] = c[2] / (x[3] - x[1]) - c[1] / (x[2] - x[0]);
      c[nm1] = c[n - 2] / (x[nm1] - x[n - 3]) - c[n - 3] / (x[n - 2] - x[n - 4]);
      c[0] = (c[0] * d[0] * d[0]) / (x[3] - x[0]);
      c[nm1] = (-c[nm1] * d[n - 2] * d[n - 2]) / (x[nm1] - x[n - 4]);
    }
    for (let i = 1; i <= nm1; i++) {
      const t = d[i - 1] / b[i - 1];
      b[i] = b[i] - t * d[i - 1];
      c[i] = c[i] - t * c[i - 1];
    }
    c[nm1] = c[nm1] / b[nm1];
    for (let i = n - 2; i >= 0; i--) c[i] = (c[i] - d[i] * c[i + 1]) / b[i];
    b[nm1] = (y[nm1] - y[n - 2]) / d[n - 2] + d[n - 2] * (c[n - 2] + 2 * c[nm1]);
    for (let i = 0; i < nm1; i++) {
      b[i] = (y[i + 1] - y[i]) / d[i] - d[i] * (c[i + 1] + 2 * c[i]);
      d[i] = (c[i + 1] - c[i]) / d[i];
      c[i] = 3 * c[i];
    }
    c[nm1] = 3 * c[nm1];
    d[nm1] = d[n - 2];
  } else if (n === 2) {
    b[0] = b[1] = (y[1] - y[0]) / (x[1] - x[0]);
  }
  const from = x[0], to = x[n - 1];
  const by = count > 1 ? (to - from) / (count - 1) : 0;
  const outX: number[] = [], outY: number[] = [];
  for (let k = 0; k < count; k++) {
    const u = k === count - 1 ? to : from + k * by;
    let i = 0, j = n;
    while (j > i + 1) { const m = (i + j) >> 1; if (u < x[m]) j = m; else i = m; }
    const dx = u - x[i];
    outX.push(u);
    outY.push(y[i] + dx * (b[i] + dx * (c[i] + dx * d[i])));
  }
  return { x: outX, y: outY };
}

/** Linear interpolation at `v` (R `approx`, rule 1: NaN outside the data; ties averaged). */
export function approxAt(xIn: readonly number[], yIn: readonly number[], v: number): number {
  const { x, y } = sortTiesMean(xIn, yIn);
  const n = x.length;
  if (n === 0 || v < x[0] || v > x[n - 1] || Number.isNaN(v)) return NaN;
  let i = 0, j = n - 1;
  while (i < j - 1) { const m = (i + j) >> 1; if (v < x[m]) j = m; else i = m; }
  if (v === x[j]) return y[j];
  if (v === x[i]) return y[i];
  return y[i] + (y[j] - y[i]) * ((v - x[i]) / (x[j] - x[i]));
}

function sortTiesMean(xIn: readonly number[], yIn: readonly number[]): { x: number[]; y: number[] } {
  const order = xIn.map((_, i) => i).filter((i) => !Number.isNaN(xIn[i]) && !Number.isNaN(yIn[i])).sort((a, b) => xIn[a] - xIn[b]);
  const x: number[] = [], y: number[] = [];
  for (let k = 0; k < order.length;) {
    let m = k, s = 0;
    while (m < order.length && xIn[order[m]] === xIn[order[k]]) { s += yIn[order[m]]; m++; }
    x.push(xIn[order[k]]); y.push(s / (m - k));
    k = m;
  }
  return { x, y };
}
