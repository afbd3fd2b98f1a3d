// The words of the flags the server sets on an interview (docs/server.md, "Answers checked on
// upload"), for the submissions list and the review.
import type { SubmissionFlag } from '../../../protocol';
import type { MessageKey, Translate } from '../../i18n';

const FLAG_TEXT: Readonly<Record<SubmissionFlag, MessageKey>> = {
  'case-quantity-exceeded': 'flagQuantityExceeded',
  'case-unknown': 'flagCaseUnknown',
  'answer-unknown-variable': 'flagUnknownVariable',
  'answer-not-a-choice': 'flagNotAChoice',
  'answer-out-of-range': 'flagOutOfRange',
};

const known = (flag: string): flag is SubmissionFlag => Object.prototype.hasOwnProperty.call(FLAG_TEXT, flag);

/** A flag in the manager's language; a flag of a newer server as its code. */
export function flagLabel(t: Translate, flag: string): string {
  return known(flag) ? t(FLAG_TEXT[flag]) : flag;
}
