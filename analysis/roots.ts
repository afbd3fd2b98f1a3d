/**
 * R's `uniroot` (C `R_zeroin2`, Brent 1973) step for step, so that the root lands on the same
 * side of a jump as R's does (the score is a step function of θ). NaN when f does not change
 * sign between the ends (R stops with an error there).
 */
export function zeroin(f: (x: number) => number, ax: number, bx: number, tol: number, maxit = 1000): number {
  const EPS = 2.220446049250313e-16;
  let a = ax, b = bx, fa = f(a), fb = f(b);
  if (!(fa * fb <= 0)) return NaN;
  let c = a, fc = fa;
  if (fa === 0) return a;
  if (fb === 0) return b;
  for (let it = 0; it <= maxit; it++) {
    const prevStep = b - a;
    if (Math.abs(fc) < Math.abs(fb)) { a = b; b = c; c = a; fa = fb; fb = fc; fc = fa; }
    const tolAct = 2 * EPS * Math.abs(b) + tol / 2;
    let newStep = (c - b) / 2;
    if (Math.abs(newStep) <= tolAct || fb === 0) return b;
    if (Math.abs(prevStep) >= tolAct && Math.abs(fa) > Math.abs(fb)) {
      let p: number, q: number;
      const cb = c - b;
      if (a === c) { const t1 = fb / fa; p = cb * t1; q = 1 - t1; } else {
        const qq = fa / fc, t1 = fb / fc, t2 = fb / fa;
        p = t2 * (cb * qq * (qq - t1) - (b - a) * (t1 - 1));
        q = (qq - 1) * (t1 - 1) * (t2 - 1);
      }
      if (p > 0) q = -q; else p = -p;
      if (p < 0.75 * cb * q - Math.abs(tolAct * q) / 2 && p < Math.abs((prevStep * q) / 2)) newStep = p / q;
    }
    if (Math.abs(newStep) < tolAct) newStep = newStep > 0 ? tolAct : -tolAct;
    a = b; fa = fb;
    b += newStep; fb = f(b);
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) { c = a; fc = fa; }
  }
  return b;
}
