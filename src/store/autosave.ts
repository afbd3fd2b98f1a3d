/**
 * Debounced, awaited saving (DESIGN.md §3): `schedule` keeps only the newest snapshot and writes it
 * `delayMs` after the last change; `flush` writes at once (page hidden, page hide, finalize). Writes
 * never overlap, and a failure reaches `onError`, never disappears.
 */
export class Autosaver<T> {
  private pending: T | undefined;
  private hasPending = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly save: (snapshot: T) => Promise<void>,
    private readonly options: { delayMs: number; onError: (error: unknown) => void; onSaved?: (snapshot: T) => void },
  ) {}

  schedule(snapshot: T): void {
    this.pending = snapshot;
    this.hasPending = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush().catch(() => undefined);
    }, this.options.delayMs);
  }

  get dirty(): boolean {
    return this.hasPending;
  }

  /** Writes the newest pending snapshot; resolves when it is on disk, rejects if it is not. */
  flush(): Promise<void> {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    this.running = this.running.catch(() => undefined).then(async () => {
      if (!this.hasPending) return;
      const snapshot = this.pending as T;
      this.hasPending = false;
      try {
        await this.save(snapshot);
        this.options.onSaved?.(snapshot);
      } catch (error) {
        // Keep the unsaved snapshot unless a newer one arrived meanwhile, so the next flush retries it.
        if (!this.hasPending) {
          this.pending = snapshot;
          this.hasPending = true;
        }
        this.options.onError(error);
        throw error;
      }
    });
    return this.running;
  }

  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
