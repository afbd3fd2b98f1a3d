// The optional corruption blocks (bribery in public-sector recruitment, vote-buying) of the UNODC
// Western Balkans surveys: shown only in the jurisdictions whose profile switches them on, with
// "don't know" and refusal on every item, and their indicators computed from the raw items.
import { describe, expect, it } from 'vitest';
import { Model } from 'survey-core';
import { corruption } from '../../../surveys/src/corruption';
import { CORRUPTION_BLOCKS, profileBlockSwitches } from '../../../surveys/src/corruption-blocks';
import { JURISDICTIONS, PROFILES } from '../../../analysis/profiles';
import { buildDesigns, estimateIndicators, standardCatalogue } from '../../../analysis/indicators';
import { parseDesignSpec } from '../../../analysis/design-spec';
import type { Column, DataTable } from '../../../analysis/io';
import { newModel, visibleQuestions } from './helpers';

const interviewed = (country: string) => ({ country, consent: 1, resp_consent: 1 });

describe('optional corruption blocks', { timeout: 30_000 }, () => {
  it('every profile says whether its office fields each block, and the published questionnaire follows the profiles', () => {
    for (const code of JURISDICTIONS) for (const b of CORRUPTION_BLOCKS) expect(typeof PROFILES[code].corruptionBlocks[b], `${code} ${b}`).toBe('boolean');
    const switches = profileBlockSwitches();
    const model = newModel('corruption.json');
    for (const code of JURISDICTIONS) {
      model.data = interviewed(code);
      const visible = visibleQuestions(model);
      expect(visible.has('rec_applied'), code).toBe(switches.recruitment.includes(code));
      expect(visible.has('vote_offered'), code).toBe(switches.voteBuying.includes(code));
    }
  });

  it('an office that switches a block off does not see it; follow-ups only after a yes', () => {
    const model = new Model(corruption({ recruitment: ['RS'], voteBuying: [] }));
    model.data = interviewed('ME');
    expect(visibleQuestions(model).has('rec_applied')).toBe(false);
    model.data = interviewed('RS');
    let visible = visibleQuestions(model);
    expect(visible.has('rec_applied')).toBe(true);
    expect(visible.has('vote_offered')).toBe(false);
    expect(visible.has('rec_bribe')).toBe(false);
    model.setValue('rec_applied', 1);
    visible = visibleQuestions(model);
    expect(visible.has('rec_hired') && visible.has('rec_bribe')).toBe(true);
  });

  it('every item of the blocks offers "don\'t know" (8) and refusal (9), not read out', () => {
    const model = new Model(corruption());
    for (const name of ['rec_applied', 'rec_hired', 'rec_bribe', 'vote_offered', 'vote_accepted', 'vote_reported']) {
      const values = model.getQuestionByName(name).choices.map((c: { value: unknown }) => c.value);
      expect(values, name).toContain(8);
      expect(values, name).toContain(9);
    }
  });
});

describe('optional corruption blocks: indicators on hand-made data (expected values by hand)', () => {
  const NA = NaN;
  //                  r1  r2  r3  r4  r5  r6  r7  r8
  const DATA: Record<string, number[]> = {
    weight:       [  1,  2,  1,  3,  2,  1,  2,  1],
    hh_eligible:  [  1,  2,  1,  1,  2,  1,  1,  2],
    // rec_applied 1 yes 2 no 8 DK 9 refused; rec_bribe 1 given 2 asked not given 3 neither 8 DK 9 refused.
    rec_applied:  [  1,  1,  1,  2,  1,  8,  1,  1],
    rec_bribe:    [  1,  2,  3, NA,  9, NA,  3,  8],
    // vote_offered 1 yes 2 no 8 DK 9 refused; vote_accepted 1 yes 2 no 9 refused.
    vote_offered: [  1,  2,  2,  1,  9,  1,  2,  2],
    vote_accepted: [ 1, NA, NA,  2, NA,  9, NA, NA],
  };
  const columns = new Map<string, Column>(Object.entries(DATA).map(([name, v]) => [name, { kind: 'number', name, values: Float64Array.from(v) }]));
  const data: DataTable = { rowCount: 8, names: Object.keys(DATA), columns };
  const ids = ['COR_REC_BRIBE', 'COR_REC_PAID', 'COR_VOTE_OFFERED', 'COR_VOTE_ACCEPTED'];
  const estimates = estimateIndicators(data, standardCatalogue(), buildDesigns(data, parseDesignSpec({ weight: 'weight' })), { only: ids, by: [[]] });
  const value = (id: string) => estimates.find((e) => e.indicator === id)!.estimate;

  it('recruitment: households with an applicant, most recent application; household weight = person weight ÷ adults', () => {
    // Household weights w/k: r1 1, r2 1, r3 1, r5 1, r7 2, r8 0.5. Universe: applied and bribe answered 1–3 → r1, r2, r3, r7 = 1 + 1 + 1 + 2 = 5
    // (r5 refused, r8 DK, r6 DK on applying: out). Given or asked: r1 + r2 = 2 → 40 %. Given: r1 = 1 → 20 %.
    expect(value('COR_REC_BRIBE')).toBeCloseTo(40, 6);
    expect(value('COR_REC_PAID')).toBeCloseTo(20, 6);
  });

  it('vote-buying: offered ÷ persons who answered; accepted ÷ those offered who answered', () => {
    // Offered answered (r5 refused out): 1 + 2 + 1 + 3 + 1 + 2 + 1 = 11; offered r1 1 + r4 3 + r6 1 = 5.
    expect(value('COR_VOTE_OFFERED')).toBeCloseTo((5 / 11) * 100, 6);
    // Accepted: r1 yes (1), r4 no (3), r6 refused (out) → 1/4.
    expect(value('COR_VOTE_ACCEPTED')).toBeCloseTo(25, 6);
  });
});
