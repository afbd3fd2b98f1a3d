// Progress of the field work: completed cases over time and the response rate by region (GET
// /progress, docs/fieldwork.md), the interviews by state and interviewer and the AAPOR rates of the
// monitoring report (GET /monitoring), as charts where a manager would rather look than read.
import * as Plot from '@observablehq/plot';
import { useCallback, useEffect, useState } from 'react';
import { formatDayMonth } from '../../../analysis/text/date-format';
import type { MonitoringReport, ProgressReport } from '../../protocol';
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
  const [overTime, setOverTime] = useState<ProgressReport>();
  const [byRegion, setByRegion] = useState<ProgressReport>();
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    let live = true;
    const fail = (e: unknown) => { if (live) setFailure(failureText(e, locale)); };
    api.getMonitoring(token, questionnaireId).then((r) => { if (live) setReport(r); }, fail);
    api.getProgress(token, questionnaireId, { period: 'day' }).then((r) => { if (live) setOverTime(r); }, fail);
    api.getProgress(token, questionnaireId, { by: 'region' }).then((r) => { if (live) setByRegion(r); }, fail);
    return () => { live = false; };
  }, [api, token, questionnaireId, locale]);

  // Cases completed and closed so far, day by day (cumulative counts of the all-cases series).
  const timeline = useCallback(() => {
    const rows = overTime?.series[0]?.rows ?? [];
    const points = rows.flatMap((r) => [
      { day: new Date(`${r.period}T00:00:00Z`), n: r.cumulative.completed, what: c('completedCases') },
      { day: new Date(`${r.period}T00:00:00Z`), n: r.cumulative.closed, what: c('closedCases') },
    ]);
    return Plot.plot({
      // Day ticks in the manager's language and script (Plot's own are English: "Dec 2").
      width: 640, height: 240, x: { label: null, type: 'utc', tickFormat: (d: Date) => formatDayMonth(d, locale, 'UTC') }, y: { label: c('count'), grid: true }, color: { legend: true },
      marks: [Plot.lineY(points, { x: 'day', y: 'n', stroke: 'what', marker: 'circle' }), Plot.ruleY([0])],
    });
  }, [overTime, c, locale]);

  // RR1 so far in each region (the last row of its series): the region whose rate lags stands out.
  const regionRates = useCallback(() => {
    const rows = (byRegion?.series ?? []).slice(1).map((s) => ({ region: s.group || c('noRegion'), rate: s.rows.at(-1)?.rates.RR1 ?? null }))
      .filter((r): r is { region: string; rate: number } => r.rate !== null);
    return Plot.plot({
      marginLeft: 110, width: 640, height: 40 + 28 * Math.max(rows.length, 1),
      x: { label: 'RR1', domain: [0, 1], percent: true, grid: true }, y: { label: null },
      marks: [Plot.barX(rows, { y: 'region', x: 'rate', fill: '#1f4e79' }), Plot.ruleX([0])],
    });
  }, [byRegion, c]);

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
      {overTime && (overTime.series[0]?.rows.length ?? 0) > 0 ? <PlotChart render={timeline} label={c('progressChart')} testId="chart-timeline" /> : null}
      {byRegion && byRegion.series.length > 1 ? <PlotChart render={regionRates} label={c('regionRatesChart')} testId="chart-regions" /> : null}
      {report ? (
        <>
          <section className="analysis-step"><FieldProgress report={report} /></section>
          {report.byInterviewer.length > 0 ? <PlotChart render={byInterviewer} label={c('interviews')} testId="chart-progress" /> : null}
        </>
      ) : <p>{c('loading')}</p>}
    </main>
  );
}
