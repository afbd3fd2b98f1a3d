/**
 * Per-question time (paradata). SurveyJS's own `timeSpent` is for quizzes, so the runner reports
 * three events: a question got focus, a value changed, the page changed. The time between two
 * events is credited to the question active during it; a page change or a pause ends it.
 */
export class QuestionTimer {
  private current: string | undefined;
  private since = 0;

  constructor(private readonly now: () => number, readonly totals: Record<string, number> = {}) {}

  private credit(at: number): void {
    if (this.current !== undefined) {
      this.totals[this.current] = (this.totals[this.current] ?? 0) + Math.max(0, at - this.since);
    }
    this.since = at;
  }

  focus(question: string): void {
    this.credit(this.now());
    this.current = question;
  }

  /** A value changed: the time since the last event was spent on that question. */
  answered(question: string): void {
    if (this.current !== question) {
      this.current = question;
    }
    this.credit(this.now());
  }

  /** Page change, tab hidden, interview left: nothing is active until the next focus. */
  pause(): void {
    this.credit(this.now());
    this.current = undefined;
  }

  /** Starts the clock without a question (page shown); the first answer takes the time since. */
  resume(): void {
    this.since = this.now();
  }

  snapshot(): Record<string, number> {
    return { ...this.totals };
  }
}
