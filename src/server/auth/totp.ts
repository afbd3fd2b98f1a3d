// TOTP second factor (RFC 6238; issue 13 item 5) for admin and manager accounts, with otplib:
// SHA-1, 6 digits, 30-second steps — what every authenticator app speaks. A code is accepted
// within ±30 s of the server's clock, and never twice (the last accepted time step is stored).
import { generateSecret, generateURI, verify } from 'otplib';
import type { Role } from '../../protocol';

/** The roles that may (and, once enrolled, must) use a second factor. */
export const TOTP_ROLES: readonly Role[] = ['admin', 'manager'];

export const TOTP_ISSUER = 'JHA Survey';

export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// URI an authenticator app reads (as a QR code or typed in). */
export function totpUri(username: string, secret: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: username, secret });
}

/** The time step of a valid, unused code, or undefined. */
export async function checkTotp(secret: string, code: string, lastStep: number | null): Promise<number | undefined> {
  if (!/^\d{6}$/.test(code)) return undefined;
  try {
    const result = await verify({ secret, token: code, epochTolerance: 30, ...(lastStep === null ? {} : { afterTimeStep: lastStep }) });
    return result.valid && 'timeStep' in result ? result.timeStep : undefined;
  } catch {
    // otplib throws on an afterTimeStep ahead of the clock (a server clock moved back): refuse.
    return undefined;
  }
}
