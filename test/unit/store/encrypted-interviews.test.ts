// Encrypted questionnaires on the tablet (DESIGN.md §3): drafts and finalized interviews are kept
// sealed with the device key — no answer is in IndexedDB as text — autosave still works, and the
// outbox sends one envelope per interview, the same bytes on every retry, that the private key opens.
import 'fake-indexeddb/auto';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importPrivateKeyPem, openInterview } from '../../../src/crypto';
import { canonicalJson, problem, SubmissionRequestSchema, type SubmissionRequest } from '../../../src/protocol';
import { LocalStore } from '../../../src/store';
import { ApiClient, runOutbox, type FetchLike } from '../../../src/sync';

const keys = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
const SECRET = 'PLANTED-DRAFT-ANSWER-7f3a';
const id = '01936f0e-8b1a-7c2d-9e3f-00000000000a';
const plainId = '01936f0e-8b1a-7c2d-9e3f-00000000000b';
const summary = (qid: string, publicKey?: string) => ({ id: qid, version: 1, title: { en: qid }, locales: ['en'], ...(publicKey ? { publicKey } : {}) });
const definition = { pages: [{ name: 'p1', elements: [{ type: 'text', name: 'remarks' }] }] };
const paradata = { startedAt: '2026-11-25T09:00:00.000Z', questionTimes: { remarks: 5000 } };

let store: LocalStore;
let name: string;
let n = 0;

/** Every interview record as IndexedDB holds it, read by a second connection (not through LocalStore). */
async function rawRecords(): Promise<string> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    const all = db.transaction('interviews').objectStore('interviews').getAll();
    return await new Promise<string>((resolve, reject) => {
      all.onsuccess = () => resolve(JSON.stringify(all.result));
      all.onerror = () => reject(all.error);
    });
  } finally {
    db.close();
  }
}

beforeEach(async () => {
  n += 1;
  name = `test-encrypted-${n}`;
  store = new LocalStore(name);
  await store.open();
  await store.putQuestionnaire(summary('secret', keys.publicKey), definition);
  await store.putQuestionnaire(summary('open'), definition);
  await store.saveSession({ token: 'tok', role: 'interviewer', username: 'ana', expiresAt: '2026-12-25T00:00:00Z' });
});
afterEach(async () => {
  await store.destroy();
});

describe('an encrypted questionnaire on the device', () => {
  it('keeps the draft sealed through autosave, opens it for the interview screen; a plain one stays readable (the control)', async () => {
    await store.createInterview({ instanceId: id, questionnaireId: 'secret', version: 1, owner: 'ana', locale: 'en', paradata });
    await store.createInterview({ instanceId: plainId, questionnaireId: 'open', version: 1, owner: 'ana', locale: 'en', paradata });
    for (const text of ['P', 'PLANTED', SECRET]) {
      await store.saveProgress(id, { data: { remarks: text }, pageNo: 0, locale: 'en', paradata, lockedPages: [] });
    }
    await store.saveProgress(plainId, { data: { remarks: 'CONTROL-CLEAR-ANSWER' }, pageNo: 0, locale: 'en', paradata, lockedPages: [] });
    const raw = await rawRecords();
    expect(raw).toContain('CONTROL-CLEAR-ANSWER');
    expect(raw).not.toContain('PLANTED');
    expect((await store.getInterview(id))?.data).toEqual({});
    expect((await store.getInterviewWithAnswers(id))?.data).toEqual({ remarks: SECRET });
    expect((await store.getInterviewWithAnswers(id))?.sealed).toBeUndefined();
    // The list (home screen) needs no answers and opens none.
    expect((await store.listInterviews('ana')).find((r) => r.instanceId === id)?.encrypted).toBe(true);
  });

  it('a reopened store (the app started again) opens the draft with the same device key, kept in IndexedDB', async () => {
    await store.createInterview({ instanceId: id, questionnaireId: 'secret', version: 1, owner: 'ana', locale: 'en', paradata });
    await store.saveProgress(id, { data: { remarks: SECRET }, pageNo: 1, locale: 'en', paradata, lockedPages: [] });
    store.close();
    const again = new LocalStore(name);
    await again.open();
    expect((await again.getInterviewWithAnswers(id))?.data).toEqual({ remarks: SECRET });
    again.close();
    store = new LocalStore(name);
    await store.open();
  });

  it('uploads one envelope, the same on every retry, holding the answers and paradata for the private key only', async () => {
    const bodies: string[] = [];
    let fail = true;
    const fetchFn: FetchLike = async (_url, init) => {
      bodies.push(String(init?.body));
      if (fail) {
        fail = false;
        return new Response(JSON.stringify(problem('internal-error')), { status: 503, headers: { 'content-type': 'application/problem+json' } });
      }
      const sha = createHash('sha256').update(canonicalJson(JSON.parse(String(init?.body)))).digest('hex');
      return new Response(JSON.stringify({ instanceId: id, sha256: sha, receivedAt: '2026-11-25T10:00:00.000Z', reviewState: 'received' }), { status: 201, headers: { 'content-type': 'application/json' } });
    };
    await store.createInterview({ instanceId: id, questionnaireId: 'secret', version: 1, owner: 'ana', locale: 'en', paradata });
    await store.finalize(id, { data: { remarks: SECRET, age: 41 }, pageNo: 0, locale: 'en', paradata, lockedPages: [] });
    await store.queue(id, '1.1');
    const api = new ApiClient(fetchFn, 'http://server');
    expect((await runOutbox({ store, api, now: () => 0, random: () => 0.5 })).retrying).toEqual([id]);
    expect((await runOutbox({ store, api, now: () => 0, random: () => 0.5, force: true })).uploaded).toEqual([id]);
    expect(bodies).toHaveLength(2);
    expect(bodies[1]).toBe(bodies[0]);
    expect(bodies[0]).not.toContain('PLANTED');
    expect(await rawRecords()).not.toContain('PLANTED');
    const sent: SubmissionRequest = SubmissionRequestSchema.parse(JSON.parse(bodies[0]));
    expect(sent.data).toEqual({});
    expect(sent.paradata.questionTimes).toBeUndefined();
    const opened = await openInterview(await importPrivateKeyPem(keys.privateKey), id, sent);
    expect(opened.data).toEqual({ remarks: SECRET, age: 41 });
    expect(opened.paradata.questionTimes).toEqual({ remarks: 5000 });
    expect((await store.getInterview(id))?.state).toBe('uploaded');
  });

  it('a rejected interview reopened and corrected is sealed anew (a new envelope), still never in clear', async () => {
    await store.createInterview({ instanceId: id, questionnaireId: 'secret', version: 1, owner: 'ana', locale: 'en', paradata });
    await store.finalize(id, { data: { remarks: SECRET }, pageNo: 0, locale: 'en', paradata, lockedPages: [] });
    await store.queue(id, '1.1');
    const first = (await store.setOutbound(id, { questionnaireId: 'secret', version: 1, data: {}, paradata: { startedAt: 'x' }, disposition: '1.1' })).paradata.startedAt;
    expect(first).toBe('x');
    await store.markUploaded(id, { instanceId: id, sha256: 'a', receivedAt: '2026-11-25T10:00:00.000Z', reviewState: 'rejected' });
    const reopened = await store.reopenRejected(id);
    expect(reopened.outbound).toBeUndefined();
    expect(reopened.state).toBe('draft');
    expect((await store.getInterviewWithAnswers(id))?.data).toEqual({ remarks: SECRET });
    expect(await rawRecords()).not.toContain('PLANTED');
  });
});

describe('a passphrase backup of an encrypted interview', () => {
  it('carries the answers inside the passphrase box and, restored on another device, seals them with that device\'s key', async () => {
    const { backupFile, openBackupFile, restoreBackup } = await import('../../../src/app/services/export-file');
    await store.createInterview({ instanceId: id, questionnaireId: 'secret', version: 1, owner: 'ana', locale: 'en', paradata });
    await store.saveProgress(id, { data: { remarks: SECRET }, pageNo: 0, locale: 'en', paradata, lockedPages: [] });
    const opened = await store.getInterviewWithAnswers(id);
    if (!opened) throw new Error('no interview');
    const file = await backupFile('ana', [opened], 'a long enough passphrase');
    expect(file).not.toContain(SECRET);

    const otherName = `${name}-other-device`;
    const other = new LocalStore(otherName);
    await other.open();
    try {
      await other.putQuestionnaire(summary('secret', keys.publicKey), definition);
      const summaryOf = await restoreBackup(other, 'ana', await openBackupFile(file, 'a long enough passphrase'));
      expect(summaryOf.added).toBe(1);
      expect((await other.getInterviewWithAnswers(id))?.data).toEqual({ remarks: SECRET });
      const previous = name;
      name = otherName;
      expect(await rawRecords()).not.toContain(SECRET);
      name = previous;
      // Restoring the same backup again is recognised as the same content.
      expect((await restoreBackup(other, 'ana', await openBackupFile(file, 'a long enough passphrase'))).duplicate).toBe(1);
    } finally {
      await other.destroy();
    }
  });
});
