import { useState, type ChangeEvent } from 'react';
import { numberFormat } from '../../../../analysis/tables/number-format';
import type { WeightingResponse } from '../../../protocol';
import { useI18n } from '../../i18n';
import { useDevice, useReportError } from '../../services/device';
import { failureText } from '../../console/failure';
import { downloadFile } from '../../services/export-file';
import { jsonErrorReason } from '../../i18n/json-error';

/**
 * Weights for the collected cases: the manager uploads the sample and the population margins (and
 * a plan); the server runs the chain of `jha-survey weight` on its own export. The weighted
 * microdata and design.json are the pair the analysis screen (and `analyze indicators`) reads.
 */
export function WeightingPanel({ token, questionnaireId }: { token: string; questionnaireId: string }) {
  const { t, locale } = useI18n();
  const { api } = useDevice();
  const report = useReportError();
  const [files, setFiles] = useState<{ sample?: File; population?: File; plan?: File }>({});
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<WeightingResponse>();
  const [failure, setFailure] = useState<string>();

  const compute = async () => {
    if (!files.sample || !files.population) return;
    setBusy(true);
    setFailure(undefined);
    setResult(undefined);
    try {
      let plan: Record<string, unknown> | undefined;
      if (files.plan) {
        const text = await files.plan.text();
        try {
          plan = JSON.parse(text) as Record<string, unknown>;
        } catch (error) {
          setFailure(t('planNotJson', { reason: jsonErrorReason(text, error, t) }));
          return;
        }
      }
      setResult(await api.weighCollected(token, questionnaireId, {
        sample: await files.sample.text(), population: await files.population.text(), ...(plan ? { plan } : {}), lang: locale,
      }));
    } catch (error) {
      // From the problem's code in the locale, then the server's detail (which file, which column to fix).
      setFailure(failureText(error, locale));
    } finally {
      setBusy(false);
    }
  };
  const save = (name: string, text: string, type: string) => () => {
    try { downloadFile(name, text, type); } catch (error) { report(error); }
  };
  const pick = (key: 'sample' | 'population' | 'plan') => (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    setFiles((f) => ({ ...f, [key]: file }));
  };

  return (
    <section aria-labelledby="weighting-heading" className="analysis-step" data-testid="weighting">
      <h2 id="weighting-heading">{t('weightingHeading')}</h2>
      <p className="muted">{t('weightingHelp')}</p>
      <div className="form">
        <label>{t('sampleFileLabel')}<input type="file" accept=".csv,text/csv" data-testid="weighting-sample" onChange={pick('sample')} /></label>
        <label>{t('marginsFileLabel')}<input type="file" accept=".csv,text/csv" data-testid="weighting-population" onChange={pick('population')} /></label>
        <label>{t('planFileLabel')}<input type="file" accept=".json,application/json" data-testid="weighting-plan" onChange={pick('plan')} /></label>
      </div>
      <div className="actions start">
        <button type="button" className="button primary" disabled={busy || !files.sample || !files.population} onClick={() => void compute()} data-testid="compute-weights">{t('computeWeights')}</button>
      </div>
      {failure ? <p className="form-error" role="alert" data-testid="weighting-failure">{failure}</p> : null}
      {result ? (
        <div data-testid="weighting-result">
          <p>{t('weightingDone', { units: result.respondingUnits, cases: result.sampledCases, deff: numberFormat(locale).fixed(result.kishDeff, 3) })}</p>
          <div className="actions start">
            <button type="button" className="button secondary" onClick={save(`${questionnaireId}-weighting.html`, result.reportHtml, 'text/html')}>{t('downloadReport')}</button>
            <button type="button" className="button secondary" onClick={save(`${questionnaireId}-weighted.csv`, result.microdataCsv, 'text/csv')}>{t('downloadWeighted')}</button>
            <button type="button" className="button secondary" onClick={save('design.json', `${JSON.stringify(result.design, null, 2)}\n`, 'application/json')}>{t('downloadDesign')}</button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
