/** Pages named `casi_…` are self-completion: the respondent answers alone (CASI). */
export function isSelfCompletionPage(name: string | undefined): boolean {
  return name !== undefined && name.startsWith('casi_');
}

export type HandOver = 'to-respondent' | 'to-interviewer' | undefined;

/** Which hand-over screen, if any, goes between two pages. */
export function handOverBetween(from: string | undefined, to: string | undefined): HandOver {
  const a = isSelfCompletionPage(from);
  const b = isSelfCompletionPage(to);
  if (!a && b) return 'to-respondent';
  if (a && !b) return 'to-interviewer';
  return undefined;
}
