// Secrets the server must read back in clear — the TOTP shared secrets (issue 13 item 5) — are
// kept in the database sealed with a key that is NOT in the database: JHA_SECRET_KEY, or for the
// embedded database a key file beside it. A database dump, a backup or anyone with SQL access then
// holds no usable second factor (GitLab and Nextcloud keep theirs the same way). AES-256-GCM with a
// random 96-bit IV; the account's name is additional data, so a sealed secret copied onto another
// account does not open.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';

const PREFIX = 'v1.';
const KEY_BYTES = 32;

/** JHA_SECRET_KEY is not 32 bytes in base64 or hex, or the key file is damaged. */
export class SecretKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretKeyError';
  }
}

/** A sealed secret that does not open with this key (another key, or altered). */
export class SecretOpenError extends Error {
  constructor() {
    super('a sealed secret does not open with this server\'s key (JHA_SECRET_KEY changed?)');
    this.name = 'SecretOpenError';
  }
}

/** The 32-byte key from JHA_SECRET_KEY's text: 64 hex digits or base64/base64url of 32 bytes. */
export function parseSecretKey(text: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : /^[A-Za-z0-9+/_-]{43}=?$/.test(t) ? Buffer.from(t, 'base64url') : undefined;
  if (key === undefined || key.length !== KEY_BYTES) {
    throw new SecretKeyError('JHA_SECRET_KEY must be 32 random bytes as 64 hex digits or base64 (e.g. `openssl rand -hex 32`)');
  }
  return key;
}

/** The key file of an embedded database: read, or made (32 random bytes, mode 0600, never over another file). */
export function keyFromFile(path: string): Buffer {
  try {
    const fd = openSync(path, 'wx', 0o600);
    try {
      writeSync(fd, randomBytes(KEY_BYTES).toString('hex') + '\n');
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  try {
    return parseSecretKey(readFileSync(path, 'utf8'));
  } catch (err) {
    if (err instanceof SecretKeyError) throw new SecretKeyError(`the key file ${path} is damaged: 64 hex digits expected`);
    throw err;
  }
}

export class SecretBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== KEY_BYTES) throw new SecretKeyError('the secret key must be 32 bytes');
  }

  /**
   * A keyed digest (HMAC-SHA-256, base64url) of `message`, for values the server only ever compares
   * and never reads back (the recovery codes). The HMAC key is derived from the box's key with HKDF
   * and `purpose` as its info, so it is never the AES key itself and each purpose has its own.
   */
  mac(message: string, purpose: string): string {
    const key = Buffer.from(hkdfSync('sha256', this.key, Buffer.alloc(0), `jha-survey ${purpose}`, KEY_BYTES));
    return createHmac('sha256', key).update(message, 'utf8').digest('base64url');
  }

  /** Whether a stored value is sealed (a value from before sealing is the bare secret). */
  static isSealed(stored: string): boolean {
    return stored.startsWith(PREFIX);
  }

  seal(secret: string, owner: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(owner, 'utf8'));
    const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return PREFIX + Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
  }

  open(sealed: string, owner: string): string {
    if (!SecretBox.isSealed(sealed)) throw new SecretOpenError();
    const bytes = Buffer.from(sealed.slice(PREFIX.length), 'base64url');
    if (bytes.length < 12 + 16 + 1) throw new SecretOpenError();
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, 12));
      decipher.setAAD(Buffer.from(owner, 'utf8'));
      decipher.setAuthTag(bytes.subarray(bytes.length - 16));
      return Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretOpenError();
    }
  }
}
