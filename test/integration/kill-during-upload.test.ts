// Issue 13 item 12: SIGKILL during uploads, on both databases. A server in a child process receives
// concurrent interview uploads and is killed with SIGKILL at a random moment, ROUNDS times; after
// each restart every interview whose upload was acknowledged (2xx) must be there exactly once, with
// the content hash of its receipt, and a device retrying the unacknowledged ones gets 200 or 201
// (never a conflict: a half-written interview must not exist). The counts are printed and asserted.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { backends, scratchDatabase } from './support/backends';
import { call, login } from './support/http';

/** Kills per backend: a few in CI (the whole suite must stay under 10 min); raise with KILL_ROUNDS. */
const ROUNDS = Number(process.env.KILL_ROUNDS ?? 3);
/** Concurrent uploaders, as several tablets syncing at once. */
const UPLOADERS = 6;
const CHILD = new URL('./support/upload-server.ts', import.meta.url).pathname;

interface Started { child: ChildProcess; base: string; passwords: Record<string, string> }

function start(config: unknown): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(config)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.once('line', (line) => {
      const { port, demoAccounts } = JSON.parse(line) as { port: number; demoAccounts: { role: string; password: string }[] };
      resolve({ child, base: `http://127.0.0.1:${port}/api/v1`, passwords: Object.fromEntries(demoAccounts.map((a) => [a.role, a.password])) });
    });
    child.once('exit', (code, signal) => reject(new Error(`server exited (${code ?? signal}) before listening: ${stderr.slice(-500)}`)));
  });
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    }
  });
}

const body = (n: number) => ({
  questionnaireId: 'household', version: 1, data: { sex: 1 + (n % 2), age: 20 + (n % 60), remarks: `interview ${n}` },
  paradata: { startedAt: '2026-11-20T08:00:00.000Z' }, disposition: '1.1',
});

describe.each(backends)('SIGKILL during uploads on %s', (backend) => {
  it(`${ROUNDS} kills at random moments lose no acknowledged interview and leave none half-written`, async () => {
    const scratch = await scratchDatabase(backend);
    let server: Started | undefined;
    try {
      server = await start(scratch.config);
      const password = server.passwords.interviewer;
      const managerPassword = server.passwords.manager;
      let token = await login(server.base, 'interviewer', password);
      /** instance id → sha256 of its receipt. */
      const acknowledged = new Map<string, string>();
      /** Sent but never acknowledged (the connection died): the device keeps and retries them. */
      const unacknowledged = new Map<string, number>();
      let sent = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const base = server.base;
        let stop = false;
        const uploader = async () => {
          while (!stop) {
            const id = uuidv7();
            const n = sent++;
            try {
              const res = await call(base, 'PUT', `/submissions/${id}`, { token, body: body(n) });
              if (res.status === 201 || res.status === 200) acknowledged.set(id, (res.body as { sha256: string }).sha256);
              else throw new Error(`unexpected ${res.status} ${res.text.slice(0, 200)}`);
            } catch (err) {
              if (err instanceof Error && err.message.startsWith('unexpected')) throw err;
              unacknowledged.set(id, n);
              return; // the connection broke: the server is gone
            }
          }
        };
        const before = acknowledged.size;
        const running = Array.from({ length: UPLOADERS }, uploader);
        // A random moment while uploads are in full flow: after 2 to 10 acknowledgements of this
        // round (however slow the machine), then 0-40 ms more, so some uploads are mid-transaction.
        const target = before + 2 + Math.floor(Math.random() * 9);
        for (const until = Date.now() + 60_000; acknowledged.size < target && Date.now() < until;) await new Promise((r) => setTimeout(r, 5));
        await new Promise((r) => setTimeout(r, Math.random() * 40));
        await killed(server.child);
        stop = true;
        await Promise.all(running);
        server = await start(scratch.config);
        token = await login(server.base, 'interviewer', password);
      }
      // The device retries what it never saw acknowledged: stored before the kill (200) or now (201).
      const retried: number[] = [];
      for (const [id, n] of unacknowledged) {
        const res = await call(server.base, 'PUT', `/submissions/${id}`, { token, body: body(n) });
        retried.push(res.status);
        if (res.status === 200 || res.status === 201) acknowledged.set(id, (res.body as { sha256: string }).sha256);
      }
      expect(retried.filter((s) => s !== 200 && s !== 201)).toEqual([]);
      const manager = await login(server.base, 'manager', managerPassword);
      const stored = (await call(server.base, 'GET', '/submissions', { token: manager })).body as { instanceId: string; sha256: string; revision: number }[];
      const times = new Map<string, number>();
      for (const s of stored) times.set(s.instanceId, (times.get(s.instanceId) ?? 0) + 1);
      const missing = [...acknowledged.keys()].filter((id) => times.get(id) !== 1);
      const changed = stored.filter((s) => acknowledged.has(s.instanceId) && (acknowledged.get(s.instanceId) !== s.sha256 || s.revision !== 1));
      console.log(`SIGKILL on ${backend}: ${ROUNDS} kills, ${sent} uploads sent, ${acknowledged.size - retried.length} acknowledged before a kill, `
        + `${retried.length} retried after (${retried.filter((s) => s === 200).length} had been stored), ${stored.length} stored, ${missing.length} lost or doubled`);
      expect(acknowledged.size).toBeGreaterThan(ROUNDS);
      expect(missing).toEqual([]);
      expect(changed).toEqual([]);
      expect(stored.length).toBe(acknowledged.size);
    } finally {
      if (server) await killed(server.child);
      await scratch.dispose();
    }
  }, 300_000);
});
