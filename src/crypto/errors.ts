export type EnvelopeErrorCode = 'key-invalid' | 'envelope-invalid' | 'decryption-failed';

/** A key or envelope that cannot be used; `code` is stable, the message is one line. */
export class EnvelopeError extends Error {
  constructor(readonly code: EnvelopeErrorCode, message: string) {
    super(message);
    this.name = 'EnvelopeError';
  }
}
