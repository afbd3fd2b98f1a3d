import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson, type SubmissionStatus } from '../../../src/protocol';
import { LocalStore } from '../../../src/store';
import { ApiClient, downloadReviews, submissionBody, type FetchLike } from '../../../src/sync';
import { createHash } from 'node:crypto';

let store: LocalStore;
let n = 0;
let statuses: SubmissionStatus[] = [];
const contents = new Map<string, unknown>();
const requested: string[] = [];

const json = (body: unknown, status = 200): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const fetchFn: FetchLike = async (url) => {
  const path = new URL(url, 'http://server').pathname;
  requested.push(path);
  if (path === '/api/v1/submissions') return json(statuses.map((s) => ({ ...s, questionnaireId: 'victimization', interviewer: 'ana' })));
  const m = /^\/api\/v1\/submissions\/([^/]+)\/content$/.exec(path);
  if (m && contents.has(m[1])) return json(contents.get(m[1]));
  return json({ type: 'x', status: 404, code: 'not-found', title: 'No such resource' }, 404);
};
const api = new ApiClient(fetchFn, 'http://server');

const ID = '01936f0e-8b1a-7c2d-9e3f-0123456789ab';
const sha = (body: unknown): string => createHash('sha256').update(canonicalJson(body)).digest('hex');

beforeEach(async () => {
  n += 1;
  store = new LocalStore(`test-reviews-${n}`);
  await store.open();
  statuses = [];
  contents.clear();
  requested.length = 0;
});

afterEach(async () => {
  await store.destroy();
});

/** An interview finalized, queued and acknowledged by the server, as the outbox leaves it. */
async function uploaded(): Promise<string> {
  await store.createInterview({ instanceId: ID, questionnaireId: 'victimization', version: 1, owner: 'ana', locale: 'mk', paradata: { startedAt: '2026-11-25T10:00:00.000Z' } });
  await store.finalize(ID, { data: { consent: 1, age: 44 }, pageNo: 3, locale: 'mk', paradata: { startedAt: '2026-11-25T10:00:00.000Z' }, lockedPages: ['casi_violence'] });
  const queued = await store.queue(ID, '1.1');
  const hash = sha(submissionBody(queued));
  await store.markUploaded(ID, { instanceId: ID, sha256: hash, receivedAt: '2026-11-25T11:00:00.000Z', reviewState: 'received' });
  return hash;
}

const status = (hash: string, reviewState: SubmissionStatus['reviewState'], comment: string | null = null): SubmissionStatus => ({
  instanceId: ID, sha256: hash, revision: 1, reviewState, reviewComment: comment, reviewedBy: reviewState === 'received' ? null : 'supervisor', reviewedAt: reviewState === 'received' ? null : '2026-11-26T09:00:00.000Z',
});

describe('supervisor reviews reach the device', () => {
  it('marks an approved upload accepted and a rejected one rejected with the comment; a repeat changes nothing', async () => {
    const hash = await uploaded();
    statuses = [status(hash, 'approved')];
    expect(await downloadReviews(api, 'tok', 'ana', store)).toEqual({ updated: [ID], restored: [] });
    expect((await store.getInterview(ID))?.state).toBe('accepted');

    statuses = [status(hash, 'rejected', 'Q12: the age does not match the roster')];
    expect((await downloadReviews(api, 'tok', 'ana', store)).updated).toEqual([ID]);
    const rejected = await store.getInterview(ID);
    expect(rejected?.state).toBe('rejected');
    expect(rejected?.review).toMatchObject({ state: 'rejected', comment: 'Q12: the age does not match the roster', reviewer: 'supervisor', sha256: hash });
    const before = rejected?.updatedAt;
    expect(await downloadReviews(api, 'tok', 'ana', store)).toEqual({ updated: [], restored: [] });
    expect((await store.getInterview(ID))?.updatedAt).toBe(before);
  });

  it('reopens a rejected interview as a draft with its answers and the comment; a review of the old upload no longer applies', async () => {
    const hash = await uploaded();
    statuses = [status(hash, 'rejected', 'check the age')];
    await downloadReviews(api, 'tok', 'ana', store);
    const draft = await store.reopenRejected(ID);
    expect(draft).toMatchObject({ state: 'draft', data: { consent: 1, age: 44 }, lockedPages: ['casi_violence'], review: { comment: 'check the age' } });
    expect(draft.paradata.endedAt).toBeUndefined();
    expect(draft.paradata.reopenedAt).toHaveLength(1);
    // While being corrected, the same rejection is not applied again.
    expect(await downloadReviews(api, 'tok', 'ana', store)).toEqual({ updated: [], restored: [] });
    expect((await store.getInterview(ID))?.state).toBe('draft');
    // Corrected and queued: the next upload carries new content, so a new hash and a new end time.
    await store.saveProgress(ID, { data: { consent: 1, age: 45 }, pageNo: 3, locale: 'mk', paradata: draft.paradata, lockedPages: draft.lockedPages });
    await store.finalize(ID, { data: { consent: 1, age: 45 }, pageNo: 3, locale: 'mk', paradata: draft.paradata, lockedPages: draft.lockedPages });
    const requeued = await store.queue(ID, '1.1');
    expect(sha(submissionBody(requeued))).not.toBe(hash);
    expect(requeued.paradata.endedAt).toBeDefined();
  });

  it('only a rejected interview leaves the rejected state: reopening an uploaded one is refused', async () => {
    await uploaded();
    await expect(store.reopenRejected(ID)).rejects.toThrow(/uploaded, not rejected/);
  });

  it('takes back a rejected interview the device no longer holds, with the self-completion pages hidden', async () => {
    const body = {
      questionnaireId: 'victimization', version: 1, caseId: 'C-7', data: { consent: 1, casi_q1: 2 },
      paradata: { startedAt: '2026-11-25T10:00:00.000Z', endedAt: '2026-11-25T10:40:00.000Z', locale: 'sq' }, disposition: '1.1',
    };
    await store.putQuestionnaire({ id: 'victimization', version: 1, title: { default: 'V' }, locales: ['en'] }, { pages: [{ name: 'intro' }, { name: 'casi_violence' }, { name: 'end' }] });
    contents.set(ID, body);
    statuses = [status(sha(body), 'rejected', 'redo the roster')];
    expect(await downloadReviews(api, 'tok', 'ana', store)).toEqual({ updated: [], restored: [ID] });
    const record = await store.getInterview(ID);
    expect(record).toMatchObject({
      state: 'rejected', owner: 'ana', caseId: 'C-7', locale: 'sq', data: body.data, disposition: '1.1', lockedPages: ['casi_violence'],
      review: { comment: 'redo the roster', reviewer: 'supervisor' },
    });
    expect(sha(submissionBody(record!))).toBe(sha(body));
    // Approved or pending interviews the device does not hold are not downloaded.
    contents.clear();
    requested.length = 0;
    statuses = [{ ...status('f'.repeat(64), 'approved'), instanceId: '01936f0e-8b1a-7c2d-9e3f-0123456789ac' }];
    expect(await downloadReviews(api, 'tok', 'ana', store)).toEqual({ updated: [], restored: [] });
    expect(requested).toEqual(['/api/v1/submissions']);
  });
});
