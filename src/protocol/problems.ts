// The one catalogue of Problem codes (RFC 9457). Server routes, the CLI and the app
// all speak these codes; the HTTP status lives here so it is decided in one place.

export const PROBLEM_BASE = 'https://jha-survey.dev/problems/';

export const problemCatalogue = {
  'not-found': { status: 404, title: 'No such resource' },
  'malformed-json': { status: 400, title: 'The request body is not valid JSON' },
  'validation-failed': { status: 400, title: 'The request does not match the expected shape' },
  'invalid-text': { status: 400, title: 'The request holds a NUL character or an unpaired surrogate, which cannot be stored' },
  'nesting-too-deep': { status: 400, title: 'The request body is nested too deeply' },
  'unauthenticated': { status: 401, title: 'A valid session token is required' },
  'invalid-credentials': { status: 401, title: 'Wrong user name or password' },
  'otp-required': { status: 401, title: 'This account needs the 6-digit code of its authenticator app' },
  'account-disabled': { status: 403, title: 'This account is disabled; ask an administrator' },
  'forbidden': { status: 403, title: 'Your role or ownership does not allow this' },
  'case-not-assigned': { status: 403, title: 'The case of this interview is not one of your assignments' },
  'payload-too-large': { status: 413, title: 'The request body is too large' },
  'unsupported-media-type': { status: 415, title: 'The request body must be JSON' },
  'headers-too-large': { status: 431, title: 'The request headers are too large' },
  'submission-conflict': { status: 409, title: 'A different interview with this id exists' },
  'conflict': { status: 409, title: 'The resource already exists' },
  'review-stale': { status: 409, title: 'The interview changed since it was opened for review' },
  'assignment-has-interviews': { status: 409, title: 'The assignment has interviews or contact attempts and cannot be deleted' },
  'lint-findings': { status: 422, title: 'The questionnaire has lint findings' },
  'public-key-invalid': { status: 422, title: 'The public key is not an RSA public key (PEM, SPKI) of at least 2048 bits' },
  'encryption-mismatch': { status: 422, title: 'This questionnaire version is encrypted and the interview is not, or the other way round' },
  'questionnaire-encrypted': { status: 409, title: 'The questionnaire is encrypted: the server holds no answers; decrypt the export with the private key' },
  'weighting-failed': { status: 422, title: 'The weights cannot be computed from these files' },
  'answers-mismatch': { status: 422, title: 'Answers have a type that the questionnaire version cannot hold' },
  'weak-password': { status: 422, title: 'The password does not meet the password policy' },
  'rate-limited': { status: 429, title: 'Too many attempts; wait and try again' },
  'two-factor-unavailable': { status: 503, title: 'Two-factor log-in is not available: the server has no secret key (JHA_SECRET_KEY)' },
  'internal-error': { status: 500, title: 'Something went wrong on the server' },
  'service-unavailable': { status: 503, title: 'The server is shutting down; try again shortly' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof problemCatalogue;

export interface Problem {
  type: string;
  status: number;
  code: ProblemCode;
  title: string;
  detail?: string;
  /** Extra members, e.g. `findings` for lint-findings or `errors` for validation-failed. */
  [extension: string]: unknown;
}

export function problem(code: ProblemCode, detail?: string, extensions: Record<string, unknown> = {}): Problem {
  const { status, title } = problemCatalogue[code];
  return { type: PROBLEM_BASE + code, status, code, title, ...(detail === undefined ? {} : { detail }), ...extensions };
}

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string'
    && (value as { code: string }).code in problemCatalogue && typeof (value as { status?: unknown }).status === 'number';
}

/**
 * Why the server refused to create one assignment (`validation-failed` of `POST /assignments`), as
 * the problem's `reason` member, with the names involved as members of their own (`interviewer`,
 * `questionnaireId`, `answers`: the prefilled `{ name, value }` that no question could record). The
 * supervisor's screen words the refusal from this code in its own language; the `detail` stays
 * English for logs and the CLI.
 */
export const assignmentRefusals = ['interviewer-unknown', 'interviewer-disabled', 'questionnaire-unpublished', 'prefill-mismatch'] as const;
export type AssignmentRefusal = (typeof assignmentRefusals)[number];

export function isAssignmentRefusal(value: unknown): value is AssignmentRefusal {
  return typeof value === 'string' && (assignmentRefusals as readonly string[]).includes(value);
}
