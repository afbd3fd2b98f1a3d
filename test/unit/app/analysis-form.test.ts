// The analysis screen's design form: prefill from conventional names, keeping choices across
// data files, and the DesignSpec it builds (validated by the same schema as design.json).
import { describe, expect, it } from 'vitest';
import { parseDesignSpec } from '../../../analysis/design-spec';
import { adaptDesignForm, designFromForm, isUnweighted, prefillDesignForm, UNWEIGHTED } from '../../../src/app/analysis/design-form';
import { AnalysisRunError, toFailure } from '../../../src/app/analysis/failure';

describe('design form', () => {
  it('prefills whatever conventional names exist, case-insensitively', () => {
    expect(prefillDesignForm(['ID', 'WGT', 'Strata', 'cluster', 'FPC'])).toEqual({
      weight: 'WGT', weightHh: '', strata: 'Strata', psu: 'cluster', fpc: 'FPC', lonelyPsu: 'fail',
    });
  });

  it('builds a design.json object: household weight by default from hh_eligible, nesting only with strata and PSU', () => {
    const base = prefillDesignForm(['weight', 'psu']);
    expect(designFromForm(base)).toEqual({ weight: 'weight', psu: 'psu', lonelyPsu: 'fail' });
    const full = designFromForm({ ...base, weightHh: 'weight_hh', strata: 'stratum', fpc: 'fpc', lonelyPsu: 'adjust' });
    expect(full).toEqual({ weight: 'weight', weight_hh: 'weight_hh', strata: 'stratum', psu: 'psu', fpc: 'fpc', nest: true, lonelyPsu: 'adjust' });
    expect(parseDesignSpec(full)).toEqual(full);
    expect(isUnweighted(full)).toBe(false);
  });

  it('unweighted: one weight column of ones for persons and households, whatever household weight was chosen', () => {
    const design = designFromForm({ ...prefillDesignForm(['weight', 'weight_hh']), weight: UNWEIGHTED });
    expect(design.weight_hh).toBe(UNWEIGHTED);
    expect(isUnweighted(design)).toBe(true);
  });

  it('keeps the analyst\'s choices that the new data still has, and prefills the others', () => {
    const chosen = { ...prefillDesignForm(['weight', 'stratum', 'psu']), psu: '', lonelyPsu: 'certainty' as const };
    expect(adaptDesignForm(chosen, ['weight', 'stratum', 'psu', 'fpc'])).toEqual({ ...chosen, fpc: '' });
    expect(adaptDesignForm({ ...chosen, weight: 'w2' }, ['weight', 'cluster'])).toEqual({
      weight: 'weight', weightHh: '', strata: '', psu: '', fpc: '', lonelyPsu: 'certainty',
    });
    expect(adaptDesignForm(undefined, ['region'])).toEqual(prefillDesignForm(['region']));
  });

  it('turns errors into a code and one line', () => {
    expect(toFailure(new AnalysisRunError('network-error', 'the server cannot be reached'))).toEqual({ code: 'network-error', message: 'the server cannot be reached' });
    const multi = toFailure(new Error('first line\n    at somewhere (file.ts:1:1)'));
    expect(multi).toEqual({ code: 'internal-error', message: 'first line' });
  });
});
