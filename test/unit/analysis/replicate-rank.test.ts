// The replicate df (R degf: qr(weights, tol = 1e-5)$rank − 1) computed fast — runs of
// proportional rows added once, every domain in one pass — is the rank computed row by row.
import { describe, expect, it } from 'vitest';
import { asReplicateDesign, categoryValues, domainsOf, linearizationDesign, mulberry32, numericValues, replicateRank, type ReplicateDesign } from '../../../analysis';
import { replicateRanks } from '../../../analysis/variance/replicate';
import { buildDesign, loadTable } from './fixtures';

/** Rank by modified Gram–Schmidt on the rows' columns, one row at a time: the plain definition. */
function plainRank(reps: readonly Float64Array[], rows: Int32Array, tol = 1e-5): number {
  const basis: Float64Array[] = [];
  for (const col of reps) {
    const v = Float64Array.from(rows, (i) => col[i]);
    const n0 = Math.hypot(...v);
    if (n0 === 0) continue;
    for (let pass = 0; pass < 2; pass++) for (const q of basis) { let dot = 0; for (let k = 0; k < v.length; k++) dot += q[k] * v[k]; for (let k = 0; k < v.length; k++) v[k] -= dot * q[k]; }
    const n = Math.hypot(...v);
    if (n < tol * n0) continue;
    basis.push(v.map((x) => x / n));
  }
  return basis.length;
}

describe('replicate ranks', () => {
  it('JK1 from 15 clusters (apiclus1), by school type: each domain\'s rank is the plain one, shuffled rows or sorted', () => {
    const t = loadTable('apiclus1');
    const design = asReplicateDesign(linearizationDesign({ weights: numericValues(t, 'pw'), psu: categoryValues(t, 'dnum') }), { type: 'JK1' });
    const dom = domainsOf([{ ...categoryValues(t, 'stype'), name: 'stype' }]);
    const rowsOf = (d: number) => Int32Array.from([...dom.of.keys()].filter((i) => dom.of[i] === d));
    const fast = replicateRanks(design.replicates, dom.of, dom.count, rowsOf);
    for (let d = 0; d < dom.count; d++) {
      expect(fast[d]).toBe(plainRank(design.replicates, rowsOf(d)));
      expect(replicateRank(design.replicates, rowsOf(d))).toBe(fast[d]);
    }
    // Clusters with fewer rows in a domain than replicates, and a whole-sample rank of 15.
    expect(replicateRank(design.replicates, Int32Array.from({ length: t.rowCount }, (_, i) => i))).toBe(15);
    const shuffled = Int32Array.from({ length: t.rowCount }, (_, i) => i);
    const rand = mulberry32(7);
    for (let i = shuffled.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]]; }
    expect(replicateRank(design.replicates, shuffled)).toBe(15);
  });
  it('JKn file replicates (apistrat_jkn) by awards, and a near-copy column: the plain ranks', () => {
    const t = loadTable('apistrat_jkn');
    const design = buildDesign({ data: 'apistrat_jkn', weights: 'pw', replicate_weights: '^repw[0-9]+$', replicate_type: 'JKn' }, t) as ReplicateDesign;
    const dom = domainsOf([{ ...categoryValues(t, 'awards'), name: 'awards' }]);
    const rowsOf = (d: number) => Int32Array.from([...dom.of.keys()].filter((i) => dom.of[i] === d));
    const fast = replicateRanks(design.replicates, dom.of, dom.count, rowsOf);
    for (let d = 0; d < dom.count; d++) expect(fast[d]).toBe(plainRank(design.replicates, rowsOf(d)));
    // A replicate column made a near copy of another (1e-9 apart): not independent at tol 1e-5.
    const reps = [...design.replicates, Float64Array.from(design.replicates[0], (v, i) => v * (1 + 1e-9 * (i % 3)))];
    const all = Int32Array.from({ length: t.rowCount }, (_, i) => i);
    expect(replicateRank(reps, all)).toBe(plainRank(reps, all));
  });
});
