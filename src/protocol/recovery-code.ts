// The recovery codes of two-factor log-in, as the server makes them and a person types them. A
// leaf without zod: the log-in screen (first screen of every tablet) takes the input pattern from
// here, the schemas and the server the regular expressions.

/** How many one-time recovery codes confirming two-factor log-in gives (src/server/auth/recovery-codes.ts). */
export const RECOVERY_CODE_COUNT = 10;
/** The letters of a recovery code: digits and capitals without the look-alikes 0, 1, I and O (32 = 2^5). */
export const RECOVERY_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
/**
 * A recovery code as a person may type it, `XXXX-XXXX`, either case, the hyphen optional: as an
 * HTML `pattern` (which anchors it and has no case-insensitive flag, hence the lower-case ranges).
 */
export const RECOVERY_CODE_INPUT = '[2-9A-HJ-NP-Za-hj-np-z]{4}-?[2-9A-HJ-NP-Za-hj-np-z]{4}';
/** The same as a regular expression. */
export const RECOVERY_CODE_PATTERN = new RegExp(`^${RECOVERY_CODE_INPUT}$`);
/** The `otp` of a log-in: the authenticator's 6 digits, or one of the account's recovery codes. */
export const OTP_PATTERN = new RegExp(`^(?:\\d{6}|${RECOVERY_CODE_INPUT})$`);
