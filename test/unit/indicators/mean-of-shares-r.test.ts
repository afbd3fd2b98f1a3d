// SDG 16.6.2's mean of the five attribute shares (catalogue type `mean-of-shares`, estimator
// analysis/estimators/mean-of-ratios.ts) against R survey on a stratified cluster sample with an
// fpc, whole population and by region, post-stratified on region, and on its JKn replicate version. The expected values
// come from test/fixtures/make-mean-of-shares-fixtures.R (calls in the fixture):
//   svycontrast(svyratio(~y1+…+y5, ~u1+…+u5, subset(design, any_u == 1), covmat = TRUE), 1/5 on y_j/u_j)
// with u_j / y_j the catalogue's share j built in R from the raw codes (user, answered 1–4 / answered 1–2),
// and the logit interval as svyciprop's. The suite reads the committed JSON; it does not need R.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDesigns, estimateIndicators, standardCatalogue, type IndicatorDesigns, type IndicatorEstimate } from '../../../analysis/indicators';
import { parseDesignSpec } from '../../../analysis/design-spec';
import { buildIndicatorReport, renderIndicatorReportHtml } from '../../../analysis/tables';
import { asReplicateDesign, categoryValues, postStratify, svyMeanOfRatios, type Column, type DataTable, type LinearizationDesign } from '../../../analysis';

interface Expected { domain: Record<string, string>; estimate: number; se: number; df: number; ci_low: number; ci_high: number; n: number }
interface Fixture {
  data: Record<string, string | number | null>[];
  cases: {
    id: string; design: { weight: string; strata: string; psu: string; fpc?: string }; convert?: 'JKn';
    poststratify?: { variable: string; levels: string[]; counts: number[] }; results: Expected[];
  }[];
}
const fixture = JSON.parse(readFileSync(join(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures/indicators/mean-of-shares.json'), 'utf8')) as Fixture;

function table(rows: Fixture['data']): DataTable {
  const names = Object.keys(rows[0]);
  const columns = new Map<string, Column>();
  for (const name of names) {
    if (typeof rows[0][name] === 'string') {
      const levels = [...new Set(rows.map((r) => String(r[name])))].sort();
      columns.set(name, { kind: 'category', name, levels, codes: Int32Array.from(rows, (r) => levels.indexOf(String(r[name]))) });
    } else {
      columns.set(name, { kind: 'number', name, values: Float64Array.from(rows, (r) => (r[name] === null ? NaN : Number(r[name]))) });
    }
  }
  return { rowCount: rows.length, names, columns };
}

const data = table(fixture.data);
const ID = 'SDG16_6_2_health_MEAN';

function designsOf(c: Fixture['cases'][number]): IndicatorDesigns {
  const built = buildDesigns(data, parseDesignSpec({ ...c.design, lonelyPsu: 'fail' }));
  if (c.poststratify) {
    const ps = postStratify(built.person, { ...categoryValues(data, c.poststratify.variable) }, { levels: c.poststratify.levels, counts: c.poststratify.counts });
    return { person: ps, household: () => ps };
  }
  if (!c.convert) return built;
  const rep = asReplicateDesign(built.person as LinearizationDesign, { type: c.convert });
  return { person: rep, household: () => rep };
}

describe('mean of the five attribute shares (SDG 16.6.2, 4.c estimate 2) agrees with R survey', () => {
  for (const c of fixture.cases) {
    it(`${c.id}: estimate, SE to 1e-9, df, n and the logit interval, whole sample and by region`, () => {
      const got = estimateIndicators(data, standardCatalogue(), designsOf(c), { only: [ID], by: [['region']] });
      expect(got.map((e) => e.domain)).toEqual(c.results.map((r) => r.domain));
      c.results.forEach((r, k) => {
        const e: IndicatorEstimate = got[k];
        const label = `${c.id} ${JSON.stringify(r.domain)}`;
        // The catalogue publishes percentages (scale 100); R's values are proportions.
        expect(Math.abs(e.estimate / 100 - r.estimate), label).toBeLessThan(1e-12);
        expect(Math.abs(e.se / 100 - r.se), label).toBeLessThan(1e-9);
        expect(e.df, label).toBe(r.df);
        expect(e.n, label).toBe(r.n);
        expect(Math.abs(e.ciLow / 100 - r.ci_low), label).toBeLessThan(1e-9);
        expect(Math.abs(e.ciHigh / 100 - r.ci_high), label).toBeLessThan(1e-9);
      });
    });
  }

  it('is not the pooled share Σ positive ÷ Σ answered, nor any single share (each share keeps its own denominator)', () => {
    const lin = fixture.cases[0];
    const design = designsOf(lin).person;
    const attrs = ['access', 'afford', 'facility', 'equal', 'courtesy'];
    const components = attrs.map((a) => {
      const y = new Float64Array(data.rowCount), x = new Float64Array(data.rowCount);
      fixture.data.forEach((r, i) => {
        const v = r[`svc_health_${a}`];
        if (r.svc_health_used === 1 && typeof v === 'number' && v >= 1 && v <= 4) { x[i] = 1; y[i] = v <= 2 ? 1 : 0; }
      });
      return { y, x };
    });
    const [whole] = svyMeanOfRatios(design, components);
    expect(Math.abs(whole.estimate - lin.results[0].estimate)).toBeLessThan(1e-12);
    const w = design.weights;
    let Y = 0, X = 0;
    for (const c of components) for (let i = 0; i < w.length; i++) { Y += w[i] * c.y[i]; X += w[i] * c.x[i]; }
    expect(Math.abs(Y / X - whole.estimate)).toBeGreaterThan(1e-4);
  });

  it('a domain where one share has no answering user has no estimate', () => {
    const design = designsOf(fixture.cases[0]).person;
    const y = new Float64Array(data.rowCount).fill(1), x = new Float64Array(data.rowCount).fill(1);
    const [e] = svyMeanOfRatios(design, [{ y, x }, { y: new Float64Array(data.rowCount), x: new Float64Array(data.rowCount) }]);
    expect(e.estimate).toBeNaN();
  });

  it('reports it as a percentage, its definition naming the five shares it averages', async () => {
    const catalogue = standardCatalogue();
    const estimates = estimateIndicators(data, catalogue, designsOf(fixture.cases[0]), { only: [ID], by: [['region']] });
    const html = await renderIndicatorReportHtml(buildIndicatorReport(catalogue, estimates, { locale: 'en' }), catalogue);
    const article = html.slice(html.indexOf(`<article id="${ID}"`), html.indexOf('</article>', html.indexOf(`<article id="${ID}"`)));
    expect(article).toContain('mean of percentages');
    expect(article).toMatch(/\(%\)/);
    expect(html).toContain('<code>mean(SDG16_6_2_health_access, SDG16_6_2_health_afford, SDG16_6_2_health_facility, SDG16_6_2_health_equal, SDG16_6_2_health_courtesy)</code>');
  });
});
