// The review of one uploaded interview: its answers read-only in the questionnaire, its history,
// what changed since the revision that was returned, and approve or return to the interviewer
// with a comment — in a bar that stays at the bottom of the screen however long the interview,
// each decision confirmed before it is sent.
import 'survey-core/survey-core.fontless.min.css';
import { useEffect, useMemo, useState } from 'react';
import { Survey } from 'survey-react-ui';
import type { SubmissionDetail, SubmissionRequest } from '../../../protocol';
import { registerSelectionFunctions } from '../../../questionnaire/selection';
import { registerSurveyLocales } from '../../../questionnaire/ui-locales/register';
import { ApiError } from '../../../sync';
import { useI18n } from '../../i18n';
import { errorText } from '../../i18n/problems';
import { createSurveyModel } from '../../runner/safe-model';
import { surveyLocaleOf } from '../../runner/survey-locale';
import { useConsoleText } from '../../console/texts';
import { useDevice } from '../../services/device';
import { RevisionChanges } from './RevisionChanges';

registerSurveyLocales();
registerSelectionFunctions();

export function ReviewPanel({ token, instanceId, onDecided }: { token: string; instanceId: string; onDecided: () => void }) {
  const { t, locale } = useI18n();
  const c = useConsoleText();
  const { api, store } = useDevice();
  const [detail, setDetail] = useState<SubmissionDetail>();
  const [content, setContent] = useState<SubmissionRequest>();
  const [definition, setDefinition] = useState<Record<string, unknown>>();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  // Bumped to read the interview again (a newer revision arrived during the review).
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const [d, c] = await Promise.all([api.getSubmission(token, instanceId), api.getSubmissionContent(token, instanceId)]);
        const cached = await store.getQuestionnaire(c.questionnaireId, c.version);
        const def = cached?.definition ?? await api.getQuestionnaire(token, c.questionnaireId, c.version);
        if (live) { setDetail(d); setContent(c); setDefinition(def); }
      } catch (error) {
        if (live) setFailure(errorText(error, locale));
      }
    })();
    return () => { live = false; };
  }, [api, store, token, instanceId, generation, locale]);

  const model = useMemo(() => {
    if (!definition || !content) return undefined;
    const m = createSurveyModel(definition);
    m.data = content.data;
    m.readOnly = true;
    m.questionsOnPageMode = 'singlePage';
    m.showNavigationButtons = false;
    return m;
  }, [definition, content]);
  useEffect(() => { if (model) model.locale = surveyLocaleOf(locale); }, [model, locale]);

  // The decision waiting for its confirmation.
  const [confirming, setConfirming] = useState<'approve' | 'reject'>();
  const ask = (decision: 'approve' | 'reject') => {
    if (decision === 'reject' && comment.trim() === '') { setFailure(t('rejectNeedsComment')); return; }
    setFailure(undefined);
    setConfirming(decision);
  };
  const decide = async (decision: 'approve' | 'reject') => {
    setConfirming(undefined);
    setBusy(true);
    try {
      await api.reviewSubmission(token, instanceId, decision, comment.trim(), detail?.revision);
      onDecided();
    } catch (error) {
      if (error instanceof ApiError && error.problem.code === 'review-stale') {
        setFailure(t('reviewStale'));
        setGeneration((g) => g + 1);
      }
      else setFailure(errorText(error, locale));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="review-heading" className="analysis-step" data-testid="review-panel">
      <h2 id="review-heading">{t('reviewInterview')} <code>{instanceId.slice(-12)}</code></h2>
      {failure ? <p className="form-error" role="alert">{failure}</p> : null}
      {!detail || !model ? <p>{t('loading')}</p> : (
        <>
          <p className="muted">
            {detail.interviewer} · {detail.caseId ? `${t('caseLabel', { caseId: detail.caseId })} · ` : ''}{t('dispositionColumn')} {detail.disposition} · {t('revisionShort', { revision: detail.revision })}
            {content?.paradata.startedAt ? ` · ${new Date(content.paradata.startedAt).toLocaleString(locale)}` : ''}
          </p>
          {detail.reviews.length > 0 ? (
            <ol className="history" data-testid="review-history">
              {detail.reviews.map((r, i) => (
                <li key={i}>{new Date(r.reviewedAt).toLocaleString(locale)} · {r.reviewer} · {t(r.decision === 'approve' ? 'reviewApproved' : 'reviewRejected')} ({t('revisionShort', { revision: r.revision })}){r.comment ? `: ${r.comment}` : ''}</li>
              ))}
            </ol>
          ) : null}
          {detail.revision > 1 ? <RevisionChanges token={token} instanceId={instanceId} from={detail.revision - 1} to={detail.revision} /> : null}
          <div className="interview-screen review-answers"><Survey model={model} /></div>
          <div className="form sticky-actions" data-testid="review-actions">
            <label>
              {t('reviewComment')}
              <textarea value={comment} rows={2} onChange={(e) => setComment(e.target.value)} data-testid="review-comment" />
            </label>
            {confirming ? (
              <div className="confirm-box" role="alertdialog" data-testid="confirm-review">
                {c(confirming === 'approve' ? 'confirmApprove' : 'confirmReturn', { revision: detail.revision })}
                <button type="button" className={`button ${confirming === 'approve' ? 'primary' : 'danger'}`} onClick={() => void decide(confirming)} data-testid="confirm-decision">{c('confirm')}</button>
                <button type="button" className="button secondary" onClick={() => setConfirming(undefined)}>{c('cancel')}</button>
              </div>
            ) : (
              <div className="actions start">
                <button type="button" className="button primary" disabled={busy || detail.reviewState === 'approved'} onClick={() => ask('approve')}>{t('approve')}</button>
                <button type="button" className="button secondary" disabled={busy || detail.reviewState === 'rejected'} onClick={() => ask('reject')}>{t('returnToInterviewer')}</button>
              </div>
            )}
          </div>
        </>
      )}
    </section>
  );
}
