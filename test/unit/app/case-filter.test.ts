// The manager's table of cases, filtered before it is paged (thousands of cases in a national sample).
import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../../src/protocol';
import { filterCases } from '../../../src/app/screens/supervision/AssignmentsPanel';

const base: Omit<CaseSummary, 'assignmentId' | 'caseId' | 'interviewer' | 'status' | 'address'> = {
  questionnaireId: 'victimization', prefill: null, quantity: 1, interviews: [], attempts: [], disposition: null, nextAppointment: null, createdAt: '2026-11-01T08:00:00.000Z',
};
const cases: CaseSummary[] = [
  { ...base, assignmentId: 'a1', caseId: 'EA0001-001', interviewer: 'ana', status: 'todo', address: 'Ulica Maršala Tita 4, Skopje' },
  { ...base, assignmentId: 'a2', caseId: 'EA0001-002', interviewer: 'ana', status: 'closed', address: null },
  { ...base, assignmentId: 'a3', caseId: 'EA0002-001', interviewer: 'boris', status: 'attempted', address: 'Булевар Партизански одреди 12' },
  { ...base, assignmentId: 'a4', caseId: 'ea0002-007', interviewer: 'boris', status: 'closed', address: null },
];
const ids = (list: CaseSummary[]) => list.map((c) => c.assignmentId);

describe('filterCases', () => {
  it('keeps every case, in order, when nothing is asked', () => {
    expect(ids(filterCases(cases, { text: '', interviewer: '', status: '' }))).toEqual(['a1', 'a2', 'a3', 'a4']);
  });
  it('matches part of the case id or the address, in any case and script, ignoring spaces around', () => {
    expect(ids(filterCases(cases, { text: ' EA0002 ', interviewer: '', status: '' }))).toEqual(['a3', 'a4']);
    expect(ids(filterCases(cases, { text: 'партизански', interviewer: '', status: '' }))).toEqual(['a3']);
    expect(ids(filterCases(cases, { text: 'skopje', interviewer: '', status: '' }))).toEqual(['a1']);
  });
  it('combines interviewer, status and text', () => {
    expect(ids(filterCases(cases, { text: '', interviewer: 'boris', status: 'closed' }))).toEqual(['a4']);
    expect(ids(filterCases(cases, { text: '', interviewer: '', status: 'closed' }))).toEqual(['a2', 'a4']);
    expect(ids(filterCases(cases, { text: '-001', interviewer: 'ana', status: '' }))).toEqual(['a1']);
    expect(filterCases(cases, { text: 'nowhere', interviewer: '', status: '' })).toEqual([]);
  });
});
