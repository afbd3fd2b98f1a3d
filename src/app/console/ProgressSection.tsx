// Progress of the field work: the interviews by state and interviewer and the AAPOR rates of the
// monitoring report (GET /monitoring), with the interviews by interviewer and state as a chart.
import * as Plot from '@observablehq/plot';
import { useCallback, useEffect, useState } from 'react';
import type { MonitoringReport } from '../../protocol';
import { useI18n } from '../i18n';
import { FieldProgress } from '../screens/supervision/FieldProgress';
import { useDevice } from '../services/device';
import { failureText } from './failure';
import { PlotChart } from './PlotChart';
import { useConsoleText } from './texts';

export function ProgressSection({ token, questionnaireId }: { token: string; questionnaireId: string }) {
  const c = useConsoleText();
  const { locale } = useI18n();
  const { api } = useDevice();
  const [report, setReport] = useState<MonitoringReport>();
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    let live = true;
    api.getMonitoring(token, questionnaireId).then((r) => { if (live) setReport(r); }, (e: unknown) => { if (live) setFailure(failureText(e, locale)); });
    return () => { live = false; };
  }, [api, token, questionnaireId, locale]);

  const byInterviewer = useCallback(() => {
    const states = [['received', c('stateReceived')], ['approved', c('stateApproved')], ['rejected', c('stateRejected')]] as const;
    const rows = (report?.byInterviewer ?? []).flatMap((r) => states.map(([key, label]) => ({ interviewer: r.interviewer, state: label, n: r[key] })));
    return Plot.plot({
      marginLeft: 110, width: 640, height: 40 + 28 * Math.max(report?.byInterviewer.length ?? 1, 1),
      x: { label: c('interviews'), grid: true },
      y: { label: null },
      color: { legend: true, domain: states.map(([, label]) => label), range: ['#f0a500', '#1e7b34', '#b3261e'] },
      marks: [Plot.barX(rows, { y: 'interviewer', x: 'n', fill: 'state' })],
    });
  }, [report, c]);

  return (
    <main className="screen" data-testid="progress-section">
      <h1>{c('navProgress')}: <code>{questionnaireId}</code></h1>
      {failure ? <p className="form-error" role="alert">{failure}</p> : null}
      {report ? (
        <>
          <section className="analysis-step"><FieldProgress report={report} /></section>
          {report.byInterviewer.length > 0 ? <PlotChart render={byInterviewer} label={c('interviews')} testId="chart-progress" /> : null}
        </>
      ) : <p>{c('loading')}</p>}
    </main>
  );
}
