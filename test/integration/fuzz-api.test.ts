// Issue 13 item 12: property-based fuzzing (fast-check) of the API's bodies, paths and queries,
// with a valid token of the role each route expects: 0 crashes, 0 answers of 500 or above, and
// every error an RFC 9457 problem.
import fc from 'fast-check';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/server';
import { backends } from './support/backends';
import { login, startTestServer, type TestServer, HOOK_TIMEOUT } from './support/http';

const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('\u0000', '\ud800', '\udfff', '', ' ', '1e400', '-1', '2147483648', '9'.repeat(40), '<img src=x onerror=1>', "'; DROP TABLE accounts; --", '../../etc/passwd', '%00', 'NaN'),
);
const value = fc.oneof(nasty, fc.jsonValue({ maxDepth: 3 }), fc.double(), fc.integer(), fc.constant(2 ** 31), fc.constant(-(2 ** 53)));

/** A valid submission with some fields replaced by hostile values. */
const submission = fc.record({
  questionnaireId: fc.oneof(fc.constant('household'), nasty),
  version: fc.oneof(fc.constant(1), value),
  caseId: fc.oneof(fc.constant('C-1'), value),
  data: fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom('sex', 'age', 'remarks'), nasty), value, { maxKeys: 5 }), value),
  paradata: fc.oneof(fc.constant({ startedAt: '2026-11-20T08:00:00.000Z' }), fc.record({ startedAt: value, questionnaireVersion: value, questionTimes: value }, { requiredKeys: [] }), value),
  disposition: fc.oneof(fc.constant('1.1'), value),
  envelope: value,
}, { requiredKeys: [] });

describe.each(backends)('fuzzing the API on %s', (backend) => {
  let t: TestServer;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestServer(backend);
    for (const role of ['admin', 'manager', 'interviewer', 'analyst'] as const) tokens[role] = await login(t.base, role, t.passwords[role]);
    // The account the admin's PATCH /users is fuzzed on (not one whose token the other routes use).
    await createAccount(t.server.db, 'fuzzed', 'analyst', 'a long enough fuzz passphrase');
  }, HOOK_TIMEOUT);
  afterAll(async () => {
    await t?.stop();
  }, HOOK_TIMEOUT);

  async function send(method: 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE', url: string, token: string | undefined, body?: string): Promise<number> {
    const res = await t.server.app.inject({
      method, url: '/api/v1' + url,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { payload: body }),
    });
    if (res.statusCode >= 400) expect(res.headers['content-type'], `${method} ${url} → ${res.statusCode}: ${res.body}`).toMatch(/^application\/problem\+json/);
    expect(res.statusCode, `${method} ${url} → ${res.statusCode}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
    return res.statusCode;
  }

  it('uploads: mutated submissions and raw text never give a 5xx', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(submission.map((s) => JSON.stringify(s)), fc.string({ unit: 'binary', maxLength: 200 })), async (body) => {
      await send('PUT', `/submissions/${uuidv7()}`, tokens.interviewer, body);
    }), { numRuns: 300 });
  }, 300_000);

  it('log-in, publication, assignments, reviews: random bodies never give a 5xx', async () => {
    const routes: [method: 'POST' | 'PATCH', url: string, role: string][] = [
      ['POST', '/session', ''], ['POST', '/questionnaires', 'manager'], ['POST', '/assignments', 'manager'],
      ['POST', `/submissions/${uuidv7()}/review`, 'manager'], ['POST', '/session/totp/confirm', 'manager'],
      // The console's (issue 14 item 1).
      ['POST', '/users', 'admin'], ['PATCH', '/users/fuzzed', 'admin'], ['POST', '/questionnaires/lint', 'manager'],
      ['POST', '/submissions/review', 'manager'], ['PATCH', '/assignments/no-such-id', 'manager'],
    ];
    const body = fc.oneof(
      fc.record({
        username: value, password: value, otp: value, id: value, definition: value, interviewer: value, questionnaireId: value, caseId: value, decision: value, comment: value, revision: value,
        role: value, disabled: value, items: fc.oneof(value, fc.array(fc.record({ instanceId: value, revision: value }, { requiredKeys: [] }), { maxLength: 3 })), quantity: value, address: value,
      }, { requiredKeys: [] }).map((b) => JSON.stringify(b)),
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      fc.string({ unit: 'binary', maxLength: 100 }),
    );
    await fc.assert(fc.asyncProperty(fc.constantFrom(...routes), body, async ([method, url, role], text) => {
      await send(method, url, role ? tokens[role] : undefined, text);
    }), { numRuns: 300 });
  }, 300_000);

  it('paths and queries: random ids, versions, files and filters never give a 5xx', async () => {
    // A lone surrogate cannot be percent-encoded; its CESU bytes (%ED%A0%80, invalid UTF-8) are sent instead.
    const segment = nasty.map((s) => {
      try {
        return encodeURIComponent(s);
      } catch {
        return '%ED%A0%80';
      }
    });
    await fc.assert(fc.asyncProperty(fc.constantFrom(
      (s: string) => ['GET', `/questionnaires/household/${s}`, 'interviewer'] as const,
      (s: string) => ['GET', `/questionnaires/${s}/1`, 'interviewer'] as const,
      (s: string) => ['GET', `/submissions/${s}`, 'manager'] as const,
      (s: string) => ['GET', `/submissions/${s}/content`, 'manager'] as const,
      (s: string) => ['GET', `/submissions?questionnaire=${s}`, 'analyst'] as const,
      (s: string) => ['GET', `/exports/${s}`, 'analyst'] as const,
      (s: string) => ['GET', `/exports/household.csv?lang=${s}`, 'analyst'] as const,
      (s: string) => ['GET', `/audit?from=${s}&limit=${s}`, 'admin'] as const,
      (s: string) => ['GET', `/audit?before=${s}&actor=${s}`, 'admin'] as const,
      (s: string) => ['DELETE', `/sessions/${s}`, 'analyst'] as const,
      (s: string) => ['GET', `/sessions?username=${s}`, 'admin'] as const,
      (s: string) => ['GET', `/monitoring/${s}`, 'manager'] as const,
      (s: string) => ['GET', `/submissions?interviewer=${s}&from=${s}&to=${s}&q=${s}&state=${s}&limit=${s}&offset=${s}&region=${s}`, 'manager'] as const,
      (s: string) => ['GET', `/submissions/${s}/diff?from=${s}&to=${s}`, 'manager'] as const,
      (s: string) => ['POST', `/questionnaires/${s}/${s}/retire`, 'manager'] as const,
      (s: string) => ['DELETE', `/assignments/${s}`, 'manager'] as const,
      (s: string) => ['GET', `/exports/household.xlsx?approved=${s}`, 'analyst'] as const,
    ), segment, async (route, s) => {
      const [method, url, role] = route(s);
      await send(method, url, tokens[role]);
    }), { numRuns: 300 });
  }, 300_000);
});
