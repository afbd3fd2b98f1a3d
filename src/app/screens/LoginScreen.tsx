import { useState, type FormEvent } from 'react';
import { ApiError, NetworkError } from '../../sync';
import { useI18n } from '../i18n';
import { navigate } from '../routes';
import { useDevice, useReportError } from '../services/device';

export function LoginScreen({ expiredUser }: { expiredUser?: string }) {
  const { t } = useI18n();
  const { api, store, refreshQuestionnaires, scheduler } = useDevice();
  const report = useReportError();
  const [username, setUsername] = useState(expiredUser ?? '');
  const [password, setPassword] = useState('');
  // Shown once the server says the account has two-factor log-in (admins and managers who enrolled).
  const [needsCode, setNeedsCode] = useState(false);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const session = await api.login(username.trim(), password, needsCode ? code.trim() : undefined);
      await store.saveSession(session);
      navigate({ screen: 'home' });
      void refreshQuestionnaires().catch(() => undefined);
      void scheduler.trigger();
    } catch (e) {
      if (e instanceof NetworkError) setError(t('loginNeedsNetwork'));
      else if (e instanceof ApiError && e.problem.code === 'otp-required') {
        setNeedsCode(true);
        setError(t('otpRequired'));
      } else if (e instanceof ApiError && e.problem.code === 'rate-limited') {
        setError(t('loginThrottled', { seconds: Number(e.problem.retryAfter ?? 60) }));
      } else if (e instanceof ApiError) setError(t('problemPrefix', { title: e.problem.title }));
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
        {needsCode ? (
          <label>
            {t('otpCode')}
            <input name="otp" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9]{6}" maxLength={6} required value={code} onChange={(e) => setCode(e.target.value)} />
          </label>
        ) : null}
        {error ? <p className="form-error" role="alert">{error}</p> : null}
        <button type="submit" className="button primary" disabled={busy}>{busy ? t('loggingIn') : t('logIn')}</button>
      </form>
    </main>
  );
}
