// The uploaded interviews of one questionnaire, filtered on the server (interviewer, state,
// region, dates, case or interview id) and paged, each opening its review; the interviews
// awaiting review can be selected and approved together (each at the revision listed, so one
// that changed since is refused, not approved unread).
import { useCallback, useEffect, useRef, useState } from 'react';
import { reviewStates, submissionFlags, type ReviewState, type SubmissionFlag, type SubmissionSummary } from '../../../protocol';
import { failureText } from '../../console/failure';
import { useConsoleText } from '../../console/texts';
import { useI18n } from '../../i18n';
import { navigate } from '../../routes';
import { useDevice } from '../../services/device';
import { flagLabel } from './flags';
import { reviewStateKey } from './review-state';
import { formatDateTime } from '../../../../analysis/text/date-format';

const PAGE = 50;

interface Filter { interviewer: string; state: '' | ReviewState; region: string; from: string; to: string; q: string; flag: '' | 'any' | SubmissionFlag }
const EMPTY: Filter = { interviewer: '', state: '', region: '', from: '', to: '', q: '', flag: '' };

export function SubmissionList({ questionnaireId, token, generation, onReviewed }: {
  questionnaireId: string; token: string; generation: number; onReviewed: () => void;
}) {
  const { t, locale } = useI18n();
  const c = useConsoleText();
  const { api } = useDevice();
  const [draft, setDraft] = useState<Filter>(EMPTY);
  const [filter, setFilter] = useState<Filter>(EMPTY);
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ rows: SubmissionSummary[]; total: number }>();
  const [selected, setSelected] = useState<ReadonlyMap<string, number>>(new Map());
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean }>();

  // Only the newest request's answer is shown: an earlier one (the unfiltered list asked for when
  // the screen opened) that arrives after a filtered one must not put the unfiltered rows back.
  const latest = useRef(0);
  const load = useCallback(async () => {
    const request = ++latest.current;
    try {
      const found = await api.findSubmissions(token, {
        questionnaire: questionnaireId, sort: 'newest', limit: PAGE, offset,
        interviewer: filter.interviewer || undefined, state: filter.state || undefined, region: filter.region || undefined,
        from: filter.from || undefined, to: filter.to || undefined, q: filter.q || undefined, flag: filter.flag || undefined,
      });
      if (request === latest.current) setPage(found);
    } catch (error) {
      if (request === latest.current) setMessage({ text: failureText(error, locale), error: true });
    }
  }, [api, token, questionnaireId, filter, offset, locale]);
  useEffect(() => { void load(); }, [load, generation]);

  const toggle = (s: SubmissionSummary) => setSelected((current) => {
    const next = new Map(current);
    if (next.has(s.instanceId)) next.delete(s.instanceId);
    else next.set(s.instanceId, s.revision);
    return next;
  });
  const awaiting = (page?.rows ?? []).filter((s) => s.reviewState === 'received');
  const allSelected = awaiting.length > 0 && awaiting.every((s) => selected.has(s.instanceId));
  const selectPage = () => setSelected(allSelected ? new Map() : new Map(awaiting.map((s) => [s.instanceId, s.revision])));

  const approve = async () => {
    setConfirming(false);
    try {
      const result = await api.bulkReview(token, { decision: 'approve', items: [...selected].map(([instanceId, revision]) => ({ instanceId, revision })) });
      setMessage({ text: c('bulkDone', { reviewed: result.reviewed, refused: result.refused }), error: result.refused > 0 });
      setSelected(new Map());
      await load();
      onReviewed();
    } catch (error) {
      setMessage({ text: failureText(error, locale), error: true });
    }
  };

  const field = (key: keyof Filter, label: string, type = 'text') => (
    <label>{label}<input type={type} value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} data-testid={`filter-${key}`} /></label>
  );
  const total = page?.total ?? 0;
  return (
    <section aria-labelledby="list-heading" className="analysis-step" data-testid="submission-list">
      <h2 id="list-heading">{t('uploadedInterviews')}</h2>
      <form className="filter-bar" aria-label={c('filters')} onSubmit={(e) => { e.preventDefault(); setOffset(0); setSelected(new Map()); setFilter(draft); }}>
        {field('interviewer', c('interviewer'))}
        <label>{c('state')}
          <select value={draft.state} onChange={(e) => setDraft({ ...draft, state: e.target.value as Filter['state'] })} data-testid="filter-state">
            <option value="">{c('anyState')}</option>
            {reviewStates.map((s) => <option key={s} value={s}>{t(reviewStateKey(s))}</option>)}
          </select>
        </label>
        <label>{t('flaggedFilter')}
          <select value={draft.flag} onChange={(e) => setDraft({ ...draft, flag: e.target.value as Filter['flag'] })} data-testid="filter-flag">
            <option value="">{c('anyState')}</option>
            <option value="any">{t('flaggedFilter')}</option>
            {submissionFlags.map((f) => <option key={f} value={f}>{flagLabel(t, f)}</option>)}
          </select>
        </label>
        {field('region', c('regionCode'))}
        {field('from', c('dateFrom'), 'date')}
        {field('to', c('dateTo'), 'date')}
        {field('q', c('searchIds'))}
        <button type="submit" className="button primary" data-testid="apply-filters">{c('applyFilters')}</button>
        <button type="button" className="button secondary" onClick={() => { setDraft(EMPTY); setOffset(0); setFilter(EMPTY); }}>{c('clearFilters')}</button>
      </form>
      {message ? <p className={message.error ? 'form-error' : 'muted'} role={message.error ? 'alert' : 'status'} data-testid="list-message">{message.text}</p> : null}
      {selected.size > 0 ? (
        confirming ? (
          <div className="confirm-box" role="alertdialog" data-testid="confirm-bulk">
            {c('confirmBulk', { count: selected.size })}
            <button type="button" className="button primary" onClick={() => void approve()} data-testid="confirm-bulk-approve">{c('confirm')}</button>
            <button type="button" className="button secondary" onClick={() => setConfirming(false)}>{c('cancel')}</button>
          </div>
        ) : (
          <div className="actions start">
            <button type="button" className="button primary" onClick={() => setConfirming(true)} data-testid="bulk-approve">{c('bulkApprove', { count: selected.size })}</button>
          </div>
        )
      ) : null}
      {page === undefined ? <p>{t('loading')}</p> : page.rows.length === 0 ? <p>{t('noSubmissions')}</p> : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th><input type="checkbox" checked={allSelected} onChange={selectPage} aria-label={c('selectPage')} data-testid="select-page" disabled={awaiting.length === 0} /></th>
                <th>{t('caseColumn')}</th><th>{t('interviewerColumn')}</th><th>{t('dispositionColumn')}</th><th>{t('receivedColumn')}</th><th>{t('stateColumn')}</th><th />
              </tr>
            </thead>
            <tbody>
              {page.rows.map((s) => (
                <tr key={s.instanceId} data-testid="submission" data-instance={s.instanceId} data-review={s.reviewState}>
                  <td>
                    {s.reviewState === 'received'
                      ? <input type="checkbox" checked={selected.has(s.instanceId)} onChange={() => toggle(s)} aria-label={`${c('select')} ${s.caseId ?? s.instanceId}`} data-testid="select-submission" />
                      : null}
                  </td>
                  <td>{s.caseId ?? '—'}</td>
                  <td>{s.interviewer}</td>
                  <td>{s.disposition}{s.flags.map((flag) => (
                    <span key={flag}> <span className="badge badge-error" data-testid="submission-flag" data-flag={flag} title={flag}>{flagLabel(t, flag)}</span></span>
                  ))}</td>
                  <td>{formatDateTime(s.updatedAt, locale)}{s.revision > 1 ? ` · ${t('revisionShort', { revision: s.revision })}` : ''}</td>
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
      <div className="actions start" data-testid="list-pager">
        <span className="muted">{c('pageOf', { from: total === 0 ? 0 : offset + 1, to: Math.min(offset + PAGE, total), total })}</span>
        <button type="button" className="button secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>{c('previousPage')}</button>
        <button type="button" className="button secondary" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>{c('nextPage')}</button>
      </div>
    </section>
  );
}
