// The built `jha-survey` command, spawned as a user would run it (always on PGlite here:
// DATABASE_URL is blanked, which is how browser tests run the server too).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/server';
import { FIXTURES } from './support/http';
import { backends, scratchDatabase } from './support/backends';
import { scratchDir } from '../setup/scratch-dir';

const root = packageRoot();
const bin = join(root, 'bin', 'jha-survey.mjs');

interface Running {
  child: ChildProcess;
  base: string;
  stdout: () => string;
}

function startCli(env: Record<string, string>): Promise<Running> {
  const child = spawn(process.execPath, [bin, 'start'], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`start did not listen in time:\n${out}\n${err}`));
    }, 150_000);
    const check = () => {
      const m = /listening on (http:\/\/[\d.]+:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, base: m[1], stdout: () => out });
      }
    };
    child.stdout?.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`start exited with ${code}:\n${out}\n${err}`));
    });
  });
}

function stop(run: Running): Promise<number | null> {
  return new Promise((resolve) => {
    run.child.removeAllListeners('exit');
    run.child.on('exit', (code) => resolve(code));
    run.child.kill('SIGTERM');
  });
}

function users(args: string[], env: Record<string, string>, input?: string) {
  return spawnSync(process.execPath, [bin, 'users', ...args], { cwd: root, env: { ...process.env, ...env }, input, encoding: 'utf8' });
}

function demoPasswords(stdout: string): Record<string, string> {
  return Object.fromEntries([...stdout.matchAll(/^ {3}(\w+)\s+(\S+)\s+\((\w+)\)$/gm)].map((m) => [m[3], m[2]]));
}

async function token(base: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  return ((await res.json()) as { token: string }).token;
}

async function loginStatus(base: string, username: string, password: string): Promise<number> {
  const res = await fetch(`${base}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  return res.status;
}

// Each command opens the embedded database (about a second, far more on a busy machine).
const SLOW = 240_000;

describe('jha-survey start and users add (built CLI, PGlite)', { timeout: SLOW }, () => {
  let work: string;
  let env: Record<string, string>;
  let exported = '';
  beforeAll(() => {
    work = scratchDir('jha-cli-');
    const surveys = join(work, 'surveys');
    const app = join(work, 'app');
    mkdirSync(surveys);
    mkdirSync(join(app, 'assets'), { recursive: true });
    cpSync(join(FIXTURES, 'household.json'), join(surveys, 'household.json'));
    writeFileSync(join(app, 'index.html'), '<!doctype html><title>jha-survey app</title><div id="root"></div>');
    writeFileSync(join(app, 'sw.js'), 'self.addEventListener("install", () => {});');
    writeFileSync(join(app, 'assets', 'index-Ab12Cd34.js'), 'console.log("app");');
    env = { JHA_DATA_DIR: join(work, 'data'), JHA_SURVEYS_DIR: surveys, JHA_APP_DIR: app, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: '' };
  });
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('starts, prints the demo accounts once, serves the PWA with caching headers, locks the database, stops on SIGTERM', async () => {
    const run = await startCli(env);
    try {
      const out = run.stdout();
      expect(out).toContain('published household version 1');
      const passwords = demoPasswords(out);
      expect(Object.keys(passwords).sort()).toEqual(['admin', 'analyst', 'interviewer', 'manager']);
      expect(await loginStatus(run.base, 'manager', passwords.manager)).toBe(201);

      const index = await fetch(`${run.base}/`);
      expect(index.status).toBe(200);
      expect(await index.text()).toContain('jha-survey app');
      expect(index.headers.get('cache-control')).toBe('no-cache');
      expect((await fetch(`${run.base}/sw.js`)).headers.get('cache-control')).toBe('no-cache');
      const asset = await fetch(`${run.base}/assets/index-Ab12Cd34.js`);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const deep = await fetch(`${run.base}/interviews/42`);
      expect(deep.status).toBe(200);
      expect(deep.headers.get('cache-control')).toBe('no-cache');
      expect(await deep.text()).toContain('jha-survey app');
      const api = await fetch(`${run.base}/api/v1/nothing-here`);
      expect(api.status).toBe(404);
      expect(api.headers.get('content-type')).toMatch(/^application\/problem\+json/);

      const locked = users(['add', 'late', '--role', 'analyst'], { ...env, JHA_PASSWORD: 'copper kettle dawn' });
      expect(locked.status).toBe(2);
      expect(locked.stderr.trim().split('\n')).toHaveLength(1);
      expect(locked.stderr).toMatch(/^jha-survey: database-locked: .*manage accounts through it .*--server http:\/\/localhost:8080 with an admin's session token in JHA_TOKEN/);

      // Beside the running server: the same account commands through its API, with an admin's token.
      const admin = await token(run.base, 'admin', passwords.admin);
      const viaServer = (args: string[], extra: Record<string, string>) => users([...args, '--server', run.base], { ...env, ...extra });
      const added = viaServer(['add', 'late', '--role', 'analyst'], { JHA_TOKEN: admin, JHA_PASSWORD: 'copper kettle dawn' });
      expect(added.status, added.stderr).toBe(0);
      expect(await loginStatus(run.base, 'late', 'copper kettle dawn')).toBe(201);
      const listed = viaServer(['list'], { JHA_TOKEN: admin });
      expect(listed.status, listed.stderr).toBe(0);
      expect(listed.stdout).toMatch(/^late\s+analyst\s+\d{4}-/m);
      expect(listed.stdout.trim().split('\n').map((l) => l.split(/\s+/)[0])).toEqual(['admin', 'analyst', 'interviewer', 'late', 'manager']);
      const changed = viaServer(['passwd', 'late'], { JHA_TOKEN: admin, JHA_PASSWORD: 'tin lantern harbour' });
      expect(changed.status, changed.stderr).toBe(0);
      expect(await loginStatus(run.base, 'late', 'copper kettle dawn')).toBe(401);
      expect(await loginStatus(run.base, 'late', 'tin lantern harbour')).toBe(201);
      // The server's answers are the CLI's one-line errors: an existing name, a missing account, a
      // manager's token, no token at all.
      const twice = viaServer(['add', 'late', '--role', 'analyst'], { JHA_TOKEN: admin, JHA_PASSWORD: 'copper kettle dawn' });
      expect([twice.status, twice.stderr]).toEqual([2, 'jha-survey: conflict: an account named late already exists\n']);
      const missing = viaServer(['passwd', 'nobody'], { JHA_TOKEN: admin, JHA_PASSWORD: 'whatever orchard gate' });
      expect([missing.status, missing.stderr]).toEqual([2, 'jha-survey: not-found: there is no account named nobody\n']);
      const manager = await token(run.base, 'manager', passwords.manager);
      const notAdmin = viaServer(['list'], { JHA_TOKEN: manager });
      expect(notAdmin.status).toBe(2);
      expect(notAdmin.stderr).toMatch(/^jha-survey: forbidden: [^\n]*\n$/);
      const noToken = viaServer(['list'], { JHA_TOKEN: '' });
      expect([noToken.status, noToken.stderr]).toEqual([2, "jha-survey: --server needs a session token in JHA_TOKEN (an admin: POST /api/v1/session)\n"]);
    } finally {
      expect(await stop(run)).toBe(0);
    }
    expect(existsSync(join(env.JHA_DATA_DIR, 'jha-survey.lock'))).toBe(false);
  });

  it('adds users on the same database (JHA_PASSWORD or stdin), sets passwords, lists; user errors exit 2 with one line', async () => {
    const added = users(['add', 'vesna', '--role', 'interviewer'], { ...env, JHA_PASSWORD: 'quiet harbour lantern' });
    expect(added.status).toBe(0);
    const fromStdin = users(['add', 'petar', '--role', 'manager'], env, 'seven maple bridges\n');
    expect(fromStdin.status).toBe(0);
    const again = users(['add', 'vesna', '--role', 'analyst'], { ...env, JHA_PASSWORD: 'another orchard gate' });
    expect(again.status).toBe(2);
    expect(again.stderr).toBe('jha-survey: user-exists: an account named vesna already exists\n');
    const badRole = users(['add', 'x', '--role', 'boss'], { ...env, JHA_PASSWORD: 'copper kettle dawn' });
    expect(badRole.status).toBe(2);
    expect(badRole.stderr).toContain('--role must be one of');
    const weak = users(['add', 'zora', '--role', 'analyst'], { ...env, JHA_PASSWORD: 'password2024!' });
    expect(weak.status).toBe(2);
    expect(weak.stderr).toMatch(/^jha-survey: weak-password: the password is among the most commonly used passwords/);
    const named = users(['add', 'zora', '--role', 'analyst'], { ...env, JHA_PASSWORD: 'zora-is-my-name-ok' });
    expect(named.stderr).toBe('jha-survey: weak-password: the password must not contain the user name\n');

    const passwd = users(['passwd', 'vesna'], { ...env, JHA_PASSWORD: 'new lantern by the quay' });
    expect(passwd.status).toBe(0);
    const nobody = users(['passwd', 'nobody'], { ...env, JHA_PASSWORD: 'whatever orchard gate' });
    expect(nobody.status).toBe(2);
    expect(nobody.stderr).toBe('jha-survey: no-such-user: there is no account named nobody\n');
    // The way back in for the only admin whose phone is lost: on the database, not through the server.
    const reset = users(['reset-two-factor', 'petar'], env);
    expect([reset.status, reset.stdout]).toEqual([0, 'jha-survey: two-factor log-in of petar reset (its recovery codes too); its sessions are ended\n']);
    const resetNobody = users(['reset-two-factor', 'nobody'], env);
    expect([resetNobody.status, resetNobody.stderr]).toEqual([2, 'jha-survey: no-such-user: there is no account named nobody\n']);
    const list = users(['list'], env);
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(/^vesna\s+interviewer\s+\d{4}-/m);
    expect(list.stdout.trim().split('\n').map((l) => l.split(/\s+/)[0])).toEqual(['admin', 'analyst', 'interviewer', 'late', 'manager', 'petar', 'vesna']);

    // A lock left by a process that no longer exists is taken over.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(join(env.JHA_DATA_DIR, 'jha-survey.lock'), `${dead.stdout}\n`);

    const run = await startCli({ ...env, JHA_APP_DIR: join(work, 'no-such-app') });
    try {
      expect(demoPasswords(run.stdout())).toEqual({});
      expect(run.stdout()).not.toContain('Demo accounts');
      expect(await loginStatus(run.base, 'vesna', 'new lantern by the quay')).toBe(201);
      expect(await loginStatus(run.base, 'vesna', 'quiet harbour lantern')).toBe(401);
      expect(await loginStatus(run.base, 'petar', 'seven maple bridges')).toBe(201);
      const page = await fetch(`${run.base}/`);
      expect(await page.text()).toContain('npm run build');

      // One interview, and the manager's export of it over HTTP, for `export` below.
      const vesna = await token(run.base, 'vesna', 'new lantern by the quay');
      const put = await fetch(`${run.base}/api/v1/submissions/01936f0e-8b1a-7c2d-9e3f-0123456789ab`, {
        method: 'PUT', headers: { 'content-type': 'application/json', authorization: `Bearer ${vesna}` },
        body: JSON.stringify({ questionnaireId: 'household', version: 1, caseId: 'C-9', data: { sex: 2, age: 41 }, paradata: { startedAt: '2026-11-20T08:00:00.000Z' }, disposition: '1.1' }),
      });
      expect(put.status).toBe(201);
      const petar = await token(run.base, 'petar', 'seven maple bridges');
      exported = await (await fetch(`${run.base}/api/v1/exports/household.csv`, { headers: { authorization: `Bearer ${petar}` } })).text();
      const locked = spawnSync(process.execPath, [bin, 'export', 'household'], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
      expect(locked.status).toBe(2);
      expect(locked.stderr).toMatch(/^jha-survey: database-locked: .*export through it: --server http:\/\/localhost:8080 with a manager's or analyst's session token in JHA_TOKEN\n$/);
      const lockedEnvelopes = spawnSync(process.execPath, [bin, 'export', 'household', '--envelopes'], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
      expect(lockedEnvelopes.status).toBe(2);
      expect(lockedEnvelopes.stderr).toMatch(/^jha-survey: database-locked: .*export through it: --server/);
      // Beside the running server: the same file through its API, with a token from the environment.
      const remote = spawnSync(process.execPath, [bin, 'export', 'household', '--server', run.base], { cwd: root, env: { ...process.env, ...env, JHA_TOKEN: petar }, encoding: 'utf8' });
      expect(remote.status, remote.stderr).toBe(0);
      expect(remote.stdout).toBe(exported);
      const noToken = spawnSync(process.execPath, [bin, 'export', 'household', '--server', run.base], { cwd: root, env: { ...process.env, ...env, JHA_TOKEN: '' }, encoding: 'utf8' });
      expect(noToken.status).toBe(2);
      expect(noToken.stderr).toContain('JHA_TOKEN');
      const interviewerToken = spawnSync(process.execPath, [bin, 'export', 'household', '--server', run.base], { cwd: root, env: { ...process.env, ...env, JHA_TOKEN: vesna }, encoding: 'utf8' });
      expect(interviewerToken.status).toBe(2);
      expect(interviewerToken.stderr).toMatch(/^jha-survey: forbidden: /);
    } finally {
      expect(await stop(run)).toBe(0);
    }
  });

  it('export writes the same microdata file as the server (CSV to stdout or a file, XLSX to a file); an unknown questionnaire exits 2', () => {
    expect(exported.split('\n')[1]).toContain('C-9');
    const toStdout = spawnSync(process.execPath, [bin, 'export', 'household'], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
    expect(toStdout.stderr).toBe('');
    expect(toStdout.stdout).toBe(exported);
    const xlsx = join(work, 'household.xlsx');
    const toFile = spawnSync(process.execPath, [bin, 'export', 'household', '--out', xlsx], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
    expect(toFile.status).toBe(0);
    expect(toFile.stderr).toContain('1 interview of household written to');
    expect(readFileSync(xlsx).subarray(0, 2).toString('latin1')).toBe('PK');
    for (const [ext, magic] of [['sav', '$FL2'], ['dta', '<stata_dta>']] as const) {
      const out = join(work, `household.${ext}`);
      const written = spawnSync(process.execPath, [bin, 'export', 'household', '--out', out, '--lang', 'mk'], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
      expect(written.stderr).toContain('1 interview of household written to');
      expect(readFileSync(out).subarray(0, magic.length).toString('latin1')).toBe(magic);
    }
    const csv = join(work, 'household.csv');
    const withDictionary = spawnSync(process.execPath, [bin, 'export', 'household', '--out', csv, '--dictionary'], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
    expect(withDictionary.status, withDictionary.stderr).toBe(0);
    expect(withDictionary.stderr).toContain(`written to ${join(work, 'household.dictionary.json')}`);
    const dictionary = JSON.parse(readFileSync(join(work, 'household.dictionary.json'), 'utf8')) as { format: string; metadataColumns: string[]; variables: { name: string }[] };
    expect(dictionary.format).toBe('jha-survey-dictionary');
    expect([...dictionary.metadataColumns, ...dictionary.variables.map((v) => v.name)].join(',')).toBe(readFileSync(csv, 'utf8').split('\r\n')[0]);
    const noOut = spawnSync(process.execPath, [bin, 'export', 'household', '--dictionary'], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
    expect(noOut.status).toBe(2);
    // An extension that is no export format is an error, not a CSV under another name.
    const por = spawnSync(process.execPath, [bin, 'export', 'household', '--out', join(work, 'household.por')], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
    expect(por.status).toBe(2);
    expect(por.stderr).toContain('.por is not an export format');
    expect(existsSync(join(work, 'household.por'))).toBe(false);
    const unknown = spawnSync(process.execPath, [bin, 'export', 'nothing'], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('jha-survey: not-found: questionnaire nothing is not published\n');
  });
});

// Only when DATABASE_URL is set (CI): the same commands on a PostgreSQL server.
describe.each(backends.filter((b) => b === 'postgres'))('jha-survey users add and start on %s', { timeout: SLOW }, (backend) => {
  it('adds a user to a fresh PostgreSQL database, then start uses it and creates no demo accounts', async () => {
    const scratch = await scratchDatabase(backend);
    try {
      const pgEnv = { DATABASE_URL: scratch.config.databaseUrl as string, JHA_DATA_DIR: scratch.config.dataDir, JHA_SURVEYS_DIR: FIXTURES, PORT: '0', HOST: '127.0.0.1' };
      const added = users(['add', 'lidija', '--role', 'manager'], { ...pgEnv, JHA_PASSWORD: 'granite swallow meadow' });
      expect(added.stderr).toBe('');
      expect(added.status).toBe(0);
      const run = await startCli(pgEnv);
      try {
        expect(run.stdout()).toContain('database PostgreSQL at 127.0.0.1');
        expect(run.stdout()).not.toContain('Demo accounts');
        expect(await loginStatus(run.base, 'lidija', 'granite swallow meadow')).toBe(201);
      } finally {
        expect(await stop(run)).toBe(0);
      }
    } finally {
      await scratch.dispose();
    }
  });
});
