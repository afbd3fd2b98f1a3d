// The log-in limiter (issue 13 item 5). Attempts are rows in the database, so the limit holds
// across server processes and replicas; each attempt is recorded, under an advisory lock per
// account and per address, BEFORE its password is checked, so a burst of concurrent guesses is
// counted as it arrives (the in-memory limiter let 77 of 100 concurrent guesses through).
// It slows rather than locks out: after a few free failures each further attempt must wait
// 1, 2, 4 … seconds after the previous failure, at most a minute, so the real user always gets
// in within a minute while a guesser gets ~1,440 tries a day instead of thousands a second.
import type { Database } from '../db';

export interface DelayPolicy {
  /** Failures allowed without any wait. */
  free: number;
  /** The longest wait, in seconds. */
  capSeconds: number;
  /** Failures older than this are forgotten. */
  windowSeconds: number;
}

/** Per account (name, case-insensitive): counted since its last successful log-in. */
export const ACCOUNT_POLICY: DelayPolicy = { free: 5, capSeconds: 60, windowSeconds: 15 * 60 };
/** Per client address: a password spray across many names; a success does not reset it. */
export const ADDRESS_POLICY: DelayPolicy = { free: 20, capSeconds: 60, windowSeconds: 15 * 60 };

/** The wait after the latest of `failures` failures: 0 for the free ones, then 1, 2, 4 … s up to the cap. */
export function delayAfter(failures: number, policy: DelayPolicy): number {
  if (failures < policy.free) return 0;
  return Math.min(2 ** (failures - policy.free), policy.capSeconds);
}

/** Whole seconds still to wait, given the failures and the seconds since the latest one. */
export function secondsToWait(failures: number, secondsSinceLast: number, policy: DelayPolicy): number {
  const remaining = delayAfter(failures, policy) - secondsSinceLast;
  return remaining > 0 ? Math.ceil(remaining) : 0;
}

export type AttemptStart = { kind: 'allowed'; attemptId: string } | { kind: 'wait'; retryAfter: number; scope: 'account' | 'address' };

interface FailureRow extends Record<string, unknown> {
  failures: number;
  since: number | null;
}

export class LoginLimiter {
  constructor(
    private readonly db: Database,
    private readonly account: DelayPolicy = ACCOUNT_POLICY,
    private readonly address: DelayPolicy = ADDRESS_POLICY,
  ) {}

  /** Records an attempt for `username` from `address`, or says how long to wait first. */
  async begin(username: string, address: string): Promise<AttemptStart> {
    const name = username.toLowerCase();
    const outcome = await this.db.transaction(async (tx) => {
      // Always the account's lock before the address's: no two attempts wait for each other in a cycle.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['login-account:' + name]);
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['login-address:' + address]);
      const [byAccount] = await tx.query<FailureRow>(
        `SELECT count(*)::int AS failures, extract(epoch FROM clock_timestamp() - max(at))::float8 AS since
         FROM login_attempts
         WHERE username = $1 AND NOT succeeded AND at > clock_timestamp() - make_interval(secs => $2)
           AND at > coalesce((SELECT max(at) FROM login_attempts WHERE username = $1 AND succeeded), '-infinity')`,
        [name, this.account.windowSeconds],
      );
      const accountWait = secondsToWait(byAccount.failures, byAccount.since ?? Infinity, this.account);
      if (accountWait > 0) return { kind: 'wait', retryAfter: accountWait, scope: 'account' } as const;
      const [byAddress] = await tx.query<FailureRow>(
        `SELECT count(*)::int AS failures, extract(epoch FROM clock_timestamp() - max(at))::float8 AS since
         FROM login_attempts WHERE address = $1 AND NOT succeeded AND at > clock_timestamp() - make_interval(secs => $2)`,
        [address, this.address.windowSeconds],
      );
      const addressWait = secondsToWait(byAddress.failures, byAddress.since ?? Infinity, this.address);
      if (addressWait > 0) return { kind: 'wait', retryAfter: addressWait, scope: 'address' } as const;
      const [row] = await tx.query<{ id: string }>('INSERT INTO login_attempts (username, address) VALUES ($1, $2) RETURNING id::text AS id', [name, address]);
      return { kind: 'allowed', attemptId: row.id } as const;
    });
    // Old attempts are pruned now and then (about one attempt in fifty).
    if (Math.random() < 0.02) await this.db.query("DELETE FROM login_attempts WHERE at < clock_timestamp() - interval '1 day'");
    return outcome;
  }

  /** The attempt's password (and second factor) were right: the account's failures are forgiven. */
  async succeeded(attemptId: string): Promise<void> {
    await this.db.query('UPDATE login_attempts SET succeeded = true WHERE id = $1::bigint', [attemptId]);
  }
}
