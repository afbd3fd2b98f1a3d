// Each SDG 16 indicator of the catalogue on a hand-made data set of nine respondents, against values
// computed BY HAND from the raw items and the official definitions (SDG metadata 16.1.3 2016-07,
// 16.1.4 2021-12, 16.3.1 current text, 16.5.1 2016-07 / 2023), never from the questionnaires' derived
// flags. Every estimate here is a weighted share over the universe, p = Σ_U w·y / Σ_U w, so the
// expected values are fractions of the weights in the table below; the same numbers come out of
// R as `svyratio(~y, ~u, svydesign(ids = ~1, weights = ~w, data = d))` with y = u·numerator.
// The rows carry what gets such an indicator wrong: refusals and "don't know" (item non-response:
// out of numerator and denominator — the catalogue's one rule), "never goes out alone after dark"
// (in the 16.1.4 denominator, never in the numerator, whatever the probe says), a bribe question
// refused where the other answer decides, an incident earlier than 12 months, "too many to count",
// and domains left empty. Compared to 1e-6 (percentage points): at a share of exactly 0 or 1 the
// proportion estimator returns the boundary within 2e-10.
import { describe, expect, it } from 'vitest';
import {
  buildDesigns, compileCatalogue, estimateIndicators, indicatorVariables, standardCatalogue, type IndicatorEstimate,
} from '../../../analysis/indicators';
import { parseDesignSpec } from '../../../analysis/design-spec';
import type { Column, DataTable } from '../../../analysis/io';

const NA = NaN;
const OTHER_OFFICIALS = ['judge', 'land_registry', 'tax', 'customs', 'nurse', 'teacher', 'municipal', 'utility', 'vehicle_reg', 'social_security', 'inspector', 'embassy', 'politician', 'other_official'];

//   row:                 r1   r2   r3   r4   r5   r6   r7   r8   r9
const DATA: Record<string, number[]> = {
  weight:             [   1,   2,   1,   3,   2,   1,   2,   1,   1],
  age_group:          [   1,   1,   2,   2,   3,   3,   4,   4,   5],
  // 16.1.4: 1 very safe, 2 safe, 3 unsafe, 4 very unsafe, 5 never goes out alone after dark, 99 DK
  safe_dark:          [   1,   2,   3,   4,   5,   5,  99,   2,   1],
  safe_dark_would:    [  NA,  NA,  NA,  NA,   1,  99,  NA,  NA,  NA],
  safe_day:           [   1,   2,   1,   3,   1,   4,  99,   2,   1],
  // 16.1.3: 1 yes, 2 no, 9 refused / prefer not to answer
  vio_physical_12m:   [   1,   2,   9,   2,   1,   2,   2,   2,   1],
  vio_psych_12m:      [   2,   1,   2,   2,   2,   2,   9,   2,   2],
  vio_sexual_12m:     [   9,   2,   2,   1,   2,   2,   2,   2,   2],
  // 16.3.1: 1 competent authority, 2 other recognised mechanism, 3 not reported, 8 DK, 9 prefer not
  vio_physical_reported: [1, NA,  NA,  NA,   3,  NA,  NA,  NA,   8],
  vio_psych_reported: [  NA,   2,  NA,  NA,  NA,  NA,  NA,  NA,  NA],
  vio_sexual_reported: [ NA,  NA,  NA,   9,  NA,  NA,  NA,  NA,  NA],
  // 16.5.1: contact 1 yes 2 no; paid / asked 1 yes 2 no 9 refused (asked only after contact)
  brb_contact_police: [   1,   2,   1,   1,   2,   2,   1,   2,   1],
  brb_paid_police:    [   2,  NA,   9,   2,  NA,  NA,   2,  NA,   1],
  brb_asked_police:   [   1,  NA,   2,   2,  NA,  NA,   2,  NA,   1],
  brb_contact_doctor: [   2,   1,   2,   1,   2,   1,   2,   2,   2],
  brb_paid_doctor:    [  NA,   1,  NA,   2,  NA,   9,  NA,  NA,  NA],
  brb_asked_doctor:   [  NA,   2,  NA,   2,  NA,   1,  NA,  NA,  NA],
  // Robbery: screener 5 years (1 yes 2 no 8 DK), when (1 past 12 months, 2 earlier), times (997 too many)
  vic_robbery_5y:     [   1,   1,   8,   1,   2,   2,   2,   2,   2],
  vic_robbery_when:   [   1,   1,  NA,   2,  NA,  NA,  NA,  NA,  NA],
  vic_robbery_times:  [   2, 997,  NA,  NA,  NA,  NA,  NA,  NA,  NA],
  vic_robbery_rep_police: [1,  4,  NA,   1,  NA,  NA,  NA,  NA,  NA],
  vic_robbery_police_sat: [1, NA,  NA,   4,  NA,  NA,  NA,  NA,  NA],
  // 16.6.2: used 1 yes 2 no; attributes 1 strongly agree … 4 strongly disagree; overall 1 very satisfied … 4 very
  // dissatisfied; 8 DK, 9 refused. r4 is no user but carries a stray "strongly agree" (w = 3) that must not count.
  svc_health_used:    [   1,   1,   1,   2,   1,   1,   2,   1,   2],
  svc_health_sat:     [   1,   3,   8,  NA,   2,   4,  NA,   9,  NA],
  svc_health_access:  [   1,   2,   3,   1,   8,   4,  NA,   1,  NA],
  svc_health_afford:  [   4,   4,   4,  NA,   1,   9,  NA,   2,  NA],
  svc_health_facility: [  2,   2,   2,  NA,   2,   2,  NA,   2,  NA],
  svc_health_equal:   [   3,   3,   3,  NA,   3,   3,  NA,   3,  NA],
  svc_health_courtesy: [  1,   8,   8,  NA,   8,   8,  NA,   9,  NA],
  svc_primary_used:   [   2,   2,   1,   2,   1,   2,   2,   2,   2],
  svc_primary_sat:    [  NA,  NA,   2,  NA,   3,  NA,  NA,  NA,  NA],
  svc_secondary_used: [   2,   2,   2,   2,   2,   2,   2,   2,   2],
  svc_secondary_sat:  [  NA,  NA,  NA,  NA,  NA,  NA,  NA,  NA,  NA],
};
for (const o of OTHER_OFFICIALS) DATA[`brb_contact_${o}`] = Array<number>(9).fill(2);

const IDS = [
  'SDG16_1_3a', 'SDG16_1_3b', 'SDG16_1_3c', 'SDG16_1_4', 'SDG16_1_4_DAY', 'SAFE_DARK_WOULD', 'SDG16_3_1a', 'SDG16_3_1b', 'SDG16_3_1c',
  'SDG16_5_1', 'SDG16_5_1_police', 'SDG16_5_1_doctor', 'COR_PREV_PAID',
  'VIC_P_PREV_robbery', 'VIC_P_PREV5_robbery', 'VIC_INC_robbery', 'VIC_INC_robbery_UNCAPPED', 'VIC_SAT_POL_robbery', 'VIC_SAT_POL',
  'SDG16_6_2_health', 'SDG16_6_2_health_access', 'SDG16_6_2_health_afford', 'SDG16_6_2_health_facility', 'SDG16_6_2_health_equal',
  'SDG16_6_2_health_courtesy', 'SDG16_6_2_primary', 'SDG16_6_2_secondary', 'SDG16_6_2_health_MEAN', 'SDG16_6_2_secondary_MEAN',
];

function table(): DataTable {
  const needed = new Set<string>(['weight', 'age_group', ...compileCatalogue(standardCatalogue(), IDS).flatMap(indicatorVariables)]);
  const columns = new Map<string, Column>();
  for (const name of needed) {
    const values = DATA[name] ?? Array<number>(9).fill(NA);
    columns.set(name, { kind: 'number', name, values: Float64Array.from(values) });
  }
  return { rowCount: 9, names: [...needed], columns };
}

const data = table();
const estimates = estimateIndicators(data, standardCatalogue(), buildDesigns(data, parseDesignSpec({ weight: 'weight' })), { only: IDS, by: [['age_group']] });
const total = (id: string): IndicatorEstimate | undefined => estimates.find((e) => e.indicator === id && Object.keys(e.domain).length === 0);
const byAge = (id: string): Record<string, number> =>
  Object.fromEntries(estimates.filter((e) => e.indicator === id && e.domain.age_group !== undefined).map((e) => [e.domain.age_group, e.estimate]));
const expectValue = (id: string, expected: number) => {
  const e = total(id);
  expect(e, id).toBeDefined();
  expect(e!.estimate, id).toBeCloseTo(expected, 6);
};

describe('SDG 16 indicators on hand-made data (expected values by hand from the raw items)', () => {
  it('the table has every variable the indicators read (a missing column would silently be all missing)', () => {
    for (const name of Object.keys(DATA)) expect(data.columns.has(name), name).toBe(true);
  });

  it('16.1.4: (very safe + safe) ÷ respondents to the after-dark item; "never goes out" counts as not safe whatever the probe; DK out', () => {
    // Universe: every row but r7 (DK): 1+2+1+3+2+1+1+1 = 12. Numerator codes 1, 2: r1 1 + r2 2 + r8 1 + r9 1 = 5.
    // (r5 never goes out but "would feel very safe": not in the numerator; counting it would give 7/12.)
    expectValue('SDG16_1_4', (5 / 12) * 100);
    // By age: 18–24 r1, r2 → 3/3; 25–34 r3, r4 → 0/4; 35–44 r5, r6 (never go out) → 0/3; 45–54 r8 (r7 DK) → 1/1; 55–64 r9 → 1/1; 65+ nobody.
    expect(byAge('SDG16_1_4')).toEqual({ 1: expect.closeTo(100, 6), 2: expect.closeTo(0, 6), 3: expect.closeTo(0, 6), 4: expect.closeTo(100, 6), 5: expect.closeTo(100, 6) });
  });

  it('16.1.4 day-time pair and the "would feel" probe as indicators of their own', () => {
    // Day: universe 12 (r7 DK out); codes 1, 2: r1 1 + r2 2 + r3 1 + r5 2 + r8 1 + r9 1 = 8.
    expectValue('SDG16_1_4_DAY', (8 / 12) * 100);
    // Probe: never-go-out rows r5 (would: 1) and r6 (would: DK, out) → 2/2.
    expectValue('SAFE_DARK_WOULD', 100);
  });

  it('16.1.3 a/b/c: victims ÷ respondents, each type apart, refusals out of numerator and denominator', () => {
    // Physical: r3 refused → universe 14 − 1 = 13; victims r1 1 + r5 2 + r9 1 = 4.
    expectValue('SDG16_1_3a', (4 / 13) * 100);
    // Psychological: r7 refused → universe 12; victim r2 (2).
    expectValue('SDG16_1_3b', (2 / 12) * 100);
    // Sexual: r1 prefers not to answer → universe 13; victim r4 (3).
    expectValue('SDG16_1_3c', (3 / 13) * 100);
  });

  it('16.3.1: victims who reported to a competent authority or recognised mechanism ÷ victims; DK and "prefer not" out; empty domains absent', () => {
    // Physical victims r1 (reported, 1), r5 (not reported, 2), r9 (DK: out) → 1/3.
    expectValue('SDG16_3_1a', (1 / 3) * 100);
    expect(byAge('SDG16_3_1a')).toEqual({ 1: expect.closeTo(100, 6), 3: expect.closeTo(0, 6) });
    // Psychological: r2 reported to a recognised mechanism (code 2) → 100 %.
    expectValue('SDG16_3_1b', 100);
    // Sexual: the only victim prefers not to say whether it was reported: no estimate at all (not 0 %).
    expect(total('SDG16_3_1c')).toBeUndefined();
    expect(byAge('SDG16_3_1c')).toEqual({});
  });

  it('16.5.1: paid or asked ÷ persons with contact; a refusal counts only when the other answer cannot decide', () => {
    // Contact: all but r5, r8. r3 (police: paid refused, not asked) is undetermined → out.
    // Universe r1 1 + r2 2 + r4 3 + r6 1 + r7 2 + r9 1 = 10; bribery r1 (asked) 1 + r2 (paid) 2 + r6 (asked; paid refused) 1 + r9 1 = 5.
    expectValue('SDG16_5_1', 50);
    expect(byAge('SDG16_5_1')).toEqual({ 1: expect.closeTo(100, 6), 2: expect.closeTo(0, 6), 3: expect.closeTo(100, 6), 4: expect.closeTo(0, 6), 5: expect.closeTo(100, 6) });
    // By type of official. Police: r1 yes, r4 no (3), r7 no (2), r9 yes; r3 out → 2/7. Doctor: r2 yes (2), r4 no (3), r6 yes (1) → 3/6.
    expectValue('SDG16_5_1_police', (2 / 7) * 100);
    expectValue('SDG16_5_1_doctor', 50);
    // Paid only (corruption manual): paid r2 2 + r9 1 = 3 over contact rows with "paid" known: 10 − r6 (paid refused) + 0 = 9 (r3 out too).
    expectValue('COR_PREV_PAID', (3 / 9) * 100);
  });

  it('victimization: DK screeners out; earlier incidents are not 12-month ones; uncapped incidence keeps the "too many" victims', () => {
    // r3 answered DK → universe 14 − 1 = 13. 12-month victims: r1 (1), r2 (2); r4's incident was earlier.
    expectValue('VIC_P_PREV_robbery', (3 / 13) * 100);
    expectValue('VIC_P_PREV5_robbery', (6 / 13) * 100);
    // Capped at 5: r1 2·1 + r2 5·2 (997 → 5) = 12. Uncapped: "too many" counts 10 (series rule): 2·1 + 10·2 = 22, same base 13.
    expectValue('VIC_INC_robbery', (12 / 13) * 100);
    expectValue('VIC_INC_robbery_UNCAPPED', (22 / 13) * 100);
    // Satisfaction with the police: only r1's 12-month incident (very satisfied); r4's earlier one (very dissatisfied) is out.
    expectValue('VIC_SAT_POL_robbery', 100);
    expectValue('VIC_SAT_POL', 100);
  });

  it('16.6.2 (metadata 2021-04, 4.c): per service, users only; "strongly agree"/"agree" ÷ users who answered each attribute; "very satisfied"/"satisfied" ÷ users who rated overall; DK, refusal and non-users out', () => {
    // Health users: r1 1, r2 2, r3 1, r5 2, r6 1, r8 1 (r4, r7, r9 did not use it).
    // Overall: rated r1 (1), r2 (3), r5 (2), r6 (4) → 1 + 2 + 2 + 1 = 6; satisfied r1 1 + r5 2 = 3 (r3 DK, r8 refused out).
    expectValue('SDG16_6_2_health', 50);
    // Accessibility: answered r1, r2, r3, r6, r8 → 6 (r5 DK out; r4's stray answer is no user's); positive r1 1 + r2 2 + r8 1 = 4.
    expectValue('SDG16_6_2_health_access', (4 / 6) * 100);
    // Affordability: answered r1, r2, r3, r5, r8 → 7 (r6 refused); positive r5 2 + r8 1 = 3.
    expectValue('SDG16_6_2_health_afford', (3 / 7) * 100);
    // Quality of facilities: everyone agrees → 100; equal treatment: everyone disagrees → 0.
    expectValue('SDG16_6_2_health_facility', 100);
    expectValue('SDG16_6_2_health_equal', 0);
    // Courtesy: only r1 answered (the others DK or refused) → 1/1.
    expectValue('SDG16_6_2_health_courtesy', 100);
    // Primary and secondary education apart: primary r3 (1, satisfied) and r5 (2, dissatisfied) → 1/3; nobody used secondary: no estimate.
    expectValue('SDG16_6_2_primary', (1 / 3) * 100);
    expect(total('SDG16_6_2_secondary')).toBeUndefined();
  });

  it('16.6.2 (metadata 2021-04, 4.c estimate 2): the simple mean of the five attribute shares, each over its own answering users', () => {
    // By hand from the raw items above (not from the published shares): accessibility 4 of 6, affordability 3 of 7,
    // facilities 3 of 3 (r1, r2, r3, r5, r6, r8: 1+2+1+2+1+1 = 8 of 8), equal treatment 0 of 8, courtesy 1 of 1.
    // Not Σ positive ÷ Σ answered over the attributes (8/30 + …): each share keeps its own denominator.
    expectValue('SDG16_6_2_health_MEAN', ((4 / 6 + 3 / 7 + 8 / 8 + 0 / 8 + 1 / 1) / 5) * 100);
    // Nobody used secondary education: no estimate.
    expect(total('SDG16_6_2_secondary_MEAN')).toBeUndefined();
  });

  it('states the one non-response rule in the catalogue and in every definition, and breaks every SDG 16.1.3/16.1.4/16.3.1/16.5.1 indicator down by age group', () => {
    const cat = standardCatalogue();
    expect(cat.nonResponseRule?.en).toMatch(/never counted as “no”/);
    for (const ind of cat.indicators) {
      expect(ind.definition.en, ind.id).toMatch(/Item non-response rule of this catalogue/);
      if (/^16\.(1\.3|1\.4|3\.1|5\.1)/.test(ind.sdg ?? '')) expect(ind.disaggregations, ind.id).toContain('age_group');
    }
  });
});
