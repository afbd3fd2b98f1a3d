// Issue 17 item 9: start-up work the first screen does not show waits until that screen says its
// content is shown, or until a timeout for a screen that never says so.
import { describe, expect, it } from 'vitest';
import { FIRST_CONTENT_TIMEOUT_MS, firstContentGate } from '../../../src/app/services/first-content';

function clock() {
  const timers: Array<{ at: number; run: () => void }> = [];
  let now = 0;
  return {
    schedule: (run: () => void, ms: number) => { timers.push({ at: now + ms, run }); },
    advance: (ms: number) => {
      now += ms;
      for (const t of timers.filter((x) => x.at <= now).sort((a, b) => a.at - b.at)) {
        timers.splice(timers.indexOf(t), 1);
        t.run();
      }
    },
  };
}

describe('firstContentGate', () => {
  it('holds work until the screen marks its content, then runs it once in the next task', () => {
    const c = clock();
    const gate = firstContentGate(c.schedule);
    const ran: string[] = [];
    gate.after(() => ran.push('sync'));
    gate.after(() => ran.push('estimate'));
    c.advance(1000);
    expect(ran).toEqual([]);
    gate.mark();
    expect(ran).toEqual([]);
    c.advance(0);
    expect(ran).toEqual(['sync', 'estimate']);
    gate.mark();
    c.advance(FIRST_CONTENT_TIMEOUT_MS);
    expect(ran).toEqual(['sync', 'estimate']);
  });
  it('runs work at once after the content was shown', () => {
    const c = clock();
    const gate = firstContentGate(c.schedule);
    gate.mark();
    c.advance(0);
    const ran: string[] = [];
    gate.after(() => ran.push('register'));
    expect(ran).toEqual(['register']);
  });
  it('releases the work after the timeout when no screen marks its content', () => {
    const c = clock();
    const gate = firstContentGate(c.schedule);
    const ran: string[] = [];
    gate.after(() => ran.push('sync'));
    c.advance(FIRST_CONTENT_TIMEOUT_MS - 1);
    expect(ran).toEqual([]);
    c.advance(1);
    expect(ran).toEqual(['sync']);
  });
});
