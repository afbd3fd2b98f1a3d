import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalStore } from '../../../src/store';
import { ApiClient, downloadAssignments, downloadQuestionnaires, type FetchLike } from '../../../src/sync';

let store: LocalStore;
let n = 0;
const requested: string[] = [];
let assignments: unknown[] = [];

const json = (body: unknown, status = 200): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const fetchFn: FetchLike = async (url) => {
  const path = new URL(url, 'http://server').pathname;
  requested.push(path);
  if (path === '/api/v1/questionnaires') {
    return json([{ id: 'demo', version: 2, title: { default: 'Demo' }, locales: ['en', 'sq'] }]);
  }
  if (path === '/api/v1/questionnaires/demo/2') return json({ title: 'Demo', pages: [{ name: 'p1', elements: [] }] });
  if (path === '/api/v1/assignments') return json(assignments);
  return json({ type: 'x', status: 404, code: 'not-found', title: 'No such resource' }, 404);
};
const api = new ApiClient(fetchFn, 'http://server');

beforeEach(async () => {
  n += 1;
  store = new LocalStore(`test-download-${n}`);
  await store.open();
  requested.length = 0;
});

afterEach(async () => {
  await store.destroy();
});

describe('downloads for offline work', () => {
  it('caches each questionnaire version once, with its JSON', async () => {
    await downloadQuestionnaires(api, 'tok', store);
    await downloadQuestionnaires(api, 'tok', store);
    expect(requested.filter((p) => p === '/api/v1/questionnaires/demo/2')).toHaveLength(1);
    expect((await store.getQuestionnaire('demo', 2))?.definition).toEqual({ title: 'Demo', pages: [{ name: 'p1', elements: [] }] });
  });

  it('replaces the interviewer\'s cached assignments with the server\'s list, prefill kept', async () => {
    const base = { interviewer: 'ana', questionnaireId: 'demo', createdAt: '2026-11-25T10:00:00Z' };
    assignments = [{ ...base, id: 'a1', caseId: 'HH-10', prefill: { region: 'north' } }, { ...base, id: 'a2', caseId: 'HH-2', prefill: null }];
    await downloadAssignments(api, 'tok', 'ana', store);
    expect((await store.listAssignments('ana')).map((a) => [a.caseId, a.prefill])).toEqual([['HH-2', undefined], ['HH-10', { region: 'north' }]]);
    assignments = [{ ...base, id: 'a2', caseId: 'HH-2' }];
    await downloadAssignments(api, 'tok', 'ana', store);
    expect((await store.listAssignments('ana')).map((a) => a.id)).toEqual(['a2']);
  });

  it('starts an interview of an assignment with its case id and prefilled answers', async () => {
    const r = await store.createInterview({
      instanceId: '01936f0e-8b1a-7c2d-9e3f-000000000009', questionnaireId: 'demo', version: 2, owner: 'ana', locale: 'en',
      caseId: 'HH-10', data: { region: 'north' }, paradata: { startedAt: '2026-11-25T10:00:00Z' },
    });
    expect(r.caseId).toBe('HH-10');
    expect((await store.getInterview(r.instanceId))?.data).toEqual({ region: 'north' });
  });
});
