// The log-in limiter (issue 13 item 5). Attempts are rows in the database, so the limit holds
// across server processes and replicas; each attempt is recorded, under an advisory lock per
// account and per address, BEFORE its password is checked, so a burst of concurrent guesses is
// counted as it arrives (the in-memory limiter let 77 of 100 concurrent guesses through).
// It slows rather than locks out: after a few free failures each further attempt must wait
// 1, 2, 4 … seconds after the previous failure, at most a minute, so the real user always gets
// in within a minute while a guesser gets ~1,440 tries a day instead of thousands a second.
// Within that minute a guesser who keeps trying takes every free slot, so the account's and the
// address's limits alone would shut out the real user (a spray from the office's one address, or
// someone hammering one name). A device the account has logged in from before therefore carries a
// token (OWASP's device cookie) whose attempts are slowed only by that device's own failures.
import type { Database, Queryable } from '../db';
import { hashToken, newToken } from './tokens';

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
/** Per known device of an account: its own failures since its last success (a stolen token gains a guesser nothing more). */
export const DEVICE_POLICY: DelayPolicy = ACCOUNT_POLICY;
/** A device token not used to log in for this long is forgotten. */
export const DEVICE_TOKEN_DAYS = 90;

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

export type AttemptStart =
  | { kind: 'allowed'; attemptId: string; device: string | null }
  | { kind: 'wait'; retryAfter: number; scope: Scope };

interface FailureRow extends Record<string, unknown> {
  failures: number;
  since: number | null;
}

type Scope = 'account' | 'address' | 'device';

/**
 * The column of login_attempts each scope counts by, and whether a success forgives its earlier
 * failures (an account's and a device's do; an address's do not: one success of the sprayer
 * must not reset a spray). Constants, so the column name in the SQL below is never user input.
 */
const SCOPES: Readonly<Record<Scope, { column: 'username' | 'address' | 'device'; forgivenBySuccess: boolean }>> = {
  account: { column: 'username', forgivenBySuccess: true },
  address: { column: 'address', forgivenBySuccess: false },
  device: { column: 'device', forgivenBySuccess: true },
};

/** Seconds `key` must still wait in `scope`: its failures within the policy's window, and the latest's age. */
async function waitIn(tx: Queryable, scope: Scope, key: string, policy: DelayPolicy): Promise<number> {
  const { column, forgivenBySuccess } = SCOPES[scope];
  const sinceSuccess = forgivenBySuccess
    ? `AND at > coalesce((SELECT max(at) FROM login_attempts WHERE ${column} = $1 AND succeeded), '-infinity')` : '';
  const [row] = await tx.query<FailureRow>(
    `SELECT count(*)::int AS failures, extract(epoch FROM clock_timestamp() - max(at))::float8 AS since
     FROM login_attempts
     WHERE ${column} = $1 AND NOT succeeded AND at > clock_timestamp() - make_interval(secs => $2) ${sinceSuccess}`,
    [key, policy.windowSeconds],
  );
  return secondsToWait(row.failures, row.since ?? Infinity, policy);
}

export class LoginLimiter {
  constructor(
    private readonly db: Database,
    private readonly account: DelayPolicy = ACCOUNT_POLICY,
    private readonly address: DelayPolicy = ADDRESS_POLICY,
    private readonly device: DelayPolicy = DEVICE_POLICY,
  ) {}

  /**
   * Records an attempt for `username` from `address`, or says how long to wait first. With the
   * token of a device this account has logged in from (`deviceToken`), only that device's own
   * failures count; an unknown, expired or another account's token is ignored.
   */
  async begin(username: string, address: string, deviceToken?: string): Promise<AttemptStart> {
    const name = username.toLowerCase();
    const outcome = await this.db.transaction(async (tx) => {
      if (deviceToken !== undefined) {
        const hash = hashToken(deviceToken);
        const [known] = await tx.query(
          `SELECT 1 FROM login_devices WHERE token_hash = $1 AND username = $2
             AND last_used_at > clock_timestamp() - make_interval(days => $3)`,
          [hash, name, DEVICE_TOKEN_DAYS],
        );
        if (known) {
          await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['login-device:' + hash]);
          const deviceWait = await waitIn(tx, 'device', hash, this.device);
          if (deviceWait > 0) return { kind: 'wait', retryAfter: deviceWait, scope: 'device' } as const;
          const [row] = await tx.query<{ id: string }>(
            'INSERT INTO login_attempts (username, address, device) VALUES ($1, $2, $3) RETURNING id::text AS id',
            [name, address, hash],
          );
          return { kind: 'allowed', attemptId: row.id, device: deviceToken } as const;
        }
      }
      // Always the account's lock before the address's: no two attempts wait for each other in a cycle.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['login-account:' + name]);
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['login-address:' + address]);
      const accountWait = await waitIn(tx, 'account', name, this.account);
      if (accountWait > 0) return { kind: 'wait', retryAfter: accountWait, scope: 'account' } as const;
      const addressWait = await waitIn(tx, 'address', address, this.address);
      if (addressWait > 0) return { kind: 'wait', retryAfter: addressWait, scope: 'address' } as const;
      const [row] = await tx.query<{ id: string }>('INSERT INTO login_attempts (username, address) VALUES ($1, $2) RETURNING id::text AS id', [name, address]);
      return { kind: 'allowed', attemptId: row.id, device: null } as const;
    });
    // Old attempts and forgotten devices are pruned now and then (about one attempt in fifty).
    if (Math.random() < 0.02) {
      await this.db.query("DELETE FROM login_attempts WHERE at < clock_timestamp() - interval '1 day'");
      await this.db.query('DELETE FROM login_devices WHERE last_used_at < clock_timestamp() - make_interval(days => $1)', [DEVICE_TOKEN_DAYS]);
    }
    return outcome;
  }

  /**
   * The attempt's second factor was right where no log-in follows (a signed-in user proving the
   * authenticator again): its failures are forgiven, and no device token is made.
   */
  async forgive(start: { attemptId: string }): Promise<void> {
    await this.db.query('UPDATE login_attempts SET succeeded = true WHERE id = $1::bigint', [start.attemptId]);
  }

  /**
   * The attempt's password (and second factor) were right: the account's and the device's
   * failures are forgiven. Returns the device's token for its next log-ins: the one it came with,
   * or a new one for a device not known yet.
   */
  async succeeded(start: { attemptId: string; device: string | null }, username: string): Promise<string> {
    await this.forgive(start);
    if (start.device !== null) {
      await this.db.query('UPDATE login_devices SET last_used_at = clock_timestamp() WHERE token_hash = $1', [hashToken(start.device)]);
      return start.device;
    }
    const token = newToken();
    await this.db.query('INSERT INTO login_devices (token_hash, username) VALUES ($1, $2)', [hashToken(token), username.toLowerCase()]);
    return token;
  }
}
