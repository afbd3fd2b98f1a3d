import type { SubmissionRequest } from '../protocol';
import type { InterviewRecord } from '../store';

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
