import { z } from 'zod';
import {
  isProblem, problem, responseSchemas, SubmissionStatusSchema,
  type Assignment, type AssignmentRequest, type MonitoringReport, type ParsedResponse, type Problem, type QualityReportWire, type QuestionnaireSummary, type Route,
  type LoginRequest, type LoginResponse, type SubmissionDetail, type SubmissionReceipt, type SubmissionRequest, type SubmissionStatus, type SubmissionSummary,
  AssignmentSchema, CaseSummarySchema, ContactAttemptReceiptSchema, WeightingResponseSchema,
  type CaseSummary, type ContactAttemptReceipt, type ContactAttemptRequest, type WeightingRequest, type WeightingResponse,
  exportPath, TOTAL_COUNT_HEADER,
  type AccountChange, type AccountCreate, type ProgressQuery, type AssignmentChange, type BulkReviewRequest, type ExportChoice, type SubmissionQuery,
} from '../protocol';

import { ApiError, NetworkError } from './errors';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export type AttemptResult =
  | { kind: 'stored'; status: 200 | 201; receipt: ContactAttemptReceipt }
  | { kind: 'problem'; status: number; problem: Problem };

export type SubmissionResult =
  | { kind: 'stored'; status: 200 | 201; receipt: SubmissionReceipt }
  | { kind: 'problem'; status: number; problem: Problem };

async function readProblem(response: Response): Promise<Problem> {
  const text = await response.text().catch(() => '');
  try {
    const body: unknown = JSON.parse(text);
    if (isProblem(body)) return body;
  } catch {
    // not JSON: fall through to a generic problem carrying the status
  }
  const generic = response.status >= 500 ? problem('internal-error') : problem('validation-failed');
  return { ...generic, status: response.status, detail: `HTTP ${response.status}${text ? `: ${text.slice(0, 200)}` : ''}` };
}

function withoutNullPrefill({ prefill, ...a }: ParsedResponse<'POST /assignments'>): Assignment {
  return prefill ? { ...a, prefill } : a;
}

/**
 * The HTTP contract of DESIGN.md §4, as the device uses it. Every response is parsed with the
 * route's schema in src/protocol/responses.ts, the one the server's handlers are typed with.
 */
export class ApiClient {
  constructor(private readonly fetchFn: FetchLike, private readonly baseUrl = '') {}

  private async call(path: string, init: RequestInit, token?: string): Promise<Response> {
    const headers = new Headers(init.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    if (init.body !== undefined) headers.set('content-type', 'application/json');
    try {
      return await this.fetchFn(this.baseUrl + path, { ...init, headers, cache: 'no-store' });
    } catch (error) {
      throw new NetworkError(error instanceof Error ? error.message : String(error), error);
    }
  }

  private async json<R extends Route>(response: Response, route: R): Promise<ParsedResponse<R>>;
  private async json<T>(response: Response, schema: z.ZodType<T>): Promise<T>;
  private async json(response: Response, route: Route | z.ZodType): Promise<unknown> {
    if (!response.ok) throw new ApiError(response.status, await readProblem(response));
    const schema: z.ZodType = typeof route === 'string' ? responseSchemas[route] : route;
    const parsed = schema.safeParse(await response.json());
    if (!parsed.success) {
      throw new ApiError(response.status, problem('validation-failed', `unexpected response from ${response.url || 'server'}: ${parsed.error.issues[0]?.message ?? ''}`));
    }
    return parsed.data;
  }

  /**
   * `otp`: the authenticator code, for an account with two-factor log-in (the server answers
   * otp-required). `deviceToken`: the one this device was given at its last log-in of this account,
   * so that a guesser's failures at the account or the address do not keep it waiting.
   */
  async login(username: string, password: string, otp?: string, deviceToken?: string): Promise<LoginResponse> {
    const body: LoginRequest = { username, password, ...(otp === undefined ? {} : { otp }), ...(deviceToken === undefined ? {} : { deviceToken }) };
    const response = await this.call('/api/v1/session', { method: 'POST', body: JSON.stringify(body) });
    return this.json(response, 'POST /session');
  }

  async logout(token: string): Promise<void> {
    const response = await this.call('/api/v1/session', { method: 'DELETE' }, token);
    if (!response.ok && response.status !== 401) throw new ApiError(response.status, await readProblem(response));
  }

  async listQuestionnaires(token: string): Promise<QuestionnaireSummary[]> {
    return this.json(await this.call('/api/v1/questionnaires', { method: 'GET' }, token), 'GET /questionnaires');
  }

  async getQuestionnaire(token: string, id: string, version: number): Promise<Record<string, unknown>> {
    const path = `/api/v1/questionnaires/${encodeURIComponent(id)}/${version}`;
    return this.json(await this.call(path, { method: 'GET' }, token), 'GET /questionnaires/:id/:version');
  }

  async listAssignments(token: string): Promise<Assignment[]> {
    const list = await this.json(await this.call('/api/v1/assignments', { method: 'GET' }, token), 'GET /assignments');
    return list.map(withoutNullPrefill);
  }

  /** The caller's cases (an interviewer's own) with attempts, interviews and status. */
  async listCases(token: string, questionnaireId?: string): Promise<CaseSummary[]> {
    const query = questionnaireId ? `?questionnaire=${encodeURIComponent(questionnaireId)}` : '';
    return this.json(await this.call(`/api/v1/cases${query}`, { method: 'GET' }, token), z.array(CaseSummarySchema));
  }

  /** A manager allows a case more (or fewer) interviews. */
  async changeAssignment(token: string, id: string, change: { quantity?: number; address?: string }): Promise<Assignment> {
    return this.json(await this.call(`/api/v1/assignments/${encodeURIComponent(id)}`, { method: 'PATCH', body: JSON.stringify(change) }, token), AssignmentSchema);
  }

  /** A manager weights the collected cases of a questionnaire (sample, margins, optional plan uploaded). */
  async weighCollected(token: string, questionnaireId: string, request: Omit<WeightingRequest, 'lang'> & { lang?: WeightingRequest['lang'] }): Promise<WeightingResponse> {
    const path = `/api/v1/weighting/${encodeURIComponent(questionnaireId)}`;
    return this.json(await this.call(path, { method: 'POST', body: JSON.stringify(request) }, token), WeightingResponseSchema);
  }

  /** Idempotent like an interview upload: the same attempt under the same id is a 200. */
  async putContactAttempt(token: string, assignmentId: string, id: string, body: ContactAttemptRequest): Promise<AttemptResult> {
    const path = `/api/v1/cases/${encodeURIComponent(assignmentId)}/attempts/${encodeURIComponent(id)}`;
    const response = await this.call(path, { method: 'PUT', body: JSON.stringify(body) }, token);
    if (response.status === 200 || response.status === 201) {
      return { kind: 'stored', status: response.status, receipt: await this.json(response, ContactAttemptReceiptSchema) };
    }
    return { kind: 'problem', status: response.status, problem: await readProblem(response) };
  }

  /** The review state of the caller's uploaded interviews (an interviewer sees only their own). */
  async listSubmissionStatus(token: string): Promise<SubmissionStatus[]> {
    // The interviewer's view of the route's rows: the status fields (SubmissionSummarySchema extends SubmissionStatusSchema).
    return this.json(await this.call('/api/v1/submissions', { method: 'GET' }, token), z.array(SubmissionStatusSchema));
  }

  /** The current revision's content of an uploaded interview, as the device once sent it. */
  async getSubmissionContent(token: string, instanceId: string): Promise<SubmissionRequest> {
    const path = `/api/v1/submissions/${encodeURIComponent(instanceId)}/content`;
    return this.json(await this.call(path, { method: 'GET' }, token), 'GET /submissions/:instanceId/content');
  }

  // ── supervision (managers) ──────────────────────────────────────────────

  async createAssignment(token: string, request: AssignmentRequest): Promise<Assignment> {
    const response = await this.call('/api/v1/assignments', { method: 'POST', body: JSON.stringify(request) }, token);
    return withoutNullPrefill(await this.json(response, 'POST /assignments'));
  }

  async listSubmissions(token: string, questionnaireId: string): Promise<SubmissionSummary[]> {
    const path = `/api/v1/submissions?questionnaire=${encodeURIComponent(questionnaireId)}`;
    return this.json(await this.call(path, { method: 'GET' }, token), 'GET /submissions');
  }

  async getSubmission(token: string, instanceId: string): Promise<SubmissionDetail> {
    return this.json(await this.call(`/api/v1/submissions/${encodeURIComponent(instanceId)}`, { method: 'GET' }, token), 'GET /submissions/:instanceId');
  }

  async reviewSubmission(token: string, instanceId: string, decision: 'approve' | 'reject', comment: string, revision?: number): Promise<SubmissionSummary> {
    const path = `/api/v1/submissions/${encodeURIComponent(instanceId)}/review`;
    return this.json(await this.call(path, { method: 'POST', body: JSON.stringify({ decision, comment, revision }) }, token), 'POST /submissions/:instanceId/review');
  }

  async getQuality(token: string, questionnaireId: string): Promise<QualityReportWire> {
    return this.json(await this.call(`/api/v1/quality/${encodeURIComponent(questionnaireId)}`, { method: 'GET' }, token), 'GET /quality/:questionnaireId');
  }

  async getMonitoring(token: string, questionnaireId: string): Promise<MonitoringReport> {
    return this.json(await this.call(`/api/v1/monitoring/${encodeURIComponent(questionnaireId)}`, { method: 'GET' }, token), 'GET /monitoring/:questionnaireId');
  }

  // ── the console (managers and admins) ───────────────────────────────────

  /** Field work over time (GET /progress), overall and by region or interviewer, with AAPOR rates. */
  async getProgress(token: string, questionnaireId: string, query: Partial<ProgressQuery> = {}): Promise<ParsedResponse<'GET /progress/:questionnaireId'>> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
    const path = `/api/v1/progress/${encodeURIComponent(questionnaireId)}${params.size > 0 ? `?${params.toString()}` : ''}`;
    return this.json(await this.call(path, { method: 'GET' }, token), 'GET /progress/:questionnaireId');
  }

  /** One page of interviews matching the filters, and how many match in all. */
  async findSubmissions(token: string, query: SubmissionQuery): Promise<{ rows: SubmissionSummary[]; total: number }> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
    const response = await this.call(`/api/v1/submissions?${params.toString()}`, { method: 'GET' }, token);
    const rows = await this.json(response, 'GET /submissions');
    const total = Number(response.headers.get(TOTAL_COUNT_HEADER) ?? rows.length);
    return { rows, total };
  }

  async bulkReview(token: string, request: BulkReviewRequest): Promise<ParsedResponse<'POST /submissions/review'>> {
    return this.json(await this.call('/api/v1/submissions/review', { method: 'POST', body: JSON.stringify(request) }, token), 'POST /submissions/review');
  }

  async revisionDiff(token: string, instanceId: string, from: number, to: number): Promise<ParsedResponse<'GET /submissions/:instanceId/diff'>> {
    const path = `/api/v1/submissions/${encodeURIComponent(instanceId)}/diff?from=${from}&to=${to}`;
    return this.json(await this.call(path, { method: 'GET' }, token), 'GET /submissions/:instanceId/diff');
  }

  async listUsers(token: string): Promise<ParsedResponse<'GET /users'>> {
    return this.json(await this.call('/api/v1/users', { method: 'GET' }, token), 'GET /users');
  }

  async createUser(token: string, request: AccountCreate): Promise<ParsedResponse<'POST /users'>> {
    return this.json(await this.call('/api/v1/users', { method: 'POST', body: JSON.stringify(request) }, token), 'POST /users');
  }

  async changeUser(token: string, username: string, change: AccountChange): Promise<ParsedResponse<'PATCH /users/:username'>> {
    return this.json(await this.call(`/api/v1/users/${encodeURIComponent(username)}`, { method: 'PATCH', body: JSON.stringify(change) }, token), 'PATCH /users/:username');
  }

  /** Two-factor enrolment (admins, managers): a new secret, then confirmed with a first code. */
  async startTotp(token: string): Promise<ParsedResponse<'POST /session/totp'>> {
    return this.json(await this.call('/api/v1/session/totp', { method: 'POST' }, token), 'POST /session/totp');
  }

  /** Turns two-factor log-in on; the answer holds the recovery codes, shown to the user this once. */
  async confirmTotp(token: string, otp: string): Promise<ParsedResponse<'POST /session/totp/confirm'>> {
    return this.json(await this.call('/api/v1/session/totp/confirm', { method: 'POST', body: JSON.stringify({ otp }) }, token), 'POST /session/totp/confirm');
  }

  /** Whether one's own two-factor log-in is on, and how many recovery codes are left. */
  async twoFactorStatus(token: string): Promise<ParsedResponse<'GET /session/totp'>> {
    return this.json(await this.call('/api/v1/session/totp', { method: 'GET' }, token), 'GET /session/totp');
  }

  /** A new set of recovery codes against a current code of the authenticator app; the old set stops working. */
  async renewRecoveryCodes(token: string, otp: string): Promise<ParsedResponse<'POST /session/totp/recovery-codes'>> {
    return this.json(await this.call('/api/v1/session/totp/recovery-codes', { method: 'POST', body: JSON.stringify({ otp }) }, token), 'POST /session/totp/recovery-codes');
  }

  /** Live sessions: one's own, or (an admin) those of `username`. */
  async listSessions(token: string, username?: string): Promise<ParsedResponse<'GET /sessions'>> {
    const query = username === undefined ? '' : `?username=${encodeURIComponent(username)}`;
    return this.json(await this.call(`/api/v1/sessions${query}`, { method: 'GET' }, token), 'GET /sessions');
  }

  /** Ends a session (a lost tablet): one's own, or any (an admin). */
  async revokeSession(token: string, id: string): Promise<void> {
    const response = await this.call(`/api/v1/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' }, token);
    if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  }

  async listVersions(token: string): Promise<ParsedResponse<'GET /questionnaires/versions'>> {
    return this.json(await this.call('/api/v1/questionnaires/versions', { method: 'GET' }, token), 'GET /questionnaires/versions');
  }

  async lintQuestionnaire(token: string, id: string, definition: Record<string, unknown>): Promise<ParsedResponse<'POST /questionnaires/lint'>> {
    return this.json(await this.call('/api/v1/questionnaires/lint', { method: 'POST', body: JSON.stringify({ id, definition }) }, token), 'POST /questionnaires/lint');
  }

  async publishQuestionnaire(token: string, id: string, definition: Record<string, unknown>): Promise<ParsedResponse<'POST /questionnaires'>> {
    return this.json(await this.call('/api/v1/questionnaires', { method: 'POST', body: JSON.stringify({ id, definition }) }, token), 'POST /questionnaires');
  }

  async retireVersion(token: string, id: string, version: number): Promise<ParsedResponse<'POST /questionnaires/:id/:version/retire'>> {
    const path = `/api/v1/questionnaires/${encodeURIComponent(id)}/${version}/retire`;
    return this.json(await this.call(path, { method: 'POST' }, token), 'POST /questionnaires/:id/:version/retire');
  }

  async reassignOrChange(token: string, id: string, change: AssignmentChange): Promise<Assignment> {
    return withoutNullPrefill(await this.json(await this.call(`/api/v1/assignments/${encodeURIComponent(id)}`, { method: 'PATCH', body: JSON.stringify(change) }, token), 'PATCH /assignments/:id'));
  }

  async deleteAssignment(token: string, id: string): Promise<void> {
    const response = await this.call(`/api/v1/assignments/${encodeURIComponent(id)}`, { method: 'DELETE' }, token);
    if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  }

  async listAudit(token: string, filter: Record<string, string | undefined>): Promise<ParsedResponse<'GET /audit'>> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
    return this.json(await this.call(`/api/v1/audit?${params.toString()}`, { method: 'GET' }, token), 'GET /audit');
  }

  /** A microdata export with its choices (format, label language, approved only) as bytes. */
  async downloadMicrodata(token: string, questionnaireId: string, choice: ExportChoice): Promise<Blob> {
    const response = await this.call(`/api/v1${exportPath(questionnaireId, choice)}`, { method: 'GET' }, token);
    if (!response.ok) throw new ApiError(response.status, await readProblem(response));
    return response.blob();
  }

  /** A microdata export (`victimization.csv`, `victimization.xlsx`) as bytes. */
  async downloadExport(token: string, file: string): Promise<Blob> {
    const response = await this.call(`/api/v1/exports/${encodeURIComponent(file)}`, { method: 'GET' }, token);
    if (!response.ok) throw new ApiError(response.status, await readProblem(response));
    return response.blob();
  }

  /** PUT is idempotent on the server: the same body under the same id is a 200, never a second row. */
  async putSubmission(token: string, instanceId: string, body: SubmissionRequest): Promise<SubmissionResult> {
    const path = `/api/v1/submissions/${encodeURIComponent(instanceId)}`;
    const response = await this.call(path, { method: 'PUT', body: JSON.stringify(body) }, token);
    if (response.status === 200 || response.status === 201) {
      const receipt = await this.json(response, 'PUT /submissions/:instanceId');
      return { kind: 'stored', status: response.status, receipt };
    }
    return { kind: 'problem', status: response.status, problem: await readProblem(response) };
  }
}
