// Cases (issue 11): assignments with a quantity, contact attempts recorded idempotently, case status
// and final disposition, a second interview flagged, response rates over cases, and the export's
// rows for cases closed without an interview. Real server over real HTTP on a fresh database.
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv, categoryValues } from '../../analysis/io';
import { createAccount } from '../../src/server';
import type { CaseSummary } from '../../src/protocol';
import { backends } from './support/backends';
import { call, expectProblem, login, startTestServer, type TestServer, HOOK_TIMEOUT } from './support/http';

function interview(caseId: string, disposition = '1.1', data: Record<string, unknown> = { sex: 1, age: 40 }) {
  return {
    questionnaireId: 'household',
    version: 1,
    caseId,
    data,
    paradata: { startedAt: '2026-11-20T08:00:00.000Z', endedAt: '2026-11-20T08:20:00.000Z' },
    disposition,
  };
}

const attempt = (outcome: string, extra: Record<string, unknown> = {}) => ({ at: '2026-11-19T17:30:00.000Z', outcome, final: false, note: '', ...extra });

describe.each(backends)('cases and contact attempts on %s', (backend) => {
  let t: TestServer;
  let ivan: string;
  let maja: string;
  let manager: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestServer(backend);
    await createAccount(t.server.db, 'maja', 'interviewer', 'tall birch river');
    ivan = await login(t.base, 'interviewer', t.passwords.interviewer);
    maja = await login(t.base, 'maja', 'tall birch river');
    manager = await login(t.base, 'manager', t.passwords.manager);
    for (const caseId of ['A', 'B', 'C', 'D', 'E']) {
      const res = await call(t.base, 'POST', '/assignments', {
        token: manager,
        body: { interviewer: 'interviewer', questionnaireId: 'household', caseId, address: `Ulica ${caseId} 1, Podgorica`, prefill: { sex: 1 } },
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ caseId, quantity: 1, address: `Ulica ${caseId} 1, Podgorica` });
      ids[caseId] = (res.body as { id: string }).id;
    }
  }, HOOK_TIMEOUT);
  afterAll(async () => {
    await t?.stop();
  }, HOOK_TIMEOUT);

  const cases = async (token: string): Promise<Record<string, CaseSummary>> => {
    const res = await call(t.base, 'GET', '/cases?questionnaire=household', { token });
    expect(res.status).toBe(200);
    return Object.fromEntries((res.body as CaseSummary[]).map((c) => [c.caseId, c]));
  };

  it('new assignments are cases "to do", each with its address; an interviewer sees only their own', async () => {
    const mine = await cases(ivan);
    expect(Object.keys(mine)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(mine.A).toMatchObject({ status: 'todo', quantity: 1, attempts: [], interviews: [], disposition: null, nextAppointment: null, address: 'Ulica A 1, Podgorica' });
    expect(await cases(maja)).toEqual({});
  });

  it('a contact attempt with an appointment: stored once (idempotent), the case "attempted" with its next appointment', async () => {
    const id = uuidv7();
    const body = attempt('2.24', { note: 'nobody home, neighbour says evenings', appointment: '2099-01-05T18:00:00.000Z' });
    const first = await call(t.base, 'PUT', `/cases/${ids.E}/attempts/${id}`, { token: ivan, body });
    expect(first.status).toBe(201);
    const again = await call(t.base, 'PUT', `/cases/${ids.E}/attempts/${id}`, { token: ivan, body: Object.fromEntries(Object.entries(body).reverse()) });
    expect(again.status).toBe(200);
    expect((again.body as { sha256: string }).sha256).toBe((first.body as { sha256: string }).sha256);
    expectProblem(await call(t.base, 'PUT', `/cases/${ids.E}/attempts/${id}`, { token: ivan, body: { ...body, note: 'changed' } }), 409, 'conflict');
    const e = (await cases(ivan)).E;
    expect(e.status).toBe('attempted');
    expect(e.nextAppointment).toBe('2099-01-05T18:00:00.000Z');
    expect(e.attempts).toEqual([expect.objectContaining({ id, outcome: '2.24', final: false, note: 'nobody home, neighbour says evenings', appointment: '2099-01-05T18:00:00.000Z', interviewer: 'interviewer' })]);
    const one = await call(t.base, 'GET', `/cases/${ids.E}`, { token: ivan });
    expect((one.body as CaseSummary).attempts).toHaveLength(1);
  });

  it('attempts are refused with clear problems: wrong interviewer, manager, an interview code, closing with an appointment, unknown case', async () => {
    expectProblem(await call(t.base, 'PUT', `/cases/${ids.E}/attempts/${uuidv7()}`, { token: maja, body: attempt('2.24') }), 403, 'forbidden');
    expectProblem(await call(t.base, 'PUT', `/cases/${ids.E}/attempts/${uuidv7()}`, { token: manager, body: attempt('2.24') }), 403, 'forbidden');
    const interviewCode = expectProblem(await call(t.base, 'PUT', `/cases/${ids.E}/attempts/${uuidv7()}`, { token: ivan, body: attempt('1.1') }), 400, 'validation-failed');
    expect(interviewCode.detail).toMatch(/interview closes its case/);
    expectProblem(await call(t.base, 'PUT', `/cases/${ids.E}/attempts/${uuidv7()}`, { token: ivan, body: attempt('2.11', { final: true, appointment: '2099-01-01T10:00:00Z' }) }), 400, 'validation-failed');
    expectProblem(await call(t.base, 'PUT', `/cases/${ids.E}/attempts/${uuidv7()}`, { token: ivan, body: attempt('7.7') }), 400, 'validation-failed');
    expectProblem(await call(t.base, 'PUT', `/cases/${ids.E}/attempts/not-a-uuid`, { token: ivan, body: attempt('2.24') }), 400, 'validation-failed');
    expectProblem(await call(t.base, 'PUT', `/cases/nope/attempts/${uuidv7()}`, { token: ivan, body: attempt('2.24') }), 404, 'not-found');
    expectProblem(await call(t.base, 'GET', `/cases/${ids.E}`, { token: maja }), 403, 'forbidden');
    expect((await cases(ivan)).E.attempts).toHaveLength(1);
  });

  it('closing without an interview gives the case its final AAPOR code (refusal 2.11, not eligible 4.70)', async () => {
    expect((await call(t.base, 'PUT', `/cases/${ids.B}/attempts/${uuidv7()}`, { token: ivan, body: attempt('2.24', { at: '2026-11-18T10:00:00.000Z' }) })).status).toBe(201);
    expect((await call(t.base, 'PUT', `/cases/${ids.B}/attempts/${uuidv7()}`, { token: ivan, body: attempt('2.11', { final: true, note: 'firm refusal' }) })).status).toBe(201);
    expect((await call(t.base, 'PUT', `/cases/${ids.D}/attempts/${uuidv7()}`, { token: ivan, body: attempt('4.70', { final: true }) })).status).toBe(201);
    const all = await cases(manager);
    expect(all.B).toMatchObject({ status: 'closed', disposition: '2.11', nextAppointment: null });
    expect(all.B.attempts.map((a) => a.outcome)).toEqual(['2.24', '2.11']);
    expect(all.D).toMatchObject({ status: 'closed', disposition: '4.70' });
  });

  it('one case, one interview: a second upload for the case is stored but flagged, and visible to the manager', async () => {
    const first = uuidv7();
    const second = uuidv7();
    expect((await call(t.base, 'PUT', `/submissions/${first}`, { token: ivan, body: interview('A') })).status).toBe(201);
    expect((await cases(ivan)).A).toMatchObject({ status: 'closed', disposition: '1.1' });
    expect((await call(t.base, 'PUT', `/submissions/${second}`, { token: ivan, body: interview('A', '1.1', { sex: 2, age: 33 }) })).status).toBe(201);
    const list = (await call(t.base, 'GET', '/submissions?questionnaire=household', { token: manager })).body as { instanceId: string; flags: string[] }[];
    expect(list.find((s) => s.instanceId === first)?.flags).toEqual([]);
    expect(list.find((s) => s.instanceId === second)?.flags).toEqual(['case-quantity-exceeded']);
    const a = (await cases(manager)).A;
    expect(a.interviews).toEqual([
      { instanceId: first, disposition: '1.1', flags: [] },
      { instanceId: second, disposition: '1.1', flags: ['case-quantity-exceeded'] },
    ]);
    expect(a.status).toBe('closed');
  });

  it('the manager may allow more interviews (quantity): the flag is lifted; lowering below the interviews received is a 409', async () => {
    const raised = await call(t.base, 'PATCH', `/assignments/${ids.A}`, { token: manager, body: { quantity: 2 } });
    expect(raised.status).toBe(200);
    expect(raised.body).toMatchObject({ caseId: 'A', quantity: 2 });
    const a = (await cases(manager)).A;
    expect(a.interviews.map((i) => i.flags)).toEqual([[], []]);
    expect(a).toMatchObject({ status: 'closed', disposition: '1.1', quantity: 2 });
    expectProblem(await call(t.base, 'PATCH', `/assignments/${ids.A}`, { token: manager, body: { quantity: 1 } }), 409, 'conflict');
    expectProblem(await call(t.base, 'PATCH', `/assignments/${ids.A}`, { token: manager, body: { quantity: 0 } }), 400, 'validation-failed');
    expectProblem(await call(t.base, 'PATCH', `/assignments/${ids.A}`, { token: manager, body: {} }), 400, 'validation-failed');
    expectProblem(await call(t.base, 'PATCH', `/assignments/${ids.A}`, { token: ivan, body: { quantity: 3 } }), 403, 'forbidden');
    expectProblem(await call(t.base, 'PATCH', '/assignments/nope', { token: manager, body: { quantity: 3 } }), 404, 'not-found');
  });

  it('response rates count cases, not uploads: two cases with two uploads each are two cases', async () => {
    // C: a partial interview, then a second upload that is flagged (quantity 1).
    expect((await call(t.base, 'PUT', `/submissions/${uuidv7()}`, { token: ivan, body: interview('C', '1.2') })).status).toBe(201);
    expect((await call(t.base, 'PUT', `/submissions/${uuidv7()}`, { token: ivan, body: interview('C', '1.1') })).status).toBe(201);
    const res = await call(t.base, 'GET', '/monitoring/household', { token: manager });
    expect(res.status).toBe(200);
    const report = res.body as {
      total: number; byDisposition: Record<string, number>;
      cases: Record<string, number>; responseRates: { counts: Record<string, number>; e: number; rates: Record<string, number | null> };
    };
    expect(report.total).toBe(4); // uploads
    // A (1.1, two interviews allowed), B refusal, C partial (its flagged second upload does not count), D not eligible; E still open.
    expect(report.byDisposition).toEqual({ '1.1': 1, '1.2': 1, '2.11': 1, '4.70': 1 });
    expect(report.cases).toEqual({ total: 5, todo: 0, attempted: 1, inProgress: 0, closed: 4, attempts: 4, flaggedInterviews: 1 });
    // AAPOR: I=1, P=1, R=1, NE=1; e = 3/4; RR1 = I/(I+P+R) = 1/3; RR2 = 2/3.
    expect(report.responseRates.counts).toEqual({ I: 1, P: 1, R: 1, NC: 0, O: 0, UH: 0, UO: 0, NE: 1 });
    expect(report.responseRates.e).toBeCloseTo(3 / 4, 12);
    expect(report.responseRates.rates.RR1).toBeCloseTo(1 / 3, 12);
    expect(report.responseRates.rates.RR2).toBeCloseTo(2 / 3, 12);
  });

  it('the export has one row per interview plus one row per case closed without an interview (empty answers, its final code)', async () => {
    const res = await fetch(`${t.base}/exports/household.csv`, { headers: { authorization: `Bearer ${manager}` } });
    expect(res.status).toBe(200);
    const table = readCsv(new Uint8Array(await res.arrayBuffer()), { columns: { instance_id: 'category', case_id: 'category', disposition: 'category', sex: 'number', review_state: 'category' } });
    const text = (name: string) => {
      const col = categoryValues(table, name);
      return Array.from(col.codes, (c) => (c < 0 ? '' : col.levels[c]));
    };
    const rows = text('case_id').map((caseId, i) => ({ caseId, disposition: text('disposition')[i], instance: text('instance_id')[i], sex: (table.columns.get('sex') as { values: Float64Array }).values[i] }));
    expect(rows.map((r) => `${r.caseId}:${r.disposition}`).sort()).toEqual(['A:1.1', 'A:1.1', 'B:2.11', 'C:1.1', 'C:1.2', 'D:4.70']);
    const closed = rows.filter((r) => r.instance === '');
    expect(closed.map((r) => r.caseId).sort()).toEqual(['B', 'D']);
    for (const r of closed) expect(Number.isNaN(r.sex)).toBe(true);
    expect(rows.filter((r) => r.instance !== '').every((r) => r.sex === 1 || r.sex === 2)).toBe(true);
    // E is still open: no row until it is closed.
    expect(rows.some((r) => r.caseId === 'E')).toBe(false);
  });
});
