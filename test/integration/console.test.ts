// Issue 14 item 1 from outside: what the manager's console does through the API — accounts
// (admin), questionnaire lint before publishing and retiring, assignments reassigned and deleted,
// the filtered paged submission list, bulk approval and the revision diff. Each route: its roles,
// its problems with stable codes, and the audit rows it writes.
import { readFileSync } from 'node:fs';
import { v7 as uuidv7 } from 'uuid';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from './support/backends';
import { call, expectProblem, FIXTURES, login, startTestServer, type TestServer, HOOK_TIMEOUT } from './support/http';

type Json = Record<string, unknown>;
const household = JSON.parse(readFileSync(`${FIXTURES}household.json`, 'utf8')) as { pages: { elements: Json[] }[] } & Json;

/** The household fixture with a region question (the list filters on the `region` answer). */
function withRegion(): typeof household {
  const copy = structuredClone(household);
  copy.pages[0].elements.push({
    type: 'radiogroup', name: 'region', title: { default: 'Region', sq: 'Rajoni', mk: 'Регион' },
    choices: [
      { value: 'MK001', text: { default: 'Vardar', sq: 'Vardar', mk: 'Вардарски' } },
      { value: 'MK002', text: { default: 'East', sq: 'Lindor', mk: 'Источен' } },
    ],
  });
  return copy;
}

function interview(caseId: string, data: Json, startedAt = '2026-11-20T08:00:00.000Z') {
  return {
    questionnaireId: 'regional', version: 1, caseId, data,
    paradata: { startedAt, endedAt: startedAt.replace('T08', 'T09'), deviceId: 'tab-1' },
    disposition: '1.1',
  };
}

async function auditRows(t: TestServer, action: string, target?: string) {
  return t.server.db.query<{ actor: string; target: string; detail: Json }>(
    'SELECT actor, target, detail FROM audit_log WHERE action = $1 AND ($2::text IS NULL OR target = $2) ORDER BY id', [action, target ?? null],
  );
}

describe.each(backends)('the manager console API on %s', (backend) => {
  let t: TestServer;
  let admin: string;
  let manager: string;
  let analyst: string;
  let ivan: string;
  beforeAll(async () => {
    t = await startTestServer(backend);
    admin = await login(t.base, 'admin', t.passwords.admin);
    manager = await login(t.base, 'manager', t.passwords.manager);
    analyst = await login(t.base, 'analyst', t.passwords.analyst);
    ivan = await login(t.base, 'interviewer', t.passwords.interviewer);
  }, HOOK_TIMEOUT);
  afterAll(async () => {
    await t?.stop();
  }, HOOK_TIMEOUT);

  describe('accounts', () => {
    it('only an admin lists, creates and changes accounts', async () => {
      for (const token of [manager, analyst, ivan]) {
        expectProblem(await call(t.base, 'GET', '/users', { token }), 403, 'forbidden');
        expectProblem(await call(t.base, 'POST', '/users', { token, body: { username: 'x1', role: 'analyst', password: 'quiet harbour lantern' } }), 403, 'forbidden');
        expectProblem(await call(t.base, 'PATCH', '/users/interviewer', { token, body: { disabled: true } }), 403, 'forbidden');
      }
      expectProblem(await call(t.base, 'GET', '/users'), 401, 'unauthenticated');
      const list = await call(t.base, 'GET', '/users', { token: admin });
      expect(list.status).toBe(200);
      const rows = list.body as Json[];
      expect(rows.map((r) => r.username)).toEqual(['admin', 'analyst', 'interviewer', 'manager']);
      expect(JSON.stringify(rows)).not.toMatch(/scrypt|hash|secret/i);
      expect(rows.find((r) => r.username === 'admin')).toMatchObject({ role: 'admin', disabledAt: null, twoFactor: false });
      expect(typeof rows.find((r) => r.username === 'admin')?.lastLoginAt).toBe('string');
    });

    it('creates an account under the password policy; a taken name is 409, a bad one 400; audited', async () => {
      expectProblem(await call(t.base, 'POST', '/users', { token: admin, body: { username: 'vesna', role: 'interviewer', password: 'short' } }), 422, 'weak-password');
      expectProblem(await call(t.base, 'POST', '/users', { token: admin, body: { username: 'vesna', role: 'interviewer', password: 'vesna-vesna-1234' } }), 422, 'weak-password');
      expectProblem(await call(t.base, 'POST', '/users', { token: admin, body: { username: 'bad name', role: 'interviewer', password: 'quiet harbour lantern' } }), 400, 'validation-failed');
      expectProblem(await call(t.base, 'POST', '/users', { token: admin, body: { username: 'vesna', role: 'boss', password: 'quiet harbour lantern' } }), 400, 'validation-failed');
      const made = await call(t.base, 'POST', '/users', { token: admin, body: { username: 'vesna', role: 'interviewer', password: 'quiet harbour lantern' } });
      expect(made.status).toBe(201);
      expect(made.body).toMatchObject({ username: 'vesna', role: 'interviewer', disabledAt: null });
      expectProblem(await call(t.base, 'POST', '/users', { token: admin, body: { username: 'vesna', role: 'analyst', password: 'other quiet lantern' } }), 409, 'conflict');
      expect(await auditRows(t, 'account-created', 'vesna')).toEqual([{ actor: 'admin', target: 'vesna', detail: { role: 'interviewer' } }]);
      expect(JSON.stringify(await auditRows(t, 'account-created'))).not.toContain('quiet harbour');
    });

    it('disabling ends the sessions and refuses log-in with account-disabled; enabling restores it', async () => {
      const token = await login(t.base, 'vesna', 'quiet harbour lantern');
      const off = await call(t.base, 'PATCH', '/users/vesna', { token: admin, body: { disabled: true } });
      expect(off.status).toBe(200);
      expect(typeof (off.body as Json).disabledAt).toBe('string');
      expectProblem(await call(t.base, 'GET', '/assignments', { token }), 401, 'unauthenticated');
      expectProblem(await call(t.base, 'POST', '/session', { body: { username: 'vesna', password: 'quiet harbour lantern' } }), 403, 'account-disabled');
      // A wrong password learns nothing about the account being disabled.
      expectProblem(await call(t.base, 'POST', '/session', { body: { username: 'vesna', password: 'wrong but long enough' } }), 401, 'invalid-credentials');
      // A disabled interviewer gets no new cases.
      expect(expectProblem(await call(t.base, 'POST', '/assignments', { token: manager, body: { interviewer: 'vesna', questionnaireId: 'household', caseId: 'V-1' } }), 400, 'validation-failed'))
        .toMatchObject({ reason: 'interviewer-disabled', interviewer: 'vesna' });
      expect((await call(t.base, 'PATCH', '/users/vesna', { token: admin, body: { disabled: false } })).status).toBe(200);
      await login(t.base, 'vesna', 'quiet harbour lantern');
      expect((await auditRows(t, 'account-disabled', 'vesna')).length).toBe(1);
      expect((await auditRows(t, 'account-enabled', 'vesna')).length).toBe(1);
    });

    it('resets a password (policy applies, sessions end) and changes a role, each audited', async () => {
      const token = await login(t.base, 'vesna', 'quiet harbour lantern');
      expectProblem(await call(t.base, 'PATCH', '/users/vesna', { token: admin, body: { password: 'password123' } }), 422, 'weak-password');
      expect((await call(t.base, 'PATCH', '/users/vesna', { token: admin, body: { password: 'copper meadow whistle' } })).status).toBe(200);
      expectProblem(await call(t.base, 'GET', '/assignments', { token }), 401, 'unauthenticated');
      const changed = await call(t.base, 'PATCH', '/users/vesna', { token: admin, body: { role: 'analyst' } });
      expect(changed.body).toMatchObject({ role: 'analyst' });
      const asAnalyst = await login(t.base, 'vesna', 'copper meadow whistle');
      expect((await call(t.base, 'GET', '/submissions', { token: asAnalyst })).status).toBe(200);
      expect(await auditRows(t, 'role-changed', 'vesna')).toEqual([{ actor: 'admin', target: 'vesna', detail: { from: 'interviewer', to: 'analyst' } }]);
      expect((await auditRows(t, 'password-changed', 'vesna')).length).toBe(1);
      expectProblem(await call(t.base, 'PATCH', '/users/nobody', { token: admin, body: { role: 'analyst' } }), 404, 'not-found');
      expectProblem(await call(t.base, 'PATCH', '/users/vesna', { token: admin, body: {} }), 400, 'validation-failed');
      expectProblem(await call(t.base, 'PATCH', '/users/vesna', { token: admin, body: { role: 'analyst', shoeSize: 44 } }), 400, 'validation-failed');
    });

    it('an admin cannot disable or demote themselves', async () => {
      expectProblem(await call(t.base, 'PATCH', '/users/admin', { token: admin, body: { disabled: true } }), 403, 'forbidden');
      expectProblem(await call(t.base, 'PATCH', '/users/admin', { token: admin, body: { role: 'manager' } }), 403, 'forbidden');
    });
  });

  describe('questionnaires', () => {
    it('lint shows the findings without publishing; the fixed file publishes; only managers', async () => {
      const broken = withRegion();
      (broken.pages[0].elements[0] as Json).name = 'age'; // a duplicate name
      expectProblem(await call(t.base, 'POST', '/questionnaires/lint', { token: analyst, body: { id: 'regional', definition: broken } }), 403, 'forbidden');
      expectProblem(await call(t.base, 'POST', '/questionnaires/lint', { token: manager, body: { id: 'Bad Id', definition: broken } }), 400, 'validation-failed');
      const report = await call(t.base, 'POST', '/questionnaires/lint', { token: manager, body: { id: 'regional', definition: broken } });
      expect(report.status).toBe(200);
      const body = report.body as { previousVersion: number | null; nextVersion: number; findings: { rule: string; question?: string }[] };
      expect(body.previousVersion).toBeNull();
      expect(body.nextVersion).toBe(1);
      expect(body.findings.some((f) => f.rule === 'duplicate-name')).toBe(true);
      expect((await call(t.base, 'GET', '/questionnaires', { token: manager })).body as Json[]).not.toContainEqual(expect.objectContaining({ id: 'regional' }));
      const clean = await call(t.base, 'POST', '/questionnaires/lint', { token: manager, body: { id: 'regional', definition: withRegion() } });
      expect((clean.body as { findings: unknown[] }).findings).toEqual([]);
      expect((await call(t.base, 'POST', '/questionnaires', { token: manager, body: { id: 'regional', definition: withRegion() } })).status).toBe(201);
      const again = await call(t.base, 'POST', '/questionnaires/lint', { token: manager, body: { id: 'regional', definition: withRegion() } });
      expect(again.body).toMatchObject({ previousVersion: 1, nextVersion: 1, findings: [] });
    });

    it('retiring a version: tablets stop being offered it, its interviews stay; audited once', async () => {
      const id = uuidv7();
      expect((await call(t.base, 'PUT', `/submissions/${id}`, { token: ivan, body: interview('R-RETIRE', { sex: 1, region: 'MK001' }) })).status).toBe(201);
      expectProblem(await call(t.base, 'POST', '/questionnaires/household/1/retire', { token: ivan }), 403, 'forbidden');
      expectProblem(await call(t.base, 'POST', '/questionnaires/household/9/retire', { token: manager }), 404, 'not-found');
      const retired = await call(t.base, 'POST', '/questionnaires/household/1/retire', { token: manager });
      expect(retired.status).toBe(200);
      expect(retired.body).toMatchObject({ id: 'household', version: 1, retiredBy: 'manager' });
      expect((await call(t.base, 'POST', '/questionnaires/household/1/retire', { token: manager })).status).toBe(200);
      expect((await auditRows(t, 'questionnaire-retired', 'household@1')).length).toBe(1);
      const offered = (await call(t.base, 'GET', '/questionnaires', { token: ivan })).body as Json[];
      expect(offered.map((q) => q.id)).toEqual(['regional']);
      // The version stays readable (an interview started on it finishes) and listed for managers.
      expect((await call(t.base, 'GET', '/questionnaires/household/1', { token: ivan })).status).toBe(200);
      const versions = (await call(t.base, 'GET', '/questionnaires/versions', { token: manager })).body as Json[];
      expect(versions.find((v) => v.id === 'household')).toMatchObject({ version: 1, retiredBy: 'manager' });
      expect(versions.find((v) => v.id === 'regional')).toMatchObject({ version: 1, retiredAt: null, submissions: 1 });
      expectProblem(await call(t.base, 'GET', '/questionnaires/versions', { token: ivan }), 403, 'forbidden');
      // Publishing the retired content again offers it again, as a new version.
      const republished = await call(t.base, 'POST', '/questionnaires', { token: manager, body: { id: 'household', definition: household } });
      expect(republished.body).toMatchObject({ version: 2, published: true });
    });
  });

  describe('assignments', () => {
    it('reassigned to another interviewer, deleted when unworked, refused with history; audited', async () => {
      const made = await call(t.base, 'POST', '/assignments', { token: manager, body: { interviewer: 'interviewer', questionnaireId: 'regional', caseId: 'A-1', quantity: 2 } });
      expect(made.status).toBe(201);
      const { id } = made.body as { id: string };
      await call(t.base, 'POST', '/users', { token: admin, body: { username: 'goran', role: 'interviewer', password: 'silver canyon orchard' } });
      const moved = await call(t.base, 'PATCH', `/assignments/${id}`, { token: manager, body: { interviewer: 'goran' } });
      expect(moved.body).toMatchObject({ interviewer: 'goran', quantity: 2 });
      expectProblem(await call(t.base, 'PATCH', `/assignments/${id}`, { token: manager, body: { interviewer: 'analyst' } }), 400, 'validation-failed');
      expect(((await call(t.base, 'GET', '/assignments', { token: ivan })).body as Json[]).some((a) => a.id === id)).toBe(false);
      expectProblem(await call(t.base, 'DELETE', `/assignments/${id}`, { token: ivan }), 403, 'forbidden');
      expect((await call(t.base, 'DELETE', `/assignments/${id}`, { token: manager })).status).toBe(204);
      expectProblem(await call(t.base, 'DELETE', `/assignments/${id}`, { token: manager }), 404, 'not-found');
      // A case with an interview keeps its history: deleting it is refused.
      const worked = await call(t.base, 'POST', '/assignments', { token: manager, body: { interviewer: 'interviewer', questionnaireId: 'regional', caseId: 'A-2' } });
      const workedId = (worked.body as { id: string }).id;
      await call(t.base, 'PUT', `/submissions/${uuidv7()}`, { token: ivan, body: interview('A-2', { sex: 2, region: 'MK002' }) });
      const refused = expectProblem(await call(t.base, 'DELETE', `/assignments/${workedId}`, { token: manager }), 409, 'assignment-has-interviews');
      expect(refused).toMatchObject({ interviews: 1, attempts: 0 });
      expect((await auditRows(t, 'assignment-changed', id))[0]).toMatchObject({ actor: 'manager', detail: { interviewer: 'goran' } });
      expect((await auditRows(t, 'assignment-deleted', id)).length).toBe(1);
      expect((await auditRows(t, 'assignment-created', workedId)).length).toBe(1);
    });
  });

  describe('submissions', () => {
    const ids: string[] = [];
    beforeAll(async () => {
      await call(t.base, 'POST', '/users', { token: admin, body: { username: 'lidija', role: 'interviewer', password: 'amber valley compass' } });
      const lidija = await login(t.base, 'lidija', 'amber valley compass');
      for (const [i, [token, region]] of ([[ivan, 'MK001'], [ivan, 'MK002'], [lidija, 'MK001'], [lidija, 'MK001']] as const).entries()) {
        const id = uuidv7();
        ids.push(id);
        const res = await call(t.base, 'PUT', `/submissions/${id}`, { token, body: interview(`S-${i}`, { sex: 1, age: 30 + i, region }) });
        expect(res.status).toBe(201);
      }
    }, HOOK_TIMEOUT);

    it('filters by interviewer, region, state, date and search, paged with the total in X-Total-Count', async () => {
      const get = async (query: string) => {
        const res = await call(t.base, 'GET', `/submissions?questionnaire=regional&${query}`, { token: manager });
        expect(res.status).toBe(200);
        return { rows: res.body as { instanceId: string; interviewer: string }[], total: Number(res.headers.get('x-total-count')) };
      };
      expect((await get('interviewer=lidija')).rows.map((r) => r.instanceId)).toEqual(ids.slice(2));
      expect((await get('region=MK001&interviewer=interviewer')).rows.map((r) => r.instanceId)).toContain(ids[0]);
      expect((await get('region=MK001&interviewer=interviewer')).rows.map((r) => r.instanceId)).not.toContain(ids[1]);
      const page = await get('limit=2&offset=0&sort=newest');
      expect(page.rows).toHaveLength(2);
      expect(page.total).toBeGreaterThanOrEqual(5);
      expect(page.rows[0].instanceId).toBe(ids[3]);
      const today = new Date().toISOString().slice(0, 10);
      expect((await get(`from=${today}&to=${today}&interviewer=lidija`)).total).toBe(2);
      expect((await get('from=2000-01-01&to=2000-01-02')).total).toBe(0);
      expect((await get(`q=${ids[2].slice(-8)}`)).rows.map((r) => r.instanceId)).toEqual([ids[2]]);
      expect((await get('q=S-3')).rows.map((r) => r.instanceId)).toEqual([ids[3]]);
      expect((await get('q=%25')).total).toBe(0);
      expect((await get('state=approved')).total).toBe(0);
      // The server's flags (trust): an interview of a case never assigned is flagged case-unknown.
      const flagged = await call(t.base, 'GET', '/submissions?questionnaire=regional&flag=any', { token: manager });
      const flaggedRows = flagged.body as { flags: string[] }[];
      expect(flaggedRows.length).toBeGreaterThan(0);
      expect(flaggedRows.every((r) => r.flags.length > 0)).toBe(true);
      const unknownCase = (await call(t.base, 'GET', '/submissions?questionnaire=regional&flag=case-unknown', { token: manager })).body as { flags: string[] }[];
      expect(unknownCase.every((r) => r.flags.includes('case-unknown'))).toBe(true);
      expectProblem(await call(t.base, 'GET', '/submissions?flag=odd', { token: manager }), 400, 'validation-failed');
      expectProblem(await call(t.base, 'GET', '/submissions?state=done', { token: manager }), 400, 'validation-failed');
      expectProblem(await call(t.base, 'GET', '/submissions?from=yesterday', { token: manager }), 400, 'validation-failed');
      expectProblem(await call(t.base, 'GET', '/submissions?limit=0', { token: manager }), 400, 'validation-failed');
      // An interviewer's filter never reaches another's interviews.
      const own = await call(t.base, 'GET', '/submissions?interviewer=lidija', { token: ivan });
      expect((own.body as { interviewer: string }[]).every((r) => r.interviewer === 'interviewer')).toBe(true);
    });

    it('bulk approve: each audited, a stale revision refused with review-stale, the rest approved', async () => {
      // ids[3] is rejected and re-submitted: revision 2 arrives, the manager's list said revision 1.
      await call(t.base, 'POST', `/submissions/${ids[3]}/review`, { token: manager, body: { decision: 'reject', comment: 'age?', revision: 1 } });
      const lidija = await login(t.base, 'lidija', 'amber valley compass');
      expect((await call(t.base, 'PUT', `/submissions/${ids[3]}`, { token: lidija, body: interview('S-3', { sex: 1, age: 43, region: 'MK002' }) })).status).toBe(201);
      expectProblem(await call(t.base, 'POST', '/submissions/review', { token: analyst, body: { decision: 'approve', items: [{ instanceId: ids[0], revision: 1 }] } }), 403, 'forbidden');
      expectProblem(await call(t.base, 'POST', '/submissions/review', { token: manager, body: { decision: 'approve', items: [] } }), 400, 'validation-failed');
      const res = await call(t.base, 'POST', '/submissions/review', {
        token: manager,
        body: { decision: 'approve', items: [...ids.slice(0, 3), ids[3]].map((instanceId) => ({ instanceId, revision: 1 })).concat([{ instanceId: 'no-such', revision: 1 }]) },
      });
      expect(res.status).toBe(200);
      const body = res.body as { reviewed: number; refused: number; results: { instanceId: string; code: string | null; submission: { reviewState: string } | null }[] };
      expect(body.reviewed).toBe(3);
      expect(body.refused).toBe(2);
      expect(body.results.find((r) => r.instanceId === ids[3])?.code).toBe('review-stale');
      expect(body.results.find((r) => r.instanceId === 'no-such')?.code).toBe('not-found');
      expect(body.results.find((r) => r.instanceId === ids[0])?.submission?.reviewState).toBe('approved');
      const rows = await t.server.db.query<{ target: string; detail: Json }>("SELECT target, detail FROM audit_log WHERE action = 'submission-reviewed' AND detail ->> 'bulk' = 'true'");
      expect(rows.map((r) => r.target).sort()).toEqual(ids.slice(0, 3).sort());
      const state = await call(t.base, 'GET', `/submissions/${ids[3]}`, { token: manager });
      expect(state.body).toMatchObject({ reviewState: 'received', revision: 2 });
    });

    it('exports approved interviews only, labels in the chosen language, in every format; audited with the choice', async () => {
      const xlsx = await fetch(`${t.base}/exports/regional.xlsx?lang=mk&approved=true`, { headers: { authorization: `Bearer ${manager}` } });
      expect(xlsx.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await xlsx.arrayBuffer());
      const sheet = book.worksheets[0];
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      const rows = sheet.getSheetValues().slice(2).filter(Boolean) as unknown[][];
      const instanceColumn = header.indexOf('instance_id') + 1;
      expect(rows.map((r) => r[instanceColumn]).sort()).toEqual(ids.slice(0, 3).sort());
      // The value labels in Macedonian (the region's, from the questionnaire).
      expect(JSON.stringify(book.worksheets.map((w) => w.getSheetValues()))).toContain('Вардарски');
      const all = await fetch(`${t.base}/exports/regional.csv`, { headers: { authorization: `Bearer ${manager}` } });
      expect((await all.text()).trim().split('\n').length - 1).toBeGreaterThan(3);
      for (const format of ['sav', 'dta', 'csv']) {
        const res = await fetch(`${t.base}/exports/regional.${format}?lang=sq&approved=true`, { headers: { authorization: `Bearer ${analyst}` } });
        expect(res.status).toBe(200);
      }
      expectProblem(await call(t.base, 'GET', '/exports/regional.xlsx?approved=yes', { token: manager }), 400, 'validation-failed');
      expectProblem(await call(t.base, 'GET', '/exports/regional.xlsx?lang=de', { token: manager }), 400, 'validation-failed');
      const logged = await auditRows(t, 'microdata-exported', 'regional.xlsx');
      expect(logged.at(-1)).toMatchObject({ actor: 'manager', detail: { rows: 3, lang: 'mk', approvedOnly: true } });
    });

    it('the audit log for the admin: newest first by number (not as text), paged with the cursor, filtered', async () => {
      expectProblem(await call(t.base, 'GET', '/audit', { token: manager }), 403, 'forbidden');
      // Every entry (ids from 1 past 10): as text "9" would come before "80".
      const all = (await call(t.base, 'GET', '/audit?limit=1000', { token: admin })).body as { entries: { id: string }[] };
      const ids = all.entries.map((e) => Number(e.id));
      expect(Math.min(...ids)).toBeLessThan(10);
      expect(Math.max(...ids)).toBeGreaterThan(10);
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      const page = (await call(t.base, 'GET', '/audit?limit=15', { token: admin })).body as { entries: { id: string }[]; next: string };
      const second = (await call(t.base, 'GET', `/audit?limit=15&before=${page.next}`, { token: admin })).body as { entries: { id: string }[] };
      expect(Number(second.entries[0].id)).toBe(Number(page.next) - 1);
      const byManager = (await call(t.base, 'GET', '/audit?actor=manager&action=assignment-deleted', { token: admin })).body as { entries: { actor: string; action: string }[] };
      expect(byManager.entries.length).toBeGreaterThan(0);
      expect(byManager.entries.every((e) => e.actor === 'manager' && e.action === 'assignment-deleted')).toBe(true);
    });

    it('diff: the answers that changed from revision 1 to 2, audited as a read of content', async () => {
      expectProblem(await call(t.base, 'GET', `/submissions/${ids[3]}/diff?from=1&to=2`, { token: ivan }), 403, 'forbidden');
      const res = await call(t.base, 'GET', `/submissions/${ids[3]}/diff?from=1&to=2`, { token: manager });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        instanceId: ids[3], from: 1, to: 2, encrypted: false,
        changes: [
          { name: 'age', kind: 'changed', before: 33, after: 43 },
          { name: 'region', kind: 'changed', before: 'MK001', after: 'MK002' },
        ],
      });
      expectProblem(await call(t.base, 'GET', `/submissions/${ids[3]}/diff?from=1&to=3`, { token: manager }), 404, 'not-found');
      expectProblem(await call(t.base, 'GET', `/submissions/${ids[3]}/diff?from=x&to=2`, { token: manager }), 400, 'validation-failed');
      const reads = await auditRows(t, 'submission-content-read', ids[3]);
      expect(reads.at(-1)).toMatchObject({ actor: 'manager', detail: { revision: 2, diffFrom: 1 } });
    });
  });
});
