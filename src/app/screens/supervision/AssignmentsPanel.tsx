// The assignments of one questionnaire: a CSV of cases uploaded and created one by one, and the
// list with which cases have been interviewed.
import { useCallback, useEffect, useState } from 'react';
import type { Assignment, AssignmentRequest, SubmissionSummary } from '../../../protocol';
import { useI18n } from '../../i18n';
import { errorText } from '../../i18n/problems';
import { useDevice } from '../../services/device';
import { createAssignments, parseAssignmentFile, type AssignmentFile, type AssignmentOutcome } from '../../supervision';

export function AssignmentsPanel({ token, questionnaireId, definition, submissions, onChange }: {
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
