// The OData v4 feed (issue 14, item 8) over real HTTP on a fresh database: service document,
// $metadata, rows with $top/$skip/$count/$select, server-driven paging followed to the end, the
// export's roles, and every read audited.
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './support/backends';
import { call, expectProblem, login, startTestServer, type TestServer, HOOK_TIMEOUT } from './support/http';

interface Page { '@odata.context': string; '@odata.count'?: number; '@odata.nextLink'?: string; value: Record<string, unknown>[] }

describe.each(backends)('OData feed on %s', (backend) => {
  let t: TestServer;
  let ivan: string;
  let manager: string;
  let analyst: string;
  const instances: string[] = [];
  beforeAll(async () => {
    t = await startTestServer(backend);
    ivan = await login(t.base, 'interviewer', t.passwords.interviewer);
    manager = await login(t.base, 'manager', t.passwords.manager);
    analyst = await login(t.base, 'analyst', t.passwords.analyst);
    for (let k = 0; k < 5; k++) {
      const id = uuidv7();
      instances.push(id);
      const body = { questionnaireId: 'household', version: 1, caseId: `H${k}`, disposition: '1.1', data: { sex: 1 + (k % 2), age: 30 + k, remarks: k === 0 ? 'says "hello", then leaves' : undefined }, paradata: { startedAt: '2026-11-20T08:00:00.000Z' } };
      expect((await call(t.base, 'PUT', `/submissions/${id}`, { token: ivan, body })).status).toBe(201);
    }
  }, HOOK_TIMEOUT);
  afterAll(async () => {
    await t?.stop();
  }, HOOK_TIMEOUT);

  const get = async (path: string, token: string, headers: Record<string, string> = {}) => {
    const res = await fetch(path.startsWith('http') ? path : `${t.base}${path}`, { headers: { authorization: `Bearer ${token}`, ...headers } });
    return { status: res.status, headers: res.headers, text: await res.text() };
  };

  it('service document and $metadata: one entity set per questionnaire, the export\'s columns typed', async () => {
    const root = await get('/odata', analyst);
    expect(root.status).toBe(200);
    expect(root.headers.get('odata-version')).toBe('4.0');
    const doc = JSON.parse(root.text) as { '@odata.context': string; value: { name: string; kind: string; url: string }[] };
    expect(doc['@odata.context']).toBe(`${t.base}/odata/$metadata`);
    expect(doc.value).toContainEqual({ name: 'household', kind: 'EntitySet', url: 'household' });
    const meta = await get('/odata/$metadata', manager);
    expect(meta.status).toBe(200);
    expect(meta.headers.get('content-type')).toMatch(/application\/xml/);
    expect(meta.text).toContain('<EntityType Name="household"><Key><PropertyRef Name="__id"/></Key>');
    expect(meta.text).toContain('<Property Name="sex" Type="Edm.Double"/>');
    expect(meta.text).toContain('<Property Name="age" Type="Edm.Double"/>');
    expect(meta.text).toContain('<Property Name="remarks" Type="Edm.String"/>');
    expect(meta.text).toContain('<Property Name="questionnaire_version" Type="Edm.Int32"/>');
    expect(meta.text).toContain('<EntitySet Name="household" EntityType="JhaSurvey.household"/>');
  });

  it('rows with $top, $skip, $count and $select, numbers as numbers, in the export\'s order', async () => {
    const res = await get('/odata/household?$top=2&$skip=1&$count=true&$select=__id,age,remarks', manager);
    expect(res.status).toBe(200);
    const page = JSON.parse(res.text) as Page;
    expect(page['@odata.context']).toBe(`${t.base}/odata/$metadata#household(__id,age,remarks)`);
    expect(page['@odata.count']).toBe(5);
    expect(page.value).toEqual([{ __id: instances[1], age: 31, remarks: null }, { __id: instances[2], age: 32, remarks: null }]);
    expect(page['@odata.nextLink']).toBeUndefined(); // the client asked for two
    const first = JSON.parse((await get('/odata/household?$top=1', manager)).text) as Page;
    expect(first.value[0]).toMatchObject({ __id: instances[0], interviewer: 'interviewer', questionnaire_version: 1, sex: 1, age: 30, remarks: 'says "hello", then leaves', disposition: '1.1' });
  });

  it('server-driven paging (Prefer: odata.maxpagesize) followed through @odata.nextLink reads every row once', async () => {
    const seen: unknown[] = [];
    let next: string | undefined = '/odata/household?$count=true';
    let pages = 0;
    while (next) {
      const res = await get(next, analyst, { prefer: 'odata.maxpagesize=2' });
      expect(res.status).toBe(200);
      expect(res.headers.get('preference-applied')).toBe('odata.maxpagesize=2');
      const page = JSON.parse(res.text) as Page;
      expect(page['@odata.count']).toBe(5);
      seen.push(...page.value.map((v) => v.__id));
      next = page['@odata.nextLink'];
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(instances);
    // $top beyond a page: the next link carries what remains of it.
    const capped = JSON.parse((await get('/odata/household?$top=3', manager, { prefer: 'odata.maxpagesize=2' })).text) as Page;
    expect(capped.value).toHaveLength(2);
    expect(capped['@odata.nextLink']).toBe(`${t.base}/odata/household?$skip=2&$top=1`);
  });

  it('the export\'s roles, a token in the Authorization header, clear errors, every read audited', async () => {
    expectProblem(await call(t.base, 'GET', '/odata/household'), 401, 'unauthenticated');
    expectProblem(await call(t.base, 'GET', '/odata/household', { token: ivan }), 403, 'forbidden');
    expectProblem(await call(t.base, 'GET', '/odata/$metadata', { token: ivan }), 403, 'forbidden');
    expectProblem(await call(t.base, 'GET', '/odata', { token: ivan }), 403, 'forbidden');
    expectProblem(await call(t.base, 'GET', '/odata/nothing', { token: manager }), 404, 'not-found');
    expectProblem(await call(t.base, 'GET', '/odata/household?$filter=age%20gt%2030', { token: manager }), 400, 'validation-failed');
    expectProblem(await call(t.base, 'GET', '/odata/household?$top=-1', { token: manager }), 400, 'validation-failed');
    expectProblem(await call(t.base, 'GET', '/odata/household?$select=nope', { token: manager }), 400, 'validation-failed');
    expectProblem(await call(t.base, 'GET', '/odata/household?$format=xml', { token: manager }), 400, 'validation-failed');
    const reads = await t.server.db.query<{ actor: string; detail: { rows: number } }>("SELECT actor, detail FROM audit_log WHERE action = 'microdata-exported' AND target = 'odata:household'");
    expect(reads.length).toBeGreaterThanOrEqual(5);
    expect(reads.map((r) => r.actor)).toEqual(expect.arrayContaining(['manager', 'analyst']));
  });
});
