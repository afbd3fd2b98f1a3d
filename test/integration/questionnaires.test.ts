import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/server';
import { loadMigrations } from '../../src/server/db';
import { backends, scratchDatabase } from './support/backends';
import { call, expectProblem, FIXTURES, login, startTestServer, type TestServer, HOOK_TIMEOUT } from './support/http';

const household = JSON.parse(readFileSync(join(FIXTURES, 'household.json'), 'utf8')) as Record<string, unknown>;
const retitled = (en: string) => ({ ...household, title: { default: en, sq: `${en} (sq)`, mk: `${en} (мк)` } });

describe.each(backends)('questionnaires and assignments on %s', (backend) => {
  let t: TestServer;
  let manager: string;
  let ivan: string;
  beforeAll(async () => {
    t = await startTestServer(backend);
    manager = await login(t.base, 'manager', t.passwords.manager);
    ivan = await login(t.base, 'interviewer', t.passwords.interviewer);
  }, HOOK_TIMEOUT);
  afterAll(async () => {
    await t?.stop();
  }, HOOK_TIMEOUT);

  it('lists the questionnaires published at start-up with title and locales', async () => {
    const res = await call(t.base, 'GET', '/questionnaires', { token: ivan });
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      expect.objectContaining({
        id: 'household',
        version: 1,
        title: { en: 'Household test questionnaire', sq: 'Pyetësor prove', mk: 'Тест прашалник' },
        locales: ['en', 'sq', 'mk'],
      }),
    ]);
  });

  it('serves the SurveyJS JSON of a version; 404 for an unknown version', async () => {
    const res = await call(t.base, 'GET', '/questionnaires/household/1', { token: ivan });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(household);
    // Exactly as written: key order kept (jsonb would sort keys by length).
    expect(res.text).toBe(JSON.stringify(household));
    expectProblem(await call(t.base, 'GET', '/questionnaires/household/9', { token: ivan }), 404, 'not-found');
    expectProblem(await call(t.base, 'GET', '/questionnaires/household/x', { token: ivan }), 400, 'validation-failed');
  });

  it('a manager publishes a new version; identical content is not republished', async () => {
    const definition = retitled('Household v2');
    const first = await call(t.base, 'POST', '/questionnaires', { token: manager, body: { id: 'household', definition } });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ id: 'household', version: 2, published: true });
    const same = await call(t.base, 'POST', '/questionnaires', { token: manager, body: { id: 'household', definition } });
    expect(same.status).toBe(200);
    expect(same.body).toMatchObject({ version: 2, published: false });
    const list = (await call(t.base, 'GET', '/questionnaires', { token: ivan })).body as { id: string; version: number }[];
    expect(list.map((q) => [q.id, q.version])).toEqual([['household', 2]]);
    expectProblem(await call(t.base, 'POST', '/questionnaires', { token: ivan, body: { id: 'household', definition } }), 403, 'forbidden');
  });

  it('422 lint-findings listing the findings, nothing published', async () => {
    const definition = { pages: [{ name: 'p1', elements: [{ type: 'text', name: 'age' }, { type: 'text', name: 'age' }] }] };
    const body = expectProblem(await call(t.base, 'POST', '/questionnaires', { token: manager, body: { id: 'broken', definition } }), 422, 'lint-findings');
    expect(body.findings).toEqual(expect.arrayContaining([expect.objectContaining({ question: 'age', rule: expect.any(String), message: expect.any(String), fix: expect.any(String) })]));
    expectProblem(await call(t.base, 'GET', '/questionnaires/broken/1', { token: manager }), 404, 'not-found');
    expectProblem(await call(t.base, 'POST', '/questionnaires', { token: manager, body: { id: 'Bad Id', definition: household } }), 400, 'validation-failed');
  });

  it('422 when a new version drops a variable of the published one', async () => {
    const pages = household.pages as { name: string; elements: { name: string }[] }[];
    const dropped = { ...household, pages: [{ ...pages[0], elements: pages[0].elements.filter((e) => e.name !== 'age') }, pages[1]] };
    const body = expectProblem(await call(t.base, 'POST', '/questionnaires', { token: manager, body: { id: 'household', definition: dropped } }), 422, 'lint-findings');
    expect((body.findings as { question?: string }[]).some((f) => f.question === 'age')).toBe(true);
  });

  it('assignments: a manager assigns cases; an interviewer sees only her own', async () => {
    const created = await call(t.base, 'POST', '/assignments', { token: manager, body: { interviewer: 'interviewer', questionnaireId: 'household', caseId: 'HH-17', prefill: { region: 'north' } } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ interviewer: 'interviewer', questionnaireId: 'household', caseId: 'HH-17', prefill: { region: 'north' } });
    expectProblem(await call(t.base, 'POST', '/assignments', { token: manager, body: { interviewer: 'interviewer', questionnaireId: 'household', caseId: 'HH-17' } }), 409, 'conflict');
    // Each refusal carries a stable reason and the names involved, so the supervisor's screen can word it in its language.
    expect(expectProblem(await call(t.base, 'POST', '/assignments', { token: manager, body: { interviewer: 'analyst', questionnaireId: 'household', caseId: 'HH-18' } }), 400, 'validation-failed'))
      .toMatchObject({ reason: 'interviewer-unknown', interviewer: 'analyst' });
    // A prefilled answer the questionnaire could not record (sex has the codes 1 and 2) is refused, not stored.
    const misfit = expectProblem(await call(t.base, 'POST', '/assignments', { token: manager, body: { interviewer: 'interviewer', questionnaireId: 'household', caseId: 'HH-21', prefill: { sex: 5 } } }), 400, 'validation-failed');
    expect(String(misfit.detail)).toContain('sex=5 is not an answer of the question (expected one of 1, 2)');
    expect(misfit).toMatchObject({ reason: 'prefill-mismatch', answers: [{ name: 'sex', value: '5' }] });
    expect(expectProblem(await call(t.base, 'POST', '/assignments', { token: manager, body: { interviewer: 'interviewer', questionnaireId: 'nope', caseId: 'HH-18' } }), 400, 'validation-failed'))
      .toMatchObject({ reason: 'questionnaire-unpublished', questionnaireId: 'nope' });
    expectProblem(await call(t.base, 'POST', '/assignments', { token: ivan, body: { interviewer: 'interviewer', questionnaireId: 'household', caseId: 'HH-19' } }), 403, 'forbidden');

    await t.server.db.query("INSERT INTO accounts (username, role, password_hash) VALUES ('other', 'interviewer', 'x')");
    await call(t.base, 'POST', '/assignments', { token: manager, body: { interviewer: 'other', questionnaireId: 'household', caseId: 'HH-20' } });
    const own = (await call(t.base, 'GET', '/assignments', { token: ivan })).body as { caseId: string }[];
    expect(own.map((a) => a.caseId)).toEqual(['HH-17']);
    const all = (await call(t.base, 'GET', '/assignments', { token: manager })).body as { caseId: string }[];
    expect(all.map((a) => a.caseId).sort()).toEqual(['HH-17', 'HH-20']);
  });
});

describe.each(backends)('publishing surveys/*.json at start-up on %s', (backend) => {
  it('publishes new files, skips non-questionnaires, republishes only changed content as version N+1', async () => {
    const scratch = await scratchDatabase(backend);
    const dir = mkdtempSync(join(tmpdir(), 'jha-surveys-'));
    try {
      cpSync(join(FIXTURES, 'household.json'), join(dir, 'household.json'));
      writeFileSync(join(dir, 'indicators.json'), JSON.stringify([{ id: 'sdg_16_1_4', numerator: 'safe_dark' }]));
      writeFileSync(join(dir, 'broken.json'), JSON.stringify({ pages: [{ name: 'p', elements: [{ type: 'text' }] }] }));

      const start = () => createServer({ database: scratch.config, surveysDir: dir, appDir: null });
      let server = await start();
      expect(server.surveys.map((s) => [s.file, s.status, s.version])).toEqual([
        ['broken.json', 'rejected', undefined],
        ['household.json', 'published', 1],
        ['indicators.json', 'skipped', undefined],
      ]);
      expect(server.demoAccounts).toHaveLength(4);
      await server.close();

      server = await start();
      expect(server.surveys.find((s) => s.file === 'household.json')).toMatchObject({ status: 'unchanged', version: 1 });
      expect(server.demoAccounts).toEqual([]);
      expect(server.migrationsApplied).toEqual([]);
      const [tracked] = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
      expect(tracked.n).toBe(loadMigrations().length);
      await server.close();

      writeFileSync(join(dir, 'household.json'), JSON.stringify(retitled('Changed'), null, 2));
      server = await start();
      expect(server.surveys.find((s) => s.file === 'household.json')).toMatchObject({ status: 'published', version: 2 });
      const versions = await server.db.query<{ version: number }>("SELECT version FROM questionnaires WHERE id = 'household' ORDER BY version");
      expect(versions.map((v) => v.version)).toEqual([1, 2]);
      await server.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await scratch.dispose();
    }
  }, HOOK_TIMEOUT);
});
