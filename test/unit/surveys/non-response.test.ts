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
      const missing = questions
        .filter((q) => !(q.choices as { value: unknown }[]).some((c) => c.value === 8 || c.value === 9 || c.value === 98 || c.value === 99))
        .map((q) => String(q.name));
      // The most recent bribe's official is picked from the officials the respondent said were paid (a list, not an answer to invent).
      expect(missing.filter((n) => n !== 'brb_last_official')).toEqual([]);
    });
  }
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
