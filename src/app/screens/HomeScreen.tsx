import type { QuestionnaireListing, StoredSession } from '../../store';
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { CaseCard } from '../cases/CaseCard';
import { useStartInterview } from '../cases/start-interview';
import { InterviewCard } from '../home/InterviewCard';
import { useI18n } from '../i18n';
import { useLive } from '../hooks/use-live';
import { navigate } from '../routes';
import { useReportError } from '../services/device';
import { firstScreenShown } from '../services/first-screen';
import { formatDateTime } from '../../../analysis/text/date-format';

export function titleOf(q: Pick<QuestionnaireListing, 'title' | 'id'> | undefined, locale: string, fallback = ''): string {
  if (!q) return fallback;
  return q.title[locale === 'en' ? 'default' : locale] ?? q.title.default ?? q.title.en ?? q.id;
}

/** Interviews shown at first and added by each "Show more" (issue 17 item 9: 5,000 rows took 4 s). */
export const INTERVIEW_PAGE = 50;

/**
 * Cards rendered in the home screen's first paint; the rest of the page follows in the next task.
 * A tablet shows about six cards: rendering all fifty before the first paint cost a throttled
 * tablet some 300 ms of React work before the interviewer saw anything.
 */
export const FIRST_PAINT_CARDS = 12;

/** Who may open the indicator tables (DESIGN.md §4 roles): everyone but interviewers. */
export function canAnalyse(role: StoredSession['role']): boolean {
  return role === 'analyst' || role === 'manager' || role === 'admin';
}

export function HomeScreen({ session }: { session: StoredSession }) {
  const { t, locale } = useI18n();
  const report = useReportError();
  const questionnaires = useLive((s) => s.listQuestionnaires(), 'questionnaires');
  const [limit, setLimit] = useState(INTERVIEW_PAGE);
  const page = useLive((s) => s.listInterviewPage(session.username, limit), `interviews:${session.username}:${limit}`);
  const interviews = page?.rows;
  const [painted, setPainted] = useState(FIRST_PAINT_CARDS);
  useEffect(() => {
    if (interviews === undefined || painted >= interviews.length) return undefined;
    const timer = window.setTimeout(() => setPainted(interviews.length), 0);
    return () => window.clearTimeout(timer);
  }, [interviews, painted]);
  // The list is what the interviewer came for: once it is shown, the start-up sync may run.
  useEffect(() => { if (interviews !== undefined) firstScreenShown(); }, [interviews]);
  const cases = useLive((s) => s.listCases(session.username), `cases:${session.username}`);
  const { start, starting, refusal } = useStartInterview(session);
  const time = useCallback((iso: string) => formatDateTime(iso, locale), [locale]);

  const act = useCallback((fn: () => Promise<unknown>) => () => void fn().catch(report), [report]);
  const byId = useMemo(() => new Map((questionnaires ?? []).map((q) => [q.id, q])), [questionnaires]);
  const caseOf = useMemo(() => new Map((cases ?? []).map((c) => [`${c.assignment.questionnaireId}\u0000${c.assignment.caseId}`, c])), [cases]);

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
                  {/* Only interviewers interview; managers and admins preview and supervise. */}
                  {session.role === 'interviewer'
                    ? <button type="button" className="button primary" disabled={starting} onClick={() => void start(q)}>{t('startInterview')}</button> : null}
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
        {interviews === undefined ? <p>{t('loading')}</p> : interviews.length === 0 ? <p data-testid="no-interviews">{t('noInterviews')}</p> : (
          <ul className="cards" data-testid="interviews">
            {interviews.slice(0, painted).map((r) => (
              <Card key={r.instanceId} record={r} title={titleOf(byId.get(r.questionnaireId), locale, r.questionnaireId)} questionnaire={byId.get(r.questionnaireId)}
                caseItem={r.caseId === undefined ? undefined : caseOf.get(`${r.questionnaireId}\u0000${r.caseId}`)} time={time} act={act} />
            ))}
          </ul>
        )}
        {page && page.total > page.rows.length ? (
          <p className="actions" data-testid="interviews-more">
            <span className="muted">{t('interviewsShown', { shown: page.rows.length, total: page.total })}</span>{' '}
            <button type="button" className="button secondary" onClick={() => setLimit((n) => n + INTERVIEW_PAGE)}>
              {t('showMore', { count: Math.min(INTERVIEW_PAGE, page.total - page.rows.length) })}
            </button>
          </p>
        ) : null}
      </section>
    </main>
  );
}

// Memoised: the list re-renders when one interview changes, not every card with it.
const Card = memo(InterviewCard);
