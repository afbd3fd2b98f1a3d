// One's own account in the console (issue 13 item 5), for managers and admins: the devices signed
// in (end any but this one) and two-factor log-in set up from the browser — a new secret for the
// authenticator app, confirmed with a first code; from then on each log-in asks for a code. The
// confirmation's recovery codes are shown here once (the server keeps only their digests), to copy
// or download, each good for one log-in without the phone.
import { useState, type FormEvent } from 'react';
import type { ParsedResponse } from '../../protocol';
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
  const [enrolment, setEnrolment] = useState<ParsedResponse<'POST /session/totp'>>();
  const [code, setCode] = useState('');
  const [done, setDone] = useState(false);
  const [recoveryCodes, setRecoveryCodes] = useState<readonly string[]>();
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string>();

  const start = async () => {
    setError(undefined);
    try {
      setEnrolment(await api.startTotp(token));
    } catch (e) {
      setError(failureText(e, locale));
    }
  };
  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      const { recoveryCodes: codes } = await api.confirmTotp(token, code.trim());
      setEnrolment(undefined);
      setRecoveryCodes(codes);
      setDone(true);
    } catch (e) {
      setError(failureText(e, locale));
    }
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
    try { downloadFile(`recovery-codes-${self}.txt`, codesText(), 'text/plain;charset=utf-8'); } catch (e) { setError(failureText(e, locale)); }
  };

  return (
    <main className="screen" data-testid="account">
      <h1>{c('navAccount')}: {self}</h1>
      <section className="analysis-step" aria-labelledby="two-factor">
        <h2 id="two-factor">{c('twoFactorTitle')}</h2>
        {error ? <p className="form-error" role="alert" data-testid="two-factor-error">{error}</p> : null}
        {done ? <p className="muted" role="status" data-testid="two-factor-on">{c('twoFactorOn')}</p> : null}
        {done && recoveryCodes !== undefined ? (
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
        {done ? null : enrolment === undefined ? (
          <button type="button" className="button primary" data-testid="two-factor-start" onClick={() => void start()}>{c('twoFactorSetUp')}</button>
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
