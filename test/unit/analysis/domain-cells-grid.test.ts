// The (domain, PSU) cells found through the PSU × domain grid and through each PSU's list of
// cells (the path for grids too large to index) are the same cells with the same sums.
import { describe, expect, it } from 'vitest';
import { linearizationDesign } from '../../../analysis/design';
import { gatherDomainCells } from '../../../analysis/variance/domain-cells';
import { mulberry32 } from '../../../analysis/prng';

describe('gatherDomainCells', () => {
  it('finds the same cells by grid index and by PSU list, also across a second stage', () => {
    const random = mulberry32(11);
    const n = 3000, D = 17;
    const weights = Float64Array.from({ length: n }, () => 1 + random() * 9);
    const psuCodes = Int32Array.from({ length: n }, (_, i) => Math.floor(i / 20));
    const ssuCodes = Int32Array.from({ length: n }, (_, i) => Math.floor(i / 5) % 4);
    const strataCodes = Int32Array.from(psuCodes, (p) => p % 6);
    const levels = (k: number) => Array.from({ length: k }, (_, i) => String(i));
    const design = linearizationDesign({
      weights, strata: { codes: strataCodes, levels: levels(6) }, psu: { codes: psuCodes, levels: levels(150) }, nest: true,
      stage2: { cluster: { codes: ssuCodes, levels: levels(4) } },
    });
    // Domains drawn per row, with rows outside every domain.
    const dom = Int32Array.from({ length: n }, () => (random() < 0.1 ? -1 : Math.floor(random() * D)));
    const y = Float64Array.from({ length: n }, () => random() * 100);
    const x = Float64Array.from({ length: n }, () => random());
    for (const xs of [x, null]) {
      const byGrid = gatherDomainCells(design, dom, D, y, xs);
      const byList = gatherDomainCells(design, dom, D, y, xs, 0);
      expect(byList).toEqual(byGrid);
      expect(byGrid.second).toBeDefined();
      // Each domain's cells sum to its domain total Σ w y.
      for (let d = 0; d < D; d++) {
        let direct = 0;
        for (let i = 0; i < n; i++) if (dom[i] === d) direct += weights[i] * y[i];
        expect(byGrid.Y[d]).toBeCloseTo(direct, 8);
      }
    }
  });
});
