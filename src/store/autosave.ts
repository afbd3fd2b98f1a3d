/**
 * Saving as the interviewer answers (DESIGN.md §3): `schedule` starts writing the snapshot at once
 * when no write is in flight; snapshots that arrive while one is in flight are coalesced — only the
 * newest is written, as soon as the write in flight has ended. No debounce (issue 17 item 9: the
 * 250 ms debounce was most of the time from a tap to the answer on disk); the burst SurveyJS emits
 * for one tap (the value, then what its triggers set) costs at most two writes. `flush` resolves
 * when the newest snapshot is on disk (page changes, page hidden, leaving). Writes never overlap,
 * and a failure reaches `onError` and keeps the snapshot, which is tried again by itself after
 * `retryMs` (doubling on each failure up to 16×) — not only when the next answer comes: the last
 * answer of a page, given before the interviewer stops to talk, must not wait in memory for a
 * tap that may never come before the tablet dies.
 */
/** First retry of a failed write, in ms; each further failure doubles it, up to 16 times. */
const RETRY_MS = 1000;
export class Autosaver<T> {
  private pending: T | undefined;
  private hasPending = false;
  private running: Promise<void> | undefined;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;

  constructor(
    private readonly save: (snapshot: T) => Promise<void>,
    private readonly options: { onError: (error: unknown) => void; onSaved?: (snapshot: T) => void; retryMs?: number },
  ) {}

  /** The newest state: written now, or right after the write in flight. */
  schedule(snapshot: T): void {
    this.pending = snapshot;
    this.hasPending = true;
    // A failed write was reported through onError; the snapshot stays pending for the next try.
    if (this.running === undefined) void this.drain().catch(() => undefined);
  }

  /** Something not yet on disk: a snapshot waiting or being written. */
  get dirty(): boolean {
    return this.hasPending || this.running !== undefined;
  }

  /** Resolves when every snapshot scheduled so far is on disk; rejects if the newest could not be written. */
  async flush(): Promise<void> {
    if (this.running !== undefined) {
      await this.running.catch(() => undefined);
      // The write in flight ended (written or failed): whatever is still pending goes now.
      return this.flush();
    }
    if (this.hasPending) await this.drain();
  }

  /** Drops the snapshot not yet started (the interview is being finalized with the newest state). */
  cancel(): void {
    this.hasPending = false;
    this.pending = undefined;
    if (this.retry !== undefined) clearTimeout(this.retry);
    this.retry = undefined;
  }

  /** After a failure: the pending snapshot is written again later, unless something writes it first. */
  private retryLater(): void {
    if (this.retry !== undefined) return;
    const delay = (this.options.retryMs ?? RETRY_MS) * 2 ** Math.min(this.failures - 1, 4);
    this.retry = setTimeout(() => {
      this.retry = undefined;
      if (this.hasPending && this.running === undefined) void this.drain().catch(() => undefined);
    }, delay);
  }

  /** Writes pending snapshots one after the other until none is left; the first write starts synchronously. */
  private drain(): Promise<void> {
    if (!this.hasPending) return Promise.resolve();
    const run = (async () => {
      try {
        while (this.hasPending) {
          const snapshot = this.pending as T;
          this.hasPending = false;
          try {
            await this.save(snapshot);
          } catch (error) {
            // Keep the unsaved snapshot unless a newer one arrived meanwhile, so the next try writes it.
            if (!this.hasPending) {
              this.pending = snapshot;
              this.hasPending = true;
            }
            this.failures += 1;
            this.retryLater();
            this.options.onError(error);
            throw error;
          }
          this.failures = 0;
          this.options.onSaved?.(snapshot);
        }
      } finally {
        this.running = undefined;
      }
    })();
    this.running = run;
    return run;
  }
}
