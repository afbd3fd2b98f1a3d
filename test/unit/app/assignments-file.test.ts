import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAssignments, parseAssignmentFile } from '../../../src/app/supervision';
import { ApiClient, type FetchLike } from '../../../src/sync';
import { assignmentRefusalText } from '../../../src/app/supervision/assignment-refusals';

const demo = JSON.parse(readFileSync(new URL('../../../surveys/demo.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('assignment file (CSV)', () => {
  it('reads one request per case; question columns become typed prefill, empty cells are left out', () => {
    const file = parseAssignmentFile(bytes('interviewer,case_id,region,urban,age\nana,C-001,MK007,1,\nana,007,MK008,2,44\n'), 'demo', demo);
    expect(file.problems).toEqual([]);
    expect(file.requests).toEqual([
      { interviewer: 'ana', questionnaireId: 'demo', caseId: 'C-001', prefill: { region: 'MK007', urban: 1 } },
      { interviewer: 'ana', questionnaireId: 'demo', caseId: '007', prefill: { region: 'MK008', urban: 2, age: 44 } },
    ]);
  });

  it('names the problems with their line: missing columns, a column that is no question, empty ids, a repeated case', () => {
    expect(parseAssignmentFile(bytes('who,case\nana,1\n'), 'demo', demo).problems[0]).toMatchObject({ line: 1, message: expect.stringContaining('interviewer and case_id') });
    const file = parseAssignmentFile(bytes('interviewer,case_id,regoin\nana,A,MK007\n,B,MK004\nana,A,MK002\nmaja,C,\n'), 'demo', demo);
    expect(file.problems).toEqual([
      { line: 1, code: 'assignmentFileUnknown', values: { columns: 'regoin' }, message: 'not a question of demo: regoin' },
      { line: 3, code: 'assignmentFileEmpty', message: 'interviewer and case_id must not be empty' },
      { line: 4, code: 'assignmentFileDuplicate', values: { caseId: 'A', earlier: 2 }, message: 'case A is already on line 2' },
    ]);
    expect(file.requests.map((r) => r.caseId)).toEqual(['A', 'C']);
    expect(file.requests[0].prefill).toBeUndefined();
  });

  it('refuses prefilled values the questionnaire could not record: a region it does not list, text for a number', () => {
    const file = parseAssignmentFile(bytes('interviewer,case_id,region,urban,age\nana,A,atlantis,1,\nana,B,MK007,3,\nana,C,MK007,1,old\nana,D,MK007,1,30\n'), 'demo', demo);
    expect(file.problems.map((p) => p.line)).toEqual([2, 3, 4]);
    expect(file.problems[0]!.message).toContain('region=atlantis is not an answer of the question (expected one of MK001, MK002, ');
    // What the screen shows goes inside a translated sentence: names and values only, no English words.
    expect(file.problems.map((p) => p.values?.detail)).toEqual(['region=atlantis', 'urban=3', 'age=old']);
    expect(file.problems[1]!.message).toContain('urban=3');
    expect(file.problems[2]!.message).toContain('age=old is not an answer of the question (expected a number)');
    expect(file.requests.map((r) => r.caseId)).toEqual(['D']);
  });

  it('refuses a retired region code: kept in the questionnaire for earlier rounds, never offered (visibleIf "false")', () => {
    // demo.json keeps the generic codes of its first round (capital, north…) hidden with visibleIf "false".
    const file = parseAssignmentFile(bytes('interviewer,case_id,region,urban\nana,A,capital,1\nana,B,north,1\nana,C,MK001,1\n'), 'demo', demo);
    expect(file.problems.map((p) => p.values?.detail)).toEqual(['region=capital', 'region=north']);
    expect(file.problems[0]!.message).toContain('(expected one of MK001, MK002, MK003, MK004, MK005, MK006, MK007, MK008)');
    expect(file.requests.map((r) => r.caseId)).toEqual(['C']);
  });

  it('prefills answer keys as the variable dictionary has them: a valueName, not a roster member or a calculated value', () => {
    const definition = {
      calculatedValues: [{ name: 'adult', expression: '{age} >= 18', includeIntoResult: true }],
      pages: [{ name: 'p', elements: [
        { type: 'text', name: 'q_age', valueName: 'age' },
        { type: 'paneldynamic', name: 'people', templateElements: [{ type: 'text', name: 'pname' }] },
      ] }],
    };
    const file = parseAssignmentFile(bytes('interviewer,case_id,age,pname,adult\nana,A,40,x,1\n'), 'q', definition);
    expect(file.problems).toEqual([{ line: 1, code: 'assignmentFileUnknown', values: { columns: 'pname, adult' }, message: 'not a question of q: pname, adult' }]);
  });

  it('a file that is not CSV text is one problem, not an exception', () => {
    expect(parseAssignmentFile(new Uint8Array(), 'demo', demo)).toEqual({ requests: [], problems: [{ line: 0, code: 'assignmentFileUnreadable', message: expect.stringContaining('empty') }] });
  });
});

describe('creating assignments', () => {
  it('creates them one by one and reports a case already assigned or an unknown interviewer without stopping', async () => {
    const posted: unknown[] = [];
    const fetchFn: FetchLike = async (_url, init) => {
      const body = JSON.parse(String(init?.body)) as { interviewer: string; caseId: string; questionnaireId: string };
      posted.push(body);
      const problem = (status: number, code: string, detail: string, extra: Record<string, unknown> = {}) =>
        new Response(JSON.stringify({ type: 'x', status, code, title: code, detail, ...extra }), { status, headers: { 'content-type': 'application/problem+json' } });
      if (body.caseId === 'B') return problem(409, 'conflict', 'case B of demo is already assigned');
      if (body.interviewer === 'nobody') return problem(400, 'validation-failed', 'nobody is not an interviewer account', { reason: 'interviewer-unknown', interviewer: 'nobody' });
      return new Response(JSON.stringify({ ...body, id: `id-${body.caseId}`, createdAt: '2026-11-25T12:00:00.000Z', prefill: null }), { status: 201, headers: { 'content-type': 'application/json' } });
    };
    const progress: number[] = [];
    const outcomes = await createAssignments(new ApiClient(fetchFn, 'http://server'), 'tok', [
      { interviewer: 'ana', questionnaireId: 'demo', caseId: 'A' },
      { interviewer: 'ana', questionnaireId: 'demo', caseId: 'B' },
      { interviewer: 'nobody', questionnaireId: 'demo', caseId: 'C' },
    ], (n) => progress.push(n));
    expect(outcomes).toEqual([
      { caseId: 'A', result: 'created' },
      { caseId: 'B', result: 'exists' },
      { caseId: 'C', result: 'refused', problem: expect.objectContaining({ code: 'validation-failed', reason: 'interviewer-unknown', interviewer: 'nobody' }) },
    ]);
    const refused = outcomes[2];
    expect(refused.result === 'refused' && assignmentRefusalText(refused.problem, 'hr')).toBe('nobody nije korisnički račun anketara.');
    expect(refused.result === 'refused' && assignmentRefusalText(refused.problem, 'sr')).toBe('nobody није налог анкетара.');
    expect(progress).toEqual([1, 2, 3]);
    expect(posted).toHaveLength(3);
  });
});
