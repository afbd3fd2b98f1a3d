// The one storage interface of the server. PGlite (embedded) and PostgreSQL (pg Pool) both
// run the same SQL; everything above src/server/db/ sees only this.

export type Row = Record<string, unknown>;

export interface Queryable {
  /** Runs one parameterised statement and returns its rows. */
  query<T extends Row = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The one-line error a second process gets when the embedded database is already open. */
export class DatabaseLockedError extends Error {
  readonly code = 'database-locked';
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseLockedError';
  }
}
