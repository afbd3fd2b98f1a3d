import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseUnavailableError, LocalStore, type NewInterview } from '../../../src/store';
import type { CaseSummary } from '../../../src/protocol';

let store: LocalStore;
let n = 0;

beforeEach(async () => {
  n += 1;
  store = new LocalStore(`test-cases-${n}`);
  await store.open();
});

afterEach(async () => {
  await store.destroy();
});

const serverCase = (over: Partial<CaseSummary> = {}): CaseSummary => ({
  assignmentId: 'as-1', interviewer: 'ana', questionnaireId: 'demo', caseId: 'HH-7', address: 'Rruga e Kavajës 12, Tiranë', prefill: { region: 'central' },
  quantity: 1, status: 'todo', interviews: [], attempts: [], disposition: null, nextAppointment: null, createdAt: '2026-11-20T08:00:00.000Z', ...over,
});

const interview = (instanceId: string): NewInterview => ({
  instanceId, questionnaireId: 'demo', version: 1, owner: 'ana', locale: 'sq', caseId: 'HH-7', paradata: { startedAt: '2026-11-25T10:00:00.000Z' },
});

describe('cases on the tablet', () => {
  it('"Start interview" tapped twice at once makes one interview; the other tap is refused', async () => {
    await store.replaceCases('ana', [serverCase()]);
    const results = await Promise.allSettled([
      store.startCaseInterview('as-1', interview('01936f0e-8b1a-7c2d-9e3f-000000000001')),
      store.startCaseInterview('as-1', interview('01936f0e-8b1a-7c2d-9e3f-000000000002')),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(CaseUnavailableError);
    expect(await store.listInterviews('ana')).toHaveLength(1);
    const [c] = await store.listCases('ana');
    expect(c).toMatchObject({ status: 'in-progress', interviewCount: 1, mayStart: false });
  });

  it('a case whose interview the server already has (made elsewhere) is not started again; a quantity of 2 allows a second', async () => {
    await store.replaceCases('ana', [serverCase({ interviews: [{ instanceId: '01936f0e-8b1a-7c2d-9e3f-00000000000a', disposition: '1.1', flags: [] }] })]);
    await expect(store.startCaseInterview('as-1', interview('01936f0e-8b1a-7c2d-9e3f-000000000003'))).rejects.toBeInstanceOf(CaseUnavailableError);
    expect((await store.listCases('ana'))[0]).toMatchObject({ status: 'closed', disposition: '1.1' });
    await store.replaceCases('ana', [serverCase({ quantity: 2, interviews: [{ instanceId: '01936f0e-8b1a-7c2d-9e3f-00000000000a', disposition: '1.1', flags: [] }] })]);
    await store.startCaseInterview('as-1', interview('01936f0e-8b1a-7c2d-9e3f-000000000004'));
    expect((await store.listCases('ana'))[0]).toMatchObject({ status: 'in-progress', interviewCount: 2, mayStart: false });
  });

  it('contact attempts: queued offline with the appointment; a closing one closes the case and refuses further attempts and interviews', async () => {
    await store.replaceCases('ana', [serverCase()]);
    await store.recordAttempt({ id: '01936f0e-8b1a-7c2d-9e3f-0000000000b1', assignmentId: 'as-1', owner: 'ana', at: '2026-11-21T17:00:00.000Z', outcome: '2.24', final: false, note: 'nobody home', appointment: '2099-01-02T17:00:00.000Z' });
    let [c] = await store.listCases('ana');
    expect(c).toMatchObject({ status: 'attempted', nextAppointment: '2099-01-02T17:00:00.000Z' });
    expect(c.attempts.map((a) => a.state)).toEqual(['queued']);
    expect(await store.countPending('ana')).toBe(1);
    expect((await store.listDueAttempts(Date.now())).map((a) => a.outcome)).toEqual(['2.24']);
    await store.recordAttempt({ id: '01936f0e-8b1a-7c2d-9e3f-0000000000b2', assignmentId: 'as-1', owner: 'ana', at: '2026-11-22T17:00:00.000Z', outcome: '2.11', final: true, note: '' });
    [c] = await store.listCases('ana');
    expect(c).toMatchObject({ status: 'closed', disposition: '2.11' });
    expect(c.nextAppointment).toBeUndefined();
    await expect(store.recordAttempt({ id: '01936f0e-8b1a-7c2d-9e3f-0000000000b3', assignmentId: 'as-1', owner: 'ana', at: '2026-11-23T17:00:00.000Z', outcome: '2.24', final: false, note: '' }))
      .rejects.toBeInstanceOf(CaseUnavailableError);
    await expect(store.startCaseInterview('as-1', interview('01936f0e-8b1a-7c2d-9e3f-000000000005'))).rejects.toBeInstanceOf(CaseUnavailableError);
  });

  it('attempts the server has from another tablet are added as uploaded; a queued one the server already has is marked uploaded', async () => {
    await store.replaceCases('ana', [serverCase()]);
    await store.recordAttempt({ id: '01936f0e-8b1a-7c2d-9e3f-0000000000c1', assignmentId: 'as-1', owner: 'ana', at: '2026-11-21T17:00:00.000Z', outcome: '2.24', final: false, note: '' });
    const attempt = (id: string, at: string) => ({ id, at, outcome: '2.24', final: false, note: '', appointment: null, interviewer: 'ana', receivedAt: at });
    await store.replaceCases('ana', [serverCase({ attempts: [attempt('01936f0e-8b1a-7c2d-9e3f-0000000000c0', '2026-11-20T17:00:00.000Z'), attempt('01936f0e-8b1a-7c2d-9e3f-0000000000c1', '2026-11-21T17:00:00.000Z')] })]);
    const [c] = await store.listCases('ana');
    expect(c.attempts.map((a) => [a.id.slice(-2), a.state])).toEqual([['c0', 'uploaded'], ['c1', 'uploaded']]);
    expect(await store.countPending('ana')).toBe(0);
  });
});
