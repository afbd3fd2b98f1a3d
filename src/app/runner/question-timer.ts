/**
 * Per-question time (paradata). SurveyJS's own `timeSpent` is for quizzes, so the runner reports
 * three events: a question got focus, a value changed, the page changed. Time runs from the page
 * being shown (or the tab coming back); the time between two events is credited to the question
 * active during it, and the time before the first focus on a page to the question then focused.
 * A page change or a hidden tab stops the clock.
 */
export class QuestionTimer {
  private current: string | undefined;
  private since = 0;
  private running = false;

  constructor(private readonly now: () => number, readonly totals: Record<string, number> = {}) {}

  private credit(question: string, at: number): void {
    this.totals[question] = (this.totals[question] ?? 0) + Math.max(0, at - this.since);
    this.since = at;
  }

  focus(question: string): void {
    const at = this.now();
    if (!this.running) {
      this.running = true;
      this.since = at;
    } else if (this.current !== undefined && this.current !== question) {
      this.credit(this.current, at);
    }
    this.current = question;
  }

  /** A value changed: the time since the last event was spent on that question. */
  answered(question: string): void {
    const at = this.now();
    if (!this.running) {
      this.running = true;
      this.since = at;
    }
    this.current = question;
    this.credit(question, at);
  }

  /** Page change, tab hidden, interview left: the clock stops until `resume`. */
  pause(): void {
    if (this.running && this.current !== undefined) this.credit(this.current, this.now());
    this.current = undefined;
    this.running = false;
  }

  /** A page is shown or the tab is visible again. */
  resume(): void {
    this.running = true;
    this.since = this.now();
  }

  snapshot(): Record<string, number> {
    return { ...this.totals };
  }
}
