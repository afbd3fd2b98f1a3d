// Microdata exports (issue 14 item 1): every format, the language of the labels, and approved
// interviews only — the choices of GET /exports/ID.FORMAT (src/protocol/exports.ts).
import { useState } from 'react';
import { EXPORT_FORMATS, locales, type ExportFormat, type Locale } from '../../protocol';
import { localeNames, useI18n } from '../i18n';
import { useDevice } from '../services/device';
import { downloadFile } from '../services/export-file';
import { failureText } from './failure';
import { useConsoleText } from './texts';

const FORMAT_NAMES: Record<ExportFormat, string> = { csv: 'CSV', xlsx: 'Excel (XLSX)', sav: 'SPSS (SAV)', dta: 'Stata (DTA)' };

export function ExportsSection({ token, questionnaireId }: { token: string; questionnaireId: string }) {
  const c = useConsoleText();
  const { locale } = useI18n();
  const { api } = useDevice();
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [lang, setLang] = useState<Locale>(locale);
  const [approvedOnly, setApprovedOnly] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  const download = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      const blob = await api.downloadMicrodata(token, questionnaireId, { format, lang, approvedOnly });
      downloadFile(`${questionnaireId}${approvedOnly ? '-approved' : ''}-${lang}.${format}`, blob, blob.type);
    } catch (error) {
      setFailure(failureText(error, locale));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="screen" data-testid="exports">
      <h1>{c('exportsTitle')}: <code>{questionnaireId}</code></h1>
      {failure ? <p className="form-error" role="alert">{failure}</p> : null}
      <form className="analysis-step filter-bar" onSubmit={(e) => { e.preventDefault(); void download(); }}>
        <label>{c('format')}
          <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)} data-testid="export-format">
            {EXPORT_FORMATS.map((f) => <option key={f} value={f}>{FORMAT_NAMES[f]}</option>)}
          </select>
        </label>
        <label>{c('labelLanguage')}
          <select value={lang} onChange={(e) => setLang(e.target.value as Locale)} data-testid="export-lang">
            {locales.map((l) => <option key={l} value={l} lang={l}>{localeNames[l]}</option>)}
          </select>
        </label>
        <label className="checkbox-row">
          <input type="checkbox" checked={approvedOnly} onChange={(e) => setApprovedOnly(e.target.checked)} data-testid="export-approved" /> {c('approvedOnly')}
        </label>
        <button type="submit" className="button primary" disabled={busy} data-testid="export-download">{busy ? c('loading') : c('download')}</button>
      </form>
    </main>
  );
}
