// Random selection of the respondent: the probabilities are checked against an independent count
// over the Kish tables' shares and over a grid of random numbers, and the questionnaires apply them.
import { describe, expect, it } from 'vitest';
import {
  KISH_TABLES, appliedProbability, kishOrder, kishProbability, selectRespondent, type RosterMember,
} from '../../../src/questionnaire/selection';
import { drawIfNeeded, uniformDraw } from '../../../src/app/runner/selection';
import { newModel, visibleQuestions } from './helpers';

const member = (line: number, sex: 1 | 2, age: number): RosterMember => ({ line, sex, age });

describe('respondent selection', () => {
  it('puts the eligible adults in the Kish order: men oldest to youngest, then women oldest to youngest', () => {
    const roster = [member(1, 2, 45), member(2, 1, 50), member(3, 1, 17), member(4, 2, 70), member(5, 1, 22), member(6, 2, 45)];
    expect(kishOrder(roster).map((m) => m.line)).toEqual([2, 5, 4, 1, 6]);
  });

  it('gives the exact, unequal Kish-table chances (5 adults: 1/6, 1/6, 1/4, 1/6, 1/4) and none from the 7th adult', () => {
    // Independent count: twelfths of addresses per table (A 2, B1 1, B2 1, C 2, D 2, E1 1, E2 1, F 2).
    const twelfths: Record<string, number> = { A: 2, B1: 1, B2: 1, C: 2, D: 2, E1: 1, E2: 1, F: 2 };
    // By hand from the 5-adult column (1, 2, 2, 3, 4, 3, 5, 5): person 3 = C + E1 = 3/12, person 5 = E2 + F = 3/12.
    expect([1, 2, 3, 4, 5].map((j) => kishProbability(j, 5))).toEqual([2 / 12, 2 / 12, 3 / 12, 2 / 12, 3 / 12].map((p) => expect.closeTo(p, 15)));
    for (let k = 1; k <= 8; k++) {
      let total = 0;
      for (let j = 1; j <= k; j++) {
        const count = Object.entries(KISH_TABLES).filter(([, col]) => col[Math.min(k, 6) - 1] === j).reduce((s, [t]) => s + twelfths[t], 0);
        expect(kishProbability(j, k), `${j} of ${k}`).toBeCloseTo(count / 12, 15);
        total += kishProbability(j, k);
      }
      expect(total).toBeCloseTo(1, 15);
    }
    expect(kishProbability(7, 7)).toBe(0);
  });

  it('records the Kish probability of the selected person, and refuses Kish tables from 7 adults', () => {
    const five = [member(1, 1, 60), member(2, 1, 30), member(3, 2, 55), member(4, 2, 40), member(5, 2, 20)];
    // Table C, 5 adults: number 3 = the oldest woman (line 3), chance C + E1 = 1/4.
    expect(selectRespondent({ method: 1, members: five, kishTable: 'C' })).toEqual({ line: 3, probability: 0.25, eligible: 5 });
    const seven = [...five, member(6, 1, 45), member(7, 2, 33)];
    expect(selectRespondent({ method: 1, members: seven, kishTable: 'F' }).line).toBeUndefined();
  });

  it('draws each adult with probability exactly 1/k by the random number (grid of u)', () => {
    const roster = [member(1, 2, 30), member(2, 1, 40), member(3, 1, 19)];
    const counts = new Map<number, number>();
    const grid = 3000;
    for (let i = 0; i < grid; i++) {
      const s = selectRespondent({ method: 3, members: roster, random: i / grid });
      counts.set(s.line!, (counts.get(s.line!) ?? 0) + 1);
      expect(s.probability).toBeCloseTo(1 / 3, 15);
    }
    expect([...counts.entries()].sort()).toEqual([[1, 1000], [2, 1000], [3, 1000]]);
    expect(selectRespondent({ method: 3, members: roster, random: 1 }).line).toBeUndefined();
  });

  it('records no probability for a person chosen instead of the selected one', () => {
    const roster = [member(1, 2, 30), member(2, 1, 40)];
    const input = { method: 3, members: roster, random: 0.9 };
    expect(selectRespondent(input).line).toBe(1);
    expect(appliedProbability(input, 1)).toBe(0.5);
    expect(appliedProbability(input, 2)).toBeUndefined();
    expect(appliedProbability({ method: 2, members: roster }, 2)).toBe(0.5);
  });

  it('the tablet draws the number once, only for the random method, and never overwrites a prefilled one', () => {
    const data = new Map<string, unknown>([['sel_method', 3]]);
    const model = { getValue: (n: string) => data.get(n), setValue: (n: string, v: unknown) => { data.set(n, v); } };
    expect(drawIfNeeded(model, () => 0.42)).toBe(true);
    expect(drawIfNeeded(model, () => 0.1)).toBe(false);
    expect(data.get('sel_random')).toBe(0.42);
    data.set('sel_method', 1); data.delete('sel_random');
    expect(drawIfNeeded(model, () => 0.1)).toBe(false);
    for (let i = 0; i < 100; i++) { const u = uniformDraw(); expect(u >= 0 && u < 1).toBe(true); }
    expect(uniformDraw(() => [0xffffffff, 0xffffffff])).toBeLessThan(1);
  });

  for (const file of ['victimization.json', 'corruption.json', 'safety.json']) {
    it(`${file}: offers the selected person, records its probability, and needs a reason to choose another`, () => {
      const model = newModel(file);
      const roster = [
        { member_line: 1, member_name: 'A', member_sex: 2, member_age: 30 },
        { member_line: 2, member_name: 'B', member_sex: 1, member_age: 40 },
        { member_line: 3, member_name: 'C', member_sex: 1, member_age: 12 },
      ];
      model.data = { consent: 1, region: model.getQuestionByName('region').visibleChoices[0]?.value, urban: 1, hh_size: 3, hh_roster: roster, sel_method: 3, sel_random: 0.75 };
      // Kish order of the adults: B (man), A (woman); u = 0.75 → position ⌊0.75·2⌋ + 1 = 2 → line 1.
      expect(model.getValue('hh_eligible')).toBe(2);
      expect(model.getValue('sel_expected_line')).toBe(1);
      expect(model.getValue('sel_line')).toBe(1);
      expect(model.getVariable('sel_prob')).toBe(0.5);
      expect(model.getVariable('sel_override')).toBe(0);
      expect(visibleQuestions(model)).not.toContain('sel_override_reason');
      model.setValue('sel_line', 2);
      expect(visibleQuestions(model)).toContain('sel_override_reason');
      expect(model.getQuestionByName('sel_override_reason').isRequired).toBe(true);
      expect(model.getVariable('sel_override')).toBe(1);
      expect(model.getVariable('sel_prob') ?? null).toBeNull();
    });
  }
});
