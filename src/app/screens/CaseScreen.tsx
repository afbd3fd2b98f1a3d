import { useState } from 'react';
import { v7 as uuidv7 } from 'uuid';
import { CaseUnavailableError, type StoredSession } from '../../store';
import { caseStatusKey, caseWhere } from '../cases/CaseCard';
import { attemptOutcomes, outcomeLabel } from '../cases/outcomes';
import { useStartInterview } from '../cases/start-interview';
import { useI18n } from '../i18n';
import { problemText } from '../i18n/problems';
import { useLive } from '../hooks/use-live';
import { navigate } from '../routes';
import { useDevice, useReportError } from '../services/device';
import { titleOf } from './HomeScreen';
import { formatDateTime } from '../../../analysis/text/date-format';

/** `<input type="datetime-local">` speaks local wall-clock time without a zone. */
function localInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * One case: where it is, its status, every contact attempt so far, and the form to record the next
 * one — with an appointment for a return visit, or as the final result that closes the case
 * without an interview. Everything is saved on the tablet first and uploaded with the next sync.
 */
export function CaseScreen({ id, session }: { id: string; session: StoredSession }) {
  const { t, locale } = useI18n();
  const { store, scheduler } = useDevice();
  const report = useReportError();
  const item = useLive((s) => s.getCase(id).then((c) => c ?? null), `case:${id}`);
  const questionnaires = useLive((s) => s.listQuestionnaires(), 'questionnaires');
  const { start, starting, refusal } = useStartInterview(session);
  const [when, setWhen] = useState(() => localInputValue(new Date()));
  const [outcome, setOutcome] = useState(attemptOutcomes[0].code);
  const [note, setNote] = useState('');
  const [appointment, setAppointment] = useState('');
  const [final, setFinal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string>();
  const time = (iso: string) => formatDateTime(iso, locale);

  if (item === undefined) return <main className="screen"><p>{t('loading')}</p></main>;
  if (item === null) return <main className="screen"><p>{t('notFoundCase')}</p><button type="button" className="button secondary" onClick={() => navigate({ screen: 'home' })}>{t('backHome')}</button></main>;
  const q = questionnaires?.find((x) => x.id === item.assignment.questionnaireId);
  const where = caseWhere(item);

  const save = async () => {
    setBusy(true);
    setMessage(undefined);
    try {
      await store.recordAttempt({
        id: uuidv7(), assignmentId: id, owner: session.username, at: new Date(when).toISOString(), outcome, final, note: note.trim(),
        ...(!final && appointment ? { appointment: new Date(appointment).toISOString() } : {}),
      });
      setNote('');
      setAppointment('');
      setFinal(false);
      setMessage(t('attemptSaved'));
      void scheduler.trigger();
    } catch (e) {
      if (e instanceof CaseUnavailableError) setMessage(t('caseClosed', { label: outcomeLabel(item.disposition ?? '', t) }));
      else report(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="screen narrow" data-testid="case-screen" data-status={item.status}>
      <h1>{t('caseTitle', { caseId: item.assignment.caseId })}</h1>
      {where ? <p data-testid="case-where">{where}</p> : null}
      <p>
        <span className={`badge badge-case-${item.status}`} data-testid="case-status">{t(caseStatusKey[item.status])}</span>{' '}
        <span className="muted">{titleOf(q, locale, item.assignment.questionnaireId)} · {t('caseInterviewsCount', { count: item.interviewCount, quantity: item.assignment.quantity ?? 1 })}</span>
      </p>
      {item.nextAppointment ? <p data-testid="case-next-visit">{t('caseNextVisit', { time: time(item.nextAppointment) })}</p> : null}
      {item.status === 'closed' && item.disposition ? <p className="banner" role="status" data-testid="case-closed">{t('caseClosed', { label: outcomeLabel(item.disposition, t) })}</p> : null}
      {refusal ? <p className="form-error" role="alert" data-testid="case-refusal">{refusal}</p> : null}
      {item.status !== 'closed' ? (
        <div className="actions start">
          <button type="button" className="button primary" disabled={starting || !q || !item.mayStart} onClick={() => { if (q) void start(q, item.assignment); }} data-testid="start-case">
            {!q ? t('questionnaireMissing') : item.mayStart ? t('startInterview') : t('caseHasInterview')}
          </button>
        </div>
      ) : null}

      <h2>{t('attemptHistory')}</h2>
      {item.attempts.length === 0 ? <p className="muted">{t('noAttempts')}</p> : (
        <ol className="cards" data-testid="attempts">
          {item.attempts.map((a) => (
            <li key={a.id} className="card interview" data-testid="attempt" data-outcome={a.outcome} data-state={a.state}>
              <div>
                <strong>{time(a.at)}</strong> · {outcomeLabel(a.outcome, t)}{a.final ? ` · ${t('closeCase')}` : ''}
                {a.note ? <div>{a.note}</div> : null}
                {a.appointment ? <div className="muted">{t('appointmentAt', { time: time(a.appointment) })}</div> : null}
                {a.state === 'error' && a.sync.problem ? <div className="form-error">{t('attemptNotUploaded', { title: problemText(a.sync.problem, locale) })}</div> : null}
              </div>
              <span className={`badge badge-${a.state}`}>{t(`state_${a.state}`)}</span>
            </li>
          ))}
        </ol>
      )}

      {item.status !== 'closed' ? (
        <form className="form" onSubmit={(e) => { e.preventDefault(); void save(); }} data-testid="attempt-form">
          <h2>{t('attemptFormTitle')}</h2>
          <label>
            {t('attemptTime')}
            <input type="datetime-local" required value={when} onChange={(e) => setWhen(e.target.value)} name="at" />
          </label>
          <label>
            {t('attemptOutcome')}
            <select value={outcome} onChange={(e) => setOutcome(e.target.value)} name="outcome" className="select">
              {attemptOutcomes.map((o) => <option key={o.code} value={o.code}>{t(o.label)}</option>)}
            </select>
          </label>
          <label>
            {t('attemptNote')}
            <textarea rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} name="note" />
          </label>
          <label className="choice">
            <input type="checkbox" checked={final} onChange={(e) => setFinal(e.target.checked)} name="final" />
            <span>{t('attemptFinal')}</span>
          </label>
          {final ? <p className="muted">{t('attemptFinalHelp')}</p> : (
            <label>
              {t('attemptAppointment')}
              <input type="datetime-local" value={appointment} onChange={(e) => setAppointment(e.target.value)} name="appointment" />
            </label>
          )}
          {message ? <p role="status" data-testid="attempt-message">{message}</p> : null}
          <div className="actions">
            <button type="button" className="button secondary" onClick={() => navigate({ screen: 'home' })}>{t('backHome')}</button>
            <button type="submit" className="button primary" disabled={busy} data-testid="save-attempt">{final ? t('closeCase') : t('saveAttempt')}</button>
          </div>
        </form>
      ) : (
        <div className="actions"><button type="button" className="button secondary" onClick={() => navigate({ screen: 'home' })}>{t('backHome')}</button></div>
      )}
    </main>
  );
}
