// What the interviewer is told about syncing must be true: "last successful sync" moves only
// when the server answered the whole round, and a failure says why in a form the app translates.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { problem } from '../../../src/protocol';
import { LocalStore } from '../../../src/store';
import { ApiClient, ApiError, NetworkError, nextSyncStatus, refreshFailure, runOutbox, type FetchLike, type OutboxReport } from '../../../src/sync';

const at = Date.parse('2026-11-25T10:00:00Z');
const iso = new Date(at).toISOString();
const earlier = '2026-11-24T08:00:00.000Z';
const clean: OutboxReport = { uploaded: [], conflicts: [], refused: [], retrying: [], needsLogin: false, skipped: false };

describe('nextSyncStatus', () => {
  it('moves the last success only on a round the server answered whole', () => {
    expect(nextSyncStatus({ lastSuccessAt: earlier }, at, clean, { kind: 'ok' })).toEqual({ lastAttemptAt: iso, lastSuccessAt: iso });
  });
  it('keeps the last success and says "network" when the server could not be reached', () => {
    const report: OutboxReport = { ...clean, retrying: ['x'], failure: { reason: 'network' }, nextAttemptAt: at + 60_000 };
    expect(nextSyncStatus({ lastSuccessAt: earlier }, at, report, { kind: 'skipped' })).toEqual({
      lastAttemptAt: iso, lastSuccessAt: earlier, failure: { reason: 'network', at: iso }, nextAttemptAt: new Date(at + 60_000).toISOString(),
    });
  });
  it('a failed download fails the round even with nothing to upload', () => {
    const status = nextSyncStatus({ lastSuccessAt: earlier }, at, clean, { kind: 'failed', reason: 'server', status: 503, code: 'internal-error' });
    expect(status.lastSuccessAt).toBe(earlier);
    expect(status.failure).toEqual({ reason: 'server', at: iso, status: 503, code: 'internal-error' });
  });
  it('a refused session asks for a log-in', () => {
    expect(nextSyncStatus({}, at, { ...clean, needsLogin: true }, { kind: 'skipped' }).failure?.reason).toBe('needs-login');
  });
  it('a skipped round (offline session) keeps the earlier failure and success', () => {
    const previous = { lastSuccessAt: earlier, failure: { reason: 'network' as const, at: earlier } };
    expect(nextSyncStatus(previous, at, { ...clean, skipped: true }, { kind: 'skipped' })).toEqual({ lastAttemptAt: iso, ...previous });
  });
  it('sorts download errors by what the interviewer can do', () => {
    expect(refreshFailure(new NetworkError('Failed to fetch'))).toEqual({ kind: 'failed', reason: 'network' });
    expect(refreshFailure(new ApiError(401, problem('unauthenticated')))).toMatchObject({ reason: 'needs-login' });
    expect(refreshFailure(new ApiError(500, problem('internal-error')))).toMatchObject({ reason: 'server', status: 500 });
    expect(() => refreshFailure(new Error('disk'))).toThrow('disk');
  });
});

describe('the outbox reports why it could not upload', () => {
  let store: LocalStore;
  let n = 0;
  beforeEach(async () => {
    n += 1;
    store = new LocalStore(`test-round-${n}`);
    await store.open();
    await store.saveSession({ token: 'tok', role: 'interviewer', username: 'ana', expiresAt: '2026-12-25T00:00:00Z' });
    await store.createInterview({ instanceId: '01936f0e-8b1a-7c2d-9e3f-000000000001', questionnaireId: 'demo', version: 1, owner: 'ana', locale: 'en', paradata: { startedAt: iso } });
    await store.finalize('01936f0e-8b1a-7c2d-9e3f-000000000001', { data: { consent: 1 }, pageNo: 1, locale: 'en', paradata: { startedAt: iso, endedAt: iso }, lockedPages: [] });
    await store.queue('01936f0e-8b1a-7c2d-9e3f-000000000001', '1.1');
  });
  afterEach(async () => { await store.destroy(); });

  it.each([
    ['network', (async () => { throw new TypeError('Failed to fetch'); }) as FetchLike, { reason: 'network' }],
    ['server', (async () => new Response(JSON.stringify(problem('internal-error')), { status: 503, headers: { 'content-type': 'application/problem+json' } })) as FetchLike, { reason: 'server', status: 503, code: 'internal-error' }],
  ])('%s', async (_name, fetchFn, failure) => {
    const report = await runOutbox({ store, api: new ApiClient(fetchFn, 'http://server'), now: () => at, random: () => 0.5 });
    expect(report.failure).toEqual(failure);
    expect(report.retrying).toHaveLength(1);
    expect(report.nextAttemptAt).toBeGreaterThan(at);
  });
});
