// Accounts from the browser (issue 14 item 1), for admins: list, create under the password
// policy, disable or enable (sessions end at once), reset a password, change a role, see and end
// an account's sessions (a lost tablet: SessionsPanel), reset the two-factor log-in of someone who
// lost the phone (after a confirmation, as disabling: it ends their sessions). The server
// audits each change and answers with the problem code shown here in the admin's language.
import { useCallback, useEffect, useState } from 'react';
import { roles, type AccountView, type Role } from '../../protocol';
import { useI18n } from '../i18n';
import { useDevice } from '../services/device';
import { failureText } from './failure';
import { SessionsPanel } from './SessionsPanel';
import { useConsoleText, type ConsoleKey } from './texts';
import { formatDateTime } from '../../../analysis/text/date-format';

export const ROLE_KEYS: Record<Role, ConsoleKey> = { admin: 'roleAdmin', manager: 'roleManager', interviewer: 'roleInterviewer', analyst: 'roleAnalyst' };

export function UsersSection({ token, self }: { token: string; self: string }) {
  const c = useConsoleText();
  const { locale } = useI18n();
  const { api } = useDevice();
  const [accounts, setAccounts] = useState<AccountView[]>();
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const [draft, setDraft] = useState({ username: '', role: 'interviewer' as Role, password: '' });
  const [confirming, setConfirming] = useState<string>();
  const [resettingTwoFactor, setResettingTwoFactor] = useState<string>();
  const [resetting, setResetting] = useState<{ username: string; password: string }>();
  const [sessionsOf, setSessionsOf] = useState<string>();

  const refresh = useCallback(async () => {
    try {
      setAccounts(await api.listUsers(token));
    } catch (error) {
      setMessage({ text: failureText(error, locale), error: true });
    }
  }, [api, token, locale]);
  useEffect(() => { void refresh(); }, [refresh]);

  const run = async (work: () => Promise<string | undefined>) => {
    try {
      const text = await work();
      setMessage(text === undefined ? undefined : { text, error: false });
      await refresh();
    } catch (error) {
      setMessage({ text: failureText(error, locale), error: true });
    }
  };

  const create = () => run(async () => {
    await api.createUser(token, draft);
    setDraft({ username: '', role: draft.role, password: '' });
    return c('accountCreated', { user: draft.username });
  });
  const fmt = (iso: string | null) => (iso === null ? c('never') : formatDateTime(iso, locale));

  return (
    <main className="screen" data-testid="users">
      <h1>{c('usersTitle')}</h1>
      {message ? <p className={message.error ? 'form-error' : 'muted'} role={message.error ? 'alert' : 'status'} data-testid="users-message">{message.text}</p> : null}
      <section className="analysis-step" aria-labelledby="new-account">
        <h2 id="new-account">{c('newAccount')}</h2>
        <form className="filter-bar" onSubmit={(e) => { e.preventDefault(); void create(); }}>
          <label>{c('username')}<input value={draft.username} onChange={(e) => setDraft({ ...draft, username: e.target.value })} autoComplete="off" required data-testid="new-username" /></label>
          <label>{c('role')}
            <select value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value as Role })} data-testid="new-role">
              {roles.map((r) => <option key={r} value={r}>{c(ROLE_KEYS[r])}</option>)}
            </select>
          </label>
          <label>{c('password')}<input type="password" value={draft.password} onChange={(e) => setDraft({ ...draft, password: e.target.value })} autoComplete="new-password" required data-testid="new-password" /></label>
          <button type="submit" className="button primary">{c('createAccount')}</button>
        </form>
        <p className="muted">{c('passwordHint')}</p>
      </section>
      {accounts === undefined ? <p>{c('loading')}</p> : (
        <div className="table-scroll">
          <table className="data-table">
            <thead><tr><th>{c('username')}</th><th>{c('role')}</th><th>{c('status')}</th><th>{c('lastLogin')}</th><th>{c('twoFactor')}</th><th /></tr></thead>
            <tbody>
              {accounts.map((a) => (
                <tr key={a.username} data-testid={`account-${a.username}`} data-disabled={a.disabledAt !== null}>
                  <td>{a.username}</td>
                  <td>
                    <select
                      aria-label={`${c('changeRole')}: ${a.username}`} value={a.role} disabled={a.username === self}
                      onChange={(e) => void run(async () => { await api.changeUser(token, a.username, { role: e.target.value as Role }); return c('saved'); })}
                    >
                      {roles.map((r) => <option key={r} value={r}>{c(ROLE_KEYS[r])}</option>)}
                    </select>
                  </td>
                  <td>{a.disabledAt === null ? c('active') : <span className="badge badge-error">{c('disabled')}</span>}</td>
                  <td>{fmt(a.lastLoginAt)}</td>
                  <td>{a.twoFactor ? '✓' : '—'}</td>
                  <td className="actions start">
                    {a.username === self ? null : a.disabledAt === null ? (
                      confirming === a.username ? (
                        <span className="confirm-box" role="alertdialog">
                          {c('confirmDisable', { user: a.username })}
                          <button type="button" className="button danger" onClick={() => { setConfirming(undefined); void run(async () => { await api.changeUser(token, a.username, { disabled: true }); return c('saved'); }); }}>{c('confirm')}</button>
                          <button type="button" className="button secondary" onClick={() => setConfirming(undefined)}>{c('cancel')}</button>
                        </span>
                      ) : <button type="button" className="button secondary" onClick={() => setConfirming(a.username)}>{c('disable')}</button>
                    ) : (
                      <button type="button" className="button secondary" onClick={() => void run(async () => { await api.changeUser(token, a.username, { disabled: false }); return c('saved'); })}>{c('enable')}</button>
                    )}
                    {resetting?.username === a.username ? (
                      <form className="confirm-box" onSubmit={(e) => {
                        e.preventDefault();
                        const { password } = resetting;
                        void run(async () => { await api.changeUser(token, a.username, { password }); setResetting(undefined); return c('passwordSet', { user: a.username }); });
                      }}>
                        <label>{c('password')} <input type="password" value={resetting.password} autoComplete="new-password" onChange={(e) => setResetting({ username: a.username, password: e.target.value })} data-testid="reset-password" /></label>
                        <button type="submit" className="button primary">{c('save')}</button>
                        <button type="button" className="button secondary" onClick={() => setResetting(undefined)}>{c('cancel')}</button>
                      </form>
                    ) : <button type="button" className="button secondary" onClick={() => setResetting({ username: a.username, password: '' })}>{c('resetPassword')}</button>}
                    {a.twoFactor && a.username !== self ? (
                      resettingTwoFactor === a.username ? (
                        <span className="confirm-box" role="alertdialog">
                          {c('confirmResetTwoFactor', { user: a.username })}
                          <button
                            type="button" className="button danger" data-testid="confirm-reset-two-factor"
                            onClick={() => { setResettingTwoFactor(undefined); void run(async () => { await api.changeUser(token, a.username, { resetTwoFactor: true }); return c('twoFactorReset', { user: a.username }); }); }}
                          >{c('confirm')}</button>
                          <button type="button" className="button secondary" onClick={() => setResettingTwoFactor(undefined)}>{c('cancel')}</button>
                        </span>
                      ) : <button type="button" className="button secondary" data-testid="reset-two-factor" onClick={() => setResettingTwoFactor(a.username)}>{c('resetTwoFactor')}</button>
                    ) : null}
                    <button
                      type="button" className="button secondary" aria-pressed={sessionsOf === a.username} data-testid="show-sessions"
                      onClick={() => setSessionsOf(sessionsOf === a.username ? undefined : a.username)}
                    >{c('sessions')}</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {sessionsOf === undefined ? null : <SessionsPanel key={sessionsOf} token={token} username={sessionsOf} />}
    </main>
  );
}
