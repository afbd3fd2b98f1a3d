import { useState, type FormEvent } from 'react';
import { RECOVERY_CODE_INPUT } from '../../protocol/recovery-code';
import { ApiError, NetworkError } from '../../sync/errors';
import { useI18n } from '../i18n';
import { problemText } from '../i18n/problems';
import { navigate } from '../routes';
import { useDevice, useReportError } from '../services/device';
import { deviceTokenFor, rememberDeviceToken } from '../services/login-device';
import { makeVerifier, offlineLogin, VALID_DAYS } from '../services/offline-login';

export function LoginScreen({ expiredUser }: { expiredUser?: string }) {
  const { t, locale } = useI18n();
  const { api, store } = useDevice();
  const report = useReportError();
  const [username, setUsername] = useState(expiredUser ?? '');
  const [password, setPassword] = useState('');
  // Shown once the server says the account has two-factor log-in (admins and managers who enrolled).
  const [needsCode, setNeedsCode] = useState(false);
  const [code, setCode] = useState('');
  // The user chose to type one of the recovery codes instead (no phone at hand).
  const [recovery, setRecovery] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  // No server: the last user of this tablet may work on, without uploads (services/offline-login.ts).
  const loginOffline = async () => {
    const verifier = await store.getOfflineVerifier();
    const result = await offlineLogin(verifier, username.trim(), password);
    if (result.kind === 'ok') {
      await store.saveOfflineVerifier(result.verifier);
      await store.saveSession(result.session);
      navigate({ screen: 'home' });
    } else if (result.kind === 'wrong-password') {
      await store.saveOfflineVerifier(result.verifier);
      setError(result.left > 0 ? t('offlineWrongPassword', { left: result.left }) : t('offlineLoginTooMany'));
    } else if (result.reason === 'other-user' && verifier) setError(t('offlineLoginOtherUser', { user: verifier.username }));
    else if (result.reason === 'too-old') setError(t('offlineLoginTooOld', { days: VALID_DAYS }));
    else if (result.reason === 'too-many-failures') setError(t('offlineLoginTooMany'));
    else setError(t('loginNeedsNetwork'));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const { deviceToken, ...session } = await api.login(username.trim(), password, needsCode ? code.trim() : undefined, deviceTokenFor(username));
      rememberDeviceToken(session.username, deviceToken);
      await store.saveSession(session);
      navigate({ screen: 'home' });
      // The verifier for an offline log-in of this user later (the last user of the tablet), made
      // after the navigation: PBKDF2 takes a moment, and a navigation after it would undo a screen
      // the user opened meanwhile.
      void makeVerifier(session.username, session.role, password).then((v) => store.saveOfflineVerifier(v)).catch(report);
      // No sync is triggered here: the shell starts one round when the new session's token
      // appears (App.tsx); a second trigger made every download run twice (issue 17 item 9).
    } catch (e) {
      if (e instanceof NetworkError) await loginOffline();
      else if (e instanceof ApiError && e.problem.code === 'otp-required') {
        setNeedsCode(true);
        setError(t('otpRequired'));
      } else if (e instanceof ApiError && e.problem.code === 'rate-limited') {
        setError(t('loginThrottled', { seconds: Number(e.problem.retryAfter ?? 60) }));
      } else if (e instanceof ApiError) setError(problemText(e.problem, locale));
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
        {needsCode && !recovery ? (
          <>
            <label>
              {t('otpCode')}
              <input name="otp" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9]{6}" maxLength={6} required value={code} onChange={(e) => setCode(e.target.value)} />
            </label>
            {/* A recovery code goes in the same `otp` field; its own input takes letters (no numeric keypad). */}
            <button type="button" className="button secondary" data-testid="use-recovery-code" onClick={() => { setRecovery(true); setCode(''); }}>{t('otpUseRecoveryCode')}</button>
          </>
        ) : null}
        {needsCode && recovery ? (
          <label>
            {t('recoveryCode')}
            <input
              name="otp" autoComplete="off" autoCapitalize="characters" spellCheck={false} pattern={RECOVERY_CODE_INPUT} maxLength={9}
              required value={code} onChange={(e) => setCode(e.target.value)} data-testid="recovery-code"
            />
          </label>
        ) : null}
        {error ? <p className="form-error" role="alert">{error}</p> : null}
        <button type="submit" className="button primary" disabled={busy}>{busy ? t('loggingIn') : t('logIn')}</button>
      </form>
    </main>
  );
}
