import type { CachedQuestionnaire, InterviewRecord, StoredSession } from '../../store';
import { CaseCard } from '../cases/CaseCard';
import { useStartInterview } from '../cases/start-interview';
import { StateBadge } from '../components/StateBadge';
import { languageTags, useI18n, type MessageKey } from '../i18n';
import { problemText } from '../i18n/problems';
import { useLive } from '../hooks/use-live';
import { navigate } from '../routes';
import { useDevice, useReportError } from '../services/device';
import { downloadInterview } from '../services/export-file';

export function titleOf(q: Pick<CachedQuestionnaire, 'title' | 'id'> | undefined, locale: string, fallback = ''): string {
  if (!q) return fallback;
  return q.title[locale === 'en' ? 'default' : locale] ?? q.title.default ?? q.title.en ?? q.id;
}

/** Who may open the indicator tables (DESIGN.md §4 roles): everyone but interviewers. */
export function canAnalyse(role: StoredSession['role']): boolean {
  return role === 'analyst' || role === 'manager' || role === 'admin';
}

export function HomeScreen({ session }: { session: StoredSession }) {
  const { t, locale } = useI18n();
  const report = useReportError();
  const questionnaires = useLive((s) => s.listQuestionnaires(), 'questionnaires');
  const interviews = useLive((s) => s.listInterviews(session.username), `interviews:${session.username}`);
  const cases = useLive((s) => s.listCases(session.username), `cases:${session.username}`);
  const { start, starting, refusal } = useStartInterview(session);
  const time = (iso: string) => new Date(iso).toLocaleString(languageTags[locale], { dateStyle: 'medium', timeStyle: 'short' });

  const act = (fn: () => Promise<unknown>) => () => void fn().catch(report);
  const byId = new Map((questionnaires ?? []).map((q) => [q.id, q]));

  return (
    <main className="screen">
      {canAnalyse(session.role) ? (
        <section aria-labelledby="analysis-heading">
          <h2 id="analysis-heading">{t('analysisTitle')}</h2>
          <div className="card">
            <p>{t('analysisTeaser')}</p>
            <button type="button" className="button primary" onClick={() => navigate({ screen: 'analysis' })} data-testid="open-analysis">{t('openAnalysis')}</button>
          </div>
        </section>
      ) : null}
      <section aria-labelledby="q-heading">
        <h2 id="q-heading">{t('questionnaires')}</h2>
        {questionnaires === undefined ? <p>{t('loading')}</p> : questionnaires.length === 0 ? <p>{t('noQuestionnaires')}</p> : (
          <ul className="cards">
            {questionnaires.map((q) => (
              <li key={q.id} className="card" data-testid={`questionnaire-${q.id}`}>
                <div>
                  <strong>{titleOf(q, locale)}</strong>
                  <div className="muted">{q.id} · {t('version', { version: q.version })}</div>
                </div>
                <div className="actions">
                  {session.role === 'manager' || session.role === 'admin' ? (
                    <button type="button" className="button" onClick={() => navigate({ screen: 'preview', id: q.id, version: q.version })}>{t('preview')}</button>
                  ) : null}
                  {session.role === 'manager' ? (
                    <button type="button" className="button" onClick={() => navigate({ screen: 'supervise', id: q.id })}>{t('superviseFieldwork')}</button>
                  ) : null}
                  <button type="button" className="button primary" disabled={starting} onClick={() => void start(q)}>{t('startInterview')}</button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      {session.role === 'interviewer' && cases && cases.length > 0 ? (
        <section aria-labelledby="a-heading">
          <h2 id="a-heading">{t('assignments')}</h2>
          {refusal ? <p className="form-error" role="alert" data-testid="case-refusal">{refusal}</p> : null}
          <ul className="cards" data-testid="cases">
            {cases.map((c) => {
              const q = byId.get(c.assignment.questionnaireId);
              return (
                <CaseCard key={c.assignment.id} item={c} questionnaire={q} title={titleOf(q, locale, c.assignment.questionnaireId)} time={time} starting={starting}
                  onStart={() => { if (q) void start(q, c.assignment); }} />
              );
            })}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="i-heading">
        <h2 id="i-heading">{t('myInterviews')}</h2>
        {interviews === undefined ? <p>{t('loading')}</p> : interviews.length === 0 ? <p>{t('noInterviews')}</p> : (
          <ul className="cards">
            {interviews.map((r) => (
              <InterviewRow key={r.instanceId} record={r} title={titleOf(byId.get(r.questionnaireId), locale, r.questionnaireId)} time={time} act={act} />
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}

/** Why the server refused an upload, in the interviewer's language (the problem's title is English). */
const refusalMessage: Partial<Record<string, MessageKey>> = {
  'invalid-text': 'refusedInvalidText',
  'nesting-too-deep': 'refusedTooDeep',
  'validation-failed': 'refusedInvalid',
  'payload-too-large': 'refusedTooLarge',
  'answers-mismatch': 'refusedInvalid',
};

/** The variables an answers-mismatch refusal names (names only: the server never echoes a value). */
function refusedAnswers(problem: Readonly<Record<string, unknown>>): string[] {
  if (!Array.isArray(problem.answers)) return [];
  return problem.answers.flatMap((a: unknown) => (typeof a === 'object' && a !== null && typeof (a as { variable?: unknown }).variable === 'string' ? [(a as { variable: string }).variable] : []));
}

interface RowProps {
  record: InterviewRecord;
  title: string;
  time: (iso: string) => string;
  act: (fn: () => Promise<unknown>) => () => void;
}

function InterviewRow({ record: r, title, time, act }: RowProps) {
  const { t, locale } = useI18n();
  const { store, scheduler } = useDevice();
  return (
    <li className="card interview" data-testid="interview" data-instance={r.instanceId} data-state={r.state}>
      <div>
        <strong>{title}</strong> <StateBadge state={r.state} />
        <div className="muted">{r.caseId ? `${t('caseLabel', { caseId: r.caseId })} · ` : ''}{t('started', { time: time(r.paradata.startedAt) })} · <code>{r.instanceId.slice(-12)}</code>{r.disposition ? ` · ${r.disposition}` : ''}</div>
        {r.sync.problem && (r.state === 'conflict' || r.state === 'error') ? (
          <div className="form-error" data-testid="problem">
            {refusalMessage[r.sync.problem.code] ? <>{t(refusalMessage[r.sync.problem.code] as MessageKey)}{' '}</> : null}
            {problemText(r.sync.problem, locale)} <code>{r.sync.problem.code}</code>
            {refusedAnswers(r.sync.problem).length > 0
              ? <div data-testid="problem-answers">{t('answersConcerned')}: {refusedAnswers(r.sync.problem).map((a) => <code key={a}>{a} </code>)}</div> : null}
          </div>
        ) : null}
        {r.state === 'queued' && r.sync.lastError ? <div className="muted">{r.sync.lastError}</div> : null}
        {r.review?.state === 'rejected' && (r.state === 'rejected' || r.state === 'draft' || r.state === 'finalized') ? (
          <div className="review-note" data-testid="review-comment">{t('returnedBy', { reviewer: r.review.reviewer ?? '—', comment: r.review.comment })}</div>
        ) : null}
      </div>
      <div className="actions">
        {r.state === 'draft' ? <button type="button" className="button primary" onClick={() => navigate({ screen: 'interview', id: r.instanceId })}>{t('resume')}</button> : null}
        {r.state === 'draft' || r.state === 'finalized'
          ? <button type="button" className="button" onClick={() => navigate({ screen: 'finalize', id: r.instanceId })}>{t('chooseDisposition')}</button> : null}
        {r.state === 'rejected' ? (
          <button type="button" className="button primary" onClick={act(async () => {
            await store.reopenRejected(r.instanceId);
            navigate({ screen: 'interview', id: r.instanceId });
          })}>{t('correctInterview')}</button>
        ) : null}
        {r.state === 'error'
          ? <button type="button" className="button" onClick={act(async () => { await store.requeue(r.instanceId); await scheduler.trigger(true); })}>{t('retryUpload')}</button> : null}
        <button type="button" className="button secondary" onClick={() => downloadInterview(r)}>{t('exportJson')}</button>
        {r.state === 'uploaded' || r.state === 'accepted' ? (
          <button type="button" className="button secondary" onClick={act(async () => {
            if (window.confirm(t('confirmRemove'))) await store.removeAcknowledged(r.instanceId);
          })}>{t('remove')}</button>
        ) : null}
      </div>
    </li>
  );
}
