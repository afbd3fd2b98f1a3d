export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

export const defaultBackoff: BackoffPolicy = { baseMs: 2_000, capMs: 5 * 60_000 };

/**
 * Exponential backoff with full jitter (AWS architecture blog, "Exponential Backoff and Jitter"):
 * delay = random() · min(cap, base · 2^attempt). `attempt` counts failures so far, from 0.
 * Full jitter spreads a fleet of tablets that all come online at once.
 */
export function backoffDelay(attempt: number, random: () => number, policy: BackoffPolicy = defaultBackoff): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(attempt, 30));
  return Math.floor(random() * ceiling);
}
