import { Dexie, liveQuery, RangeSet } from 'dexie';
import type {
  Assignment, CaseSummary, ContactAttemptReceipt, Locale, Paradata, Problem, QuestionnaireSummary, SubmissionReceipt, SubmissionRequest, SubmissionStatus,
} from '../protocol';
// The device-key module alone: the crypto index also brings the envelope and passphrase schemas (zod).
import { generateDeviceKey, openWithDeviceKey, sealWithDeviceKey } from '../crypto/device';
import { CaseUnavailableError, deviceCase, type DeviceCase } from './cases';
import { createDatabase, type JhaDatabase } from './database';
import { classifyStorageError, describeStorageError, StorageWriteError } from './errors';
import { pageCountOf, type CachedAssignment, type CachedQuestionnaire, type ContactAttemptRecord, type DiscardInfo, type InterviewRecord, type InterviewState, type OfflineVerifier, type QuestionnaireListing, type RetryReason, type ReviewInfo, type StoredSession, type SyncStatus } from './types';

export interface NewInterview {
  instanceId: string;
  questionnaireId: string;
  version: number;
  owner: string;
  caseId?: string;
  /** Answers known in advance (an assignment's prefill). */
  data?: Record<string, unknown>;
  locale: Locale;
  paradata: Paradata;
}

export interface Progress {
  data: Record<string, unknown>;
  pageNo: number;
  locale: Locale;
  paradata: Paradata;
  lockedPages: string[];
}

/** States whose record the outbox may still upload. */
const outboxStates: readonly InterviewState[] = ['queued'];
/** States the server has acknowledged: only these may be removed, and only on request. */
const acknowledgedStates: readonly InterviewState[] = ['uploaded', 'accepted'];

export type ReviewOutcome = 'updated' | 'unchanged' | 'missing' | 'stale';

/** A contact attempt as the interviewer records it. */
export interface NewAttempt {
  id: string;
  assignmentId: string;
  owner: string;
  at: string;
  outcome: string;
  final: boolean;
  note: string;
  appointment?: string;
}

/** States in which the server's review of the last upload applies. */
const reviewableStates: readonly InterviewState[] = ['uploaded', 'accepted', 'rejected'];

const nowIso = (): string => new Date().toISOString();

function reviewOf(status: SubmissionStatus): ReviewInfo | undefined {
  if (status.reviewState === 'received') return undefined;
  return {
    state: status.reviewState, comment: status.reviewComment ?? '', reviewer: status.reviewedBy, reviewedAt: status.reviewedAt,
    sha256: status.sha256, revision: status.revision,
  };
}

/**
 * The device's storage: interviews, cached questionnaires, session and settings, in IndexedDB.
 * Every write is awaited; a failure is thrown as a StorageWriteError for the UI to show. A lost
 * connection (iOS under memory pressure) is reopened and the write retried once.
 */
export class LocalStore {
  private db: JhaDatabase;

  constructor(readonly name = 'jha-survey') {
    this.db = createDatabase(name);
  }

  async open(): Promise<void> {
    if (!this.db.isOpen()) await this.db.open();
  }

  close(): void {
    this.db.close();
  }

  /** Removes the whole database (tests; "reset device" in the future). */
  async destroy(): Promise<void> {
    this.db.close();
    await this.db.delete();
  }

  private async write<T>(what: string, action: (db: JhaDatabase) => Promise<T>): Promise<T> {
    try {
      return await action(this.db);
    } catch (first) {
      // A refusal of the case rule is the interviewer's to read, not a storage failure.
      if (first instanceof CaseUnavailableError) throw first;
      if (classifyStorageError(first) !== 'connection-lost') throw this.wrap(what, first);
      try {
        this.db.close();
        this.db = createDatabase(this.name);
        await this.db.open();
        return await action(this.db);
      } catch (second) {
        throw this.wrap(what, second);
      }
    }
  }

  private wrap(what: string, error: unknown): StorageWriteError {
    if (error instanceof StorageWriteError) return error;
    return new StorageWriteError(classifyStorageError(error), `${what}: ${describeStorageError(error)}`, error);
  }

  // ── encryption at rest (docs/security.md "Encryption") ────────────────────

  private deviceKey?: Promise<CryptoKey>;

  /**
   * The device key: made once, non-extractable, kept in IndexedDB beside the records it seals (a
   * CryptoKey survives structured cloning without its bytes ever being readable by script). Made
   * outside the transaction (WebCrypto is not IndexedDB and would end it); the transaction keeps
   * the first key should two tabs race.
   */
  private getDeviceKey(): Promise<CryptoKey> {
    this.deviceKey ??= (async () => {
      const existing = await this.getSetting<CryptoKey>('deviceKey');
      if (existing) return existing;
      const made = await generateDeviceKey();
      return this.write('making the device key', (db) => db.transaction('rw', db.settings, async () => {
        const raced = (await db.settings.get('deviceKey'))?.value as CryptoKey | undefined;
        if (raced) return raced;
        await db.settings.put({ key: 'deviceKey', value: made });
        return made;
      }));
    })();
    this.deviceKey.catch(() => { this.deviceKey = undefined; });
    return this.deviceKey;
  }

  /** Whether interviews of this version are encrypted: its cached summary carries a public key. */
  private async isEncryptedVersion(questionnaireId: string, version: number): Promise<boolean> {
    return (await this.db.questionnaires.get([questionnaireId, version]))?.publicKey !== undefined;
  }

  /** The record as IndexedDB keeps it: the answers of an encrypted interview sealed, `data` empty. */
  private async sealAnswers(record: InterviewRecord): Promise<InterviewRecord> {
    if (!record.encrypted) return record;
    return { ...record, data: {}, sealed: await sealWithDeviceKey(await this.getDeviceKey(), record.data, record.instanceId) };
  }

  private async withAnswers(record: InterviewRecord): Promise<InterviewRecord> {
    if (!record.sealed) return record;
    const { sealed, ...rest } = record;
    const data = await openWithDeviceKey(await this.getDeviceKey(), sealed, record.instanceId);
    return { ...rest, data: data as Record<string, unknown> };
  }

  // ── settings, session ─────────────────────────────────────────────────────

  private async getSetting<T>(key: string): Promise<T | undefined> {
    const row = await this.db.settings.get(key);
    return row?.value as T | undefined;
  }

  private async setSetting(key: string, value: unknown): Promise<void> {
    await this.write(`saving ${key}`, (db) => db.settings.put({ key, value }));
  }

  getSession(): Promise<StoredSession | undefined> {
    return this.getSetting<StoredSession>('session');
  }

  saveSession(session: StoredSession): Promise<void> {
    return this.setSetting('session', session);
  }

  async markSessionExpired(): Promise<void> {
    const session = await this.getSession();
    if (session && !session.expired) await this.saveSession({ ...session, expired: true });
  }

  async clearSession(): Promise<void> {
    await this.write('logging out', (db) => db.settings.delete('session'));
  }

  /** A random id for this device, made once and kept. */
  async getDeviceId(): Promise<string> {
    const existing = await this.getSetting<string>('deviceId');
    if (existing) return existing;
    const id = crypto.randomUUID();
    await this.setSetting('deviceId', id);
    return id;
  }

  async getLocale(): Promise<Locale | undefined> {
    return this.getSetting<Locale>('locale');
  }

  setLocale(locale: Locale): Promise<void> {
    return this.setSetting('locale', locale);
  }

  getOfflineVerifier(): Promise<OfflineVerifier | undefined> {
    return this.getSetting<OfflineVerifier>('offlineVerifier');
  }

  saveOfflineVerifier(verifier: OfflineVerifier): Promise<void> {
    return this.setSetting('offlineVerifier', verifier);
  }

  async getSyncStatus(): Promise<SyncStatus> {
    return (await this.getSetting<SyncStatus>('syncStatus')) ?? {};
  }

  setSyncStatus(status: SyncStatus): Promise<void> {
    return this.setSetting('syncStatus', status);
  }

  // ── questionnaires ────────────────────────────────────────────────────────

  async putQuestionnaire(summary: QuestionnaireSummary, definition: Record<string, unknown>): Promise<void> {
    const pageCount = pageCountOf(definition);
    const row: QuestionnaireListing = { ...summary, ...(pageCount === undefined ? {} : { pageCount }), cachedAt: nowIso() };
    await this.write(`caching questionnaire ${summary.id}`, (db) => db.transaction('rw', db.questionnaires, db.definitions, async () => {
      await db.definitions.put({ id: summary.id, version: summary.version, definition });
      await db.questionnaires.put(row);
    }));
  }

  async hasQuestionnaire(id: string, version: number): Promise<boolean> {
    return (await this.db.questionnaires.get([id, version])) !== undefined;
  }

  /** One version with its definition. */
  getQuestionnaire(id: string, version: number): Promise<CachedQuestionnaire | undefined> {
    return this.db.transaction('r', this.db.questionnaires, this.db.definitions, async () => {
      const [listing, stored] = await Promise.all([this.db.questionnaires.get([id, version]), this.db.definitions.get([id, version])]);
      return listing && stored ? { ...listing, definition: stored.definition } : undefined;
    });
  }

  /**
   * The server's list of offered versions is the truth: a cached version newer than the one offered
   * (or of a questionnaire no longer offered) was retired by a manager and is no longer listed. It
   * stays cached, so an interview already started on it can be finished and uploaded.
   */
  async retireUnoffered(offered: readonly QuestionnaireSummary[]): Promise<void> {
    const offeredVersion = new Map(offered.map((q) => [q.id, q.version]));
    await this.write('retiring questionnaires', (db) => db.transaction('rw', db.questionnaires, async () => {
      for (const q of await db.questionnaires.toArray()) {
        const version = offeredVersion.get(q.id);
        const retired = version === undefined || q.version > version;
        if ((q.retired ?? false) !== retired) await db.questionnaires.update([q.id, q.version], { retired });
      }
    }));
  }

  /** The newest cached version of each questionnaire that is not retired, by id; without definitions. */
  async listQuestionnaires(): Promise<QuestionnaireListing[]> {
    const all = (await this.db.questionnaires.toArray()).filter((q) => q.retired !== true);
    const newest = new Map<string, QuestionnaireListing>();
    for (const q of all) {
      const seen = newest.get(q.id);
      if (!seen || seen.version < q.version) newest.set(q.id, q);
    }
    return [...newest.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  // ── assignments ───────────────────────────────────────────────────────────

  /** The server's list is the truth: an interviewer's cached assignments are replaced by it. */
  async replaceAssignments(interviewer: string, assignments: Assignment[]): Promise<void> {
    const at = nowIso();
    await this.write('caching assignments', (db) => db.transaction('rw', db.assignments, async () => {
      await db.assignments.where('interviewer').equals(interviewer).delete();
      await db.assignments.bulkPut(assignments.map((a) => ({ ...a, cachedAt: at })));
    }));
  }

  async listAssignments(interviewer: string): Promise<CachedAssignment[]> {
    const rows = await this.db.assignments.where('interviewer').equals(interviewer).toArray();
    return rows.sort((a, b) => a.caseId.localeCompare(b.caseId, undefined, { numeric: true }));
  }

  // ── cases and contact attempts ────────────────────────────────────────────

  /**
   * The server's cases of the interviewer (GET /cases) replace the cached assignments, with the
   * interviews the server has of each; contact attempts the device does not hold (recorded on
   * another tablet) are added as uploaded, and queued ones the server already has are marked so.
   */
  async replaceCases(interviewer: string, cases: readonly CaseSummary[]): Promise<void> {
    const at = nowIso();
    await this.write('caching cases', (db) => db.transaction('rw', db.assignments, db.attempts, async () => {
      await db.assignments.where('interviewer').equals(interviewer).delete();
      await db.assignments.bulkPut(cases.map((c) => ({
        id: c.assignmentId, interviewer: c.interviewer, questionnaireId: c.questionnaireId, caseId: c.caseId,
        ...(c.prefill ? { prefill: c.prefill } : {}), ...(c.address ? { address: c.address } : {}),
        quantity: c.quantity, createdAt: c.createdAt, cachedAt: at, serverInterviews: c.interviews,
      })));
      const server = cases.flatMap((c) => c.attempts.map((a) => ({ c, a })));
      const local = await db.attempts.bulkGet(server.map(({ a }) => a.id));
      const put: ContactAttemptRecord[] = [];
      server.forEach(({ c, a }, k) => {
        const mine = local[k];
        if (mine?.state === 'uploaded') return;
        put.push({
          id: a.id, assignmentId: c.assignmentId, questionnaireId: c.questionnaireId, caseId: c.caseId, owner: a.interviewer,
          at: a.at, outcome: a.outcome, final: a.final, note: a.note, ...(a.appointment ? { appointment: a.appointment } : {}),
          state: 'uploaded', sync: { attempts: mine?.sync.attempts ?? 0, nextAttemptAt: 0 },
        });
      });
      if (put.length > 0) await db.attempts.bulkPut(put);
    }));
  }

  /**
   * An interviewer's interviews of the given cases, through the case index: the home screen's case
   * list read every interview of the interviewer, answers and all (5,000 on a busy tablet).
   */
  private async interviewsOfCases(db: JhaDatabase, owner: string, cases: ReadonlyArray<Pick<CachedAssignment, 'questionnaireId' | 'caseId'>>): Promise<InterviewRecord[]> {
    if (cases.length === 0) return [];
    const rows = await db.interviews.where('[questionnaireId+caseId]').anyOf(cases.map((c) => [c.questionnaireId, c.caseId])).toArray();
    return rows.filter((r) => r.owner === owner);
  }

  /** The interviewer's cases with their status, attempts and interviews on this device. */
  async listCases(owner: string, now = new Date()): Promise<DeviceCase[]> {
    const assignments = await this.listAssignments(owner);
    const interviews = await this.interviewsOfCases(this.db, owner, assignments);
    const attempts = await this.db.attempts.where('assignmentId').anyOf(assignments.map((a) => a.id)).toArray();
    return assignments.map((a) => deviceCase(a, interviews, attempts, now));
  }

  async getCase(assignmentId: string, now = new Date()): Promise<DeviceCase | undefined> {
    const assignment = await this.db.assignments.get(assignmentId);
    if (!assignment) return undefined;
    const [interviews, attempts] = await Promise.all([
      this.interviewsOfCases(this.db, assignment.interviewer, [assignment]),
      this.db.attempts.where('assignmentId').equals(assignmentId).toArray(),
    ]);
    return deviceCase(assignment, interviews, attempts, now);
  }

  /**
   * Starts an interview of an assigned case — only if the case allows one more (its quantity, and
   * not closed). The check and the write are one transaction, so "Start interview" tapped twice
   * makes one interview; the second tap gets a CaseUnavailableError.
   */
  async startCaseInterview(assignmentId: string, init: NewInterview): Promise<InterviewRecord> {
    const at = nowIso();
    const encrypted = await this.isEncryptedVersion(init.questionnaireId, init.version);
    const record: InterviewRecord = await this.sealAnswers({
      ...init, state: 'draft', data: init.data ?? {}, pageNo: 0, lockedPages: [], createdAt: at, updatedAt: at, sync: { attempts: 0, nextAttemptAt: 0 },
      ...(encrypted ? { encrypted } : {}),
    });
    return this.write('starting the interview', (db) => db.transaction('rw', db.interviews, db.assignments, db.attempts, async () => {
      const assignment = await db.assignments.get(assignmentId);
      if (!assignment) throw new Error(`no assignment ${assignmentId} on this device`);
      // Whether it is encrypted was decided from the questionnaire given; the case must be of it.
      if (assignment.questionnaireId !== init.questionnaireId) throw new Error(`case ${assignment.caseId} is of ${assignment.questionnaireId}, not ${init.questionnaireId}`);
      const interviews = await this.interviewsOfCases(db, assignment.interviewer, [assignment]);
      const attempts = await db.attempts.where('assignmentId').equals(assignmentId).toArray();
      const c = deviceCase(assignment, interviews, attempts, new Date());
      if (!c.mayStart) throw new CaseUnavailableError(assignment.caseId, c.status, c.interviewCount, assignment.quantity ?? 1);
      const stored = { ...record, caseId: assignment.caseId, questionnaireId: assignment.questionnaireId };
      await db.interviews.add(stored);
      return stored;
    }));
  }

  /** Records a contact attempt (queued for upload); a closed case takes no more attempts. */
  async recordAttempt(attempt: NewAttempt): Promise<ContactAttemptRecord> {
    let saved: ContactAttemptRecord | undefined;
    await this.write('saving the contact attempt', (db) => db.transaction('rw', db.interviews, db.assignments, db.attempts, async () => {
      const assignment = await db.assignments.get(attempt.assignmentId);
      if (!assignment) throw new Error(`no assignment ${attempt.assignmentId} on this device`);
      const interviews = await this.interviewsOfCases(db, assignment.interviewer, [assignment]);
      const attempts = await db.attempts.where('assignmentId').equals(attempt.assignmentId).toArray();
      const c = deviceCase(assignment, interviews, attempts, new Date());
      if (c.status === 'closed') throw new CaseUnavailableError(assignment.caseId, c.status, c.interviewCount, assignment.quantity ?? 1);
      saved = {
        ...attempt, questionnaireId: assignment.questionnaireId, caseId: assignment.caseId, state: 'queued', sync: { attempts: 0, nextAttemptAt: 0 },
      };
      await db.attempts.add(saved);
    }));
    return saved as ContactAttemptRecord;
  }

  async listDueAttempts(now: number): Promise<ContactAttemptRecord[]> {
    const rows = await this.db.attempts.where('state').equals('queued').toArray();
    return rows.filter((r) => r.sync.nextAttemptAt <= now).sort((a, b) => a.at.localeCompare(b.at));
  }

  private async updateAttempt(what: string, id: string, change: (r: ContactAttemptRecord) => ContactAttemptRecord): Promise<ContactAttemptRecord> {
    return this.write(what, (db) => db.transaction('rw', db.attempts, async () => {
      const current = await db.attempts.get(id);
      if (!current) throw new Error(`no contact attempt ${id} on this device`);
      const next = change(current);
      await db.attempts.put(next);
      return next;
    }));
  }

  markAttemptUploaded(id: string, receipt: ContactAttemptReceipt): Promise<ContactAttemptRecord> {
    return this.updateAttempt('recording the upload', id, (r) => ({
      ...r, state: 'uploaded', sync: { ...r.sync, attempts: r.sync.attempts + 1, receipt, lastError: undefined, retry: undefined, problem: undefined },
    }));
  }

  markAttemptRefused(id: string, problem: Problem): Promise<ContactAttemptRecord> {
    return this.updateAttempt('recording the refusal', id, (r) => ({
      ...r, state: 'error', sync: { ...r.sync, attempts: r.sync.attempts + 1, lastError: problem.title, problem },
    }));
  }

  scheduleAttemptRetry(id: string, nextAttemptAt: number, reason: string): Promise<ContactAttemptRecord> {
    return this.updateAttempt('scheduling a retry', id, (r) => ({ ...r, sync: { ...r.sync, attempts: r.sync.attempts + 1, lastError: reason, nextAttemptAt } }));
  }

  // ── interviews ────────────────────────────────────────────────────────────

  async createInterview(init: NewInterview): Promise<InterviewRecord> {
    const at = nowIso();
    const encrypted = await this.isEncryptedVersion(init.questionnaireId, init.version);
    const record: InterviewRecord = await this.sealAnswers({
      ...init,
      state: 'draft',
      data: init.data ?? {},
      pageNo: 0,
      lockedPages: [],
      createdAt: at,
      updatedAt: at,
      sync: { attempts: 0, nextAttemptAt: 0 },
      ...(encrypted ? { encrypted } : {}),
    });
    await this.write('starting the interview', (db) => db.interviews.add(record));
    return record;
  }

  /** The record as stored: an encrypted interview's `data` is `{}` (lists, states, sync need no answers). */
  getInterview(instanceId: string): Promise<InterviewRecord | undefined> {
    return this.db.interviews.get(instanceId);
  }

  /** The record with its answers, an encrypted interview's opened with the device key (the interview screen, the upload). */
  async getInterviewWithAnswers(instanceId: string): Promise<InterviewRecord | undefined> {
    const record = await this.db.interviews.get(instanceId);
    return record && this.withAnswers(record);
  }

  /**
   * Keeps the envelope body made for upload; the first one made wins (two sync passes at once
   * must not send two different envelopes of one interview). Returns the kept body.
   */
  async setOutbound(instanceId: string, body: SubmissionRequest): Promise<SubmissionRequest> {
    return this.write('keeping the encrypted interview', (db) => db.transaction('rw', db.interviews, async () => {
      const r = await db.interviews.get(instanceId);
      if (!r) throw new Error(`no interview ${instanceId} on this device`);
      if (r.outbound) return r.outbound;
      await db.interviews.put({ ...r, outbound: body });
      return body;
    }));
  }

  async listInterviews(owner?: string): Promise<InterviewRecord[]> {
    const rows = owner === undefined ? await this.db.interviews.toArray() : await this.db.interviews.where('owner').equals(owner).toArray();
    return rows.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  }

  /**
   * The newest `limit` interviews of one interviewer and how many there are, for the home list:
   * the count is read from the owner index (keys only) and only the rows shown are read whole,
   * newest first along the updatedAt index, so 5,000 stored interviews cost 50 records, not 5,000.
   */
  async listInterviewPage(owner: string, limit: number): Promise<{ total: number; rows: InterviewRecord[] }> {
    // The count and the page at once: one after the other was a second round trip to the
    // database before the home screen could show its list (issue 17 item 9).
    const [total, rows] = await Promise.all([
      this.db.interviews.where('owner').equals(owner).count(),
      this.db.interviews.orderBy('updatedAt').reverse().filter((r) => r.owner === owner).limit(limit).toArray(),
    ]);
    return { total, rows };
  }

  /**
   * Read, change and write one interview in one transaction (an autosave is one round trip: a
   * separate read first cost the answer a task on a busy main thread, issue 17 item 9). An
   * encrypted interview is left alone here and changed by updateEncrypted.
   */
  private async update(what: string, instanceId: string, change: (r: InterviewRecord) => InterviewRecord): Promise<InterviewRecord> {
    const written = await this.write(what, (db) => db.transaction('rw', db.interviews, async () => {
      const current = await db.interviews.get(instanceId);
      if (!current) throw new Error(`no interview ${instanceId} on this device`);
      if (current.encrypted) return undefined;
      const next = { ...change(current), updatedAt: nowIso() };
      await db.interviews.put(next);
      return next;
    }));
    return written ?? this.updateEncrypted(what, instanceId, change);
  }

  /**
   * The same for an encrypted interview: opened, changed and sealed again outside the transaction
   * (WebCrypto would end it), then written only if nobody wrote in between — else done again.
   */
  private async updateEncrypted(what: string, instanceId: string, change: (r: InterviewRecord) => InterviewRecord): Promise<InterviewRecord> {
    return this.write(what, async (db) => {
      for (let attempt = 0; attempt < 5; attempt++) {
        const current = await db.interviews.get(instanceId);
        if (!current) throw new Error(`no interview ${instanceId} on this device`);
        const next = await this.sealAnswers({ ...change(await this.withAnswers(current)), updatedAt: nowIso() });
        const written = await db.transaction('rw', db.interviews, async () => {
          const again = await db.interviews.get(instanceId);
          if (!again || again.updatedAt !== current.updatedAt || again.sealed?.iv !== current.sealed?.iv) return false;
          await db.interviews.put(next);
          return true;
        });
        if (written) return next;
      }
      throw new Error(`interview ${instanceId} kept changing while it was being saved`);
    });
  }

  /** Autosave: the answers, page and paradata of a draft. */
  saveProgress(instanceId: string, progress: Progress): Promise<InterviewRecord> {
    return this.update('saving the answers', instanceId, (r) => {
      if (r.state !== 'draft') throw new Error(`interview ${instanceId} is ${r.state}, not a draft`);
      return { ...r, ...progress };
    });
  }

  /**
   * Autosave of a draft the interview screen holds (issue 17 item 9): `base` is the record as the
   * screen last wrote it (or loaded it), and the result is the base of the next call. The read and
   * the write go out together, synchronously, in one IndexedDB transaction — before React re-renders
   * the question under the interviewer's finger (Dexie would enter its transaction only after that
   * render, and read before writing); the read's callback aborts the transaction unless the stored
   * record is still that draft (same updatedAt: nobody else wrote it). Stale, encrypted, or any
   * failure: the ordinary saveProgress (read, change, write; connection retry; classified errors).
   */
  async saveDraft(base: InterviewRecord, progress: Progress): Promise<InterviewRecord> {
    if (base.encrypted || base.state !== 'draft') return this.saveProgress(base.instanceId, progress);
    const next: InterviewRecord = { ...base, ...progress, updatedAt: nowIso() };
    const written = await this.putIfUnchanged(base, next).catch(() => false);
    if (!written) return this.saveProgress(base.instanceId, progress);
    // Dexie did not see this write: tell its live queries (and other tabs) what changed, as its own
    // observability would — the record's key and its one changed index.
    Dexie.on.storagemutated.fire({
      [`idb://${this.name}/interviews/`]: new RangeSet(next.instanceId),
      [`idb://${this.name}/interviews/updatedAt`]: new RangeSet(base.updatedAt).addKey(next.updatedAt),
    });
    return next;
  }

  private putIfUnchanged(base: InterviewRecord, next: InterviewRecord): Promise<boolean> {
    return new Promise((resolve, reject) => {
      const tx = this.db.backendDB().transaction('interviews', 'readwrite');
      const store = tx.objectStore('interviews');
      const read = store.get(base.instanceId);
      store.put(next);
      let stale = false;
      read.onsuccess = () => {
        const current = read.result as InterviewRecord | undefined;
        if (current?.state !== 'draft' || current.updatedAt !== base.updatedAt || current.encrypted) {
          stale = true;
          tx.abort();
        } else {
          // Nothing more will be asked of it: commit now, not after the write's event is handled.
          tx.commit();
        }
      };
      tx.oncomplete = () => resolve(true);
      tx.onabort = () => { if (stale) resolve(false); else reject(tx.error ?? new Error('transaction aborted')); };
    });
  }

  /** SurveyJS completed: the answers are final; a disposition is still to be chosen. */
  finalize(instanceId: string, progress: Progress): Promise<InterviewRecord> {
    return this.update('finalizing the interview', instanceId, (r) => {
      if (r.state !== 'draft') throw new Error(`interview ${instanceId} is ${r.state}, not a draft`);
      return { ...r, ...progress, state: 'finalized' };
    });
  }

  /** The AAPOR final disposition puts the interview into the outbox. */
  queue(instanceId: string, disposition: string): Promise<InterviewRecord> {
    return this.update('queuing the interview', instanceId, (r) => {
      if (r.state !== 'finalized' && r.state !== 'draft') throw new Error(`interview ${instanceId} is ${r.state}`);
      const endedAt = r.paradata.endedAt ?? nowIso();
      const { outbound: _stale, ...rest } = r;
      return { ...rest, disposition, state: 'queued', paradata: { ...r.paradata, endedAt }, sync: { attempts: 0, nextAttemptAt: 0 } };
    });
  }

  /** Interviews in the outbox whose next attempt is due. */
  async listDue(now: number): Promise<InterviewRecord[]> {
    const rows = await this.db.interviews.where('state').anyOf([...outboxStates]).toArray();
    return rows.filter((r) => r.sync.nextAttemptAt <= now).sort((a, b) => a.sync.nextAttemptAt - b.sync.nextAttemptAt);
  }

  /** Interviews waiting in the outbox, all or one interviewer's. */
  async countPending(owner?: string): Promise<number> {
    const rows = await this.db.interviews.where('state').anyOf([...outboxStates]).toArray();
    const attempts = await this.db.attempts.where('state').equals('queued').toArray();
    return [...rows, ...attempts].filter((r) => owner === undefined || r.owner === owner).length;
  }

  /** Earliest scheduled retry among queued interviews and contact attempts, if any. */
  async nextRetryAt(): Promise<number | undefined> {
    const rows = await this.db.interviews.where('state').anyOf([...outboxStates]).toArray();
    const attempts = await this.db.attempts.where('state').equals('queued').toArray();
    const all = [...rows, ...attempts];
    return all.length === 0 ? undefined : Math.min(...all.map((r) => r.sync.nextAttemptAt));
  }

  markUploaded(instanceId: string, receipt: SubmissionReceipt): Promise<InterviewRecord> {
    return this.update('recording the upload', instanceId, (r) => ({
      ...r,
      state: receipt.reviewState === 'approved' ? 'accepted' : receipt.reviewState === 'rejected' ? 'rejected' : 'uploaded',
      sync: { ...r.sync, attempts: r.sync.attempts + 1, lastAttemptAt: nowIso(), uploadedAt: nowIso(), receipt, lastError: undefined, retry: undefined, problem: undefined },
    }));
  }

  markConflict(instanceId: string, problem: Problem): Promise<InterviewRecord> {
    return this.update('recording the conflict', instanceId, (r) => ({
      ...r, state: 'conflict',
      sync: { ...r.sync, attempts: r.sync.attempts + 1, lastAttemptAt: nowIso(), lastError: problem.title, problem },
    }));
  }

  markRefused(instanceId: string, problem: Problem): Promise<InterviewRecord> {
    return this.update('recording the refusal', instanceId, (r) => ({
      ...r, state: 'error',
      sync: { ...r.sync, attempts: r.sync.attempts + 1, lastAttemptAt: nowIso(), lastError: problem.title, problem },
    }));
  }

  /** A transient failure: stays queued, retried at `nextAttemptAt`. */
  scheduleRetry(instanceId: string, nextAttemptAt: number, reason: string, retry?: RetryReason): Promise<InterviewRecord> {
    return this.update('scheduling a retry', instanceId, (r) => ({
      ...r,
      sync: { ...r.sync, attempts: r.sync.attempts + 1, lastAttemptAt: nowIso(), lastError: reason, retry, nextAttemptAt },
    }));
  }

  /** Puts a refused interview back in the outbox (after the cause was fixed on the server). */
  requeue(instanceId: string): Promise<InterviewRecord> {
    return this.update('re-queuing', instanceId, (r) => {
      if (r.state !== 'error') throw new Error(`interview ${instanceId} is ${r.state}`);
      return { ...r, state: 'queued', sync: { ...r.sync, nextAttemptAt: 0 } };
    });
  }

  // ── supervisor reviews ────────────────────────────────────────────────────

  /**
   * Records the server's reviews of uploaded interviews, all in one transaction (a sync lists every
   * upload of the interviewer). Only a decision about the upload the device made counts (same
   * SHA-256): an interview already being corrected, or queued with new content, is left alone.
   */
  async applyReviews(statuses: readonly SubmissionStatus[]): Promise<Map<string, ReviewOutcome>> {
    return this.write('recording the reviews', (db) => db.transaction('rw', db.interviews, async () => {
      const outcomes = new Map<string, ReviewOutcome>();
      const records = await db.interviews.bulkGet(statuses.map((st) => st.instanceId));
      const changed: InterviewRecord[] = [];
      statuses.forEach((status, k) => {
        const r = records[k];
        if (!r) { outcomes.set(status.instanceId, 'missing'); return; }
        if (!reviewableStates.includes(r.state) || r.sync.receipt?.sha256 !== status.sha256) { outcomes.set(status.instanceId, 'stale'); return; }
        const state: InterviewState = status.reviewState === 'approved' ? 'accepted' : status.reviewState === 'rejected' ? 'rejected' : 'uploaded';
        const review = reviewOf(status);
        if (r.state === state && JSON.stringify(r.review) === JSON.stringify(review)) { outcomes.set(status.instanceId, 'unchanged'); return; }
        const { review: _previous, ...rest } = r;
        changed.push({ ...rest, state, ...(review ? { review } : {}), updatedAt: nowIso() });
        outcomes.set(status.instanceId, 'updated');
      });
      if (changed.length > 0) await db.interviews.bulkPut(changed);
      return outcomes;
    }));
  }

  /** A rejected interview the device no longer holds (removed, or another device): taken back from the server. */
  async restoreRejected(owner: string, body: SubmissionRequest, status: SubmissionStatus, lockedPages: string[]): Promise<InterviewRecord> {
    const at = nowIso();
    const review = reviewOf(status);
    const record: InterviewRecord = {
      instanceId: status.instanceId,
      questionnaireId: body.questionnaireId,
      version: body.version,
      owner,
      ...(body.caseId === undefined ? {} : { caseId: body.caseId }),
      state: 'rejected',
      data: body.data,
      pageNo: 0,
      locale: (body.paradata.locale ?? 'en') as Locale,
      paradata: body.paradata,
      disposition: body.disposition,
      lockedPages,
      createdAt: at,
      updatedAt: at,
      sync: { attempts: 0, nextAttemptAt: 0, receipt: { instanceId: status.instanceId, sha256: status.sha256, receivedAt: at, reviewState: 'rejected' } },
      ...(review ? { review } : {}),
    };
    await this.write('taking back the rejected interview', (db) => db.interviews.put(record));
    return record;
  }

  /** The interviewer corrects a rejected interview: it becomes a draft again, keeping the reviewer's comment. */
  reopenRejected(instanceId: string): Promise<InterviewRecord> {
    return this.update('reopening the interview', instanceId, (r) => {
      if (r.state !== 'rejected') throw new Error(`interview ${instanceId} is ${r.state}, not rejected`);
      const { endedAt: _ended, ...paradata } = r.paradata;
      const reopenings = Array.isArray(paradata.reopenedAt) ? (paradata.reopenedAt as unknown[]).filter((x): x is string => typeof x === 'string') : [];
      // The corrected interview is sealed anew when it is queued again.
      const { outbound: _sent, ...kept } = r;
      return { ...kept, state: 'draft', pageNo: 0, paradata: { ...paradata, reopenedAt: [...reopenings, nowIso()] }, sync: { ...r.sync, attempts: 0, nextAttemptAt: 0, lastError: undefined, retry: undefined, problem: undefined } };
    });
  }

  /**
   * An interview from a backup file (app/services/export-file.ts decides what to restore). Writes
   * only if the device's copy is still the one the decision was made on: absent when
   * `expectedUpdatedAt` is undefined, else saved at that time. Returns whether it wrote.
   */
  async putRestoredInterview(record: InterviewRecord, expectedUpdatedAt: string | undefined): Promise<boolean> {
    // An encrypted interview's answers are sealed with this device's key before the transaction
    // (WebCrypto would let an IndexedDB transaction commit while it waits).
    const stored = await this.sealAnswers(record);
    return this.write('restoring the interview', (db) => db.transaction('rw', db.interviews, async () => {
      const current = await db.interviews.get(record.instanceId);
      if (current?.updatedAt !== expectedUpdatedAt) return false;
      await db.interviews.put(stored);
      return true;
    }));
  }

  /**
   * The interviewer gives up a draft (or a finalized interview not yet queued): it stays on the
   * device as `discarded` with the reason, is never uploaded and no longer counts for its case.
   */
  discardDraft(instanceId: string, discard: DiscardInfo): Promise<InterviewRecord> {
    return this.update('discarding the interview', instanceId, (r) => {
      if (r.state !== 'draft' && r.state !== 'finalized') throw new Error(`interview ${instanceId} is ${r.state}: only a draft may be discarded`);
      return { ...r, state: 'discarded', discard };
    });
  }

  /** Only on the user's request, and only once the server has acknowledged the interview. */
  async removeAcknowledged(instanceId: string): Promise<void> {
    await this.write('removing the interview', (db) => db.transaction('rw', db.interviews, async () => {
      const r = await db.interviews.get(instanceId);
      if (!r) return;
      if (!acknowledgedStates.includes(r.state)) throw new Error(`interview ${instanceId} is ${r.state}: not acknowledged by the server`);
      await db.interviews.delete(instanceId);
    }));
  }

  /** Calls `onChange` with the query's result now and whenever the tables it read change. */
  observe<T>(query: (store: LocalStore) => Promise<T>, onChange: (value: T) => void, onError: (error: unknown) => void): () => void {
    const subscription = liveQuery(() => query(this)).subscribe({ next: onChange, error: onError });
    return () => subscription.unsubscribe();
  }
}
