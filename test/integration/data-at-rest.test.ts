// Issue 13 item 2: the embedded database is private to the account running the server —
// directories 0700, files 0600 — whatever the umask it was started with.
import { execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HOOK_TIMEOUT } from './support/http';

const script = new URL('./support/plant-answer.ts', import.meta.url).pathname;
const tsx = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname;

/** Every path under `dir` (itself included) whose mode is not 0700 for a directory or 0600 for a file. */
function notPrivate(dir: string): string[] {
  const out: string[] = [];
  const visit = (path: string): void => {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return;
    const mode = stat.mode & 0o777;
    if (stat.isDirectory()) {
      if (mode !== 0o700) out.push(`${path} ${mode.toString(8)}`);
      for (const name of readdirSync(path)) visit(join(path, name));
    } else if (mode !== 0o600) out.push(`${path} ${mode.toString(8)}`);
  };
  visit(dir);
  return out;
}

function countFiles(dir: string): number {
  return readdirSync(dir, { recursive: true }).length;
}

function plantUnderUmask(umask: string, dataDir: string, value: string): void {
  execFileSync('/bin/sh', ['-c', `umask ${umask} && exec "$0" "$@"`, tsx, script, dataDir, value], { stdio: 'pipe', timeout: HOOK_TIMEOUT });
}

describe('file modes of the embedded database', () => {
  const root = mkdtempSync(join(tmpdir(), 'jha-rest-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('a fresh data directory created under umask 0 has only 0700 directories and 0600 files', () => {
    const dataDir = join(root, 'fresh');
    plantUnderUmask('0', dataDir, 'planted-at-rest');
    expect(countFiles(dataDir)).toBeGreaterThan(500);
    expect(notPrivate(dataDir)).toEqual([]);
  }, HOOK_TIMEOUT);

  it('repairs a data directory left world-readable by an earlier release', () => {
    const dataDir = join(root, 'fresh');
    const victim = join(dataDir, 'pgdata', 'PG_VERSION');
    chmodSync(victim, 0o666);
    chmodSync(join(dataDir, 'pgdata', 'base'), 0o777);
    chmodSync(dataDir, 0o755);
    plantUnderUmask('022', dataDir, 'planted-again');
    expect(notPrivate(dataDir)).toEqual([]);
  }, HOOK_TIMEOUT);
});
