// Starts the real server (`node bin/jha-survey.mjs start`) on a free port with a fresh PGlite
// data directory, and reads the demo accounts it prints on an empty database.
//
// A fresh embedded database costs 7–10 s of a 2-core machine (PGlite's initdb) before the
// server listens; a copy of one made earlier costs 3 s to open. The e2e project's global setup
// (test/setup/e2e-template.ts) therefore starts the server once on an empty directory, stops it,
// and keeps that directory and the demo accounts it printed as a template (JHA_E2E_TEMPLATE):
// each test's server then starts on its own copy, as fresh as a first start.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import type { Role } from '../../../src/protocol';
import { scratchDir } from '../../setup/scratch-dir';

export const root = resolve(import.meta.dirname, '..', '..', '..');

export interface Account { username: string; password: string; role: Role }

export interface RunningServer {
  url: string;
  accounts: Account[];
  account(role: Role): Account;
  output(): string;
  /** Stops the server (SIGTERM, then SIGKILL after 15 s) and removes its data unless `keepData`. */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => ok(port));
    });
  });
}

export function parseDemoAccounts(text: string): Account[] {
  const accounts: Account[] = [];
  for (const m of text.matchAll(/^\s+(\S+)\s+(\S+)\s+\((admin|manager|interviewer|analyst)\)\s*$/gm)) {
    accounts.push({ username: m[1], password: m[2], role: m[3] as Role });
  }
  return accounts;
}

/** The template's files: the stopped server's data directory and the accounts it printed. */
const templateData = (template: string): string => join(template, 'data');
const templateAccounts = (template: string): string => join(template, 'accounts.json');

/**
 * Makes a template in `template` (an empty directory): a first start of the server on an empty
 * database, stopped cleanly, with the demo accounts it printed.
 */
export async function makeServerTemplate(template: string): Promise<void> {
  const server = await startServer({}, templateData(template));
  writeFileSync(templateAccounts(template), JSON.stringify(server.accounts));
  await server.stop({ keepData: true });
}

/**
 * `env` adds to the server's environment (e.g. JHA_SURVEYS_DIR for a bench's own
 * questionnaires); a server with its own environment starts on an empty database, as does any
 * server when no template exists. `dataDir`: where the database goes (default: a new temp dir).
 */
export async function startServer(env: Record<string, string> = {}, dataDir = scratchDir('jha-e2e-')): Promise<RunningServer> {
  if (!existsSync(join(root, 'dist', 'app', 'sw.js')) || !existsSync(join(root, 'dist', 'cli'))) {
    throw new Error('the app and CLI are not built: run `npm run build` (npm run test:e2e does it first)');
  }
  const template = process.env.JHA_E2E_TEMPLATE;
  const fromTemplate = template !== undefined && Object.keys(env).length === 0 && existsSync(templateAccounts(template));
  // cpSync keeps the files' modes (0700 directories, 0600 files), as the server made them.
  if (fromTemplate) cpSync(templateData(template), dataDir, { recursive: true });
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(root, 'bin', 'jha-survey.mjs'), 'start'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', JHA_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (c: Buffer) => { out += c.toString(); });
  child.stderr?.on('data', (c: Buffer) => { out += c.toString(); });
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start in 180 s:\n${out}`)), 180_000);
    const check = () => {
      if (/listening on http/.test(out)) {
        clearTimeout(timer);
        ok();
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited with ${code}:\n${out}`));
    });
  });
  // A copy of the template has its accounts already: the server prints them on an empty database only.
  const accounts = fromTemplate ? (JSON.parse(readFileSync(templateAccounts(template), 'utf8')) as Account[]) : parseDemoAccounts(out);
  return {
    url: `http://127.0.0.1:${port}`,
    accounts,
    account(role) {
      const a = accounts.find((x) => x.role === role);
      if (!a) throw new Error(`no ${role} among the demo accounts printed by the server:\n${out}`);
      return a;
    },
    output: () => out,
    async stop(options = {}) {
      if (child.exitCode === null) {
        const exited = new Promise((ok) => child.once('exit', ok));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((ok) => setTimeout(ok, 15_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      if (!options.keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A session token straight from the API, for checks the browser does not make. */
export async function apiToken(server: RunningServer, role: Role): Promise<string> {
  const { username, password } = server.account(role);
  const response = await fetch(`${server.url}/api/v1/session`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }),
  });
  if (response.status !== 201) throw new Error(`log-in as ${role} failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}
