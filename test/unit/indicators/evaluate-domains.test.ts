// estimateIndicators (every domain of a by-set in one estimator call, domains restricted to the
// indicator's usable rows and renumbered) against the straightforward path: one estimator call
// per indicator and per domain, the domain being the rows of the universe with the by-value and
// an observed numerator. A small simulated sample with a district variable that has missing
// values and a district (in the middle of the order) that is empty for some indicators.
import { describe, expect, it } from 'vitest';
import { drawSample, makePopulation, sampleTable, SIMULATED_DESIGN } from '../../../analysis/simulate';
import {
  buildDesigns, compileCatalogue, estimateIndicators, ExpressionEvaluator, standardCatalogue, type CompiledIndicator, type IndicatorEstimate,
} from '../../../analysis/indicators';
import { parseDesignSpec } from '../../../analysis/design-spec';
import { svyMean, svyMeanOfRatios, svyProportion, svyRatio, type DataTable, type DomainEstimate, type Domains, type SurveyDesign } from '../../../analysis';

const base = sampleTable(drawSample(makePopulation(3, { psus: 240 }), 1, { n: 1500 }));
const num = (name: string): Float64Array => {
  const c = base.columns.get(name)!;
  if (c.kind !== 'number') throw new Error(name);
  return c.values;
};
// D1, D3: by PSU; D2: rows without contact with officials (so empty for the bribery indicators,
// whose universe is contact); every 13th row: no district.
const contact = num('brb_contact_any');
const psuCodes = (base.columns.get('psu') as { codes: Int32Array }).codes;
const districtCodes = Int32Array.from(psuCodes, (p, i) => (i % 13 === 0 ? -1 : contact[i] !== 1 && i % 5 === 0 ? 1 : p % 2 === 0 ? 0 : 2));
const table: DataTable = {
  rowCount: base.rowCount, names: [...base.names, 'district'],
  columns: new Map([...base.columns, ['district', { kind: 'category', name: 'district', codes: districtCodes, levels: ['D1', 'D2', 'D3'] }]]),
};
const designs = buildDesigns(table, parseDesignSpec(SIMULATED_DESIGN));
const indicators = compileCatalogue(standardCatalogue());

/** A mean of shares in one domain: each share's (y, x) on its own universe's observed rows, the domain their union. */
function straightforwardMean(ind: CompiledIndicator, shares: readonly CompiledIndicator[], level: number | null): DomainEstimate | undefined {
  const of = new Int32Array(table.rowCount).fill(-1);
  const components = shares.map((share) => {
    const ev = new ExpressionEvaluator(table, share.params ?? {});
    const v = ev.evaluate(share.numeratorExpr!), u = ev.mask(share.universeExpr);
    const y = new Float64Array(table.rowCount), x = new Float64Array(table.rowCount);
    for (let i = 0; i < y.length; i++) {
      if (!u[i] || Number.isNaN(v[i]) || (level !== null && districtCodes[i] !== level)) continue;
      y[i] = v[i]; x[i] = 1; of[i] = 0;
    }
    return { y, x };
  });
  if (!of.includes(0)) return undefined;
  const label: Record<string, string> = level === null ? {} : { district: ['D1', 'D2', 'D3'][level] };
  return svyMeanOfRatios(designs.person, components, { domains: { count: 1, of, labels: [label] }, missing: 'exclude', name: ind.id })[0];
}

/** One estimator call per domain: the universe's observed rows with the by-value `level`. */
function straightforward(ind: CompiledIndicator, level: number | null): DomainEstimate | undefined {
  if (ind.componentIndicators) return straightforwardMean(ind, ind.componentIndicators, level);
  const ev = new ExpressionEvaluator(table, ind.params ?? {});
  const y = ev.evaluate(ind.numeratorExpr!);
  const x = ind.denominatorExpr ? ev.evaluate(ind.denominatorExpr) : undefined;
  const universe = ev.mask(ind.universeExpr);
  const of = Int32Array.from(universe, (u, i) => (u && !Number.isNaN(y[i]) && !(x && Number.isNaN(x[i])) && (level === null || districtCodes[i] === level) ? 0 : -1));
  if (!of.includes(0)) return undefined;
  const label: Record<string, string> = level === null ? {} : { district: ['D1', 'D2', 'D3'][level] };
  const domains: Domains = { count: 1, of, labels: [label] };
  const design: SurveyDesign = ind.unit === 'household' ? designs.household() : designs.person;
  const options = { domains, missing: 'exclude' as const, name: ind.id };
  if (ind.type === 'prevalence') return svyProportion(design, y, { ...options, method: 'logit' })[0];
  if (ind.type === 'ratio') return svyRatio(design, y, x!, options)[0];
  return svyMean(design, y, options)[0];
}

function close(actual: number, expected: number): void {
  if (Number.isNaN(expected)) expect(actual).toBeNaN();
  else expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

describe('indicator estimation by domain', () => {
  const fast = estimateIndicators(table, standardCatalogue(), designs, { by: [['district']] });

  it('the data set has what the fast path can get wrong: an empty middle domain and missing by-values', () => {
    expect(districtCodes.includes(-1)).toBe(true);
    const bribery = fast.filter((e) => e.indicator === 'SDG16_5_1');
    expect(bribery.map((e) => e.domain.district ?? '')).toEqual(['', 'D1', 'D3']);
    expect(fast.filter((e) => e.indicator === 'VIC_HH_PREV_burglary').map((e) => e.domain.district ?? '')).toEqual(['', 'D1', 'D2', 'D3']);
  });

  it('gives every indicator in every non-empty domain the numbers of one estimator call per domain', () => {
    const expected: IndicatorEstimate[] = [];
    for (const ind of indicators) {
      for (const level of [null, 0, 1, 2]) {
        const e = straightforward(ind, level);
        if (!e) continue;
        expected.push({ indicator: ind.id, domain: e.domain, estimate: e.estimate * ind.scale, se: e.se * ind.scale, ciLow: e.ciLow * ind.scale, ciHigh: e.ciHigh * ind.scale, level: e.level, df: e.df, n: e.n, cv: e.cv, flags: e.flags });
      }
    }
    expect(fast.map((e) => `${e.indicator} ${e.domain.district ?? ''}`)).toEqual(expected.map((e) => `${e.indicator} ${e.domain.district ?? ''}`));
    fast.forEach((e, k) => {
      const r = expected[k];
      for (const key of ['estimate', 'se', 'ciLow', 'ciHigh', 'cv'] as const) close(e[key], r[key]);
      expect([e.df, e.n, e.flags]).toEqual([r.df, r.n, r.flags]);
    });
  });
});
