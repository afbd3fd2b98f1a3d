// Start-up work the first screen does not show (the service worker's registration, the storage
// estimate and persistence request, the sync round on start) waits until the screen the app
// opened on has rendered its content: on a slow tablet each of these is a task, a fetch or an
// IndexedDB transaction competing with the resumed interview's model build and the home list
// (issue 17 item 9). A screen says it is shown with `markFirstContent`; a screen that never
// does (an error, a screen without a list) releases the work after FIRST_CONTENT_TIMEOUT_MS.

/** The longest the deferred work waits for a screen to say its content is shown. */
export const FIRST_CONTENT_TIMEOUT_MS = 4000;

export interface FirstContent {
  /** The screen's content is in the DOM: run what waited, in the next task (after the paint). */
  mark(): void;
  /** Runs `work` once the first content is shown (at once if it was). */
  after(work: () => void): void;
}

export function firstContentGate(
  schedule: (run: () => void, ms: number) => void = (run, ms) => { window.setTimeout(run, ms); },
): FirstContent {
  let shown = false;
  let waiting: Array<() => void> = [];
  let timerSet = false;
  const release = (): void => {
    if (shown) return;
    shown = true;
    const work = waiting;
    waiting = [];
    for (const w of work) w();
  };
  return {
    mark: () => { if (!shown) schedule(release, 0); },
    after: (work) => {
      if (shown) { work(); return; }
      waiting.push(work);
      if (!timerSet) {
        timerSet = true;
        schedule(release, FIRST_CONTENT_TIMEOUT_MS);
      }
    },
  };
}

/** The app's one gate. */
export const firstContent = firstContentGate();
