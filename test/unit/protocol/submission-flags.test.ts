// Flags are a set (issue 13 item 4): only `case-quantity-exceeded` keeps an interview from counting
// for its case; an interview flagged for its answers is still the case's interview.
import { describe, expect, it } from 'vitest';
import { countsForCase, SubmissionSummarySchema, submissionFlags } from '../../../src/protocol';

describe('countsForCase', () => {
  it('an interview beyond the quantity does not count, whatever else it carries; answer flags alone do', () => {
    expect(countsForCase({ flags: [] })).toBe(true);
    expect(countsForCase({ flags: ['answer-not-a-choice', 'answer-out-of-range', 'case-unknown'] })).toBe(true);
    expect(countsForCase({ flags: ['case-quantity-exceeded'] })).toBe(false);
    expect(countsForCase({ flags: ['answer-unknown-variable', 'case-quantity-exceeded'] })).toBe(false);
  });

  it('a tablet cache written by an older app (no flags) counts the interview', () => {
    expect(countsForCase({})).toBe(true);
  });

  it('every flag the server sets is listed once; a summary without flags (an older server) reads as none', () => {
    expect(new Set(submissionFlags).size).toBe(submissionFlags.length);
    const summary = SubmissionSummarySchema.parse({
      instanceId: 'i', sha256: 'h', revision: 1, reviewState: 'received', reviewComment: null, reviewedBy: null, reviewedAt: null,
      questionnaireId: 'q', version: 1, interviewer: 'u', caseId: null, disposition: '1.1', startedAt: null, endedAt: null, receivedAt: 'x', updatedAt: 'x',
    });
    expect(summary).toMatchObject({ flags: [], answerProblems: [] });
  });
});
