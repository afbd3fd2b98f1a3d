// The token the server gave this device at its last log-in of an account (issue 13 item 5). Sent
// with the next log-in of that account, it lets the real user in while a guesser's failures slow
// the account and the address (a spray from the office's one address). It opens nothing by
// itself — a password is still needed — so it is kept in local storage, per account, and survives
// log-out (that is its point).
const PREFIX = 'jha-login-device:';

/** The storage the tokens live in: the browser's local storage, or another for tests. */
export interface TokenStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function browserStorage(): TokenStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

const keyOf = (username: string) => PREFIX + username.trim().toLowerCase();

export function deviceTokenFor(username: string, storage: TokenStorage | undefined = browserStorage()): string | undefined {
  try {
    return storage?.getItem(keyOf(username)) ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberDeviceToken(username: string, token: string, storage: TokenStorage | undefined = browserStorage()): void {
  try {
    storage?.setItem(keyOf(username), token);
  } catch {
    // storage refused (private mode, full): the next log-in is limited like any other, nothing breaks
  }
}
