// Self-completion (CASI): pages whose name starts with `casi_` are filled in by the respondent alone.
// The interview runner hands the tablet over before them, and a taken-back interview keeps them hidden.

export const selfCompletionPrefix = 'casi_';

/** True for the name of a self-completion page. */
export function isSelfCompletionPage(name: string | undefined): boolean {
  return name !== undefined && name.startsWith(selfCompletionPrefix);
}
