import { useState } from 'react';
import { v7 as uuidv7 } from 'uuid';
import { discardReasons, type QuestionnaireListing, type DeviceCase, type DiscardReason, type InterviewRecord } from '../../store';
import { discardOutcome, draftProgress, refusalMessage, refusedAnswers, retryMessage } from './interview-facts';
import { caseWhere } from '../cases/CaseCard';
import { StateBadge } from '../components/StateBadge';
import { localeNames, useI18n, type MessageKey } from '../i18n';
import { problemText } from '../i18n/problems';
import { navigate } from '../routes';
import { useDevice } from '../services/device';

export const discardReasonKey: Record<DiscardReason, MessageKey> = {
  breakoff: 'discardReason_breakoff',
  refused: 'discardReason_refused',
  mistake: 'discardReason_mistake',
  duplicate: 'discardReason_duplicate',
  other: 'discardReason_other',
};

interface Props {
  record: InterviewRecord;
  title: string;
  questionnaire: QuestionnaireListing | undefined;
  /** The interview's case, when it is one of the interviewer's cases on this device. */
  caseItem: DeviceCase | undefined;
  time: (iso: string) => string;
  act: (fn: () => Promise<unknown>) => () => void;
}

/**
 * One interview on the device as the interviewer recognises it: the questionnaire, the case and
 * where it is, when it started, how far it got and in which language; what to do next.
 */
export function InterviewCard({ record: r, title, questionnaire, caseItem, time, act }: Props) {
  const { t, locale } = useI18n();
  const { store, scheduler } = useDevice();
  const [discarding, setDiscarding] = useState(false);
  const where = caseItem ? caseWhere(caseItem) : undefined;
  const open = r.state === 'draft' || r.state === 'finalized';
  const progress = draftProgress(r, questionnaire);
  return (
    <li className="card interview" data-testid="interview" data-instance={r.instanceId} data-state={r.state}>
      <div className="card-body">
        <strong>{title}</strong> <StateBadge state={r.state} />
        {r.caseId ? (
          <div data-testid="interview-case">{t('caseLabel', { caseId: r.caseId })}{where ? ` · ${where}` : ''}</div>
        ) : null}
        <div className="muted">
          {t('started', { time: time(r.paradata.startedAt) })}
          {' · '}<span lang={r.locale}>{localeNames[r.locale]}</span>
          {r.disposition ? ` · ${r.disposition}` : ''}
        </div>
        {r.state === 'draft' ? (
          <div className="muted" data-testid="interview-progress">
            {progress.pages === undefined ? t('progressPage', { page: progress.page }) : t('progressPageOf', { page: progress.page, pages: progress.pages })}
            {' · '}{t('progressAnswered', { count: progress.answered })}
            {' · '}{t('lastSaved', { time: time(r.updatedAt) })}
          </div>
        ) : null}
        {r.discard ? (
          <div className="muted" data-testid="discard-reason">
            {t('discardedBecause', { time: time(r.discard.at), reason: t(discardReasonKey[r.discard.reason]) })}{r.discard.note ? ` — ${r.discard.note}` : ''}
          </div>
        ) : null}
        {r.sync.problem && (r.state === 'conflict' || r.state === 'error') ? (
          <div className="form-error" data-testid="problem">
            {refusalMessage[r.sync.problem.code] ? <>{t(refusalMessage[r.sync.problem.code] as MessageKey)}{' '}</> : null}
            {problemText(r.sync.problem, locale)} <code>{r.sync.problem.code}</code>
            {refusedAnswers(r.sync.problem).length > 0
              ? <div data-testid="problem-answers">{t('answersConcerned')}: {refusedAnswers(r.sync.problem).map((a) => <code key={a}>{a} </code>)}</div> : null}
          </div>
        ) : null}
        {r.state === 'queued' && r.sync.retry ? (
          <div className="muted" data-testid="retry-reason">{t(retryMessage[r.sync.retry.reason], { status: r.sync.retry.status ?? '?', time: time(new Date(r.sync.nextAttemptAt).toISOString()) })}</div>
        ) : null}
        {r.review?.state === 'rejected' && (r.state === 'rejected' || r.state === 'draft' || r.state === 'finalized') ? (
          <div className="review-note" data-testid="review-comment">{t('returnedBy', { reviewer: r.review.reviewer ?? '—', comment: r.review.comment })}</div>
        ) : null}
        <div className="muted id-line">{t('interviewId')} <code>{r.instanceId}</code></div>
        {discarding ? (
          <DiscardForm
            onCancel={() => setDiscarding(false)}
            onDiscard={(reason, note) => act(async () => {
              const at = new Date().toISOString();
              // A case's draft is reported first, so a failure leaves the draft as it was.
              if (caseItem && caseItem.status !== 'closed') {
                await store.recordAttempt({
                  id: uuidv7(), assignmentId: caseItem.assignment.id, owner: r.owner, at, outcome: discardOutcome[reason], final: false,
                  note: `${t('discardAttemptNote', { id: r.instanceId, reason: t(discardReasonKey[reason]) })}${note ? `: ${note}` : ''}`.slice(0, 2000),
                });
                void scheduler.trigger();
              }
              await store.discardDraft(r.instanceId, { at, reason, note });
              setDiscarding(false);
            })()}
          />
        ) : null}
      </div>
      <div className="actions">
        {r.state === 'draft' ? <button type="button" className="button primary" onClick={() => navigate({ screen: 'interview', id: r.instanceId })}>{t('resume')}</button> : null}
        {open ? <button type="button" className="button" onClick={() => navigate({ screen: 'finalize', id: r.instanceId })}>{t('chooseDisposition')}</button> : null}
        {r.state === 'rejected' ? (
          <button type="button" className="button primary" onClick={act(async () => {
            await store.reopenRejected(r.instanceId);
            navigate({ screen: 'interview', id: r.instanceId });
          })}>{t('correctInterview')}</button>
        ) : null}
        {r.state === 'error'
          ? <button type="button" className="button" onClick={act(async () => { await store.requeue(r.instanceId); await scheduler.trigger(true); })}>{t('retryUpload')}</button> : null}
        <button type="button" className="button secondary" onClick={() => navigate({ screen: 'backup', id: r.instanceId })} data-testid="back-up-one">{t('backUp')}</button>
        {open && !discarding ? <button type="button" className="button secondary" onClick={() => setDiscarding(true)} data-testid="discard">{t('discard')}</button> : null}
        {r.state === 'uploaded' || r.state === 'accepted' ? (
          <button type="button" className="button secondary" onClick={act(async () => {
            if (window.confirm(t('confirmRemove'))) await store.removeAcknowledged(r.instanceId);
          })}>{t('remove')}</button>
        ) : null}
      </div>
    </li>
  );
}

/** The confirmation of a discard: a reason is required, a note for "other". */
function DiscardForm({ onDiscard, onCancel }: { onDiscard: (reason: DiscardReason, note: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState<DiscardReason>();
  const [note, setNote] = useState('');
  const ready = reason !== undefined && (reason !== 'other' || note.trim().length > 0);
  return (
    <div className="discard-form form" role="alertdialog" aria-labelledby="discard-title" data-testid="discard-dialog">
      <p id="discard-title"><strong>{t('discardTitle')}</strong></p>
      <p className="muted">{t('discardExplain')}</p>
      <label>
        {t('discardReason')}
        <select className="select" value={reason ?? ''} onChange={(e) => setReason(e.target.value === '' ? undefined : (e.target.value as DiscardReason))} data-testid="discard-reason-select">
          <option value="">—</option>
          {discardReasons.map((d) => <option key={d} value={d}>{t(discardReasonKey[d])}</option>)}
        </select>
      </label>
      <label>
        {t('discardNote')}
        <textarea rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} data-testid="discard-note" />
      </label>
      <div className="actions start">
        <button type="button" className="button danger" disabled={!ready} onClick={() => { if (reason) onDiscard(reason, note.trim()); }} data-testid="discard-confirm">{t('discardConfirm')}</button>
        <button type="button" className="button secondary" onClick={onCancel}>{t('cancel')}</button>
      </div>
    </div>
  );
}
