// The stored interview and its questionnaire, as the interview screen opens them. A resumed
// interview (the app starts on its hash: a reload, the tablet waking up) starts these reads when
// the device is created, beside the session read and the runner chunk's download, instead of
// after the session is known and the screen mounted (issue 17 item 9: two more IndexedDB round
// trips, each answered on a throttled main thread, before the model could be built).
import type { CachedQuestionnaire, InterviewRecord, LocalStore } from '../../store';

export type InterviewRead =
  | { kind: 'draft'; record: InterviewRecord; questionnaire: CachedQuestionnaire }
  | { kind: 'missing' }
  | { kind: 'no-questionnaire' }
  /** Not a draft any more: the screen sends the interviewer on (finalize or home). */
  | { kind: 'closed'; state: InterviewRecord['state'] };

type Reader = Pick<LocalStore, 'getInterviewWithAnswers' | 'getQuestionnaire'>;

export async function readInterview(store: Reader, id: string): Promise<InterviewRead> {
  const record = await store.getInterviewWithAnswers(id);
  if (!record) return { kind: 'missing' };
  if (record.state !== 'draft') return { kind: 'closed', state: record.state };
  const questionnaire = await store.getQuestionnaire(record.questionnaireId, record.version);
  return questionnaire ? { kind: 'draft', record, questionnaire } : { kind: 'no-questionnaire' };
}

/**
 * Only as fresh as the start-up: taken later (the log-in screen came first, then the interviewer
 * opened the interview) the record may have changed since, so it is read again.
 */
export const EARLY_READ_MS = 15_000;

let early: { store: Reader; id: string; at: number; read: Promise<InterviewRead> } | undefined;

/** Starts reading the interview the app opens on, before anything else asks for it. */
export function startEarlyRead(store: Reader, id: string, now: number = Date.now()): void {
  const read = readInterview(store, id);
  // A failure is reported by the screen that takes the read; unhandled until then, it is not an error.
  read.catch(() => undefined);
  early = { store, id, at: now, read };
}

/** The early read of this interview if there is a fresh one (taken once), else a new read. */
export function takeInterviewRead(store: Reader, id: string, now: number = Date.now()): Promise<InterviewRead> {
  const found = early;
  early = undefined;
  if (found && found.store === store && found.id === id && now - found.at <= EARLY_READ_MS) return found.read;
  return readInterview(store, id);
}
