// GET /progress/:questionnaireId (issue 14, item 3): field work over time from assignments,
// contact attempts and interviews, over real HTTP on a fresh database. The measures themselves are
// proven on hand-made cases in test/unit/analysis/progress.test.ts; here, that the server reads
// each case's history right (when assigned, attempted, closed; region; cases without assignment).
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgressReport } from '../../src/protocol';
import { backends } from './support/backends';
import { call, expectProblem, login, startTestServer, type TestServer, HOOK_TIMEOUT } from './support/http';

const interview = (caseId: string, disposition: string, endedAt: string, data: Record<string, unknown> = { sex: 1, age: 40 }) => ({
  questionnaireId: 'household', version: 1, caseId, data, disposition,
  paradata: { startedAt: new Date(Date.parse(endedAt) - 20 * 60_000).toISOString(), endedAt },
});

describe.each(backends)('progress over time on %s', (backend) => {
  let t: TestServer;
  let ivan: string;
  let manager: string;
  let analyst: string;
  let today: string;
  beforeAll(async () => {
    t = await startTestServer(backend);
    ivan = await login(t.base, 'interviewer', t.passwords.interviewer);
    manager = await login(t.base, 'manager', t.passwords.manager);
    analyst = await login(t.base, 'analyst', t.passwords.analyst);
    const ids: Record<string, string> = {};
    for (const [caseId, region] of [['A', 'north'], ['B', 'north'], ['C', 'south']] as const) {
      const res = await call(t.base, 'POST', '/assignments', { token: manager, body: { interviewer: 'interviewer', questionnaireId: 'household', caseId, prefill: { region } } });
      expect(res.status).toBe(201);
      ids[caseId] = (res.body as { id: string }).id;
    }
    today = new Date().toISOString().slice(0, 10);
    // A: completed the day before; B: refused at a closing visit two days before; C: still open.
    expect((await call(t.base, 'PUT', `/submissions/${uuidv7()}`, { token: ivan, body: interview('A', '1.1', '2026-11-20T08:20:00.000Z') })).status).toBe(201);
    const refusal = { at: '2026-11-19T17:30:00.000Z', outcome: '2.11', final: true, note: '' };
    expect((await call(t.base, 'PUT', `/cases/${ids.B}/attempts/${uuidv7()}`, { token: ivan, body: refusal })).status).toBe(201);
    // Z: an interview without an assignment, its region from the answers.
    expect((await call(t.base, 'PUT', `/submissions/${uuidv7()}`, { token: ivan, body: interview('Z', '1.1', '2026-11-20T10:00:00.000Z', { sex: 2, age: 30, region: 'south' }) })).status).toBe(201);
  }, HOOK_TIMEOUT);
  afterAll(async () => {
    await t?.stop();
  }, HOOK_TIMEOUT);

  const progress = async (query: string): Promise<ProgressReport> => {
    const res = await call(t.base, 'GET', `/progress/household${query}`, { token: manager });
    expect(res.status).toBe(200);
    return res.body as ProgressReport;
  };

  it('by day: each case counted on the day it was assigned, attempted and closed; the rates of the closed cases with e stated', async () => {
    const report = await progress('?period=day');
    expect(report).toMatchObject({ questionnaireId: 'household', period: 'day', by: 'all', timeZone: 'UTC', eRule: 'known-eligibility' });
    const rows = report.series[0]?.rows ?? [];
    expect(rows[0]?.period).toBe('2026-11-19');
    expect(rows.at(-1)?.period).toBe(today);
    const day = (d: string) => rows.find((r) => r.period === d);
    expect(day('2026-11-19')?.counts).toEqual({ assigned: 0, attempted: 1, completed: 0, closed: 1 });
    // A (begun 08:00, ended 08:20) and Z (no assignment: "assigned" when begun) on the 20th.
    expect(day('2026-11-20')?.counts).toEqual({ assigned: 1, attempted: 2, completed: 2, closed: 2 });
    expect(day(today)?.counts.assigned).toBe(3);
    const end = rows.at(-1);
    expect(end?.cumulative).toEqual({ assigned: 4, attempted: 3, completed: 2, closed: 3 });
    expect(end?.cumulativeClosedBy).toMatchObject({ I: 2, R: 1, NC: 0, NE: 0 });
    // Every closed case is eligible: e = 3/3. RR1 = I / (I+P+R+NC+O+UH+UO) = 2/3; REF1 = 1/3; COOP1 = I/(I+P+R+O) = 2/3.
    expect(end?.e).toBe(1);
    expect(end?.rates.RR1).toBeCloseTo(2 / 3, 12);
    expect(end?.rates.REF1).toBeCloseTo(1 / 3, 12);
    expect(end?.rates.COOP1).toBeCloseTo(2 / 3, 12);
  });

  it('by region (the assignment\'s prefill, else the answer) and by interviewer; by week; a fixed e', async () => {
    const byRegion = await progress('?by=region');
    expect(byRegion.series.map((s) => s.group)).toEqual(['', 'north', 'south']);
    expect(byRegion.series[1]?.rows.at(-1)?.cumulativeClosedBy).toMatchObject({ I: 1, R: 1 });
    expect(byRegion.series[2]?.rows.at(-1)?.cumulative).toEqual({ assigned: 2, attempted: 1, completed: 1, closed: 1 });
    const byInterviewer = await progress('?by=interviewer&period=week&tz=Europe/Podgorica');
    expect(byInterviewer.series.map((s) => s.group)).toEqual(['', 'interviewer']);
    expect(byInterviewer.series[0]?.rows[0]?.period).toBe('2026-W47');
    expect(byInterviewer.timeZone).toBe('Europe/Podgorica');
    const fixed = await progress('?e=0.4');
    expect(fixed.eRule).toBe('fixed');
    expect(fixed.series[0]?.rows.every((r) => r.e === 0.4)).toBe(true);
  });

  it('managers only; bad options are 400 problems, an unknown questionnaire 404', async () => {
    expectProblem(await call(t.base, 'GET', '/progress/household', { token: ivan }), 403, 'forbidden');
    expectProblem(await call(t.base, 'GET', '/progress/household', { token: analyst }), 403, 'forbidden');
    expectProblem(await call(t.base, 'GET', '/progress/household'), 401, 'unauthenticated');
    expectProblem(await call(t.base, 'GET', '/progress/household?period=month', { token: manager }), 400, 'validation-failed');
    expectProblem(await call(t.base, 'GET', '/progress/household?e=1.5', { token: manager }), 400, 'validation-failed');
    expectProblem(await call(t.base, 'GET', '/progress/household?tz=Mars/Olympus', { token: manager }), 400, 'validation-failed');
    expectProblem(await call(t.base, 'GET', '/progress/household?colour=red', { token: manager }), 400, 'validation-failed');
    expectProblem(await call(t.base, 'GET', '/progress/nothing', { token: manager }), 404, 'not-found');
  });
});
