// Issue 17 items 8–9, the parts that are plain functions: the reminder after days without a
// successful sync, and the home list's one cached date formatter.
import { describe, expect, it, vi } from 'vitest';
import { overdueSyncDays, SYNC_REMINDER_DAYS } from '../../../src/app/components/StatusBar';

const day = 86_400_000;

describe('overdueSyncDays', () => {
  const now = Date.parse('2026-12-02T08:00:00.000Z');
  it('says nothing within the first days or before any successful sync', () => {
    expect(overdueSyncDays(undefined, now)).toBeUndefined();
    expect(overdueSyncDays({ lastAttemptAt: '2026-11-01T08:00:00.000Z' }, now)).toBeUndefined();
    expect(overdueSyncDays({ lastSuccessAt: new Date(now - (SYNC_REMINDER_DAYS * day - 1)).toISOString() }, now)).toBeUndefined();
  });
  it('counts whole days once the threshold is reached, however recent the failed attempts', () => {
    expect(SYNC_REMINDER_DAYS).toBe(2);
    expect(overdueSyncDays({ lastSuccessAt: new Date(now - 2 * day).toISOString() }, now)).toBe(2);
    expect(overdueSyncDays({ lastSuccessAt: new Date(now - 5.5 * day).toISOString(), lastAttemptAt: new Date(now).toISOString(), failure: { reason: 'network', at: new Date(now).toISOString() } }, now)).toBe(5);
  });
});

// The start-up sync round waits for the first screen (at most a cap). The module keeps one
// promise per page, so the cap is proven before the screen is reported, and then the report.
describe('afterFirstScreen', () => {
  it('resolves after the cap when no screen reports, and at once after a screen was shown', async () => {
    const { afterFirstScreen, firstScreenShown } = await import('../../../src/app/services/first-screen');
    vi.useFakeTimers();
    try {
      let capped = false;
      const waiting = afterFirstScreen(3000).then(() => { capped = true; });
      await vi.advanceTimersByTimeAsync(2999);
      expect(capped).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await waiting;
      expect(capped).toBe(true);

      let shown = false;
      const again = afterFirstScreen(60_000).then(() => { shown = true; });
      await vi.advanceTimersByTimeAsync(10);
      expect(shown).toBe(false);
      firstScreenShown();
      await vi.advanceTimersByTimeAsync(0);
      await again;
      expect(shown).toBe(true);
      // Once shown, every later wait (the network coming back) is not held back at all.
      let later = false;
      const third = afterFirstScreen(60_000).then(() => { later = true; });
      await vi.advanceTimersByTimeAsync(0);
      await third;
      expect(later).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
