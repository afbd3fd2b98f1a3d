// Issue 12, item 3: the consent text promises "you may skip any question", so every follow-up
// question a respondent answers (one shown only after an earlier answer) must offer "don't know"
// or refusal (codes 8 / 9, or "prefer not to answer" on self-completion pages), never forcing an
// invented answer. Interviewer records and the selection procedure are not respondent answers.
import { describe, expect, it } from 'vitest';
import { readQuestionnaire } from './helpers';

type Node = Record<string, unknown>;
const INTERVIEWER_ITEMS = /^(sel_|resp_consent$|int_|hh_income_nr$|country$|region$|urban$)/;

function followUps(node: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(node)) { for (const n of node) followUps(n, out); return out; }
  if (node === null || typeof node !== 'object') return out;
  const el = node as Node;
  if ((el.type === 'radiogroup' || el.type === 'dropdown') && typeof el.visibleIf === 'string' && Array.isArray(el.choices)) out.push(el);
  for (const key of ['pages', 'elements', 'templateElements']) if (key in el) followUps(el[key], out);
  return out;
}

describe('every follow-up a respondent answers offers "don\'t know" or refusal', () => {
  for (const file of ['victimization.json', 'corruption.json', 'safety.json']) {
    it(file, () => {
      const questions = followUps(readQuestionnaire(file)).filter((q) => !INTERVIEWER_ITEMS.test(String(q.name)));
      expect(questions.length).toBeGreaterThan(3);
      // Numeric codes 8/9 (98/99 where 8 and 9 are answers); a text-coded list uses SurveyJS's own
      // special values 'dontknow' / 'refused'.
      const missing = questions
        .filter((q) => !(q.choices as { value: unknown }[]).some((c) => [8, 9, 98, 99, 'dontknow', 'refused'].includes(c.value as number | string)))
        .map((q) => String(q.name));
      expect(missing).toEqual([]);
    });
  }
});

describe('the most recent bribe\'s official (a list of the officials said to be paid)', () => {
  it('offers "don\'t know" and refusal beside the paid officials, and a refusal still asks what was given', async () => {
    const { Model } = await import('survey-core');
    const model = new Model(readQuestionnaire('corruption.json'));
    model.data = { consent: 1, resp_consent: 1, brb_contact_police: 1, brb_paid_police: 1, brb_asked_police: 2, brb_contact_tax: 1, brb_paid_tax: 1, brb_asked_tax: 2 };
    const q = model.getQuestionByName('brb_last_official');
    expect(q.isVisible).toBe(true);
    expect(q.visibleChoices.map((c: { value: unknown }) => c.value)).toEqual(['police', 'tax', 'dontknow', 'refused']);
    model.setValue('brb_last_official', 'refused');
    expect(model.getQuestionByName('brb_last_form').isVisible).toBe(true);
    expect(model.getQuestionByName('brb_last_reported').isVisible).toBe(true);
  });
});

describe('reasons for not reporting a bribe (checkbox)', () => {
  it('offer "don\'t know" and refusal as exclusive answers: ticking one clears the reasons', async () => {
    const { Model } = await import('survey-core');
    const model = new Model(readQuestionnaire('corruption.json'));
    const q = model.getQuestionByName('brb_why_not_rep');
    expect(q.choices.filter((c: { value: unknown; isExclusive?: boolean }) => c.isExclusive).map((c: { value: unknown }) => c.value)).toEqual([8, 9]);
    q.renderedValue = [1, 2];
    q.renderedValue = [1, 2, 9];
    expect([...(q.value as number[])]).toEqual([9]);
  });
});
