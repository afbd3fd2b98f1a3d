// The private key of an encrypted questionnaire, for a manager's review in the browser (docs/
// security.md "Encryption"). It is read from a file the manager picks, imported as a
// non-extractable CryptoKey and kept in this module's memory only: never in IndexedDB, local
// storage or a request; a reload or a closed tab forgets it, and so does "Forget the key".
import { importPrivateKeyPem, openInterview } from '../../crypto';
import type { SubmissionRequest } from '../../protocol';

let loaded: CryptoKey | undefined;
const listeners = new Set<() => void>();

export function privateKeyLoaded(): boolean {
  return loaded !== undefined;
}

/** Imports the PEM text (PKCS#8, "BEGIN PRIVATE KEY"); throws EnvelopeError `key-invalid` for anything else. */
export async function loadPrivateKey(pem: string): Promise<void> {
  loaded = await importPrivateKeyPem(pem);
  listeners.forEach((l) => l());
}

export function forgetPrivateKey(): void {
  loaded = undefined;
  listeners.forEach((l) => l());
}

export function onPrivateKeyChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The interview with its answers, opened here in the browser; EnvelopeError when the key does not fit. */
export async function openWithLoadedKey(instanceId: string, content: SubmissionRequest): Promise<SubmissionRequest> {
  if (!loaded) throw new Error('no private key loaded');
  return openInterview(loaded, instanceId, content);
}
