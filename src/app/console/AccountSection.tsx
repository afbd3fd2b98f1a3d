// One's own account in the console (issue 13 item 5), for managers and admins: the devices signed
// in (end any but this one) and two-factor log-in set up from the browser — a new secret for the
// authenticator app, confirmed with a first code; from then on each log-in asks for a code. The
// confirmation's recovery codes are shown here once (the server keeps only their digests), to copy
// or download, each good for one log-in without the phone. The page says whether two-factor
// log-in is on and how many codes are left, warns when few are, and makes a new set against a
// current code of the app (a new phone is set up with a new enrolment).
import { useEffect, useState, type FormEvent } from 'react';
import { RECOVERY_CODE_COUNT, type ParsedResponse } from '../../protocol';
import { useI18n } from '../i18n';
import { downloadFile } from '../services/export-file';
import { useDevice } from '../services/device';
import { failureText } from './failure';
import { SessionsPanel } from './SessionsPanel';
import { useConsoleText } from './texts';

export function AccountSection({ token, self }: { token: string; self: string }) {
  const c = useConsoleText();
  const { locale } = useI18n();
  const { api } = useDevice();
  const [status, setStatus] = useState<ParsedResponse<'GET /session/totp'>>();
  const [enrolment, setEnrolment] = useState<ParsedResponse<'POST /session/totp'>>();
  const [code, setCode] = useState('');
  const [renewCode, setRenewCode] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState<readonly string[]>();
  const [copied, setCopied] = useState(false);
  // The failure itself, put in words when shown: the message follows a switch of language.
  const [error, setError] = useState<{ cause: unknown }>();

  useEffect(() => {
    let live = true;
    api.twoFactorStatus(token).then((s) => { if (live) setStatus(s); }, (e: unknown) => { if (live) setError({ cause: e }); });
    return () => { live = false; };
  }, [api, token]);

  /** New codes on screen (from an enrolment or a renewal): the count left is the whole set. */
  const showCodes = (codes: readonly string[]) => {
    setRecoveryCodes(codes);
    setCopied(false);
    setStatus({ enabled: true, recoveryCodesLeft: codes.length });
  };

  /** Runs one step of the page (start, confirm, renew); a failure is shown in the user's language. */
  const attempt = async (step: () => Promise<void>) => {
    setError(undefined);
    try {
      await step();
    } catch (e) {
      setError({ cause: e });
    }
  };
  const start = () => attempt(async () => { setEnrolment(await api.startTotp(token)); });
  const confirm = (event: FormEvent) => {
    event.preventDefault();
    return attempt(async () => {
      const { recoveryCodes: codes } = await api.confirmTotp(token, code.trim());
      setEnrolment(undefined);
      setCode('');
      showCodes(codes);
    });
  };
  const renew = (event: FormEvent) => {
    event.preventDefault();
    return attempt(async () => {
      const { recoveryCodes: codes } = await api.renewRecoveryCodes(token, renewCode.trim());
      setRenewCode('');
      showCodes(codes);
    });
  };

  const codesText = () => `${c('recoveryCodesTitle')}: ${self}\n\n${(recoveryCodes ?? []).join('\n')}\n`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codesText());
      setCopied(true);
    } catch {
      // No clipboard (an insecure origin, a refused permission): the codes stay on screen to copy by hand.
      setCopied(false);
    }
  };
  const download = () => {
    try { downloadFile(`recovery-codes-${self}.txt`, codesText(), 'text/plain;charset=utf-8'); } catch (e) { setError({ cause: e }); }
  };

  return (
    <main className="screen" data-testid="account">
      <h1>{c('navAccount')}: {self}</h1>
      <section className="analysis-step" aria-labelledby="two-factor">
        <h2 id="two-factor">{c('twoFactorTitle')}</h2>
        {error ? <p className="form-error" role="alert" data-testid="two-factor-error">{failureText(error.cause, locale)}</p> : null}
        {status === undefined ? null : status.enabled ? (
          <>
            <p className="muted" role="status" data-testid="two-factor-on">{c('twoFactorOn')}</p>
            {/* Three or fewer: the next lost phone may find none left. */}
            <p className={status.recoveryCodesLeft <= 3 ? 'banner banner-warn' : 'muted'} data-testid="recovery-codes-left">
              {c('recoveryCodesLeft', { n: status.recoveryCodesLeft, total: RECOVERY_CODE_COUNT })}
              {status.recoveryCodesLeft <= 3 ? ` ${c('recoveryCodesLow')}` : ''}
            </p>
          </>
        ) : <p className="muted" data-testid="two-factor-off">{c('twoFactorOff')}</p>}
        {recoveryCodes !== undefined ? (
          <div data-testid="recovery-codes">
            <h3>{c('recoveryCodesTitle')}</h3>
            <p>{c('recoveryCodesHint')}</p>
            <ol className="recovery-codes">{recoveryCodes.map((rc) => <li key={rc}><code>{rc}</code></li>)}</ol>
            <p className="actions start">
              <button type="button" className="button secondary" data-testid="recovery-codes-copy" onClick={() => void copy()}>{c('recoveryCodesCopy')}</button>
              <button type="button" className="button secondary" data-testid="recovery-codes-download" onClick={download}>{c('recoveryCodesDownload')}</button>
              {copied ? <span className="muted" role="status">{c('recoveryCodesCopied')}</span> : null}
            </p>
          </div>
        ) : null}
        {status?.enabled && recoveryCodes === undefined && enrolment === undefined ? (
          <form className="form" onSubmit={(e) => void renew(e)} data-testid="recovery-codes-renew">
            <p>{c('recoveryCodesRenewHint')}</p>
            <label>{c('twoFactorCode')}
              <input inputMode="numeric" autoComplete="one-time-code" pattern="[0-9]{6}" required value={renewCode} onChange={(e) => setRenewCode(e.target.value)} data-testid="recovery-codes-renew-code" />
            </label>
            <button type="submit" className="button secondary">{c('recoveryCodesRenew')}</button>
          </form>
        ) : null}
        {status === undefined || recoveryCodes !== undefined ? null : enrolment === undefined ? (
          <button type="button" className={status.enabled ? 'button secondary' : 'button primary'} data-testid="two-factor-start" onClick={() => void start()}>
            {status.enabled ? c('twoFactorMove') : c('twoFactorSetUp')}
          </button>
        ) : (
          <form className="form" onSubmit={(e) => void confirm(e)}>
            <p>{c('twoFactorScan')}</p>
            <p><code data-testid="two-factor-secret">{enrolment.secret}</code></p>
            <p><a href={enrolment.uri} data-testid="two-factor-uri">{enrolment.uri}</a></p>
            <label>{c('twoFactorCode')}
              <input inputMode="numeric" autoComplete="one-time-code" pattern="[0-9]{6}" required value={code} onChange={(e) => setCode(e.target.value)} data-testid="two-factor-code" />
            </label>
            <button type="submit" className="button primary">{c('confirm')}</button>
          </form>
        )}
      </section>
      <SessionsPanel token={token} username={self} />
    </main>
  );
}
