// The device token of a log-in (issue 13 item 5) is kept per account, whatever the case of the
// typed name, and a storage that refuses does not break the log-in.
import { describe, expect, it } from 'vitest';
import { deviceTokenFor, rememberDeviceToken, type TokenStorage } from '../../../src/app/services/login-device';

class MapStorage implements TokenStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

describe('login device token', () => {
  it('is kept per account, case-insensitive and without surrounding blanks', () => {
    const storage = new MapStorage();
    rememberDeviceToken('Ana', 'token-a', storage);
    rememberDeviceToken('goran', 'token-g', storage);
    expect(deviceTokenFor(' ana ', storage)).toBe('token-a');
    expect(deviceTokenFor('GORAN', storage)).toBe('token-g');
    expect(deviceTokenFor('mirko', storage)).toBeUndefined();
    rememberDeviceToken('ana', 'token-a2', storage);
    expect(deviceTokenFor('Ana', storage)).toBe('token-a2');
  });

  it('a storage that throws (private mode, quota) gives no token and does not throw', () => {
    const refusing: TokenStorage = {
      getItem: () => { throw new Error('SecurityError'); },
      setItem: () => { throw new Error('QuotaExceededError'); },
    };
    expect(() => rememberDeviceToken('ana', 't', refusing)).not.toThrow();
    expect(deviceTokenFor('ana', refusing)).toBeUndefined();
    expect(deviceTokenFor('ana', undefined)).toBeUndefined();
  });
});
