// The assignments of a questionnaire as cases: upload the assignment file, and a table of the cases
// with status, contact attempts, interviews (flagged ones marked), final result and the number of
// interviews each may yield (editable); a case reassigned to another interviewer, or deleted while
// no one has worked on it. A national sample is thousands of cases: the table is filtered (case or
// address, interviewer, status) and shown a page at a time, as the review list is.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { caseStatuses, countsForCase, type AssignmentRequest, type CaseStatus, type CaseSummary } from '../../../protocol';
import { caseStatusKey } from '../../cases/CaseCard';
import { outcomeLabel } from '../../cases/outcomes';
import { useI18n } from '../../i18n';
import { errorText } from '../../i18n/problems';
import { assignmentRefusalText } from '../../supervision/assignment-refusals';
import { failureText } from '../../console/failure';
import { useConsoleText } from '../../console/texts';
import { useDevice } from '../../services/device';
import { createAssignments, parseAssignmentFile, type AssignmentFile, type AssignmentOutcome } from '../../supervision';
import { formatDateTime } from '../../../../analysis/text/date-format';

/** Cases shown a page at a time (the review list's page size). */
const PAGE = 50;

export interface CaseFilter {
  /** Part of the case id or the address, any case. */
  text: string;
  interviewer: string;
  status: CaseStatus | '';
}

/** The cases that pass `filter`, in the server's order. */
export function filterCases(cases: readonly CaseSummary[], filter: CaseFilter): CaseSummary[] {
  const text = filter.text.trim().toLocaleLowerCase();
  return cases.filter((a) => (filter.interviewer === '' || a.interviewer === filter.interviewer)
    && (filter.status === '' || a.status === filter.status)
    && (text === '' || a.caseId.toLocaleLowerCase().includes(text) || (a.address ?? '').toLocaleLowerCase().includes(text)));
}

export function AssignmentsPanel({ token, questionnaireId, definition, onChange }: {
  token: string | undefined; questionnaireId: string; definition: Record<string, unknown>; onChange: () => void;
}) {
  const { t, locale } = useI18n();
  const c = useConsoleText();
  const { api } = useDevice();
  const [assignments, setAssignments] = useState<CaseSummary[]>();
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const [file, setFile] = useState<AssignmentFile>();
  const [progress, setProgress] = useState<number>();
  const [outcomes, setOutcomes] = useState<AssignmentOutcome[]>();
  const [failure, setFailure] = useState<string>();
  const [filter, setFilter] = useState<CaseFilter>({ text: '', interviewer: '', status: '' });
  const [offset, setOffset] = useState(0);
  // A changed filter starts again at its first page.
  const refine = (change: Partial<CaseFilter>) => { setFilter((f) => ({ ...f, ...change })); setOffset(0); };

  const load = useCallback(async () => {
    if (!token) return;
    try {
      setAssignments(await api.listCases(token, questionnaireId));
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
      setFailure(failureText(error, locale));
    }
  };
  // Reassigning (interviews already uploaded stay with whoever made them) and deleting a case no
  // one worked on; a worked case is refused by the server (assignment-has-interviews).
  const [moving, setMoving] = useState<Record<string, string>>({});
  const [deleting, setDeleting] = useState<string>();
  const change = async (work: () => Promise<unknown>) => {
    if (!token) return;
    try {
      await work();
      setFailure(undefined);
      await load();
      onChange();
    } catch (error) {
      setFailure(failureText(error, locale));
    }
  };
  const reassign = (a: CaseSummary) => change(async () => {
    const interviewer = moving[a.assignmentId]?.trim();
    if (!token || !interviewer || interviewer === a.interviewer) return;
    await api.reassignOrChange(token, a.assignmentId, { interviewer });
    setMoving(({ [a.assignmentId]: _done, ...rest }) => rest);
  });
  const remove = (a: CaseSummary) => change(async () => {
    setDeleting(undefined);
    if (token) await api.deleteAssignment(token, a.assignmentId);
  });
  const interviewers = useMemo(() => [...new Set((assignments ?? []).map((a) => a.interviewer))].sort(), [assignments]);
  const filtered = useMemo(() => filterCases(assignments ?? [], filter), [assignments, filter]);
  // A deletion or a narrower filter can leave the page past the end: the last page instead.
  const from = filtered.length === 0 ? 0 : Math.min(offset, Math.floor((filtered.length - 1) / PAGE) * PAGE);
  const shown = filtered.slice(from, from + PAGE);
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
          <ul>{outcomes.filter((o) => o.result === 'refused').map((o) => <li key={o.caseId}>{t('caseLabel', { caseId: o.caseId })}: {o.result === 'refused' ? assignmentRefusalText(o.problem, locale) : ''}</li>)}</ul>
        </div>
      ) : null}
      {assignments !== undefined && assignments.length > 0 ? (
        <div className="filter-bar" role="group" aria-label={c('filters')} data-testid="case-filters">
          <label>{c('searchCases')}<input type="search" value={filter.text} onChange={(e) => refine({ text: e.target.value })} data-testid="case-search" /></label>
          <label>{t('interviewerColumn')}
            <select value={filter.interviewer} onChange={(e) => refine({ interviewer: e.target.value })} data-testid="case-filter-interviewer">
              <option value="">{c('anyState')}</option>
              {interviewers.map((name) => <option key={name} value={name}>{name}</option>)}
            </select>
          </label>
          <label>{t('caseStatusColumn')}
            <select value={filter.status} onChange={(e) => refine({ status: e.target.value as CaseFilter['status'] })} data-testid="case-filter-status">
              <option value="">{c('anyState')}</option>
              {caseStatuses.map((s) => <option key={s} value={s}>{t(caseStatusKey[s])}</option>)}
            </select>
          </label>
        </div>
      ) : null}
      {assignments === undefined ? <p>{t('loading')}</p> : assignments.length === 0 ? <p>{t('noAssignments')}</p> : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th>{t('caseColumn')}</th><th>{t('interviewerColumn')}</th><th>{t('prefillColumn')}</th><th>{t('caseStatusColumn')}</th>
                <th>{t('attemptsColumn')}</th><th>{t('interviewedColumn')}</th><th>{t('resultColumn')}</th><th>{t('quantityColumn')}</th><th>{c('reassignTo')}</th><th />
              </tr>
            </thead>
            <tbody>
              {shown.map((a) => {
                const flagged = a.interviews.filter((i) => !countsForCase(i)).length;
                const last = a.attempts.at(-1);
                return (
                  <tr key={a.assignmentId} data-testid="assignment-row" data-case={a.caseId} data-status={a.status}>
                    <td>{a.caseId}{a.address ? <div className="muted">{a.address}</div> : null}</td><td>{a.interviewer}</td>
                    <td>{a.prefill ? Object.entries(a.prefill).map(([k, v]) => `${k}=${String(v)}`).join(', ') : '—'}</td>
                    <td><span className={`badge badge-case-${a.status}`}>{t(caseStatusKey[a.status])}</span></td>
                    <td>{a.attempts.length}{last ? <div className="muted">{formatDateTime(last.at, locale)} · {last.outcome}</div> : null}</td>
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
                    <td>
                      <form className="field-row" onSubmit={(e) => { e.preventDefault(); void reassign(a); }}>
                        <input list="interviewer-names" aria-label={`${c('reassignTo')} ${a.caseId}`} data-testid="case-interviewer" style={{ width: '8rem' }}
                          value={moving[a.assignmentId] ?? a.interviewer} onChange={(e) => setMoving((m) => ({ ...m, [a.assignmentId]: e.target.value }))} />
                        {moving[a.assignmentId] !== undefined && moving[a.assignmentId] !== a.interviewer
                          ? <button type="submit" className="button secondary" data-testid="save-interviewer">{c('save')}</button> : null}
                      </form>
                    </td>
                    <td>
                      {deleting === a.assignmentId ? (
                        <span className="confirm-box" role="alertdialog">
                          {c('confirmDelete', { caseId: a.caseId })}
                          <button type="button" className="button danger" onClick={() => void remove(a)} data-testid="confirm-delete">{c('confirm')}</button>
                          <button type="button" className="button secondary" onClick={() => setDeleting(undefined)}>{c('cancel')}</button>
                        </span>
                      ) : <button type="button" className="button secondary" onClick={() => setDeleting(a.assignmentId)} data-testid="delete-assignment">{c('deleteAssignment')}</button>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <datalist id="interviewer-names">{interviewers.map((name) => <option key={name} value={name} />)}</datalist>
          <div className="actions start" data-testid="case-pager">
            <span className="muted">{c('pageOf', { from: filtered.length === 0 ? 0 : from + 1, to: from + shown.length, total: filtered.length })}</span>
            <button type="button" className="button secondary" disabled={from === 0} onClick={() => setOffset(Math.max(0, from - PAGE))}>{c('previousPage')}</button>
            <button type="button" className="button secondary" disabled={from + PAGE >= filtered.length} onClick={() => setOffset(from + PAGE)}>{c('nextPage')}</button>
          </div>
        </div>
      )}
    </section>
  );
}
