/**
 * Saving as the interviewer answers (DESIGN.md §3): `schedule` starts writing the snapshot at once
 * when no write is in flight; snapshots that arrive while one is in flight are coalesced — only the
 * newest is written, as soon as the write in flight has ended. No debounce (issue 17 item 9: the
 * 250 ms debounce was most of the time from a tap to the answer on disk); the burst SurveyJS emits
 * for one tap (the value, then what its triggers set) costs at most two writes. `flush` resolves
 * when the newest snapshot is on disk (page changes, page hidden, leaving). Writes never overlap,
 * and a failure reaches `onError` and keeps the snapshot for the next try, never disappears.
 */
export class Autosaver<T> {
  private pending: T | undefined;
  private hasPending = false;
  private running: Promise<void> | undefined;

  constructor(
    private readonly save: (snapshot: T) => Promise<void>,
    private readonly options: { onError: (error: unknown) => void; onSaved?: (snapshot: T) => void },
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
            this.options.onError(error);
            throw error;
          }
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
