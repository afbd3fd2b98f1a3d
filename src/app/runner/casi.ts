// Pages named `casi_…` are self-completion: the respondent answers alone (CASI). The rule lives with
// the variable dictionary, which marks those pages and their variables.
import { isSelfCompletionPage } from '../../questionnaire/dictionary/self-completion';

export { isSelfCompletionPage };

export type HandOver = 'to-respondent' | 'to-interviewer' | undefined;

/** Which hand-over screen, if any, goes between two pages. */
export function handOverBetween(from: string | undefined, to: string | undefined): HandOver {
  const a = isSelfCompletionPage(from);
  const b = isSelfCompletionPage(to);
  if (!a && b) return 'to-respondent';
  if (a && !b) return 'to-interviewer';
  return undefined;
}
