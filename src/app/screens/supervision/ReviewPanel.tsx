// The review of one uploaded interview: its answers read-only in the questionnaire, its history,
// what changed since the revision that was returned, and approve or return to the interviewer
// with a comment — in a bar that stays at the bottom of the screen however long the interview,
// each decision confirmed before it is sent.
import 'survey-core/survey-core.fontless.min.css';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
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
import { forgetPrivateKey, loadPrivateKey, onPrivateKeyChange, openWithLoadedKey, privateKeyLoaded } from '../../supervision';
import { flagLabel } from './flags';
import { formatDateTime } from '../../../../analysis/text/date-format';

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
  // An encrypted interview (content.envelope) is opened here with the manager's key, never on the server.
  const hasKey = useSyncExternalStore(onPrivateKeyChange, privateKeyLoaded);
  const [opened, setOpened] = useState<SubmissionRequest>();
  const [keyFailure, setKeyFailure] = useState<string>();

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const [d, c] = await Promise.all([api.getSubmission(token, instanceId), api.getSubmissionContent(token, instanceId)]);
        const cached = await store.getQuestionnaire(c.questionnaireId, c.version);
        const def = cached?.definition ?? await api.getQuestionnaire(token, c.questionnaireId, c.version);
        if (live) { setDetail(d); setContent(c); setDefinition(def); setOpened(undefined); }
      } catch (error) {
        if (live) setFailure(errorText(error, locale));
      }
    })();
    return () => { live = false; };
  }, [api, store, token, instanceId, generation, locale]);

  useEffect(() => {
    if (!content?.envelope || !hasKey) return undefined;
    let live = true;
    setKeyFailure(undefined);
    openWithLoadedKey(instanceId, content).then(
      (plain) => { if (live) setOpened(plain); },
      () => { if (live) setKeyFailure(t('privateKeyWrong')); },
    );
    return () => { live = false; };
  }, [content, hasKey, instanceId, t]);

  const readable = content?.envelope ? (hasKey ? opened : undefined) : content;
  const model = useMemo(() => {
    if (!definition || !readable) return undefined;
    const m = createSurveyModel(definition);
    m.data = readable.data;
    m.readOnly = true;
    m.questionsOnPageMode = 'singlePage';
    m.showNavigationButtons = false;
    return m;
  }, [definition, readable]);
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

  const pickKey = async (file: File | undefined) => {
    if (!file) return;
    setKeyFailure(undefined);
    try {
      await loadPrivateKey(await file.text());
    } catch {
      setKeyFailure(t('privateKeyInvalid'));
    }
  };

  const keyBox = content?.envelope ? (
    <div className="form" data-testid="private-key-box">
      <p>{hasKey ? t('privateKeyLoaded') : t('encryptedInterview')}</p>
      {keyFailure ? <p className="form-error" role="alert">{keyFailure}</p> : null}
      {hasKey ? (
        <div className="actions start"><button type="button" className="button secondary" onClick={forgetPrivateKey}>{t('forgetPrivateKey')}</button></div>
      ) : (
        <label>
          {t('privateKeyFile')}
          <input type="file" accept=".pem,.key,text/plain" data-testid="private-key-file" onChange={(e) => { void pickKey(e.target.files?.[0]); e.target.value = ''; }} />
        </label>
      )}
    </div>
  ) : null;

  return (
    <section aria-labelledby="review-heading" className="analysis-step" data-testid="review-panel">
      <h2 id="review-heading">{t('reviewInterview')} <code>{instanceId.slice(-12)}</code></h2>
      {failure ? <p className="form-error" role="alert">{failure}</p> : null}
      {keyBox}
      {!detail || !model ? (content?.envelope ? null : <p>{t('loading')}</p>) : (
        <>
          <p className="muted">
            {detail.interviewer} · {detail.caseId ? `${t('caseLabel', { caseId: detail.caseId })} · ` : ''}{t('dispositionColumn')} {detail.disposition} · {t('revisionShort', { revision: detail.revision })}
            {readable?.paradata.startedAt ? ` · ${formatDateTime(readable.paradata.startedAt, locale)}` : ''}
          </p>
          {detail.flags.length > 0 ? (
            <div className="form-error" data-testid="review-flags">
              {detail.flags.map((flag) => <span key={flag} className="badge badge-error" data-flag={flag}>{flagLabel(t, flag)} </span>)}
              {detail.answerProblems.length > 0
                ? <div>{t('answersConcerned')}: {detail.answerProblems.map((p) => <code key={`${p.variable} ${p.code}`} title={p.code}>{p.variable} </code>)}</div> : null}
            </div>
          ) : null}
          {detail.reviews.length > 0 ? (
            <ol className="history" data-testid="review-history">
              {detail.reviews.map((r, i) => (
                <li key={i}>{formatDateTime(r.reviewedAt, locale)} · {r.reviewer} · {t(r.decision === 'approve' ? 'reviewApproved' : 'reviewRejected')} ({t('revisionShort', { revision: r.revision })}){r.comment ? `: ${r.comment}` : ''}</li>
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
