// A survey manager's desk for one questionnaire: field-work progress with the AAPOR rates, the
// microdata exports, and the review of each uploaded interview (read-only answers, history,
// approve or return to the interviewer with a comment). Loaded lazily with SurveyJS.
import 'survey-core/survey-core.fontless.min.css';
import { useCallback, useEffect, useMemo, useState, type ChangeEvent } from 'react';
import { Survey } from 'survey-react-ui';
import type { AssignmentRequest, CaseSummary, MonitoringReport, WeightingResponse, ReviewState, SubmissionDetail, SubmissionRequest, SubmissionSummary } from '../../protocol';
import { numberFormat } from '../../../analysis/tables/number-format';
import { registerSurveyLocales } from '../../questionnaire/ui-locales/register';
import { useLive } from '../hooks/use-live';
import { useI18n, type MessageKey } from '../i18n';
import { navigate } from '../routes';
import { createSurveyModel } from '../runner/safe-model';
import { surveyLocaleOf } from '../runner/survey-locale';
import { ApiError } from '../../sync';
import { useDevice, useReportError } from '../services/device';
import { downloadFile } from '../services/export-file';
import { createAssignments, parseAssignmentFile, type AssignmentFile, type AssignmentOutcome } from '../supervision';
import { caseStatusKey } from '../cases/CaseCard';
import { outcomeLabel } from '../cases/outcomes';
import { QualityPanel } from '../supervision/QualityPanel';
import { titleOf } from './HomeScreen';

registerSurveyLocales();

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
      setFailure(error instanceof Error ? error.message : String(error));
    }
  }, [api, id, token]);
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
        <Assignments token={token} questionnaireId={id} definition={questionnaire.definition} onChange={() => void refresh()} />
      ) : null}
      {token ? <Weighting token={token} questionnaireId={id} /> : null}
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
                    <td>{s.disposition}{s.flag ? <> <span className="badge badge-error" data-testid="submission-flag" title={s.flag}>{t('flagQuantityExceeded')}</span></> : null}</td>
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
        {report.cases ? <div><dt>{t('casesClosedFigure')}</dt><dd data-testid="cases-closed">{report.cases.closed} / {report.cases.total}</dd></div> : null}
        {report.cases && report.cases.flaggedInterviews > 0 ? <div><dt>{t('flaggedInterviewsFigure')}</dt><dd data-testid="flagged-interviews">{report.cases.flaggedInterviews}</dd></div> : null}
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
        if (live) setFailure(error instanceof Error ? error.message : String(error));
      }
    })();
    return () => { live = false; };
  }, [api, store, token, instanceId, generation]);

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
      else setFailure(error instanceof Error ? error.message : String(error));
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

function Assignments({ token, questionnaireId, definition, onChange }: {
  token: string | undefined; questionnaireId: string; definition: Record<string, unknown>; onChange: () => void;
}) {
  const { t, locale } = useI18n();
  const { api } = useDevice();
  const [assignments, setAssignments] = useState<CaseSummary[]>();
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const [file, setFile] = useState<AssignmentFile>();
  const [progress, setProgress] = useState<number>();
  const [outcomes, setOutcomes] = useState<AssignmentOutcome[]>();
  const [failure, setFailure] = useState<string>();

  const load = useCallback(async () => {
    if (!token) return;
    try {
      setAssignments(await api.listCases(token, questionnaireId));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  }, [api, token, questionnaireId]);
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
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setProgress(undefined);
    }
  };
  // The manager allows a case more interviews (or fewer, down to those received).
  const saveQuantity = async (c: CaseSummary) => {
    const value = Number(quantities[c.assignmentId]);
    if (!token || !Number.isInteger(value) || value < 1) return;
    try {
      await api.changeAssignment(token, c.assignmentId, { quantity: value });
      setQuantities(({ [c.assignmentId]: _saved, ...rest }) => rest);
      setFailure(undefined);
      await load();
      onChange();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
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
          <ul>{file.problems.map((p, i) => <li key={i}>{p.line > 0 ? `${t('lineNumber', { line: p.line })}: ` : ''}{p.message}</li>)}</ul>
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
            <thead>
              <tr>
                <th>{t('caseColumn')}</th><th>{t('interviewerColumn')}</th><th>{t('prefillColumn')}</th><th>{t('caseStatusColumn')}</th>
                <th>{t('attemptsColumn')}</th><th>{t('interviewedColumn')}</th><th>{t('resultColumn')}</th><th>{t('quantityColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {assignments.map((a) => {
                const flagged = a.interviews.filter((i) => i.flag !== null).length;
                const last = a.attempts.at(-1);
                return (
                  <tr key={a.assignmentId} data-testid="assignment-row" data-case={a.caseId} data-status={a.status}>
                    <td>{a.caseId}{a.address ? <div className="muted">{a.address}</div> : null}</td><td>{a.interviewer}</td>
                    <td>{a.prefill ? Object.entries(a.prefill).map(([k, v]) => `${k}=${String(v)}`).join(', ') : '—'}</td>
                    <td><span className={`badge badge-case-${a.status}`}>{t(caseStatusKey[a.status])}</span></td>
                    <td>{a.attempts.length}{last ? <div className="muted">{new Date(last.at).toLocaleString(locale)} · {last.outcome}</div> : null}</td>
                    <td>
                      {a.interviews.length}
                      {flagged > 0 ? <> <span className="badge badge-error" data-testid="case-flag">{t('flagQuantityExceeded')}: {flagged}</span></> : null}
                    </td>
                    <td data-testid="case-disposition">{a.disposition ? outcomeLabel(a.disposition, t) : '—'}</td>
                    <td>
                      <form className="field-row" onSubmit={(e) => { e.preventDefault(); void saveQuantity(a); }}>
                        <input type="number" min={1} max={1000} step={1} aria-label={`${t('quantityColumn')} ${a.caseId}`} data-testid="case-quantity" style={{ width: '5rem' }}
                          value={quantities[a.assignmentId] ?? String(a.quantity)} onChange={(e) => setQuantities((q) => ({ ...q, [a.assignmentId]: e.target.value }))} />
                        {quantities[a.assignmentId] !== undefined && quantities[a.assignmentId] !== String(a.quantity)
                          ? <button type="submit" className="button secondary" data-testid="save-quantity">{t('saveQuantity')}</button> : null}
                      </form>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/**
 * Weights for the collected cases: the manager uploads the sample and the population margins (and
 * a plan); the server runs the chain of `jha-survey weight` on its own export. The weighted
 * microdata and design.json are the pair the analysis screen (and `analyze indicators`) reads.
 */
function Weighting({ token, questionnaireId }: { token: string; questionnaireId: string }) {
  const { t, locale } = useI18n();
  const { api } = useDevice();
  const report = useReportError();
  const [files, setFiles] = useState<{ sample?: File; population?: File; plan?: File }>({});
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<WeightingResponse>();
  const [failure, setFailure] = useState<string>();

  const compute = async () => {
    if (!files.sample || !files.population) return;
    setBusy(true);
    setFailure(undefined);
    setResult(undefined);
    try {
      let plan: Record<string, unknown> | undefined;
      if (files.plan) {
        try {
          plan = JSON.parse(await files.plan.text()) as Record<string, unknown>;
        } catch (error) {
          setFailure(t('planNotJson', { reason: error instanceof Error ? error.message : String(error) }));
          return;
        }
      }
      setResult(await api.weighCollected(token, questionnaireId, {
        sample: await files.sample.text(), population: await files.population.text(), ...(plan ? { plan } : {}), lang: locale,
      }));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  const save = (name: string, text: string, type: string) => () => {
    try { downloadFile(name, text, type); } catch (error) { report(error); }
  };
  const pick = (key: 'sample' | 'population' | 'plan') => (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    setFiles((f) => ({ ...f, [key]: file }));
  };

  return (
    <section aria-labelledby="weighting-heading" className="analysis-step" data-testid="weighting">
      <h2 id="weighting-heading">{t('weightingHeading')}</h2>
      <p className="muted">{t('weightingHelp')}</p>
      <div className="form">
        <label>{t('sampleFileLabel')}<input type="file" accept=".csv,text/csv" data-testid="weighting-sample" onChange={pick('sample')} /></label>
        <label>{t('marginsFileLabel')}<input type="file" accept=".csv,text/csv" data-testid="weighting-population" onChange={pick('population')} /></label>
        <label>{t('planFileLabel')}<input type="file" accept=".json,application/json" data-testid="weighting-plan" onChange={pick('plan')} /></label>
      </div>
      <div className="actions start">
        <button type="button" className="button primary" disabled={busy || !files.sample || !files.population} onClick={() => void compute()} data-testid="compute-weights">{t('computeWeights')}</button>
      </div>
      {failure ? <p className="form-error" role="alert" data-testid="weighting-failure">{failure}</p> : null}
      {result ? (
        <div data-testid="weighting-result">
          <p>{t('weightingDone', { units: result.respondingUnits, cases: result.sampledCases, deff: numberFormat(locale).fixed(result.kishDeff, 3) })}</p>
          <div className="actions start">
            <button type="button" className="button secondary" onClick={save(`${questionnaireId}-weighting.html`, result.reportHtml, 'text/html')}>{t('downloadReport')}</button>
            <button type="button" className="button secondary" onClick={save(`${questionnaireId}-weighted.csv`, result.microdataCsv, 'text/csv')}>{t('downloadWeighted')}</button>
            <button type="button" className="button secondary" onClick={save('design.json', `${JSON.stringify(result.design, null, 2)}\n`, 'application/json')}>{t('downloadDesign')}</button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
