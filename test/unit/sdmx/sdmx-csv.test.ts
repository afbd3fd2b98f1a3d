// SDMX-CSV for the SDG global dataflow: the kept code lists agree with the mapping, a file made
// from real estimates validates against the DSD, the values are the ones computed by hand from
// the raw items, and the validator finds planted errors.
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../analysis/io';
import { buildDesigns, estimateIndicators, standardCatalogue, type IndicatorEstimate } from '../../../analysis/indicators';
import { parseDesignSpec } from '../../../analysis/design-spec';
import {
  DIMENSIONS, M49, SDG_DSD, SERIES, codelistOf, renderSdmxCsv, sdgObservations, sdmxCsvHeader, validateSdmxCsv,
} from '../../../analysis/sdmx';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

// Ten respondents, written with the raw items the SDG definitions read (surveys/indicators.json):
//   16.5.1 = Σw[contact with an official ∧ (paid ∨ asked)] / Σw[contact]; 16.1.4 = Σw[safe_dark ∈ {1, 2}] / Σw[safe_dark ∈ 1..5].
//   contact (with the police) rows 1 2 4 5 6 7 9 10, weights 1+2+3+2+1+2+1+2 = 14; bribe rows 1 5 7, 1+2+2 = 5 → 5/14
//   men (rows 1–5): 3/8; women (rows 6–10): 2/6; safe: rows 1 3 5 7 9, 1+1+2+2+1 = 7 of 16 (row 8 never goes out: not safe).
const OFFICIALS = ['police', 'judge', 'land_registry', 'tax', 'customs', 'doctor', 'nurse', 'teacher', 'municipal', 'utility',
  'vehicle_reg', 'social_security', 'inspector', 'embassy', 'politician', 'other_official'];
// id, weight, sex, urban, region, contact with the police (1/0), paid (1/0, empty without contact), safe_dark
const ROWS: Array<[number, number, number, number, string, number, number | null, number]> = [
  [1, 1, 1, 1, 'A', 1, 1, 2], [2, 2, 1, 2, 'A', 1, 0, 3], [3, 1, 1, 1, 'B', 0, null, 2], [4, 3, 1, 2, 'B', 1, 0, 4], [5, 2, 1, 1, 'A', 1, 1, 1],
  [6, 1, 2, 2, 'B', 1, 0, 3], [7, 2, 2, 1, 'A', 1, 1, 2], [8, 1, 2, 2, 'B', 0, null, 5], [9, 1, 2, 1, 'A', 1, 0, 2], [10, 2, 2, 2, 'B', 1, 0, 3],
];
const officialColumns = OFFICIALS.flatMap((o) => [`brb_contact_${o}`, `brb_paid_${o}`, `brb_asked_${o}`]);
const MICRODATA = [
  ['id', 'weight', 'sex', 'urban', 'region', ...officialColumns, 'safe_dark'].join(','),
  ...ROWS.map(([id, w, sex, urban, region, contact, paid, safe]) => [
    id, w, sex, urban, region,
    ...OFFICIALS.flatMap((o) => (o === 'police' && contact === 1 ? [1, paid === 1 ? 1 : 2, 2] : [2, '', ''])),
    safe,
  ].join(',')),
].join('\n') + '\n';

function estimates(by: string[][]): IndicatorEstimate[] {
  const table = readCsv(enc(MICRODATA), {
    columns: (header) => Object.fromEntries(header.map((h) => [h, ['sex', 'urban', 'region'].includes(h) ? 'category' : 'number'] as const)),
  });
  const designs = buildDesigns(table, parseDesignSpec({ weight: 'weight' }));
  return estimateIndicators(table, standardCatalogue(), designs, {
    by, only: ['SDG16_5_1', 'SDG16_1_4'],
    // ten rows: no suppression here (the flags' mapping is tested on its own below)
    reliability: { minN: 1, minEffectiveN: 0, cvCaution: 10, cvUnreliable: 10 },
  });
}

const cells = (csv: string): string[][] => csv.trim().split('\n').map((l) => l.split(','));

describe('kept SDG code lists', () => {
  it('name their sources and hold every code the mapping emits', () => {
    expect(SDG_DSD.source.dsd).toBe('IAEG-SDGs:SDG(1.4)');
    expect(SDG_DSD.source.retrieved).toMatch(/ee8b885f9b43a9095341e604389179241c90e6d3/);
    expect(SDG_DSD.dimensions.map((d) => d.id)).toEqual([
      'FREQ', 'REPORTING_TYPE', 'SERIES', 'REF_AREA', 'SEX', 'AGE', 'URBANISATION', 'INCOME_WEALTH_QUANTILE', 'EDUCATION_LEV',
      'OCCUPATION', 'CUST_BREAKDOWN', 'COMPOSITE_BREAKDOWN', 'DISABILITY_STATUS', 'ACTIVITY', 'PRODUCT',
    ]);
    for (const s of Object.values(SERIES)) {
      expect(SDG_DSD.codelists.CL_SERIES.codes[s.series]).toContain(`[${s.sdg}]`);
      expect(codelistOf('UNIT_MEASURE')!.codes[s.unit]).toBe('Percent');
    }
    for (const [variable, m] of Object.entries(DIMENSIONS)) {
      const list = codelistOf(m.dimension);
      expect(list, variable).toBeDefined();
      for (const code of Object.values(m.codes ?? {})) expect(list!.codes[code], `${variable} → ${code}`).toBeDefined();
    }
    expect(Object.keys(M49).map((c) => SDG_DSD.codelists.CL_AREA.codes[M49[c]])).toEqual(
      ['Albania', 'Bosnia and Herzegovina', 'Croatia', 'Kosovo', 'Montenegro', 'North Macedonia', 'Serbia'],
    );
    for (const d of SDG_DSD.dimensions) expect(SDG_DSD.codelists[d.codelist].codes._T ?? d.id).toBeDefined();
  });
});

describe('SDMX-CSV writer', () => {
  const run = sdgObservations(estimates([[], ['sex'], ['sex', 'urban'], ['region']]), { country: 'MK', period: '2025', source: 'Crime and corruption survey 2025' });
  const csv = renderSdmxCsv(run.observations);
  const rows = cells(csv);
  const col = (name: string): number => rows[0].indexOf(name);
  const find = (series: string, sex: string, urban = '_T'): string[] =>
    rows.find((r) => r[col('SERIES')] === series && r[col('SEX')] === sex && r[col('URBANISATION')] === urban)!;

  it('writes the header of the DSD: DATAFLOW, dimensions in order, TIME_PERIOD, OBS_VALUE, attributes', () => {
    expect(rows[0]).toEqual(sdmxCsvHeader());
    expect(rows[0].slice(0, 4)).toEqual(['DATAFLOW', 'FREQ', 'REPORTING_TYPE', 'SERIES']);
    expect(rows[0].slice(16, 18)).toEqual(['TIME_PERIOD', 'OBS_VALUE']);
    expect(rows.slice(1).every((r) => r[0] === 'IAEG-SDGs:DF_SDG_GLH(1.24)' && r[col('REF_AREA')] === '807' && r[col('TIME_PERIOD')] === '2025')).toBe(true);
  });

  // The engine's domain estimates agree with the exact weighted ratios to ~5e-10 relative (not bit-exact).
  it('carries the values computed by hand from the raw items, with sex and urbanisation coded', () => {
    expect(Number(find('IU_COR_BRIB', '_T')[col('OBS_VALUE')])).toBeCloseTo((100 * 5) / 14, 6);
    expect(Number(find('IU_COR_BRIB', 'M')[col('OBS_VALUE')])).toBeCloseTo((100 * 3) / 8, 6);
    expect(Number(find('IU_COR_BRIB', 'F')[col('OBS_VALUE')])).toBeCloseTo((100 * 2) / 6, 6);
    expect(Number(find('VC_SNS_WALN_DRK', '_T')[col('OBS_VALUE')])).toBeCloseTo((100 * 7) / 16, 6);
    // women in urban areas with contact: rows 7 (bribe, w 2) and 9 (w 1) → 2/3
    expect(Number(find('IU_COR_BRIB', 'F', 'U')[col('OBS_VALUE')])).toBeCloseTo((100 * 2) / 3, 6);
    // men in urban areas all feel safe: 100 % with zero variance, which the engine flags (no effective n): Q, no value
    const allSafe = find('VC_SNS_WALN_DRK', 'M', 'U');
    expect([allSafe[col('OBS_VALUE')], allSafe[col('OBS_STATUS')]]).toEqual(['', 'Q']);
    const total = find('IU_COR_BRIB', '_T');
    expect(total[col('UNIT_MEASURE')]).toBe('PT');
    expect(total[col('UNIT_MULT')]).toBe('0');
    expect(total[col('NATURE')]).toBe('C');
    expect(Number(total[col('LOWER_BOUND')])).toBeLessThan(Number(total[col('OBS_VALUE')]));
    expect(Number(total[col('UPPER_BOUND')])).toBeGreaterThan(Number(total[col('OBS_VALUE')]));
    expect(total[col('SOURCE_DETAIL')]).toBe('Crime and corruption survey 2025');
  });

  it('reports the domains the global DSD cannot hold (region) instead of writing them', () => {
    expect(rows.some((r) => r.includes('A') && r[col('SERIES')] === 'IU_COR_BRIB' && r.length < 5)).toBe(false);
    expect(run.skipped.filter((s) => s.domain.startsWith('region=')).map((s) => s.reason)).toEqual(
      ['no SDG dimension for "region"', 'no SDG dimension for "region"', 'no SDG dimension for "region"', 'no SDG dimension for "region"'],
    );
    expect(rows.length - 1).toBe(2 * (1 + 2 + 4));
  });

  it('validates against the kept DSD with no issue', () => {
    expect(validateSdmxCsv(enc(csv))).toEqual([]);
  });

  it('marks low reliability U and suppressed cells Q without a value or bounds', () => {
    const base: IndicatorEstimate = { indicator: 'SDG16_3_1a', domain: {}, estimate: 12.5, se: 5, ciLow: 4, ciHigh: 30, level: 0.95, df: 20, n: 40, cv: 0.4, flags: ['cv-over-33'] };
    const out = sdgObservations([base, { ...base, indicator: 'SDG16_3_1c', n: 8, flags: ['suppress-n'] }], { country: '807', period: '2025' });
    expect(out.observations.map((o) => [o.key.SERIES, o.value, o.attributes.OBS_STATUS, o.attributes.LOWER_BOUND])).toEqual([
      ['VC_PRR_PHYV', 12.5, 'U', '4'], ['VC_PRR_SEXV', undefined, 'Q', undefined],
    ]);
    expect(out.observations[0].attributes.COMMENT_OBS).toBe('95% confidence interval; CV 40.0%; n = 40; flags: cv-over-33');
    expect(validateSdmxCsv(enc(renderSdmxCsv(out.observations)))).toEqual([]);
  });

  it('refuses a country outside the code list and a period that is not a year', () => {
    expect(() => sdgObservations([], { country: 'FR', period: '2025' })).toThrow(/country FR: not one of AL \(8\)/);
    expect(() => sdgObservations([], { country: 'MK', period: '2025-Q1' })).toThrow(/period 2025-Q1/);
  });
});

describe('SDMX-CSV validator', () => {
  const good = renderSdmxCsv(sdgObservations(estimates([[], ['sex']]), { country: 'AL', period: '2024' }).observations);
  const rows = cells(good);
  const col = (name: string): number => rows[0].indexOf(name);
  const plant = (edit: (rows: string[][]) => void): string => { const r = cells(good); edit(r); return r.map((x) => x.join(',')).join('\n') + '\n'; };

  it('finds codes outside the code lists, a wrong dataflow, a missing mandatory attribute, duplicates and bounds', () => {
    const bad = plant((r) => {
      r[1][col('SEX')] = 'X';
      r[2][0] = 'IAEG-SDGs:DF_SDG_GLC(1.0)';
      r[3][col('UNIT_MEASURE')] = '';
      r[4] = [...r[1]];
      r[5][col('LOWER_BOUND')] = '99.9';
      r[6][col('TIME_PERIOD')] = '2024-01';
    });
    expect(validateSdmxCsv(enc(bad)).map((i) => [i.line, i.column, i.code])).toEqual([
      [2, 'SEX', 'code'],
      [3, 'DATAFLOW', 'dataflow'],
      [4, 'UNIT_MEASURE', 'mandatory'],
      [5, 'SEX', 'code'],
      [5, 'OBS_VALUE', 'duplicate'],
      [6, 'OBS_VALUE', 'bounds'],
      [7, 'TIME_PERIOD', 'time'],
    ]);
  });

  it('finds a header out of DSD order and an unknown attribute', () => {
    const swapped = plant((r) => { for (const row of r) [row[5], row[6]] = [row[6], row[5]]; });
    expect(validateSdmxCsv(enc(swapped)).map((i) => i.message)).toEqual(['column 6 must be SEX, found AGE', 'column 7 must be AGE, found SEX']);
    const extra = plant((r) => { r[0].push('CONFIDENCE'); for (const row of r.slice(1)) row.push('x'); });
    expect(validateSdmxCsv(enc(extra)).map((i) => i.message)).toEqual(['CONFIDENCE is not an attribute of IAEG-SDGs:SDG(1.4)']);
  });
});
