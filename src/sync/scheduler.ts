import type { OutboxReport } from './outbox';

export interface SchedulerDeps {
  /** One outbox pass. */
  pass: (force: boolean) => Promise<OutboxReport>;
  now: () => number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  onReport?: (report: OutboxReport) => void;
  onError?: (error: unknown) => void;
}

/**
 * Runs outbox passes on demand (app start, `online` event, "Sync now") and wakes itself for the
 * earliest scheduled retry. Triggers during a pass are coalesced into one more pass.
 */
export class SyncScheduler {
  private running: Promise<OutboxReport | undefined> | undefined;
  private again = false;
  private force = false;
  private timer: unknown;
  private stopped = false;

  constructor(private readonly deps: SchedulerDeps) {}

  /** `force` also retries interviews still waiting out their backoff ("Sync now"). */
  trigger(force = false): Promise<OutboxReport | undefined> {
    if (this.stopped) return Promise.resolve(undefined);
    this.force ||= force;
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async loop(): Promise<OutboxReport | undefined> {
    let last: OutboxReport | undefined;
    do {
      this.again = false;
      const force = this.force;
      this.force = false;
      try {
        last = await this.deps.pass(force);
        this.deps.onReport?.(last);
      } catch (error) {
        this.deps.onError?.(error);
        return undefined;
      }
    } while (this.again && !this.stopped);
    this.arm(last);
    return last;
  }

  private arm(report: OutboxReport | undefined): void {
    if (this.timer !== undefined) this.deps.clearTimer(this.timer);
    this.timer = undefined;
    if (this.stopped || !report || report.needsLogin || report.skipped || report.nextAttemptAt === undefined) return;
    const wait = Math.max(0, report.nextAttemptAt - this.deps.now());
    this.timer = this.deps.setTimer(() => {
      this.timer = undefined;
      void this.trigger();
    }, wait);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) this.deps.clearTimer(this.timer);
    this.timer = undefined;
  }
}
