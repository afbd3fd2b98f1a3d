// A survey manager's desk for one questionnaire: field-work progress with the AAPOR rates, the
// microdata exports, and the review of each uploaded interview (read-only answers, history,
// approve or return to the interviewer with a comment). Loaded lazily with SurveyJS.
import 'survey-core/survey-core.fontless.min.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Survey } from 'survey-react-ui';
import type { Assignment, AssignmentRequest, MonitoringReport, ReviewState, SubmissionDetail, SubmissionRequest, SubmissionSummary } from '../../protocol';
import { numberFormat } from '../../../analysis/tables/number-format';
import { registerSelectionFunctions } from '../../questionnaire/selection';
import { registerSurveyLocales } from '../../questionnaire/ui-locales/register';
import { useLive } from '../hooks/use-live';
import { useI18n, type MessageKey } from '../i18n';
import { errorText } from '../i18n/problems';
import { navigate } from '../routes';
import { createSurveyModel } from '../runner/safe-model';
import { surveyLocaleOf } from '../runner/survey-locale';
import { ApiError } from '../../sync';
import { useDevice, useReportError } from '../services/device';
import { downloadFile } from '../services/export-file';
import { createAssignments, parseAssignmentFile, type AssignmentFile, type AssignmentOutcome } from '../supervision';
import { QualityPanel } from '../supervision/QualityPanel';
import { titleOf } from './HomeScreen';

registerSurveyLocales();
registerSelectionFunctions();

type Filter = 'all' | ReviewState;
const FILTERS: readonly Filter[] = ['all', 'received', 'rejected', 'approved'];
/** The rates a field manager watches daily; the others are in the exported report. */
const SHOWN_RATES = ['RR1', 'RR2', 'COOP1', 'REF1', 'CON1'] as const;

export default function SupervisionScreen({ id, instanceId }: { id: string; instanceId?: string }) {
  const { t, locale } = useI18n();
  const { api } = useDevice();
  const report = useReportError();
  const session = useLive((s) => s.getSession().then((v) => v ?? null), 'session');
  const questionnaire = useLive((s) => s.listQuestionnaires().then((list) => list.find((q) => q.id === id) ?? null), `questionnaire:${id}`);
  const token = session?.token;
  const [monitoring, setMonitoring] = useState<MonitoringReport>();
  const [submissions, setSubmissions] = useState<SubmissionSummary[]>();
  const [filter, setFilter] = useState<Filter>('all');
  const [failure, setFailure] = useState<string>();

  const refresh = useCallback(async () => {
    if (!token) return;
    try {
      const [m, list] = await Promise.all([api.getMonitoring(token, id), api.listSubmissions(token, id)]);
      setMonitoring(m);
      setSubmissions(list);
      setFailure(undefined);
    } catch (error) {
      setFailure(errorText(error, locale));
    }
  }, [api, id, token, locale]);
  useEffect(() => { void refresh(); }, [refresh]);

  const download = (format: 'csv' | 'xlsx') => () => {
    if (!token) return;
    void api.downloadExport(token, `${id}.${format}`).then((blob) => downloadFile(`${id}.${format}`, blob, blob.type), report);
  };

  if (session === undefined || questionnaire === undefined) return <main className="screen"><p>{t('loading')}</p></main>;
  if (session === null || session.role !== 'manager') return <main className="screen"><p className="form-error">{t('supervisionManagersOnly')}</p></main>;
  const shown = (submissions ?? []).filter((s) => filter === 'all' || s.reviewState === filter);
  const title = questionnaire ? titleOf(questionnaire, locale) : id;

  return (
    <main className="screen supervision-screen" data-testid="supervision">
      <div className="interview-bar">
        <button type="button" className="button secondary" onClick={() => navigate({ screen: 'home' })}>{t('backHome')}</button>
        <h1>{t('supervisionTitle')}: {title}</h1>
      </div>
      {failure ? <p className="form-error" role="alert">{failure}</p> : null}
      {instanceId && token ? (
        <ReviewPanel token={token} instanceId={instanceId} onDecided={() => { navigate({ screen: 'supervise', id }); void refresh(); }} />
      ) : null}
      <section aria-labelledby="progress-heading" className="analysis-step">
        <h2 id="progress-heading">{t('fieldProgress')}</h2>
        {monitoring ? <Progress report={monitoring} /> : <p>{t('loading')}</p>}
        <div className="actions start">
          <button type="button" className="button secondary" onClick={download('csv')}>{t('exportCsv')}</button>
          <button type="button" className="button secondary" onClick={download('xlsx')}>{t('exportXlsx')}</button>
          <button type="button" className="button secondary" onClick={() => void refresh()}>{t('refresh')}</button>
        </div>
      </section>
      {token ? <QualityPanel token={token} questionnaireId={id} /> : null}
      {questionnaire ? (
        <Assignments token={token} questionnaireId={id} definition={questionnaire.definition} submissions={submissions ?? []} onChange={() => void refresh()} />
      ) : null}
      <section aria-labelledby="list-heading" className="analysis-step">
        <h2 id="list-heading">{t('uploadedInterviews')}</h2>
        <div className="actions start" role="group" aria-label={t('filterByState')}>
          {FILTERS.map((f) => (
            <button key={f} type="button" className={`button ${filter === f ? 'primary' : 'secondary'}`} aria-pressed={filter === f} onClick={() => setFilter(f)}>
              {f === 'all' ? t('allStates') : t(reviewStateKey(f))} ({f === 'all' ? submissions?.length ?? 0 : submissions?.filter((s) => s.reviewState === f).length ?? 0})
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
                    <td>{s.disposition}</td>
                    <td>{new Date(s.updatedAt).toLocaleString(locale)}{s.revision > 1 ? ` · ${t('revisionShort', { revision: s.revision })}` : ''}</td>
                    <td><span className={`badge badge-review-${s.reviewState}`}>{t(reviewStateKey(s.reviewState))}</span></td>
                    <td><button type="button" className="button secondary" onClick={() => navigate({ screen: 'supervise', id, instanceId: s.instanceId })}>{t('openReview')}</button></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </main>
  );
}

function reviewStateKey(state: ReviewState): MessageKey {
  return state === 'received' ? 'reviewReceived' : state === 'approved' ? 'reviewApproved' : 'reviewRejected';
}

function Progress({ report }: { report: MonitoringReport }) {
  const { t, locale } = useI18n();
  // The reports' CLDR formatter: Chromium's Intl has no number data for mk and sq.
  const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : numberFormat(locale).percent(x, 1));
  return (
    <div className="progress-grid" data-testid="monitoring">
      <dl className="figures">
        <div><dt>{t('interviewsTotal')}</dt><dd data-testid="monitoring-total">{report.total}</dd></div>
        <div><dt>{t('assignmentsDone')}</dt><dd>{report.assignments.submitted} / {report.assignments.total}</dd></div>
        {(['received', 'approved', 'rejected'] as const).map((s) => <div key={s}><dt>{t(reviewStateKey(s))}</dt><dd>{report.byReviewState[s] ?? 0}</dd></div>)}
        {SHOWN_RATES.map((r) => <div key={r}><dt><abbr title={t('aaporRates')}>{r}</abbr></dt><dd data-testid={`rate-${r}`}>{pct(report.responseRates.rates[r])}</dd></div>)}
      </dl>
      {report.byInterviewer.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <thead><tr><th>{t('interviewerColumn')}</th><th>{t('interviewsTotal')}</th><th>{t('reviewReceived')}</th><th>{t('reviewApproved')}</th><th>{t('reviewRejected')}</th></tr></thead>
            <tbody>
              {report.byInterviewer.map((r) => <tr key={r.interviewer}><td>{r.interviewer}</td><td>{r.total}</td><td>{r.received}</td><td>{r.approved}</td><td>{r.rejected}</td></tr>)}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}

function ReviewPanel({ token, instanceId, onDecided }: { token: string; instanceId: string; onDecided: () => void }) {
  const { t, locale } = useI18n();
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

  const decide = async (decision: 'approve' | 'reject') => {
    if (decision === 'reject' && comment.trim() === '') { setFailure(t('rejectNeedsComment')); return; }
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
          <div className="form">
            <label>
              {t('reviewComment')}
              <textarea value={comment} rows={3} onChange={(e) => setComment(e.target.value)} data-testid="review-comment" />
            </label>
            <div className="actions start">
              <button type="button" className="button primary" disabled={busy || detail.reviewState === 'approved'} onClick={() => void decide('approve')}>{t('approve')}</button>
              <button type="button" className="button secondary" disabled={busy || detail.reviewState === 'rejected'} onClick={() => void decide('reject')}>{t('returnToInterviewer')}</button>
            </div>
          </div>
          <div className="interview-screen review-answers"><Survey model={model} /></div>
        </>
      )}
    </section>
  );
}

function Assignments({ token, questionnaireId, definition, submissions, onChange }: {
  token: string | undefined; questionnaireId: string; definition: Record<string, unknown>; submissions: SubmissionSummary[]; onChange: () => void;
}) {
  const { t, locale } = useI18n();
  const { api } = useDevice();
  const [assignments, setAssignments] = useState<Assignment[]>();
  const [file, setFile] = useState<AssignmentFile>();
  const [progress, setProgress] = useState<number>();
  const [outcomes, setOutcomes] = useState<AssignmentOutcome[]>();
  const [failure, setFailure] = useState<string>();

  const load = useCallback(async () => {
    if (!token) return;
    try {
      setAssignments((await api.listAssignments(token)).filter((a) => a.questionnaireId === questionnaireId));
    } catch (error) {
      setFailure(errorText(error, locale));
    }
  }, [api, token, questionnaireId, locale]);
  useEffect(() => { void load(); }, [load]);

  const choose = async (chosen: File | undefined) => {
    setOutcomes(undefined);
    setFile(chosen ? parseAssignmentFile(new Uint8Array(await chosen.arrayBuffer()), questionnaireId, definition) : undefined);
  };
  const create = async (requests: AssignmentRequest[]) => {
    if (!token) return;
    setProgress(0);
    try {
      setOutcomes(await createAssignments(api, token, requests, setProgress));
      setFile(undefined);
      await load();
      onChange();
    } catch (error) {
      setFailure(errorText(error, locale));
    } finally {
      setProgress(undefined);
    }
  };
  const interviewed = new Set(submissions.map((s) => s.caseId).filter((c): c is string => c !== null));
  const count = (result: AssignmentOutcome['result']) => outcomes?.filter((o) => o.result === result).length ?? 0;

  return (
    <section aria-labelledby="assignments-heading" className="analysis-step" data-testid="assignments">
      <h2 id="assignments-heading">{t('assignmentsHeading')}</h2>
      <p className="muted">{t('assignmentsHelp')}</p>
      {failure ? <p className="form-error" role="alert">{failure}</p> : null}
      <label>
        {t('uploadAssignments')}
        <input type="file" accept=".csv,text/csv" data-testid="assignments-file" onChange={(e) => void choose(e.target.files?.[0])} />
      </label>
      {file && file.problems.length > 0 ? (
        <div className="form-error" data-testid="assignment-problems">
          {t('fileProblems')}
          <ul>{file.problems.map((p, i) => <li key={i}>{p.line > 0 ? `${t('lineNumber', { line: p.line })}: ` : ''}{t(p.code, p.values)}</li>)}</ul>
        </div>
      ) : null}
      {file && file.requests.length > 0 ? (
        <div className="actions start">
          <button type="button" className="button primary" disabled={progress !== undefined} onClick={() => void create(file.requests)}>
            {t('createAssignments', { count: file.requests.length })}
          </button>
          {progress !== undefined ? <progress max={file.requests.length} value={progress} /> : null}
        </div>
      ) : null}
      {outcomes ? (
        <div data-testid="assignment-outcomes">
          <p>{t('assignmentsCreated', { created: count('created'), exists: count('exists'), refused: count('refused') })}</p>
          <ul>{outcomes.filter((o) => o.result === 'refused').map((o) => <li key={o.caseId}>{t('caseLabel', { caseId: o.caseId })}: {o.result === 'refused' ? o.reason : ''}</li>)}</ul>
        </div>
      ) : null}
      {assignments === undefined ? <p>{t('loading')}</p> : assignments.length === 0 ? <p>{t('noAssignments')}</p> : (
        <div className="table-scroll">
          <table className="data-table">
            <thead><tr><th>{t('caseColumn')}</th><th>{t('interviewerColumn')}</th><th>{t('prefillColumn')}</th><th>{t('interviewedColumn')}</th></tr></thead>
            <tbody>
              {assignments.map((a) => (
                <tr key={a.id} data-testid="assignment-row" data-case={a.caseId}>
                  <td>{a.caseId}</td><td>{a.interviewer}</td>
                  <td>{a.prefill ? Object.entries(a.prefill).map(([k, v]) => `${k}=${String(v)}`).join(', ') : '—'}</td>
                  <td>{interviewed.has(a.caseId) ? '✓' : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
