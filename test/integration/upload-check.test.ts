// Issue 13 item 4: an upload checked against its questionnaire version and the assignments. A type
// the question cannot hold and another interviewer's case are refused (the device keeps the
// interview); a value outside the choices or the stated range, an unknown key and a case never
// assigned are stored FLAGGED — several flags per interview, listed, filterable and in the export's
// flags file — and nothing of the answers reaches the log.
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/server';
import { backends } from './support/backends';
import { call, expectProblem, login, startTestServer, type TestServer, HOOK_TIMEOUT } from './support/http';

/** A value no log line and no problem may ever hold. */
const PLANTED = 'planted-answer-4c81d2';

const definition = {
  title: 'Checked',
  pages: [{
    name: 'p',
    elements: [
      { type: 'radiogroup', name: 'sex', title: 'Sex', choices: [1, 2] },
      { type: 'text', name: 'age', title: 'Age', inputType: 'number', min: 15, max: 110 },
      { type: 'checkbox', name: 'officials', title: 'Officials', choices: ['police', 'court'] },
      { type: 'rating', name: 'safe', title: 'Safe', rateMin: 1, rateMax: 4 },
      { type: 'boolean', name: 'reported', title: 'Reported' },
      { type: 'comment', name: 'remarks', title: 'Remarks' },
      { type: 'paneldynamic', name: 'people', title: 'People', templateElements: [{ type: 'text', name: 'years', title: 'Years', inputType: 'number', min: 0, max: 120 }] },
    ],
  }],
};

function interview(data: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    questionnaireId: 'checked',
    version: 1,
    data,
    paradata: { startedAt: '2026-11-20T08:00:00.000Z', endedAt: '2026-11-20T08:20:00.000Z' },
    disposition: '1.1',
    ...extra,
  };
}

interface Summary { instanceId: string; flags: string[]; answerProblems: { variable: string; code: string }[]; revision: number }

describe.each(backends)('answers checked against the questionnaire on upload on %s', (backend) => {
  let t: TestServer;
  const log: string[] = [];
  let ivan: string;
  let maja: string;
  let manager: string;
  const put = (token: string, id: string, body: unknown) => call(t.base, 'PUT', `/submissions/${id}`, { token, body });
  const summary = async (id: string): Promise<Summary> => (await call(t.base, 'GET', `/submissions/${id}`, { token: manager })).body as Summary;

  beforeAll(async () => {
    t = await startTestServer(backend, { logLevel: 'info', logStream: { write: (line: string) => { log.push(line); } } });
    await createAccount(t.server.db, 'maja', 'interviewer', 'tall birch river');
    ivan = await login(t.base, 'interviewer', t.passwords.interviewer);
    maja = await login(t.base, 'maja', 'tall birch river');
    manager = await login(t.base, 'manager', t.passwords.manager);
    expect((await call(t.base, 'POST', '/questionnaires', { token: manager, body: { id: 'checked', definition } })).status).toBe(201);
    for (const [interviewer, caseId, quantity] of [['interviewer', 'A', 1], ['maja', 'M', 1]] as const) {
      expect((await call(t.base, 'POST', '/assignments', { token: manager, body: { interviewer, questionnaireId: 'checked', caseId, quantity } })).status).toBe(201);
    }
  }, HOOK_TIMEOUT);
  afterAll(async () => {
    await t?.stop();
  }, HOOK_TIMEOUT);

  it('an interview that fits is stored without a flag', async () => {
    const id = uuidv7();
    const data = { sex: 2, age: 15, officials: ['police'], safe: 4, reported: true, remarks: 'x', people: [{ years: 0 }, { years: 120 }] };
    expect((await put(ivan, id, interview(data))).status).toBe(201);
    expect(await summary(id)).toMatchObject({ flags: [], answerProblems: [] });
  });

  it('422 answers-mismatch for types the questions cannot hold, naming variables only; nothing stored, nothing logged', async () => {
    const cases: [Record<string, unknown>, { variable: string; code: string }[]][] = [
      [{ age: PLANTED }, [{ variable: 'age', code: 'not-a-number' }]],
      [{ officials: PLANTED }, [{ variable: 'officials__police', code: 'not-a-list' }]],
      [{ remarks: { text: PLANTED } }, [{ variable: 'remarks', code: 'not-text' }]],
      [{ people: { years: PLANTED } }, [{ variable: 'people', code: 'not-an-entry-list' }]],
      [{ people: [{ years: PLANTED }] }, [{ variable: 'people[].years', code: 'not-a-number' }]],
    ];
    for (const [data, answers] of cases) {
      const id = uuidv7();
      const res = await put(ivan, id, interview({ sex: 1, ...data }));
      const problem = expectProblem(res, 422, 'answers-mismatch');
      expect(problem.answers).toEqual(answers);
      expect(res.text).not.toContain(PLANTED);
      expectProblem(await call(t.base, 'GET', `/submissions/${id}`, { token: manager }), 404, 'not-found');
    }
    expect(log.join('')).not.toContain(PLANTED);
  });

  it('stores values outside the choices or the range and unknown keys, flagged with every reason and the variables', async () => {
    const id = uuidv7();
    const res = await put(ivan, id, interview({ sex: 3, age: 200, officials: ['police', 'mayor'], safe: 9, injected: PLANTED, people: [{ years: -1, pet: 'cat' }] }));
    expect(res.status).toBe(201);
    const s = await summary(id);
    expect(s.flags).toEqual(['answer-unknown-variable', 'answer-not-a-choice', 'answer-out-of-range']);
    expect(s.answerProblems).toEqual([
      { variable: 'sex', code: 'not-a-choice' },
      { variable: 'age', code: 'out-of-range' },
      { variable: 'officials__police', code: 'not-a-choice' },
      { variable: 'safe', code: 'not-a-choice' },
      { variable: 'people[].years', code: 'out-of-range' },
      { variable: 'injected', code: 'unknown-variable' },
      { variable: 'people[].pet', code: 'unknown-variable' },
    ]);
    expect(JSON.stringify(s)).not.toContain(PLANTED);
    // The list filters on one flag or on any; an interviewer's list carries the flags too.
    const ids = async (query: string) => ((await call(t.base, 'GET', `/submissions?questionnaire=checked${query}`, { token: manager })).body as Summary[]).map((x) => x.instanceId);
    expect(await ids('&flag=answer-out-of-range')).toEqual([id]);
    expect(await ids('&flag=any')).toContain(id);
    expect(await ids('&flag=case-quantity-exceeded')).toEqual([]);
    expectProblem(await call(t.base, 'GET', '/submissions?flag=bogus', { token: manager }), 400, 'validation-failed');
    // The export's flags file lists it (names and kinds, no value).
    const file = await call(t.base, 'GET', '/exports/checked.flags.json', { token: manager });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain('checked.flags.json');
    const flagged = (JSON.parse(file.text) as { flagged: { instanceId: string; flags: string[] }[] }).flagged;
    expect(flagged.find((f) => f.instanceId === id)?.flags).toEqual(s.flags);
    expect(file.text).not.toContain(PLANTED);
    expectProblem(await call(t.base, 'GET', '/exports/nothing.flags.json', { token: manager }), 404, 'not-found');
    expectProblem(await call(t.base, 'GET', '/exports/checked.flags.json', { token: ivan }), 403, 'forbidden');
  });

  it('403 case-not-assigned for another interviewer\'s case; a case no assignment has is stored flagged case-unknown', async () => {
    const id = uuidv7();
    expectProblem(await put(ivan, id, interview({ sex: 1 }, { caseId: 'M' })), 403, 'case-not-assigned');
    expectProblem(await call(t.base, 'GET', `/submissions/${id}`, { token: manager }), 404, 'not-found');
    const unknown = uuidv7();
    expect((await put(ivan, unknown, interview({ sex: 1 }, { caseId: 'NOPE' }))).status).toBe(201);
    expect((await summary(unknown)).flags).toEqual(['case-unknown']);
  });

  it('flags are a set: the case quantity\'s flag comes and goes without touching the answers\' flags, and a new revision re-checks its answers', async () => {
    const first = uuidv7();
    const second = uuidv7();
    expect((await put(ivan, first, interview({ sex: 1 }, { caseId: 'A' }))).status).toBe(201);
    const secondBody = interview({ sex: 7 }, { caseId: 'A' });
    expect((await put(ivan, second, secondBody)).status).toBe(201);
    expect((await summary(first)).flags).toEqual([]);
    expect((await summary(second)).flags).toEqual(['answer-not-a-choice', 'case-quantity-exceeded']);
    // An identical repeat (a lost acknowledgement) is a 200 and changes nothing.
    expect((await put(ivan, second, secondBody)).status).toBe(200);
    const a = ((await call(t.base, 'GET', '/assignments', { token: manager })).body as { id: string; caseId: string; questionnaireId: string }[])
      .find((x) => x.questionnaireId === 'checked' && x.caseId === 'A') as { id: string };
    expect((await call(t.base, 'PATCH', `/assignments/${a.id}`, { token: manager, body: { quantity: 2 } })).status).toBe(200);
    expect((await summary(second)).flags).toEqual(['answer-not-a-choice']);
    expect((await call(t.base, 'PATCH', `/assignments/${a.id}`, { token: manager, body: { quantity: 1 } })).status).toBe(409);
    // Returned to the interviewer, corrected: the new revision fits, its answer flag is lifted.
    expect((await call(t.base, 'POST', `/submissions/${second}/review`, { token: manager, body: { decision: 'reject', comment: 'sex is 1 or 2' } })).status).toBe(200);
    expect((await put(ivan, second, interview({ sex: 2 }, { caseId: 'A' }))).status).toBe(201);
    expect(await summary(second)).toMatchObject({ revision: 2, flags: [], answerProblems: [] });
  });

  it('an interviewer cannot upload into another\'s case even as a revision; maja can into hers', async () => {
    expect((await put(maja, uuidv7(), interview({ sex: 2 }, { caseId: 'M' }))).status).toBe(201);
  });
});
