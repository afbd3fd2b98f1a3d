// glm's first IRLS step in closed form (two logarithms per row) against the step as glm.fit
// writes it (mustart, linkfun, linkinv, mu.eta, deviance), row by row.
import { describe, expect, it } from 'vitest';
import { InterceptFitSums } from '../../../analysis/estimators/logistic';

describe('intercept-only logistic fit: the first IRLS step', () => {
  const weights = [1e-9, 1e-3, 0.07, 0.5, 1, 1.37, 2.5, 9.99, 42, 310, 2e3];
  for (const y of [0, 1]) {
    it(`closed form equals glm's literal step for single rows with y = ${y}`, () => {
      for (const W of weights) {
        const fast = new InterceptFitSums(), literal = new InterceptFitSums();
        fast.add(W, y);
        literal.addLiterally(W, y);
        // glm's 1 − μ loses digits as W grows (≈ ε·W), hence the looser bound for large W.
        const tol = 1e-13 * Math.max(1, W);
        for (const k of ['num', 'den', 'devStart'] as const) {
          expect(Math.abs(fast[k] - literal[k])).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(literal[k])));
        }
      }
    });
  }

  it('a zero weight adds nothing but the counts; sums over many rows give the same fit', () => {
    const zero = new InterceptFitSums();
    zero.add(0, 1);
    expect([zero.s1, zero.s0, zero.num, zero.den, zero.devStart]).toEqual([0, 0, 0, 0, 0]);
    const fast = new InterceptFitSums(), literal = new InterceptFitSums();
    for (let i = 0; i < 500; i++) {
      const W = 0.2 + ((i * 7919) % 97) / 25, y = (i * 31) % 7 < 2 ? 1 : 0;
      fast.add(W, y);
      if (y === 1) literal.s1 += W; else literal.s0 += W;
      literal.addLiterally(W, y);
    }
    const a = fast.fit(), b = literal.fit();
    expect(Math.abs(a.beta - b.beta)).toBeLessThan(1e-13);
    expect(a.mu).toBeCloseTo(b.mu, 14);
    expect(a.deviance).toBeCloseTo(b.deviance, 9);
  });
});
