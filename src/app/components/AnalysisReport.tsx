// A finished analysis: what was computed and what could not be, the download buttons, and the
// HTML report itself (the CLI's renderer, its charts drawn with this page's document) in a frame.
import { useEffect, useRef, useState } from 'react';
import type { RunOutput } from '../analysis/protocol';
import { toFailure } from '../analysis/failure';
import { localeNames, useI18n } from '../i18n';
import { downloadFile } from '../services/export-file';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function AnalysisReport({ output, unweighted }: { output: RunOutput; unweighted: boolean }) {
  const { t, locale } = useI18n();
  const [html, setHtml] = useState<string>();
  const [error, setError] = useState<string>();
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    let live = true;
    setHtml(undefined);
    void import('../../../analysis/tables')
      .then(({ renderIndicatorReportHtml }) => renderIndicatorReportHtml(output.report, output.catalogue, { document }))
      .then((text) => { if (live) setHtml(text); }, (err: unknown) => { if (live) setError(toFailure(err).message); });
    return () => { live = false; };
  }, [output]);

  const fit = () => {
    const doc = frame.current?.contentDocument;
    if (frame.current && doc) frame.current.style.height = `${doc.documentElement.scrollHeight + 16}px`;
  };
  const indicators = new Set(output.estimates.map((e) => e.indicator)).size;
  const base = `indicators-${output.report.locale}`;

  return (
    <section aria-labelledby="report-heading" className="analysis-report" data-testid="analysis-report" lang={output.report.locale}>
      <h2 id="report-heading">{t('reportHeading')}</h2>
      {output.report.locale !== locale ? <p className="banner banner-info" role="note">{t('reportOtherLanguage', { language: localeNames[output.report.locale] })}</p> : null}
      <p data-testid="analysis-summary">{t('resultSummary', { estimates: output.estimates.length, indicators, rows: output.rowCount })}</p>
      {unweighted ? <p className="banner banner-warn" role="note" data-testid="unweighted-warning">{t('unweightedWarning')}</p> : null}
      {output.skipped.length > 0 ? (
        <details className="skipped" data-testid="not-computable">
          <summary>{t('notComputableTitle', { count: output.skipped.length })}</summary>
          <ul>
            {output.skipped.map((s) => (
              <li key={s.id}><strong>{s.title[locale] ?? s.title.en}</strong> (<code>{s.id}</code>): {t('notComputable', { vars: s.missing.join(', ') })}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <div className="actions start">
        <button type="button" className="button" data-testid="download-csv" onClick={() => downloadFile(`${base}.csv`, output.csv, 'text/csv;charset=utf-8')}>{t('downloadCsv')}</button>
        <button type="button" className="button" data-testid="download-xlsx" onClick={() => downloadFile(`${base}.xlsx`, output.xlsx.slice(), XLSX_TYPE)}>{t('downloadXlsx')}</button>
        <button type="button" className="button" data-testid="download-html" disabled={html === undefined} onClick={() => { if (html) downloadFile(`${base}.html`, html, 'text/html;charset=utf-8'); }}>{t('downloadHtml')}</button>
      </div>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      {html === undefined ? (error ? null : <p role="status">{t('loading')}</p>) : (
        // Same origin (no scripts run: the report has none), so the frame can be sized to its content.
        <iframe ref={frame} className="report-frame" title={t('reportHeading')} sandbox="allow-same-origin" srcDoc={html} onLoad={fit} data-testid="report-frame" />
      )}
    </section>
  );
}
