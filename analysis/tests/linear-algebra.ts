import { AnalysisError } from '../errors';

/**
 * X = A⁻¹B for small dense matrices (m×m A, m×q B, row-major), by Gaussian elimination with
 * partial pivoting — the sizes here are a contingency table's (r − 1)(c − 1) or a model's
 * coefficients, so nothing cleverer is needed. A singular A is a `bad-option` error.
 */
export function solveLinear(A: Float64Array, B: Float64Array, m: number, q = m): Float64Array {
  const a = Float64Array.from(A), x = Float64Array.from(B);
  for (let col = 0; col < m; col++) {
    let piv = col;
    for (let r = col + 1; r < m; r++) if (Math.abs(a[r * m + col]) > Math.abs(a[piv * m + col])) piv = r;
    const scale = Math.max(...Array.from({ length: m }, (_, c) => Math.abs(a[piv * m + c])));
    if (!(Math.abs(a[piv * m + col]) > 1e-14 * scale)) throw new AnalysisError('bad-option', 'the system is singular (a variable is constant or duplicated)');
    if (piv !== col) {
      for (let c = 0; c < m; c++) { const t = a[col * m + c]; a[col * m + c] = a[piv * m + c]; a[piv * m + c] = t; }
      for (let c = 0; c < q; c++) { const t = x[col * q + c]; x[col * q + c] = x[piv * q + c]; x[piv * q + c] = t; }
    }
    const d = a[col * m + col];
    for (let r = 0; r < m; r++) {
      if (r === col) continue;
      const f = a[r * m + col] / d;
      if (f === 0) continue;
      for (let c = col; c < m; c++) a[r * m + c] -= f * a[col * m + c];
      for (let c = 0; c < q; c++) x[r * q + c] -= f * x[col * q + c];
    }
  }
  for (let r = 0; r < m; r++) { const d = a[r * m + r]; for (let c = 0; c < q; c++) x[r * q + c] /= d; }
  return x;
}

/** The inverse of an m×m matrix. */
export function invert(A: Float64Array, m: number): Float64Array {
  const I = new Float64Array(m * m);
  for (let k = 0; k < m; k++) I[k * m + k] = 1;
  return solveLinear(A, I, m);
}
