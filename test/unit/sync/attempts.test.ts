import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContactAttemptRequestSchema, problem, type CaseSummary } from '../../../src/protocol';
import { LocalStore } from '../../../src/store';
import { ApiClient, runAttemptOutbox, type FetchLike } from '../../../src/sync';

/** A stand-in for PUT /cases/:assignment/attempts/:id: validates the body, 201 once, 200 after, or a planted failure. */
class AttemptServer {
  bodies = new Map<string, unknown>();
  failNext: Array<'network' | number> = [];
  fetch: FetchLike = async (url, init) => {
    const next = this.failNext.shift();
    if (next === 'network') throw new TypeError('Failed to fetch');
    const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), {
      status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
    });
    if (typeof next === 'number') return json(next, problem(next === 401 ? 'unauthenticated' : next === 403 ? 'forbidden' : 'internal-error'));
    const id = decodeURIComponent(url.split('/').pop() ?? '');
    const body = ContactAttemptRequestSchema.parse(JSON.parse(String(init?.body)));
    const seen = this.bodies.has(id);
    this.bodies.set(id, body);
    return json(seen ? 200 : 201, { id, sha256: 'abc', receivedAt: '2026-11-25T10:00:00.000Z' });
  };
}

let store: LocalStore;
let server: AttemptServer;
let n = 0;
const clock = Date.parse('2026-11-25T10:00:00Z');
const caseOf: CaseSummary = {
  assignmentId: 'as-1', interviewer: 'ana', questionnaireId: 'demo', caseId: 'HH-1', address: null, prefill: null, quantity: 1,
  status: 'todo', interviews: [], attempts: [], disposition: null, nextAppointment: null, createdAt: '2026-11-20T08:00:00.000Z',
};
const attempt = (id: string, extra: { final?: boolean; appointment?: string } = {}) => ({
  id, assignmentId: 'as-1', owner: 'ana', at: '2026-11-24T17:00:00.000Z', outcome: '2.24', final: false, note: 'evening', ...extra,
});
const run = () => runAttemptOutbox({ store, api: new ApiClient(server.fetch, 'http://server'), now: () => clock, random: () => 0.5 });

beforeEach(async () => {
  n += 1;
  store = new LocalStore(`test-attempts-${n}`);
  await store.open();
  await store.saveSession({ token: 'tok', role: 'interviewer', username: 'ana', expiresAt: '2027-01-01T00:00:00Z' });
  await store.replaceCases('ana', [caseOf]);
  server = new AttemptServer();
});

afterEach(async () => {
  await store.destroy();
});

describe('contact attempt outbox', () => {
  it('uploads a queued attempt with exactly what was recorded (appointment too), then nothing is pending', async () => {
    await store.recordAttempt(attempt('01936f0e-8b1a-7c2d-9e3f-0000000000a1', { appointment: '2026-11-26T18:00:00.000Z' }));
    const report = await run();
    expect(report.uploaded).toEqual(['01936f0e-8b1a-7c2d-9e3f-0000000000a1']);
    expect(server.bodies.get('01936f0e-8b1a-7c2d-9e3f-0000000000a1')).toEqual({ at: '2026-11-24T17:00:00.000Z', outcome: '2.24', final: false, note: 'evening', appointment: '2026-11-26T18:00:00.000Z' });
    expect(await store.countPending('ana')).toBe(0);
    expect((await run()).uploaded).toEqual([]);
  });

  it('a network failure keeps it queued with a backoff; a refusal keeps it on the tablet with the Problem; 401 stops and asks for a log-in', async () => {
    await store.recordAttempt(attempt('01936f0e-8b1a-7c2d-9e3f-0000000000b1'));
    server.failNext = ['network'];
    expect((await run()).retrying).toEqual(['01936f0e-8b1a-7c2d-9e3f-0000000000b1']);
    expect((await store.listDueAttempts(clock)).length).toBe(0);
    expect(await store.nextRetryAt()).toBe(clock + 1_000);
    server.failNext = [403];
    const refused = await runAttemptOutbox({ store, api: new ApiClient(server.fetch, 'http://server'), now: () => clock, random: () => 0.5, force: true });
    expect(refused.refused).toEqual(['01936f0e-8b1a-7c2d-9e3f-0000000000b1']);
    const [c] = await store.listCases('ana');
    expect(c.attempts[0]).toMatchObject({ state: 'error', sync: { problem: { code: 'forbidden' } } });

    await store.recordAttempt(attempt('01936f0e-8b1a-7c2d-9e3f-0000000000b2'));
    server.failNext = [401];
    expect((await run()).needsLogin).toBe(true);
    expect((await store.getSession())?.expired).toBe(true);
    expect(await store.countPending('ana')).toBe(1);
  });
});
