// An account's live sessions in the admin's console (issue 13 item 5): where and with what each was
// opened and when last used, so a lost or stolen tablet can be found and its session ended from the
// browser, not only through the API. The server audits each end (session-revoked).
import { useCallback, useEffect, useState } from 'react';
import type { ParsedResponse } from '../../protocol';
import { useI18n } from '../i18n';
import { useDevice } from '../services/device';
import { failureText } from './failure';
import { useConsoleText } from './texts';

type SessionRow = ParsedResponse<'GET /sessions'>[number];

export function SessionsPanel({ token, username }: { token: string; username: string }) {
  const c = useConsoleText();
  const { locale } = useI18n();
  const { api } = useDevice();
  const [sessions, setSessions] = useState<SessionRow[]>();
  const [message, setMessage] = useState<{ text: string; error: boolean }>();

  const refresh = useCallback(async () => {
    try {
      setSessions(await api.listSessions(token, username));
    } catch (error) {
      setMessage({ text: failureText(error, locale), error: true });
    }
  }, [api, token, username, locale]);
  useEffect(() => { void refresh(); }, [refresh]);

  const end = async (id: string) => {
    try {
      await api.revokeSession(token, id);
      setMessage({ text: c('sessionEnded'), error: false });
      await refresh();
    } catch (error) {
      setMessage({ text: failureText(error, locale), error: true });
    }
  };
  const fmt = (iso: string | null) => (iso === null ? c('never') : new Date(iso).toLocaleString(locale));

  return (
    <section className="analysis-step" data-testid={`sessions-${username}`} aria-label={c('sessionsOf', { user: username })}>
      <h2>{c('sessionsOf', { user: username })}</h2>
      {message ? <p className={message.error ? 'form-error' : 'muted'} role={message.error ? 'alert' : 'status'} data-testid="sessions-message">{message.text}</p> : null}
      {sessions === undefined ? <p>{c('loading')}</p> : sessions.length === 0 ? <p className="muted" data-testid="no-sessions">{c('noSessions')}</p> : (
        <div className="table-scroll">
          <table className="data-table">
            <thead><tr><th>{c('sessionOpened')}</th><th>{c('sessionLastUsed')}</th><th>{c('sessionAddress')}</th><th>{c('sessionBrowser')}</th><th /></tr></thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.id} data-testid="session-row" data-current={s.current}>
                  <td>{fmt(s.createdAt)}</td>
                  <td>{fmt(s.lastUsedAt)}</td>
                  <td>{s.address ?? '—'}</td>
                  <td>{s.userAgent ?? '—'}{s.current ? ` (${c('thisSession')})` : ''}</td>
                  <td className="actions start">
                    {s.current ? null : <button type="button" className="button secondary" data-testid="end-session" onClick={() => void end(s.id)}>{c('endSession')}</button>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
