import type { SubmissionRequest } from '../protocol';
import type { CachedQuestionnaire, InterviewRecord } from '../store';
import { importPublicKeyPem, sealInterview } from '../crypto';

/**
 * The request body of an interview. It is built only from what is stored with the finalized
 * interview, so every retry sends byte-for-byte the same content and the server's idempotency
 * check (SHA-256 of the canonical JSON) recognises it.
 */
export function submissionBody(record: InterviewRecord): SubmissionRequest {
  if (!record.disposition) throw new Error(`interview ${record.instanceId} has no disposition`);
  return {
    questionnaireId: record.questionnaireId,
    version: record.version,
    ...(record.caseId === undefined ? {} : { caseId: record.caseId }),
    data: record.data,
    paradata: record.paradata,
    disposition: record.disposition,
  };
}

/** What sealing an encrypted interview needs from the device's storage (LocalStore implements it). */
export interface SealingStore {
  getInterviewWithAnswers(instanceId: string): Promise<InterviewRecord | undefined>;
  getQuestionnaire(id: string, version: number): Promise<CachedQuestionnaire | undefined>;
  setOutbound(instanceId: string, body: SubmissionRequest): Promise<SubmissionRequest>;
}

/**
 * The body to upload. An encrypted interview (DESIGN.md §3) is sealed for the questionnaire's public
 * key once, the first time it is sent, and that envelope is kept (a fresh AES key each time would
 * make every retry new content, a 409); the answers are opened with the device key only for this.
 */
export async function uploadBody(store: SealingStore, record: InterviewRecord): Promise<SubmissionRequest> {
  if (!record.encrypted) return submissionBody(record);
  if (record.outbound) return record.outbound;
  const questionnaire = await store.getQuestionnaire(record.questionnaireId, record.version);
  if (questionnaire?.publicKey === undefined) throw new Error(`the public key of ${record.questionnaireId} version ${record.version} is not on this device`);
  const open = await store.getInterviewWithAnswers(record.instanceId);
  if (!open) throw new Error(`no interview ${record.instanceId} on this device`);
  const sealed = await sealInterview(await importPublicKeyPem(questionnaire.publicKey), record.instanceId, submissionBody(open));
  return store.setOutbound(record.instanceId, sealed);
}
