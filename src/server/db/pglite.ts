import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable, Row } from './database';
import { lockDirectory } from './lock';

function wrap(q: PGlite | Transaction): Queryable {
  return {
    async query<T extends Row>(sql: string, params: unknown[] = []): Promise<T[]> {
      return (await q.query<T>(sql, params)).rows;
    },
    async exec(sql: string): Promise<void> {
      await q.exec(sql);
    },
  };
}

/**
 * Makes a directory tree private to the account running the server, whatever the umask it was
 * started with (issue 13 item 2): PGlite gives its files mode 0666 and its directories 0777, so
 * under umask 0022 another local user could read answers from the WAL, and under umask 0 write
 * them. Directories become 0700 and files 0600; the process umask becomes 0077 for whatever is
 * created with a plain open() later (PostgreSQL's own files, microdata the CLI writes).
 */
export function makePrivate(dir: string): void {
  process.umask(0o077);
  const visit = (path: string): void => {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return;
    if (stat.isDirectory()) {
      if ((stat.mode & 0o777) !== 0o700) chmodSync(path, 0o700);
      for (const name of readdirSync(path)) visit(join(path, name));
    } else if ((stat.mode & 0o777) !== 0o600) chmodSync(path, 0o600);
  };
  visit(dir);
}

/**
 * Opens (creating when new) the embedded database in `dataDir`/pgdata, after taking the
 * directory's lock so a second process fails clearly instead of sharing the files.
 */
export async function openPglite(dataDir: string): Promise<Database> {
  process.umask(0o077);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const lock = lockDirectory(dataDir);
  try {
    // The data directory itself, and below it only what is ours (the directory may be shared).
    chmodSync(dataDir, 0o700);
    const pgdata = join(dataDir, 'pgdata');
    if (existsSync(pgdata)) makePrivate(pgdata);
  } catch (err) {
    lock.release();
    throw err;
  }
  let pg: PGlite;
  try {
    pg = await PGlite.create({ dataDir: join(dataDir, 'pgdata') });
    // PGlite sets the modes of the files it unpacks and creates itself (chmod, which no umask
    // limits): made private again now, and at close for the files created meanwhile. The data
    // directory being 0700 is what keeps other users out in between (they cannot traverse it).
    makePrivate(join(dataDir, 'pgdata'));
  } catch (err) {
    lock.release();
    throw err;
  }
  const base = wrap(pg);
  return {
    kind: 'pglite',
    query: base.query,
    exec: base.exec,
    transaction: (work) => pg.transaction((tx) => work(wrap(tx))),
    async close() {
      try {
        if (!pg.closed) await pg.close();
        makePrivate(join(dataDir, 'pgdata'));
      } finally {
        lock.release();
      }
    },
  };
}
