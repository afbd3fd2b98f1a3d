// Starts the real server (`node bin/jha-survey.mjs start`) on a free port with a fresh PGlite
// data directory, and reads the demo accounts it prints on an empty database.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Role } from '../../../src/protocol';

export const root = resolve(import.meta.dirname, '..', '..', '..');

export interface Account { username: string; password: string; role: Role }

export interface RunningServer {
  url: string;
  accounts: Account[];
  account(role: Role): Account;
  output(): string;
  stop(): Promise<void>;
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

/** `env` adds to the server's environment (e.g. JHA_SURVEYS_DIR for a bench's own questionnaires). */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  if (!existsSync(join(root, 'dist', 'app', 'sw.js')) || !existsSync(join(root, 'dist', 'cli'))) {
    throw new Error('the app and CLI are not built: run `npm run build` (npm run test:e2e does it first)');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'jha-e2e-'));
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
  const accounts = parseDemoAccounts(out);
  return {
    url: `http://127.0.0.1:${port}`,
    accounts,
    account(role) {
      const a = accounts.find((x) => x.role === role);
      if (!a) throw new Error(`no ${role} among the demo accounts printed by the server:\n${out}`);
      return a;
    },
    output: () => out,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((ok) => child.once('exit', ok));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((ok) => setTimeout(ok, 15_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
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
