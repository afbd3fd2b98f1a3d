// Scratch directories for the tests' databases, in memory (/dev/shm) when the machine has room
// there. An embedded PostgreSQL cluster is 39 MB in 971 files: on the 2-core VM's disk a copy of
// the template cost 0.6–0.8 s of system time and its removal 0.25 s, in /dev/shm 0.13 s and
// 0.1 s, and the integration and browser suites make dozens (every server starts on a copy). A
// container's /dev/shm is often 64 MB: then the system's temporary directory, as before.
import { mkdtempSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MEMORY = '/dev/shm';
/** Room for the clusters two workers hold at once and their templates, with a wide margin. */
const NEEDED_BYTES = 1024 ** 3;

function scratchRoot(): string {
  try {
    const fs = statfsSync(MEMORY);
    if (fs.bavail * fs.bsize >= NEEDED_BYTES) return MEMORY;
  } catch {
    // No /dev/shm on this system.
  }
  return tmpdir();
}

/** A new empty directory named `prefix…` for a database, in memory when possible. */
export function scratchDir(prefix: string): string {
  return mkdtempSync(join(scratchRoot(), prefix));
}
