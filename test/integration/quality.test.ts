// The manager's data-quality report over real HTTP and a real database: measures come from the
// stored interviews and the questionnaire's dictionary (grids, screeners, "don't know" codes).
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './support/backends';
import { call, expectProblem, login, startTestServer, type TestServer, HOOK_TIMEOUT } from './support/http';

const yesNo = [{ value: 1, text: 'Yes' }, { value: 2, text: 'No' }, { value: 8, text: "Don't know" }, { value: 9, text: 'Refused' }];
const definition = {
  title: 'Quality test',
  pages: [
    { name: 'screeners', elements: [
      { type: 'radiogroup', name: 'vic_burglary_5y', title: 'Burglary?', choices: yesNo },
      { type: 'radiogroup', name: 'vic_robbery_5y', title: 'Robbery?', choices: yesNo },
    ] },
    { name: 'trust', elements: [
      { type: 'matrix', name: 'trust', title: 'Trust in', columns: [1, 2, 3, 4].map((v) => ({ value: v, text: `level ${v}` })),
        rows: ['police', 'courts', 'prosecution', 'government', 'media'].map((r) => ({ value: r, text: r })) },
    ] },
  ],
};

describe.each(backends)('data-quality report on %s', (backend) => {
  let t: TestServer;
  let interviewer: string;
  let manager: string;
  let analyst: string;
  const ids: string[] = [];
  beforeAll(async () => {
    t = await startTestServer(backend);
    interviewer = await login(t.base, 'interviewer', t.passwords.interviewer);
    manager = await login(t.base, 'manager', t.passwords.manager);
    analyst = await login(t.base, 'analyst', t.passwords.analyst);
    const published = await call(t.base, 'POST', '/questionnaires', { token: manager, body: { id: 'quality-test', definition } });
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    const version = (published.body as { version: number }).version;
    const varied = { police: 1, courts: 2, prosecution: 3, government: 2, media: 1 };
    const straight = { police: 4, courts: 4, prosecution: 4, government: 4, media: 4 };
    // Durations 30, 35, 40 and one of 5 minutes (under a third of the median 32.5).
    const plan: Array<[number, Record<string, unknown>]> = [
      [30, { vic_burglary_5y: 1, vic_robbery_5y: 2, trust: varied }],
      [35, { vic_burglary_5y: 2, vic_robbery_5y: 8, trust: varied }],
      [40, { vic_burglary_5y: 2, vic_robbery_5y: 2, trust: straight }],
      [5, { vic_burglary_5y: 2, vic_robbery_5y: 2, trust: varied }],
    ];
    for (const [minutes, data] of plan) {
      const id = uuidv7();
      ids.push(id);
      const startedAt = '2026-11-20T09:00:00.000Z';
      const endedAt = new Date(Date.parse(startedAt) + minutes * 60_000).toISOString();
      const res = await call(t.base, 'PUT', `/submissions/${id}`, {
        token: interviewer,
        body: { questionnaireId: 'quality-test', version, data, paradata: { startedAt, endedAt }, disposition: '1.1' },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
  }, HOOK_TIMEOUT);
  afterAll(async () => { await t?.stop(); }, HOOK_TIMEOUT);

  it('flags the speeder and the straight-liner, and measures by interviewer', async () => {
    const res = await call(t.base, 'GET', '/quality/quality-test', { token: manager });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const report = res.body as {
      interviews: number; medianMinutes: number;
      flags: Array<{ kind: string; instanceId?: string }>;
      byInterviewer: Array<{ interviewer: string; screenerNo: number; itemNonresponse: number; straightLining: number; speeders: number }>;
    };
    expect(report.interviews).toBe(4);
    expect(report.medianMinutes).toBe(32.5);
    const flags = report.flags.filter((f) => f.kind === 'speeder' || f.kind === 'straight-lining').map((f) => `${f.kind}:${f.instanceId}`).sort();
    expect(flags).toEqual([`speeder:${ids[3]}`, `straight-lining:${ids[2]}`].sort());
    const row = report.byInterviewer.find((r) => r.interviewer === 'interviewer')!;
    // Screener answers: 8 in all, "no" (2) in 6 of them.
    expect(row.screenerNo).toBeCloseTo(6 / 8, 12);
    // "Don't know" (8) once among 8 answered screeners.
    expect(row.itemNonresponse).toBeCloseTo(1 / 8, 12);
    expect(row.straightLining).toBeCloseTo(1 / 4, 12);
    expect(row.speeders).toBe(1);
  });

  it('counts contact attempts per case and flags a case closed as non-contact after too few visits', async () => {
    const created = await call(t.base, 'POST', '/assignments', { token: manager, body: { interviewer: 'interviewer', questionnaireId: 'quality-test', caseId: 'Q-1' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const assignment = (created.body as { id: string }).id;
    // Two visits, the second closing the case as a non-contact (2.23): fewer than the three expected.
    for (const [at, final] of [['2026-11-18T10:00:00.000Z', false], ['2026-11-19T17:30:00.000Z', true]] as const) {
      const res = await call(t.base, 'PUT', `/cases/${assignment}/attempts/${uuidv7()}`, { token: interviewer, body: { at, outcome: '2.23', final, note: '' } });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const report = (await call(t.base, 'GET', '/quality/quality-test', { token: manager })).body as {
      flags: Array<{ kind: string; caseId?: string; detail: Record<string, unknown> }>;
      byInterviewer: Array<{ interviewer: string; contactsPerCase: number | null }>;
    };
    expect(report.flags.filter((f) => f.kind === 'few-contacts')).toEqual([expect.objectContaining({ caseId: 'Q-1', detail: { attempts: 2, outcome: '2.23' } })]);
    expect(report.byInterviewer.find((r) => r.interviewer === 'interviewer')?.contactsPerCase).toBe(2);
  });

  it('is for managers only, and a questionnaire that does not exist is a 404 problem', async () => {
    expectProblem(await call(t.base, 'GET', '/quality/quality-test', { token: interviewer }), 403, 'forbidden');
    expectProblem(await call(t.base, 'GET', '/quality/quality-test', { token: analyst }), 403, 'forbidden');
    expectProblem(await call(t.base, 'GET', '/quality/nothing-here', { token: manager }), 404, 'not-found');
  });
});
