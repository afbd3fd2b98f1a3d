// The words of a review state in the app's messages.
import type { ReviewState } from '../../../protocol';
import type { MessageKey } from '../../i18n';

export function reviewStateKey(state: ReviewState): MessageKey {
  return state === 'received' ? 'reviewReceived' : state === 'approved' ? 'reviewApproved' : 'reviewRejected';
}
