// The interviews' backup file (issue 17 item 7): encrypted with a passphrase, strict on reading,
// and restored without ever overwriting a newer copy on the device.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateKeyPairPem, sealWithPassphrase } from '../../../src/crypto';
import { canonicalJson } from '../../../src/protocol';
import { LocalStore, type InterviewRecord } from '../../../src/store';
import {
  BACKUP_FORMAT, BackupError, backupFile, backupInterviews, contentHash, openBackupFile, restoreBackup, restoreDecision, type BackupErrorCode,
} from '../../../src/app/services/export-file';

const passphrase = 'Drita e mëngjesit 7';
const record = (over: Partial<InterviewRecord> = {}): InterviewRecord => ({
  instanceId: '01936f0e-8b1a-7c2d-9e3f-00000000000a',
  questionnaireId: 'victimization', version: 2, owner: 'ana', caseId: 'HH-7', state: 'draft',
  data: { roster: [{ name: 'Besa Krasniqi', sex: '2' }, { name: 'Arben Krasniqi', sex: '1' }], region: 'AL011' },
  pageNo: 3, locale: 'sq', paradata: { startedAt: '2026-11-30T09:00:00.000Z', questionTimes: { region: 4200 } },
  lockedPages: [], createdAt: '2026-11-30T09:00:00.000Z', updatedAt: '2026-11-30T09:20:00.000Z',
  sync: { attempts: 0, nextAttemptAt: 0 },
  ...over,
});

async function codeOf(promise: Promise<unknown>): Promise<BackupErrorCode | 'opened'> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof BackupError) return e.code;
    throw e;
  }
  return 'opened';
}

describe('backup file', () => {
  it('holds no answer in clear text and opens to the same interviews', async () => {
    const queued = record({ instanceId: '01936f0e-8b1a-7c2d-9e3f-00000000000b', state: 'queued', disposition: '1.1', sync: { attempts: 3, nextAttemptAt: 99, lastError: 'network' } });
    const text = await backupFile('ana', [record(), queued], passphrase, new Date('2026-12-01T10:00:00.000Z'));
    expect(text).not.toContain('Krasniqi');
    expect(text).not.toContain('AL011');
    const outer = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(outer).sort()).toEqual(['box', 'createdAt', 'format']);
    expect(outer.format).toBe(BACKUP_FORMAT);
    const opened = await openBackupFile(text, passphrase);
    expect(opened.owner).toBe('ana');
    expect(opened.createdAt).toBe('2026-12-01T10:00:00.000Z');
    expect(opened.interviews).toHaveLength(2);
    expect(opened.interviews[0]).toMatchObject({ instanceId: record().instanceId, data: record().data, paradata: record().paradata, pageNo: 3, locale: 'sq', caseId: 'HH-7' });
    expect(opened.interviews[1]).toMatchObject({ state: 'queued', disposition: '1.1' });
    // The last refusal's details are the device's bookkeeping, not the interview.
    expect(JSON.stringify(opened.interviews[1])).not.toContain('network');
  });

  it('a wrong passphrase, or any altered part of the file, is wrong-passphrase; nothing is guessed', async () => {
    const text = await backupFile('ana', [record()], passphrase);
    expect(await codeOf(openBackupFile(text, 'Drita e mëngjesit 8'))).toBe('wrong-passphrase');
    const file = JSON.parse(text) as { createdAt: string; box: { ciphertext: string; iterations: number; salt: string } };
    const raw = Buffer.from(file.box.ciphertext, 'base64');
    raw[10] ^= 0x80;
    expect(await codeOf(openBackupFile(JSON.stringify({ ...file, box: { ...file.box, ciphertext: raw.toString('base64') } }), passphrase))).toBe('wrong-passphrase');
    expect(await codeOf(openBackupFile(JSON.stringify({ ...file, box: { ...file.box, iterations: 100_000 } }), passphrase))).toBe('wrong-passphrase');
    expect(await codeOf(openBackupFile(JSON.stringify({ ...file, createdAt: '2020-01-01T00:00:00.000Z' }), passphrase))).toBe('wrong-passphrase');
  });

  it('refuses what is not a backup of this format, and content that is not what the app writes', async () => {
    const text = await backupFile('ana', [record()], passphrase);
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(await codeOf(openBackupFile('not json', passphrase))).toBe('not-a-backup');
    expect(await codeOf(openBackupFile(JSON.stringify(record()), passphrase))).toBe('not-a-backup');
    expect(await codeOf(openBackupFile(JSON.stringify({ ...file, format: 'jha-survey-interview/1' }), passphrase))).toBe('not-a-backup');
    expect(await codeOf(openBackupFile(JSON.stringify({ ...file, extra: true }), passphrase))).toBe('not-a-backup');
    // Well encrypted, but the content breaks the strict schema: an unknown field, a bad locale, a twice-listed interview.
    const createdAt = '2026-12-01T10:00:00.000Z';
    const sealed = async (content: unknown) => JSON.stringify({
      format: BACKUP_FORMAT, createdAt, box: await sealWithPassphrase(passphrase, new TextEncoder().encode(canonicalJson(content))),
    });
    const { sync: _s, ...plain } = record();
    for (const interviews of [[{ ...plain, secret: 1 }], [{ ...plain, locale: 'fr' }], [plain, plain]]) {
      expect(await codeOf(openBackupFile(await sealed({ format: BACKUP_FORMAT, createdAt, owner: 'ana', interviews }), passphrase))).toBe('damaged');
    }
    expect(await codeOf(openBackupFile(await sealed({ format: BACKUP_FORMAT, createdAt, owner: 'ana', interviews: [plain] }), passphrase))).toBe('opened');
  });

  it('decides per interview: never over a newer or already-sent copy, never for another interviewer', () => {
    const b = { owner: 'ana', updatedAt: '2026-11-30T09:20:00.000Z' };
    expect(restoreDecision('ana', b, undefined, false)).toBe('added');
    expect(restoreDecision('ana', b, { state: 'draft', updatedAt: '2026-11-30T09:20:00.000Z' }, true)).toBe('duplicate');
    expect(restoreDecision('ana', b, { state: 'draft', updatedAt: '2026-11-30T09:10:00.000Z' }, false)).toBe('replaced');
    expect(restoreDecision('ana', b, { state: 'draft', updatedAt: '2026-11-30T09:30:00.000Z' }, false)).toBe('kept-local');
    expect(restoreDecision('ana', b, { state: 'draft', updatedAt: '2026-11-30T09:20:00.000Z' }, false)).toBe('kept-local');
    expect(restoreDecision('ana', b, { state: 'uploaded', updatedAt: '2026-11-30T09:10:00.000Z' }, false)).toBe('kept-local');
    expect(restoreDecision('ana', b, { state: 'queued', updatedAt: '2026-11-30T09:10:00.000Z' }, false)).toBe('kept-local');
    expect(restoreDecision('boris', b, undefined, false)).toBe('other-owner');
  });

  it('the content hash ignores state, sync bookkeeping and save times, and sees any answer changed', async () => {
    const a = record();
    expect(await contentHash(record({ updatedAt: '2026-12-01T00:00:00.000Z', sync: { attempts: 4, nextAttemptAt: 5 } }))).toBe(await contentHash(a));
    expect(await contentHash(record({ state: 'uploaded' }))).toBe(await contentHash(a));
    expect(await contentHash(record({ data: { ...a.data, region: 'AL012' } }))).not.toBe(await contentHash(a));
    expect(await contentHash(a)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('restoring a backup into the device store', () => {
  let store: LocalStore;
  let n = 0;
  beforeEach(async () => {
    n += 1;
    store = new LocalStore(`test-backup-${n}`);
    await store.open();
  });
  afterEach(async () => {
    await store.destroy();
  });

  it('brings interviews back as they were, once; queued ones go back to the outbox', async () => {
    const queued = record({ instanceId: '01936f0e-8b1a-7c2d-9e3f-00000000000b', state: 'queued', disposition: '1.1', sync: { attempts: 3, nextAttemptAt: 9e12 } });
    const opened = await openBackupFile(await backupFile('ana', [record(), queued], passphrase), passphrase);
    expect(await restoreBackup(store, 'ana', opened)).toEqual({ added: 2, replaced: 0, duplicate: 0, 'kept-local': 0, 'other-owner': 0 });
    const draft = await store.getInterview(record().instanceId);
    expect(draft).toMatchObject({ state: 'draft', data: record().data, pageNo: 3, locale: 'sq', owner: 'ana', updatedAt: record().updatedAt });
    expect(await store.listDue(Date.now())).toHaveLength(1);
    expect(await store.countPending('ana')).toBe(1);
    // The same file again: nothing changes.
    expect(await restoreBackup(store, 'ana', opened)).toMatchObject({ added: 0, duplicate: 2 });
    expect(await store.listInterviews('ana')).toHaveLength(2);
  });

  it('keeps a newer draft on the device, replaces an older one, and refuses another interviewer\'s', async () => {
    const older = await openBackupFile(await backupFile('ana', [record({ pageNo: 1, data: { region: 'AL011' }, updatedAt: '2026-11-30T09:05:00.000Z' })], passphrase), passphrase);
    const newer = await openBackupFile(await backupFile('ana', [record()], passphrase), passphrase);
    await restoreBackup(store, 'ana', older);
    expect(await restoreBackup(store, 'ana', newer)).toMatchObject({ replaced: 1 });
    expect((await store.getInterview(record().instanceId))?.pageNo).toBe(3);
    expect(await restoreBackup(store, 'ana', older)).toMatchObject({ 'kept-local': 1 });
    expect((await store.getInterview(record().instanceId))?.data).toEqual(record().data);
    expect(await restoreBackup(store, 'boris', newer)).toMatchObject({ 'other-owner': 1 });
  });

  it('an encrypted questionnaire\'s interview: backed up with its answers opened, restored sealed with the new device\'s key', async () => {
    const { publicKey } = await generateKeyPairPem(2048);
    await store.putQuestionnaire({ id: 'victimization', version: 2, title: { default: 'V' }, locales: ['en'], publicKey }, { pages: [] });
    const r = await store.createInterview({
      instanceId: record().instanceId, questionnaireId: 'victimization', version: 2, owner: 'ana', locale: 'sq', paradata: record().paradata,
    });
    await store.saveProgress(r.instanceId, { data: record().data, pageNo: 3, locale: 'sq', paradata: record().paradata, lockedPages: [] });
    expect((await store.getInterview(r.instanceId))?.data).toEqual({});
    const text = await backupInterviews(store, 'ana', [r.instanceId], passphrase);
    await expect(backupFile('ana', [await store.getInterview(r.instanceId) as InterviewRecord], passphrase)).rejects.toThrow(/answers opened/);
    const opened = await openBackupFile(text, passphrase);
    expect(opened.interviews[0]).toMatchObject({ encrypted: true, data: record().data });

    const other = new LocalStore(`test-backup-other-${n}`);
    await other.open();
    try {
      expect(await restoreBackup(other, 'ana', opened)).toMatchObject({ added: 1 });
      const raw = await other.getInterview(r.instanceId);
      expect(raw?.data).toEqual({});
      expect(raw?.sealed).toBeDefined();
      expect(JSON.stringify(raw)).not.toContain('Krasniqi');
      expect((await other.getInterviewWithAnswers(r.instanceId))?.data).toEqual(record().data);
      expect(await restoreBackup(other, 'ana', opened)).toMatchObject({ duplicate: 1 });
    } finally {
      await other.destroy();
    }
  });
});
