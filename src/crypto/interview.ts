// The one definition of an encrypted interview on the wire (DESIGN.md §3). The device turns the
// plain submission body into this form; `jha-survey decrypt` and the manager's review in the
// browser turn it back. The envelope seals {data, paradata} with the instance id as associated
// data; what stays in clear is what the server needs to route, count and monitor: questionnaire
// and version, case id, AAPOR disposition, and the paradata keys of CLEAR_PARADATA_KEYS.
import { CLEAR_PARADATA_KEYS, SealedInterviewSchema, type Paradata, type SubmissionRequest } from '../protocol';
import { openJson, sealJson } from './envelope';
import { EnvelopeError } from './errors';

/** The encrypted body of a plain one: `data` empty, paradata reduced to its clear keys, the rest sealed. */
export async function sealInterview(publicKey: CryptoKey, instanceId: string, body: SubmissionRequest): Promise<SubmissionRequest> {
  const envelope = await sealJson(publicKey, { data: body.data, paradata: body.paradata }, instanceId);
  const clear: Record<string, unknown> = {};
  for (const key of CLEAR_PARADATA_KEYS) if (body.paradata[key] !== undefined) clear[key] = body.paradata[key];
  return {
    questionnaireId: body.questionnaireId,
    version: body.version,
    ...(body.caseId === undefined ? {} : { caseId: body.caseId }),
    data: {},
    paradata: clear as Paradata,
    disposition: body.disposition,
    envelope,
  };
}

/** The plain body of an encrypted one (a plain body is returned as it is). Wrong key or altered bytes: EnvelopeError. */
export async function openInterview(privateKey: CryptoKey, instanceId: string, body: SubmissionRequest): Promise<SubmissionRequest> {
  if (body.envelope === undefined) return body;
  const parsed = SealedInterviewSchema.safeParse(await openJson(privateKey, body.envelope, instanceId));
  if (!parsed.success) throw new EnvelopeError('envelope-invalid', `the envelope of ${instanceId} does not hold an interview`);
  const { envelope: _sealed, ...clear } = body;
  void _sealed;
  return { ...clear, data: parsed.data.data, paradata: parsed.data.paradata };
}
