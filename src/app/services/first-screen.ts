/**
 * "The screen the user came for is on the tablet": the home screen once its list of interviews
 * is shown, an interview once its questionnaire is. The start-up sync round waits for it (issue
 * 17 item 9): an idle callback alone fired in the gaps while the home screen waited for the
 * database, and the sync module with the protocol's schemas (zod) was then loaded and built
 * before the list was painted — 50–70 ms of a 4× throttled tablet's first second.
 */
let resolveShown: () => void = () => undefined;
const shown = new Promise<void>((resolve) => { resolveShown = resolve; });

/** Called by a screen once its content is rendered; later calls change nothing. */
export function firstScreenShown(): void {
  resolveShown();
}

/**
 * Resolves when the first screen was shown, or after `capMs` whatever happened (a screen that
 * does not report — log-in, console, an error — must not hold the sync round back for good).
 */
export function afterFirstScreen(capMs: number): Promise<void> {
  return Promise.race([shown, new Promise<void>((resolve) => { globalThis.setTimeout(resolve, capMs); })]);
}
