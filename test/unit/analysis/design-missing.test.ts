import { describe, expect, it } from 'vitest';
import { AnalysisError, linearizationDesign } from '../../../analysis';

describe('design columns must be complete', () => {
  it('names the strata or PSU column and counts its missing values', () => {
    expect(() => linearizationDesign({ weights: new Float64Array([1, 1]), strata: { codes: Int32Array.from([0, -1]), levels: ['a'] }, names: { strata: 'st' } }))
      .toThrow(/strata column "st" has 1 missing value/);
    expect(() => linearizationDesign({ weights: new Float64Array([1, 1, 1]), psu: { codes: Int32Array.from([0, -1, -1]), levels: ['a'] }, names: { psu: 'pp' } }))
      .toThrow(/PSU column "pp" has 2 missing values/);
    expect(() => linearizationDesign({ weights: new Float64Array([1, NaN]) })).toThrow(AnalysisError);
  });
});
