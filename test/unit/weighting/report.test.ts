// The weighting report: Kish's deff by its formula, and every label in the eight locales in the
// right script (Serbian Cyrillic in Cyrillic, Serbian Latin, Bosnian, Croatian, Montenegrin and
// Albanian without a Cyrillic letter; Macedonian in Cyrillic).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../analysis/locales';
import { readCsv, renderTablesHtml, summarizeWeights, weightSurvey, weightingTables, WEIGHTING_STRINGS } from '../../../analysis';

describe('weighting report', () => {
  it("Kish's deff = n Σw² / (Σw)² = 1 + CV²: weights 1, 1, 2, 4 → 4 · 22 / 64 = 1.375", () => {
    const s = summarizeWeights([1, 1, 2, 4]);
    expect(s.deff).toBe(1.375);
    expect(s.cv).toBeCloseTo(Math.sqrt(0.375), 15);
    expect(s.quantiles[3]).toBe(1.5); // median, R quantile type 7
  });

  it('every string in every locale, in its script', () => {
    const cyrillic = /[\u0400-\u04FF]/;
    for (const [key, texts] of Object.entries(WEIGHTING_STRINGS)) {
      for (const locale of LOCALES) {
        const t = texts[locale];
        expect(t.length, `${key} ${locale}`).toBeGreaterThan(0);
        if (locale === 'sr' || locale === 'mk') expect(cyrillic.test(t), `${key} ${locale}: ${t}`).toBe(true);
        else expect(cyrillic.test(t), `${key} ${locale}: ${t}`).toBe(false);
      }
    }
  });

  it('renders the report of the R fixture in each locale (HTML with the lang attribute)', () => {
    const dir = 'test/fixtures/weighting';
    const load = (f: string) => readCsv(readFileSync(`${dir}/${f}`));
    const r = weightSurvey({
      sample: load('sample.csv'), data: load('export.csv'), population: load('margins.csv'),
      plan: { derive: { age_group: { from: 'age', breaks: [18, 30, 45, 65] } }, calibration: { margins: ['region', 'sex', 'age_group'] } },
    });
    for (const locale of LOCALES) {
      const html = renderTablesHtml(weightingTables(r.report, locale, '2026-12-02 05:00:00'));
      expect(html).toContain(`<title>${WEIGHTING_STRINGS.title[locale]}</title>`);
      expect(html).toContain(WEIGHTING_STRINGS.kishDeff[locale].replace(/&/g, '&amp;'));
    }
    expect(r.report.sampledCases).toBe(72);
    expect(r.report.respondingUnits).toBe(42);
  });
});
