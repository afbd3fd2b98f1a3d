// Issue 17 items 8–9, the parts that are plain functions: the reminder after days without a
// successful sync, and the home list's one cached date formatter.
import { describe, expect, it } from 'vitest';
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
