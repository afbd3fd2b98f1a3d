/** Why a write to IndexedDB failed, in terms the interviewer can act on. */
export type StorageFailureKind = 'quota' | 'unavailable' | 'connection-lost' | 'unknown';

export class StorageWriteError extends Error {
  constructor(readonly kind: StorageFailureKind, message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'StorageWriteError';
  }
}

function names(error: unknown): string[] {
  const out: string[] = [];
  let e: unknown = error;
  for (let depth = 0; depth < 4 && e && typeof e === 'object'; depth += 1) {
    const { name, message } = e as { name?: unknown; message?: unknown };
    if (typeof name === 'string') out.push(name);
    if (typeof message === 'string') out.push(message);
    e = (e as { inner?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return out;
}

/** Dexie wraps DOM errors (`inner`); look through the chain. */
export function classifyStorageError(error: unknown): StorageFailureKind {
  const text = names(error).join(' | ');
  if (/QuotaExceeded/i.test(text)) return 'quota';
  if (/Connection to Indexed Database server lost|DatabaseClosed|InvalidStateError|database connection is closing/i.test(text)) {
    return 'connection-lost';
  }
  if (/MissingAPI|SecurityError|indexedDB API missing|OpenFailed/i.test(text)) return 'unavailable';
  return 'unknown';
}

export function describeStorageError(error: unknown): string {
  const parts = names(error);
  return parts.length > 0 ? parts.slice(0, 2).join(': ') : String(error);
}
