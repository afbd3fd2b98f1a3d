// The password policy (issue 13 item 5), after NIST SP 800-63B §5.1.1.2: length rather than
// composition rules — at least 12 characters, which a passphrase of three or four words meets —
// and no password that is among the commonly used ones, or that contains the user name.
// The common-password list is zxcvbn-ts's (about 49,000 passwords from leaked-password corpora).
import { dictionary } from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1000;

let common: ReadonlySet<string> | undefined;
function commonPasswords(): ReadonlySet<string> {
  common ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  return common;
}

/** Why a password is refused for this user, or undefined when it is acceptable. */
export function passwordProblem(password: string, username: string): string | undefined {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    return `the password must have at least ${MIN_PASSWORD_LENGTH} characters (a passphrase of three or four words is easiest to remember)`;
  }
  if (length > MAX_PASSWORD_LENGTH) return `the password must have at most ${MAX_PASSWORD_LENGTH} characters`;
  const lower = password.toLowerCase();
  const name = username.toLowerCase();
  if (name.length >= 3 && (lower.includes(name) || lower.includes([...name].reverse().join('')))) {
    return 'the password must not contain the user name';
  }
  // A common password, also with digits or symbols added at the end ("password2024!").
  const stem = lower.replace(/[\d\W_]+$/u, '');
  if (commonPasswords().has(lower) || (stem.length >= 4 && commonPasswords().has(stem))) {
    return 'the password is among the most commonly used passwords; choose another';
  }
  if (new Set(password).size < 5) return 'the password must have at least 5 different characters';
  return undefined;
}
