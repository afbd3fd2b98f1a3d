import { describe, expect, it } from 'vitest';
import { dispositionCategory } from '../../../analysis/response-rates/aapor';
import { discardOutcome, draftProgress } from '../../../src/app/home/interview-facts';
import { ContactAttemptRequestSchema } from '../../../src/protocol';
import { discardReasons, pageCountOf } from '../../../src/store';

describe('a discarded draft of a case', () => {
  it.each(discardReasons)('"%s" is reported as a non-final contact attempt the server accepts, never as an interview', (reason) => {
    const outcome = discardOutcome[reason];
    const parsed = ContactAttemptRequestSchema.safeParse({ at: '2026-12-01T10:00:00.000Z', outcome, final: false, note: 'discarded' });
    expect(parsed.success, outcome).toBe(true);
    expect(['I', 'P']).not.toContain(dispositionCategory(outcome));
  });

  it('a break-off and a refusal are what happened at the door (AAPOR 2.12, 2.11); any other reason is "other" (2.35)', () => {
    expect(discardOutcome).toEqual({ breakoff: '2.12', refused: '2.11', mistake: '2.35', duplicate: '2.35', other: '2.35' });
  });
});

describe('draft progress', () => {
  it('is the page (1-based) of the questionnaire\'s pages and the values answered, empty ones not counted', () => {
    const q = { pageCount: pageCountOf({ pages: [{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }] }) };
    expect(draftProgress({ pageNo: 2, data: { sex: 1, age: 0, name: '', list: [], none: null, roster: [{ name: 'Ana' }] } }, q)).toEqual({ page: 3, pages: 4, answered: 3 });
    expect(draftProgress({ pageNo: 0, data: {} }, undefined)).toEqual({ page: 1, pages: undefined, answered: 0 });
  });
});
