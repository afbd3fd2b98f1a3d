// Data quality for a desk (issue 14 item 7): what a manager would rather look at than read —
// the spread of interview length by interviewer against the speeder line, and the flags by
// interviewer and kind — above the quality table (src/app/supervision/QualityPanel.tsx).
import * as Plot from '@observablehq/plot';
import { useCallback, useEffect, useState } from 'react';
import type { QualityReportWire } from '../../protocol';
import { useI18n } from '../i18n';
import { useDevice } from '../services/device';
import { QualityPanel } from '../supervision/QualityPanel';
import { QUALITY_FLAG_KEYS } from '../supervision/quality-flags';
import { failureText } from './failure';
import { PlotChart } from './PlotChart';
import { useConsoleText } from './texts';

export function QualitySection({ token, questionnaireId }: { token: string; questionnaireId: string }) {
  const c = useConsoleText();
  const { locale, t } = useI18n();
  const { api } = useDevice();
  const [report, setReport] = useState<QualityReportWire>();
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    let live = true;
    api.getQuality(token, questionnaireId).then((r) => { if (live) setReport(r); }, (e: unknown) => { if (live) setFailure(failureText(e, locale)); });
    return () => { live = false; };
  }, [api, token, questionnaireId, locale]);

  // Interview length: the middle half (q1–q3) as a bar, the median as a dot; the red line is the
  // speeder threshold (a share of the overall median, docs/data-quality.md).
  const durations = useCallback(() => {
    const rows = (report?.byInterviewer ?? []).flatMap((r) => (r.duration ? [{ interviewer: r.interviewer, ...r.duration }] : []));
    const speeder = report?.medianMinutes === null || report === undefined ? undefined : report.medianMinutes * report.thresholds.speederShare;
    return Plot.plot({
      marginLeft: 110, width: 640, height: 40 + 28 * Math.max(rows.length, 1),
      x: { label: c('minutes'), grid: true, nice: true },
      y: { label: null },
      marks: [
        Plot.barX(rows, { y: 'interviewer', x1: 'q1', x2: 'q3', fill: '#9ec3e6' }),
        Plot.dot(rows, { y: 'interviewer', x: 'median', fill: '#1f4e79', r: 5 }),
        ...(speeder === undefined ? [] : [Plot.ruleX([speeder], { stroke: '#b3261e', strokeDasharray: '4 3' })]),
      ],
    });
  }, [report, c]);

  const flags = useCallback(() => Plot.plot({
    marginLeft: 110, width: 640, height: 40 + 28 * Math.max(new Set(report?.flags.map((f) => f.interviewer)).size, 1),
    x: { label: c('count'), grid: true },
    y: { label: null },
    color: { legend: true },
    // The legend shows each kind in the manager's language, not its wire name.
    marks: [Plot.barX((report?.flags ?? []).map((f) => ({ interviewer: f.interviewer, kind: t(QUALITY_FLAG_KEYS[f.kind]) })), Plot.groupY({ x: 'count' }, { y: 'interviewer', fill: 'kind' }))],
  }), [report, c, t]);

  return (
    <main className="screen" data-testid="quality-section">
      <h1>{c('navQuality')}: <code>{questionnaireId}</code></h1>
      {failure ? <p className="form-error" role="alert">{failure}</p> : null}
      {report ? (
        <div className="chart-row">
          <PlotChart render={durations} label={c('durationChart')} testId="chart-durations" />
          {report.flags.length > 0 ? <PlotChart render={flags} label={c('flagsChart')} testId="chart-flags" /> : null}
        </div>
      ) : null}
      <QualityPanel token={token} questionnaireId={questionnaireId} />
    </main>
  );
}
