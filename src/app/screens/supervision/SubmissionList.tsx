// The uploaded interviews of one questionnaire, filtered by review state, each opening its review.
import { useState } from 'react';
import type { ReviewState, SubmissionFlag, SubmissionSummary } from '../../../protocol';
import { useI18n, type MessageKey } from '../../i18n';
import { navigate } from '../../routes';
import { reviewStateKey } from './review-state';

type Filter = 'all' | ReviewState | 'flagged';
const FILTERS: readonly Filter[] = ['all', 'received', 'rejected', 'approved', 'flagged'];

/** What each flag the server sets means, in the manager's language (docs/server.md "Answers checked on upload"). */
export const FLAG_TEXT: Readonly<Record<SubmissionFlag, MessageKey>> = {
  'case-quantity-exceeded': 'flagQuantityExceeded',
  'case-unknown': 'flagCaseUnknown',
  'answer-unknown-variable': 'flagUnknownVariable',
  'answer-not-a-choice': 'flagNotAChoice',
  'answer-out-of-range': 'flagOutOfRange',
};

const known = (flag: string): flag is SubmissionFlag => Object.prototype.hasOwnProperty.call(FLAG_TEXT, flag);

function matches(s: SubmissionSummary, filter: Filter): boolean {
  if (filter === 'all') return true;
  return filter === 'flagged' ? s.flags.length > 0 : s.reviewState === filter;
}

export function SubmissionList({ questionnaireId, submissions }: { questionnaireId: string; submissions: SubmissionSummary[] | undefined }) {
  const { t, locale } = useI18n();
  const [filter, setFilter] = useState<Filter>('all');
  const shown = (submissions ?? []).filter((s) => matches(s, filter));
  return (
    <section aria-labelledby="list-heading" className="analysis-step">
      <h2 id="list-heading">{t('uploadedInterviews')}</h2>
      <div className="actions start" role="group" aria-label={t('filterByState')}>
        {FILTERS.map((f) => (
          <button key={f} type="button" className={`button ${filter === f ? 'primary' : 'secondary'}`} aria-pressed={filter === f} onClick={() => setFilter(f)}>
            {f === 'all' ? t('allStates') : f === 'flagged' ? t('flaggedFilter') : t(reviewStateKey(f))} ({submissions?.filter((s) => matches(s, f)).length ?? 0})
          </button>
        ))}
      </div>
      {submissions === undefined ? <p>{t('loading')}</p> : shown.length === 0 ? <p>{t('noSubmissions')}</p> : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr><th>{t('caseColumn')}</th><th>{t('interviewerColumn')}</th><th>{t('dispositionColumn')}</th><th>{t('receivedColumn')}</th><th>{t('stateColumn')}</th><th /></tr>
            </thead>
            <tbody>
              {shown.map((s) => (
                <tr key={s.instanceId} data-testid="submission" data-instance={s.instanceId} data-review={s.reviewState}>
                  <td>{s.caseId ?? '—'}</td>
                  <td>{s.interviewer}</td>
                  <td>{s.disposition}{s.flags.map((flag) => (
                    <span key={flag}> <span className="badge badge-error" data-testid="submission-flag" data-flag={flag} title={flag}>{known(flag) ? t(FLAG_TEXT[flag]) : flag}</span></span>
                  ))}</td>
                  <td>{new Date(s.updatedAt).toLocaleString(locale)}{s.revision > 1 ? ` · ${t('revisionShort', { revision: s.revision })}` : ''}</td>
                  <td><span className={`badge badge-review-${s.reviewState}`}>{t(reviewStateKey(s.reviewState))}</span></td>
                  <td>
                    <button type="button" className="button secondary" onClick={() => navigate({ screen: 'supervise', id: questionnaireId, instanceId: s.instanceId })}>
                      {t('openReview')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
