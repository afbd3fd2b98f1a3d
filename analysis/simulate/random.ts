/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) so that a population and every sample
 * drawn from it are reproducible from integers alone.
 */
export function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** Mixes several integers into one 32-bit seed. */
export function mixSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    const next = splitmix32((h ^ (p >>> 0)) >>> 0);
    h = (next() ^ Math.imul(p | 0, 0x27d4eb2d)) >>> 0;
  }
  return h >>> 0;
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spare: number | undefined;

  constructor(seed: number) {
    const sm = splitmix32(seed);
    this.a = sm(); this.b = sm(); this.c = sm(); this.d = sm();
    for (let i = 0; i < 12; i++) this.u32();
  }

  /** sfc32 step: a uniform 32-bit integer. */
  u32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Uniform on (0, 1). */
  next(): number { return (this.u32() + 0.5) / 4294967296; }

  /** Integer uniform on lo..hi inclusive. */
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }

  bernoulli(p: number): boolean { return this.next() < p; }

  /** Standard normal (Box–Muller, caching the second draw). */
  normal(): number {
    if (this.spare !== undefined) { const s = this.spare; this.spare = undefined; return s; }
    const u = this.next(), v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }

  /** An index drawn with probabilities proportional to `weights`. */
  pick(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let u = this.next() * total;
    for (let i = 0; i < weights.length; i++) { u -= weights[i]; if (u < 0) return i; }
    return weights.length - 1;
  }

  /** k distinct indices from 0..n−1 (partial Fisher–Yates). */
  sample(n: number, k: number): number[] {
    const idx = Array.from({ length: n }, (_, i) => i);
    for (let i = 0; i < k; i++) { const j = this.int(i, n - 1); [idx[i], idx[j]] = [idx[j], idx[i]]; }
    return idx.slice(0, k);
  }
}

export const plogis = (x: number): number => 1 / (1 + Math.exp(-x));
export const qlogis = (p: number): number => Math.log(p / (1 - p));
