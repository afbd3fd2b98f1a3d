// Questionnaires from the browser (issue 14 item 1): upload a SurveyJS JSON file, see the
// linter's findings (the server's, the same checks publishing makes) with the line of the file
// where each question is, in the manager's language; publish only a clean file; retire a version
// so tablets stop offering it while its interviews stay.
import { useCallback, useEffect, useState } from 'react';
import type { LintReport, QuestionnaireVersion } from '../../protocol';
import { useI18n } from '../i18n';
import { useDevice } from '../services/device';
import { failureText } from './failure';
import { idFromFileName, lineOfName, ruleFamily } from './lint-view';
import { useConsoleText } from './texts';
import { formatDateTime } from '../../../analysis/text/date-format';
import { jsonErrorReason } from '../i18n/json-error';

interface Upload {
  fileName: string;
  text: string;
  definition: Record<string, unknown>;
}

export function QuestionnairesSection({ token }: { token: string }) {
  const c = useConsoleText();
  const { locale, t } = useI18n();
  const { api, refreshQuestionnaires } = useDevice();
  const [versions, setVersions] = useState<QuestionnaireVersion[]>();
  const [upload, setUpload] = useState<Upload>();
  const [id, setId] = useState('');
  const [report, setReport] = useState<LintReport>();
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const [busy, setBusy] = useState(false);
  const [retiring, setRetiring] = useState<QuestionnaireVersion>();

  const refresh = useCallback(async () => {
    try {
      setVersions(await api.listVersions(token));
    } catch (error) {
      setMessage({ text: failureText(error, locale), error: true });
    }
  }, [api, token, locale]);
  useEffect(() => { void refresh(); }, [refresh]);

  const check = async (file: Upload, questionnaireId: string) => {
    setBusy(true);
    setReport(undefined);
    try {
      setReport(await api.lintQuestionnaire(token, questionnaireId, file.definition));
      setMessage(undefined);
    } catch (error) {
      setMessage({ text: failureText(error, locale), error: true });
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (file: File | undefined) => {
    setReport(undefined);
    setMessage(undefined);
    if (!file) return;
    const text = await file.text();
    let parsed: unknown;
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    try {
      parsed = JSON.parse(body);
    } catch (error) {
      setUpload(undefined);
      setMessage({ text: c('invalidJson', { reason: jsonErrorReason(body, error, t) }), error: true });
      return;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      setMessage({ text: c('invalidJson', { reason: '{ … }' }), error: true });
      return;
    }
    const next = { fileName: file.name, text, definition: parsed as Record<string, unknown> };
    const questionnaireId = id || idFromFileName(file.name);
    setUpload(next);
    setId(questionnaireId);
    await check(next, questionnaireId);
  };

  const publish = async () => {
    if (!upload) return;
    setBusy(true);
    try {
      const result = await api.publishQuestionnaire(token, id, upload.definition);
      setMessage({ text: result.published ? c('publishedNow', { version: result.version, id }) : c('unchangedNow', { version: result.version }), error: false });
      setUpload(undefined);
      setReport(undefined);
      await refresh();
      // The survey switcher lists what this device has cached: fetch the new version now.
      void refreshQuestionnaires().catch(() => undefined);
    } catch (error) {
      setMessage({ text: failureText(error, locale), error: true });
    } finally {
      setBusy(false);
    }
  };

  const retire = async (v: QuestionnaireVersion) => {
    setRetiring(undefined);
    try {
      await api.retireVersion(token, v.id, v.version);
      await refresh();
      void refreshQuestionnaires().catch(() => undefined);
    } catch (error) {
      setMessage({ text: failureText(error, locale), error: true });
    }
  };

  const fmt = (iso: string) => formatDateTime(iso, locale);
  return (
    <main className="screen" data-testid="questionnaires">
      <h1>{c('questionnairesTitle')}</h1>
      {message ? <p className={message.error ? 'form-error' : 'muted'} role={message.error ? 'alert' : 'status'} data-testid="questionnaire-message">{message.text}</p> : null}
      <section className="analysis-step" aria-labelledby="upload-heading">
        <h2 id="upload-heading">{c('uploadTitle')}</h2>
        <div className="filter-bar">
          <label>{c('questionnaireFile')}<input type="file" accept=".json,application/json" onChange={(e) => void onFile(e.target.files?.[0])} data-testid="questionnaire-file" /></label>
          <label>{c('questionnaireId')}<input value={id} onChange={(e) => setId(e.target.value)} pattern="[a-z][a-z0-9-]{0,62}" data-testid="questionnaire-id" /></label>
          {upload ? <button type="button" className="button secondary" disabled={busy} onClick={() => void check(upload, id)}>{c('applyFilters')}</button> : null}
        </div>
        {report ? (
          report.findings.length === 0 ? (
            <div className="actions start">
              <p className="muted" data-testid="lint-clean">{c('noFindings', { version: report.nextVersion })}</p>
              <button type="button" className="button primary" disabled={busy} onClick={() => void publish()} data-testid="publish">{c('publish', { version: report.nextVersion })}</button>
            </div>
          ) : (
            <>
              <p className="form-error" role="alert" data-testid="lint-count">{c('findingsCount', { count: report.findings.length })}</p>
              <div className="table-scroll">
                <table className="data-table findings" data-testid="lint-findings">
                  <thead><tr><th>{c('finding')}</th><th>{c('question')}</th><th>{c('atLine', { line: '' }).trim()}</th><th>{c('detail')}</th><th>{c('howToFix')}</th></tr></thead>
                  <tbody>
                    {report.findings.map((f, i) => {
                      const line = f.question && upload ? lineOfName(upload.text, f.question) : undefined;
                      return (
                        <tr key={i} data-rule={f.rule}>
                          <td>{c(ruleFamily(f.rule))} <code>{f.rule}</code></td>
                          <td>{f.question ?? '—'}</td>
                          <td data-testid="finding-line">{line === undefined ? '—' : c('atLine', { line })}</td>
                          <td>{f.message}</td>
                          <td>{f.fix}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </>
          )
        ) : busy ? <p>{c('loading')}</p> : null}
      </section>
      <section className="analysis-step" aria-labelledby="versions-heading">
        <h2 id="versions-heading">{c('versions')}</h2>
        {versions === undefined ? <p>{c('loading')}</p> : (
          <div className="table-scroll">
            <table className="data-table">
              <thead><tr><th>{c('questionnaireId')}</th><th>{c('version')}</th><th>{c('publishedAt')}</th><th>{c('interviews')}</th><th>{c('status')}</th><th /></tr></thead>
              <tbody>
                {versions.map((v) => (
                  <tr key={`${v.id}@${v.version}`} data-testid={`version-${v.id}-${v.version}`} data-retired={v.retiredAt !== null}>
                    <td>{v.title[locale] ?? v.title.en ?? v.id} <code>{v.id}</code></td>
                    <td>{v.version}</td>
                    <td>{fmt(v.publishedAt)}{v.publishedBy ? ` · ${v.publishedBy}` : ''}</td>
                    <td>{v.submissions}</td>
                    <td>{v.retiredAt === null ? c('offered') : <span className="badge badge-error">{c('retired')} {fmt(v.retiredAt)}</span>}</td>
                    <td>
                      {v.retiredAt !== null ? null : retiring === v ? (
                        <span className="confirm-box" role="alertdialog">
                          {c('confirmRetire', { version: v.version, id: v.id, count: v.submissions })}
                          <button type="button" className="button danger" onClick={() => void retire(v)} data-testid="confirm-retire">{c('confirm')}</button>
                          <button type="button" className="button secondary" onClick={() => setRetiring(undefined)}>{c('cancel')}</button>
                        </span>
                      ) : <button type="button" className="button secondary" onClick={() => setRetiring(v)}>{c('retire')}</button>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </main>
  );
}
