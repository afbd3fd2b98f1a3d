import { describe, expect, it } from 'vitest';
import { LoginRateLimiter } from '../../../src/server/auth';

describe('LoginRateLimiter', () => {
  it('refuses after max failures within the window and allows again once the oldest failure ages out', () => {
    let now = 1_000_000;
    const limiter = new LoginRateLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter('ana|10.0.0.1')).toBe(0);
      limiter.fail('ana|10.0.0.1');
      now += 10_000;
    }
    // Failures at t0, t0+10 s, t0+20 s; now t0+30 s: the first ages out at t0+60 s.
    expect(limiter.retryAfter('ana|10.0.0.1')).toBe(30);
    expect(limiter.retryAfter('ana|10.0.0.2')).toBe(0);
    now += 30_001;
    expect(limiter.retryAfter('ana|10.0.0.1')).toBe(0);
  });

  it('forgets the failures of a key after a successful log-in', () => {
    const limiter = new LoginRateLimiter(2, 60_000, () => 0);
    limiter.fail('k');
    limiter.fail('k');
    expect(limiter.retryAfter('k')).toBeGreaterThan(0);
    limiter.succeed('k');
    expect(limiter.retryAfter('k')).toBe(0);
  });
});
