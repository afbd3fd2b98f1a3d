import { useState, type FormEvent } from 'react';
import { ApiError, NetworkError } from '../../sync';
import { useI18n } from '../i18n';
import { problemText } from '../i18n/problems';
import { navigate } from '../routes';
import { useDevice, useReportError } from '../services/device';

export function LoginScreen({ expiredUser }: { expiredUser?: string }) {
  const { t, locale } = useI18n();
  const { api, store, refreshQuestionnaires, scheduler } = useDevice();
  const report = useReportError();
  const [username, setUsername] = useState(expiredUser ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const session = await api.login(username.trim(), password);
      await store.saveSession(session);
      navigate({ screen: 'home' });
      void refreshQuestionnaires().catch(() => undefined);
      void scheduler.trigger();
    } catch (e) {
      if (e instanceof NetworkError) setError(t('loginNeedsNetwork'));
      else if (e instanceof ApiError) setError(problemText(e.problem, locale));
      else report(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="screen narrow">
      <h1>{t('loginTitle')}</h1>
      {expiredUser ? <p className="banner banner-warn" role="status">{t('loginAgain')}</p> : null}
      <form onSubmit={(e) => void submit(e)} className="form">
        <label>
          {t('username')}
          <input name="username" autoComplete="username" autoCapitalize="none" required value={username} onChange={(e) => setUsername(e.target.value)} />
        </label>
        <label>
          {t('password')}
          <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        {error ? <p className="form-error" role="alert">{error}</p> : null}
        <button type="submit" className="button primary" disabled={busy}>{busy ? t('loggingIn') : t('logIn')}</button>
      </form>
    </main>
  );
}
