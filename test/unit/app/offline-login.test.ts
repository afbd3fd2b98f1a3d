// Offline log-in of the last user of a tablet: accepted with the right password for a bounded
// time, refused for anyone else, after too many wrong passwords, or when the verifier is old.
import { describe, expect, it } from 'vitest';
import { makeVerifier, MAX_FAILURES, offlineLogin, VALID_DAYS } from '../../../src/app/services/offline-login';

// Few iterations keep the test fast; the product uses 600,000 (the default).
const ITER = 1_000;
const day = 86_400_000;
const t0 = Date.parse('2026-11-20T08:00:00Z');

describe('offline log-in', () => {
  it('keeps a salted verifier, never the password', async () => {
    const v = await makeVerifier('ana', 'interviewer', 'correct horse battery', t0, ITER);
    expect(JSON.stringify(v)).not.toContain('correct horse');
    const w = await makeVerifier('ana', 'interviewer', 'correct horse battery', t0, ITER);
    expect(w.salt).not.toBe(v.salt);
    expect(w.hash).not.toBe(v.hash);
  });

  it('lets the same user in with the same password, as a session without a token', async () => {
    const v = await makeVerifier('ana', 'interviewer', 'correct horse battery', t0, ITER);
    const r = await offlineLogin(v, 'ana', 'correct horse battery', t0 + 3 * day);
    expect(r.kind).toBe('ok');
    if (r.kind !== 'ok') return;
    expect(r.session).toMatchObject({ username: 'ana', role: 'interviewer', token: '', offline: true, expired: true });
    expect(Date.parse(r.session.expiresAt)).toBe(t0 + VALID_DAYS * day);
  });

  it('refuses another user, an old verifier and none at all', async () => {
    const v = await makeVerifier('ana', 'interviewer', 'correct horse battery', t0, ITER);
    expect(await offlineLogin(v, 'bo', 'correct horse battery', t0)).toEqual({ kind: 'refused', reason: 'other-user' });
    expect(await offlineLogin(v, 'ana', 'correct horse battery', t0 + (VALID_DAYS + 1) * day)).toEqual({ kind: 'refused', reason: 'too-old' });
    expect(await offlineLogin(undefined, 'ana', 'x', t0)).toEqual({ kind: 'refused', reason: 'no-verifier' });
  });

  it('counts wrong passwords and stops after the limit, even for the right one', async () => {
    let v = await makeVerifier('ana', 'interviewer', 'correct horse battery', t0, ITER);
    for (let i = 1; i <= MAX_FAILURES; i += 1) {
      const r = await offlineLogin(v, 'ana', 'wrong', t0);
      expect(r.kind).toBe('wrong-password');
      if (r.kind !== 'wrong-password') return;
      expect(r.left).toBe(MAX_FAILURES - i);
      v = r.verifier;
    }
    expect(await offlineLogin(v, 'ana', 'correct horse battery', t0)).toEqual({ kind: 'refused', reason: 'too-many-failures' });
  });

  it('a right password resets the count', async () => {
    const v = await makeVerifier('ana', 'interviewer', 'correct horse battery', t0, ITER);
    const wrong = await offlineLogin(v, 'ana', 'nope', t0);
    if (wrong.kind !== 'wrong-password') throw new Error('expected wrong-password');
    const ok = await offlineLogin(wrong.verifier, 'ana', 'correct horse battery', t0);
    expect(ok.kind === 'ok' && ok.verifier.failures).toBe(0);
  });
});
