import { describe, expect, it } from 'vitest';
import { ACCOUNT_POLICY, ADDRESS_POLICY, delayAfter, secondsToWait } from '../../../src/server/auth';
import { passwordProblem } from '../../../src/server/auth';

describe('the log-in limiter\'s delays (slowing, never locking out)', () => {
  it('lets the free failures through, then doubles the wait up to the cap', () => {
    const policy = { free: 3, capSeconds: 60, windowSeconds: 900 };
    expect([0, 1, 2, 3, 4, 5, 6, 9, 20].map((n) => delayAfter(n, policy))).toEqual([0, 0, 0, 1, 2, 4, 8, 60, 60]);
  });

  it('counts the wait from the latest failure, rounded up to whole seconds', () => {
    const policy = { free: 1, capSeconds: 60, windowSeconds: 900 };
    expect(secondsToWait(3, 0, policy)).toBe(4);
    expect(secondsToWait(3, 2.5, policy)).toBe(2);
    expect(secondsToWait(3, 4, policy)).toBe(0);
    expect(secondsToWait(0, Number.POSITIVE_INFINITY, policy)).toBe(0);
  });

  it('never makes the real user wait more than a minute', () => {
    expect(delayAfter(10_000, ACCOUNT_POLICY)).toBe(60);
    expect(delayAfter(10_000, ADDRESS_POLICY)).toBe(60);
  });
});

describe('the password policy', () => {
  it.each([
    ['Tr0ub4dor&3', 'ana', /at least 12/],
    ['password2024!', 'ana', /commonly used/],
    ['qwertyuiop123', 'ana', /commonly used/],
    ['ana-the-great-1', 'ana', /user name/],
    ['1-taerg-eht-ana', 'ana', /user name/],
    ['aaaaaaaaaaab', 'ana', /5 different/],
  ])('refuses %s for %s', (password, user, why) => {
    expect(passwordProblem(password, user)).toMatch(why);
  });

  it.each(['correct horse battery staple', 'Tuesday river lamp', 'Ljubljana-Skopje-1991', 'Благодарам многу'])('accepts %s', (password) => {
    expect(passwordProblem(password, 'vesna')).toBeUndefined();
  });
});
