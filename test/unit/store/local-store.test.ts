import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, LocalStore, StorageWriteError, type Progress } from '../../../src/store';

let store: LocalStore;
let n = 0;

beforeEach(async () => {
  n += 1;
  store = new LocalStore(`test-store-${n}`);
  await store.open();
});

afterEach(async () => {
  vi.restoreAllMocks();
  await store.destroy();
});

const id = '01936f0e-8b1a-7c2d-9e3f-0123456789ab';

async function draft(): Promise<void> {
  await store.createInterview({
    instanceId: id, questionnaireId: 'demo', version: 1, owner: 'ana', locale: 'sq',
    paradata: { startedAt: '2026-11-25T10:00:00.000Z' },
  });
}

function progress(data: Record<string, unknown>, pageNo: number): Progress {
  return { data, pageNo, locale: 'sq', paradata: { startedAt: '2026-11-25T10:00:00.000Z', questionTimes: { consent: 1200 } }, lockedPages: [] };
}

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

describe('LocalStore', () => {
  it('pages the home list: the newest interviews of one owner first, with the total from the index', async () => {
    for (let i = 0; i < 7; i += 1) {
      await store.createInterview({
        instanceId: `01936f0e-0000-7000-8000-00000000000${i}`, questionnaireId: 'demo', version: 1, owner: i % 3 === 0 ? 'ben' : 'ana', locale: 'sq',
        paradata: { startedAt: '2026-11-25T10:00:00.000Z' },
      });
      await new Promise((ok) => setTimeout(ok, 2));
    }
    const first = await store.listInterviewPage('ana', 3);
    expect(first.total).toBe(4);
    expect(first.rows.map((r) => r.instanceId.slice(-1))).toEqual(['5', '4', '2']);
    const all = await store.listInterviewPage('ana', 50);
    expect(all.rows.map((r) => r.instanceId.slice(-1))).toEqual(['5', '4', '2', '1']);
    expect(all.rows.every((r) => r.owner === 'ana')).toBe(true);
    expect((await store.listInterviewPage('ben', 50)).rows.map((r) => r.instanceId.slice(-1))).toEqual(['6', '3', '0']);
  });

  it('resumes a draft with its answers and page after the database is reopened', async () => {
    await draft();
    await store.saveProgress(id, progress({ consent: 1, age: 44 }, 1));
    store.close();
    const reopened = new LocalStore(store.name);
    await reopened.open();
    const r = await reopened.getInterview(id);
    expect(r?.data).toEqual({ consent: 1, age: 44 });
    expect(r?.pageNo).toBe(1);
    expect(r?.state).toBe('draft');
    expect(r?.paradata.questionTimes).toEqual({ consent: 1200 });
    reopened.close();
  });

  it('surfaces a quota failure as a StorageWriteError of kind quota, and keeps the old answers', async () => {
    await draft();
    await store.saveProgress(id, progress({ consent: 1 }, 0));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quotaError();
    });
    const failure = await store.saveProgress(id, progress({ consent: 1, age: 50 }, 0)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageWriteError);
    expect((failure as StorageWriteError).kind).toBe('quota');
    vi.restoreAllMocks();
    expect((await store.getInterview(id))?.data).toEqual({ consent: 1 });
  });

  it('reopens the connection and retries once when it was lost', async () => {
    await draft();
    const realPut = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
      calls += 1;
      if (calls === 1) throw new DOMException('Connection to Indexed Database server lost. Refresh the page to try again', 'UnknownError');
      return realPut.apply(this, args);
    });
    await store.saveProgress(id, progress({ consent: 2 }, 0));
    expect(calls).toBe(2);
    vi.restoreAllMocks();
    expect((await store.getInterview(id))?.data).toEqual({ consent: 2 });
  });

  it('does not remove an interview the server has not acknowledged', async () => {
    await draft();
    await store.finalize(id, progress({ consent: 1 }, 2));
    await store.queue(id, '1.1');
    await expect(store.removeAcknowledged(id)).rejects.toThrow(/not acknowledged/);
    expect(await store.getInterview(id)).toBeDefined();
    await store.markUploaded(id, { instanceId: id, sha256: 'x', receivedAt: '2026-11-25T10:00:00Z', reviewState: 'received' });
    await store.removeAcknowledged(id);
    expect(await store.getInterview(id)).toBeUndefined();
  });

  it('refuses to autosave over a finalized interview', async () => {
    await draft();
    await store.finalize(id, progress({ consent: 1 }, 2));
    await expect(store.saveProgress(id, progress({ consent: 2 }, 0))).rejects.toThrow(/not a draft/);
  });

  it('keeps only the newest version of each cached questionnaire in the list', async () => {
    await store.putQuestionnaire({ id: 'demo', version: 1, title: { default: 'v1' }, locales: ['en'] }, { pages: [] });
    await store.putQuestionnaire({ id: 'demo', version: 2, title: { default: 'v2' }, locales: ['en'] }, { pages: [] });
    const list = await store.listQuestionnaires();
    expect(list.map((q) => q.version)).toEqual([2]);
    expect(await store.hasQuestionnaire('demo', 1)).toBe(true);
  });

  it('lists questionnaires without their definitions (the home screen) and opens one version with it', async () => {
    const definition = { title: 'Demo', pages: [{ name: 'p1', elements: [] }, { name: 'p2', elements: [] }] };
    await store.putQuestionnaire({ id: 'demo', version: 1, title: { default: 'Demo' }, locales: ['en'] }, definition);
    const [listed] = await store.listQuestionnaires();
    expect(listed).toMatchObject({ id: 'demo', version: 1, pageCount: 2 });
    expect('definition' in listed).toBe(false);
    expect((await store.getQuestionnaire('demo', 1))?.definition).toEqual(definition);
    expect((await store.getQuestionnaire('demo', 1))?.pageCount).toBe(2);
    expect(await store.getQuestionnaire('demo', 2)).toBeUndefined();
  });

  it('moves the definitions of a database made before version 4 into their own table', async () => {
    const name = `test-store-old-${n}`;
    // The schema of version 3 as Dexie made it (IndexedDB version 30), written with plain IndexedDB.
    const definition = { pages: [{ name: 'p1' }, { name: 'p2' }, { name: 'p3' }] };
    await new Promise<void>((ok, fail) => {
      const open = indexedDB.open(name, 30);
      open.onupgradeneeded = () => {
        const db = open.result;
        const interviews = db.createObjectStore('interviews', { keyPath: 'instanceId' });
        for (const index of ['state', 'owner', 'questionnaireId', 'updatedAt', 'sync.nextAttemptAt']) interviews.createIndex(index, index);
        db.createObjectStore('questionnaires', { keyPath: ['id', 'version'] }).createIndex('id', 'id');
        db.createObjectStore('settings', { keyPath: 'key' });
        const assignments = db.createObjectStore('assignments', { keyPath: 'id' });
        for (const index of ['interviewer', 'questionnaireId']) assignments.createIndex(index, index);
        const attempts = db.createObjectStore('attempts', { keyPath: 'id' });
        for (const index of ['assignmentId', 'owner', 'state']) attempts.createIndex(index, index);
        open.transaction?.objectStore('questionnaires').put({ id: 'demo', version: 3, title: { default: 'Demo' }, locales: ['en'], definition, cachedAt: '2026-11-01T00:00:00.000Z' });
      };
      open.onsuccess = () => { open.result.close(); ok(); };
      open.onerror = () => fail(open.error);
    });
    const upgraded = new LocalStore(name);
    await upgraded.open();
    try {
      const [listed] = await upgraded.listQuestionnaires();
      expect(listed).toMatchObject({ id: 'demo', version: 3, pageCount: 3, cachedAt: '2026-11-01T00:00:00.000Z' });
      expect('definition' in listed).toBe(false);
      expect((await upgraded.getQuestionnaire('demo', 3))?.definition).toEqual(definition);
    } finally {
      await upgraded.destroy();
    }
  });

  it('stops listing a version the server no longer offers (retired), keeps it for interviews started on it', async () => {
    const v = (id: string, version: number) => ({ id, version, title: { default: `${id} v${version}` }, locales: ['en'] });
    await store.putQuestionnaire(v('demo', 1), { pages: [] });
    await store.putQuestionnaire(v('demo', 2), { pages: [] });
    await store.putQuestionnaire(v('gone', 1), { pages: [] });
    // The manager retired demo@2 and every version of gone: the server offers demo@1 only.
    await store.retireUnoffered([v('demo', 1)]);
    expect((await store.listQuestionnaires()).map((q) => `${q.id}@${q.version}`)).toEqual(['demo@1']);
    expect((await store.getQuestionnaire('demo', 2))?.retired).toBe(true);
    // Publishing again (demo@3) lists the new version.
    await store.putQuestionnaire(v('demo', 3), { pages: [] });
    await store.retireUnoffered([v('demo', 3), v('gone', 1)]);
    expect((await store.listQuestionnaires()).map((q) => `${q.id}@${q.version}`)).toEqual(['demo@3', 'gone@1']);
  });

  it('makes the device id once', async () => {
    const a = await store.getDeviceId();
    expect(await store.getDeviceId()).toBe(a);
  });
});

describe('saveDraft (the interview screen\'s autosave)', () => {
  it('writes over the draft it was given, tells live queries, and returns the base of the next write', async () => {
    await draft();
    const seen: unknown[] = [];
    const stop = store.observe((s) => s.getInterview(id), (r) => seen.push(r?.data.age), () => undefined);
    const loaded = (await store.getInterviewWithAnswers(id))!;
    const first = await store.saveDraft(loaded, progress({ age: 40 }, 1));
    expect(first.updatedAt >= loaded.updatedAt).toBe(true);
    const second = await store.saveDraft(first, progress({ age: 41 }, 2));
    const stored = await store.getInterview(id);
    expect(stored).toEqual(second);
    expect(stored).toMatchObject({ data: { age: 41 }, pageNo: 2, state: 'draft', owner: 'ana' });
    await expect.poll(() => seen.at(-1)).toBe(41);
    stop();
  });

  it('does not write over a record someone else changed: it merges into the stored one instead', async () => {
    await draft();
    const stale = (await store.getInterview(id))!;
    await new Promise((ok) => setTimeout(ok, 2));
    // Another writer (another tab) changed the interview meanwhile.
    await store.saveProgress(id, { ...progress({ age: 1 }, 0), lockedPages: ['casi_1'] });
    const written = await store.saveDraft(stale, progress({ age: 2 }, 1));
    expect(written).toEqual(await store.getInterview(id));
    expect(written.data).toEqual({ age: 2 });
  });

  it('refuses to save over an interview that is no longer a draft', async () => {
    await draft();
    const base = (await store.getInterview(id))!;
    await store.finalize(id, progress({ consent: 1 }, 2));
    await expect(store.saveDraft(base, progress({ consent: 2 }, 0))).rejects.toThrow(/not a draft/);
    expect((await store.getInterview(id))?.state).toBe('finalized');
  });
});

describe('Autosaver with the store', () => {
  it('starts writing at once, coalesces what arrives while a write is in flight to the newest, and flush waits for it', async () => {
    await draft();
    const saved: number[] = [];
    const started: number[] = [];
    const saver = new Autosaver<Progress>(async (p) => {
      started.push(p.data.age as number);
      await store.saveProgress(id, p);
      saved.push(p.data.age as number);
    }, { onError: () => undefined });
    saver.schedule(progress({ age: 1 }, 0));
    // No debounce: the first write has started before schedule returned.
    expect(started).toEqual([1]);
    saver.schedule(progress({ age: 2 }, 0));
    saver.schedule(progress({ age: 3 }, 1));
    expect(saver.dirty).toBe(true);
    await saver.flush();
    // 2 was replaced by 3 while 1 was being written: two writes, the newest last.
    expect(saved).toEqual([1, 3]);
    expect(saver.dirty).toBe(false);
    expect((await store.getInterview(id))?.data).toEqual({ age: 3 });
    expect((await store.getInterview(id))?.pageNo).toBe(1);
    saver.schedule(progress({ age: 4 }, 1));
    await saver.flush();
    expect(saved).toEqual([1, 3, 4]);
    expect((await store.getInterview(id))?.data).toEqual({ age: 4 });
  });

  it('writes nothing more after cancel (the interview is finalized with the newest state)', async () => {
    await draft();
    const saved: number[] = [];
    const saver = new Autosaver<Progress>(async (p) => { await store.saveProgress(id, p); saved.push(p.data.age as number); }, { onError: () => undefined });
    saver.schedule(progress({ age: 1 }, 0));
    saver.schedule(progress({ age: 2 }, 0));
    saver.cancel();
    await saver.flush();
    expect(saved).toEqual([1]);
    expect(saver.dirty).toBe(false);
  });

  it('reports a failed write and retries the same snapshot on the next flush', async () => {
    await draft();
    const errors: unknown[] = [];
    const saver = new Autosaver<Progress>((p) => store.saveProgress(id, p).then(() => undefined), {
      onError: (e) => errors.push(e),
    });
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quotaError();
    });
    saver.schedule(progress({ age: 30 }, 0));
    // The write started by schedule fails; flush waits for it and tries once more, failing too.
    await expect(saver.flush()).rejects.toBeInstanceOf(StorageWriteError);
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors.every((e) => e instanceof StorageWriteError)).toBe(true);
    expect(saver.dirty).toBe(true);
    spy.mockRestore();
    await saver.flush();
    expect(saver.dirty).toBe(false);
    expect((await store.getInterview(id))?.data).toEqual({ age: 30 });
  });

  it('writes a snapshot whose write failed again by itself, without a new answer or a flush', async () => {
    await draft();
    const errors: unknown[] = [];
    const saver = new Autosaver<Progress>((p) => store.saveProgress(id, p).then(() => undefined), {
      onError: (e) => errors.push(e), retryMs: 20,
    });
    let failing = 2;
    const put = IDBObjectStore.prototype.put;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (failing > 0) { failing -= 1; throw quotaError(); }
      return put.apply(this, args);
    });
    try {
      saver.schedule(progress({ age: 41 }, 0));
      // Two failures (retried after 20 ms, then 40 ms), then the write goes through.
      await vi.waitFor(async () => expect((await store.getInterview(id))?.data).toEqual({ age: 41 }), { timeout: 5000, interval: 10 });
      expect(errors).toHaveLength(2);
      expect(saver.dirty).toBe(false);
    } finally {
      spy.mockRestore();
    }
  });
});
