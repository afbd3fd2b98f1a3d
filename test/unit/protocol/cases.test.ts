// The one rule for a case's status and final disposition (src/protocol/cases.ts) and the collapse
// of export rows to cases (analysis/response-rates), on hand-made cases.
import { describe, expect, it } from 'vitest';
import { caseDisposition, collapseToCases, isRespondingDisposition, responseRates, countDispositions } from '../../../analysis/response-rates';
import { caseStatus, ContactAttemptRequestSchema, finalCaseDisposition, mayStartInterview, nextAppointment, type CaseFacts } from '../../../src/protocol';

const facts = (f: Partial<CaseFacts>): CaseFacts => ({ quantity: 1, interviewDispositions: [], openInterviews: 0, attempts: [], ...f });
const at = (outcome: string, when: string, final = false, appointment?: string) => ({ at: when, outcome, final, ...(appointment ? { appointment } : {}) });

describe('case status', () => {
  it('to do → attempted → in progress → closed', () => {
    expect(caseStatus(facts({}))).toBe('todo');
    expect(caseStatus(facts({ attempts: [at('2.24', '2026-11-01T10:00:00Z')] }))).toBe('attempted');
    expect(caseStatus(facts({ attempts: [at('2.24', '2026-11-01T10:00:00Z')], openInterviews: 1 }))).toBe('in-progress');
    expect(caseStatus(facts({ interviewDispositions: ['1.1'] }))).toBe('closed');
    expect(caseStatus(facts({ attempts: [at('2.11', '2026-11-01T10:00:00Z', true)] }))).toBe('closed');
  });

  it('a case of quantity 2 stays in progress after one interview and may start one more', () => {
    const one = facts({ quantity: 2, interviewDispositions: ['1.1'] });
    expect(caseStatus(one)).toBe('in-progress');
    expect(mayStartInterview(one)).toBe(true);
    expect(mayStartInterview(facts({ quantity: 2, interviewDispositions: ['1.1'], openInterviews: 1 }))).toBe(false);
  });

  it('one case, one interview: no second start while one is open or done, none after closing', () => {
    expect(mayStartInterview(facts({}))).toBe(true);
    expect(mayStartInterview(facts({ openInterviews: 1 }))).toBe(false);
    expect(mayStartInterview(facts({ interviewDispositions: ['1.2'] }))).toBe(false);
    expect(mayStartInterview(facts({ attempts: [at('4.70', '2026-11-01T10:00:00Z', true)] }))).toBe(false);
  });

  it('final disposition: an interview wins over a closing attempt; else the latest closing attempt; open cases have none', () => {
    expect(finalCaseDisposition(facts({ interviewDispositions: ['1.2'], attempts: [at('2.11', '2026-11-02T10:00:00Z', true)] }))).toBe('1.2');
    expect(finalCaseDisposition(facts({ attempts: [at('2.11', '2026-11-02T10:00:00Z', true), at('4.70', '2026-11-01T10:00:00Z', true)] }))).toBe('2.11');
    expect(finalCaseDisposition(facts({ interviewDispositions: ['2.12'] }))).toBe('2.12');
    expect(finalCaseDisposition(facts({ attempts: [at('2.24', '2026-11-02T10:00:00Z')] }))).toBeUndefined();
  });

  it('next appointment: the earliest one still ahead, none once closed', () => {
    const now = new Date('2026-11-10T12:00:00Z');
    const f = facts({ attempts: [at('2.24', '2026-11-01T10:00:00Z', false, '2026-11-09T18:00:00Z'), at('2.25', '2026-11-09T18:00:00Z', false, '2026-11-12T18:00:00Z')] });
    expect(nextAppointment(f, now)).toBe('2026-11-12T18:00:00Z');
    expect(nextAppointment({ ...f, interviewDispositions: ['1.1'] }, now)).toBeUndefined();
  });

  it('an attempt is no interview, and a closing attempt makes no appointment', () => {
    const ok = { at: '2026-11-01T10:00:00Z', outcome: '2.24', final: false, appointment: '2026-11-02T10:00:00Z' };
    expect(ContactAttemptRequestSchema.safeParse(ok).success).toBe(true);
    expect(ContactAttemptRequestSchema.safeParse({ ...ok, outcome: '1.1' }).success).toBe(false);
    expect(ContactAttemptRequestSchema.safeParse({ ...ok, final: true }).success).toBe(false);
    expect(ContactAttemptRequestSchema.safeParse({ ...ok, extra: 1 }).success).toBe(false);
    expect(ContactAttemptRequestSchema.safeParse({ ...ok, at: 'yesterday' }).success).toBe(false);
  });
});

describe('rows collapsed to cases', () => {
  it('responding units are 1.1 and 1.2 only', () => {
    expect(['1.1', '1.2', '2.11', '2.23', '3.11', '4.70'].map(isRespondingDisposition)).toEqual([true, true, false, false, false, false]);
  });

  it('a case with several rows takes its best-ranked code', () => {
    expect(caseDisposition(['2.11', '1.2'])).toBe('1.2');
    expect(caseDisposition(['2.23', '2.11'])).toBe('2.11');
    expect(caseDisposition(['4.70', '3.11'])).toBe('3.11');
    expect(caseDisposition(['x'])).toBeUndefined();
  });

  it('4 units with 5 uploads are 4 cases; a row without a case id is its own case', () => {
    const ids = ['U1', 'U2', 'U2', 'U3', 'U4', ''];
    const codes = ['1.1', '1.1', '1.1', '2.11', '2.23', '1.1'];
    const cases = collapseToCases(ids, codes);
    expect(cases).toEqual({ rows: [0, 1, 3, 4, 5], codes: ['1.1', '1.1', '2.11', '2.23', '1.1'] });
    // RR1 = I / (I + P + R + NC + O + UH + UO) = 3 / 5 by hand.
    expect(responseRates(countDispositions(cases.codes)).rates.RR1).toBe(3 / 5);
  });
});
