import type { LinearizationDesign, ReplicateDesign } from '../design';

export interface TrimBounds {
  readonly lower?: number;
  readonly upper?: number;
  /** Repeat until no weight is outside the bounds (R `strict = TRUE`). */
  readonly strict?: boolean;
}

/**
 * Weight trimming (R `trimWeights`): weights outside [lower, upper] are set to the bound
 * and the amount trimmed is shared equally among the weights that were inside, so the
 * total weight is unchanged. The design's other parts are unchanged.
 */
export function trimWeights<D extends LinearizationDesign | ReplicateDesign>(design: D, bounds: TrimBounds): D {
  const lower = bounds.lower ?? -Infinity, upper = bounds.upper ?? Infinity;
  let w = design.weights;
  for (;;) {
    let outside = 0, trimmed = 0;
    const next = new Float64Array(w.length);
    for (let i = 0; i < w.length; i++) {
      const v = Math.max(lower, Math.min(w[i], upper));
      if (w[i] < lower || w[i] > upper) { outside++; trimmed += w[i] - v; }
      next[i] = v;
    }
    if (outside === 0) break;
    const share = trimmed / (w.length - outside);
    for (let i = 0; i < w.length; i++) if (!(w[i] < lower || w[i] > upper)) next[i] += share;
    w = next;
    if (!bounds.strict) break;
  }
  return { ...design, weights: w };
}
