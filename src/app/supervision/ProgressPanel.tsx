// Field work over time for the survey manager (GET /progress/:questionnaireId, docs/fieldwork.md):
// cumulative cases assigned, completed and closed, and the AAPOR rates of the cases closed so far,
// by day or ISO week, overall or by region or interviewer, drawn with Observable Plot where a
// glance beats reading, then the same figures as a table with the e each rate used.
import * as Plot from '@observablehq/plot';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ProgressReport } from '../../protocol';
import { numberFormat } from '../../../analysis/tables/number-format';
import { useI18n } from '../i18n';
import { errorText } from '../i18n/problems';
import { useDevice } from '../services/device';

type Period = 'day' | 'week';
type Grouping = 'all' | 'region' | 'interviewer';

/** A Plot figure in a React tree: rebuilt when its options change. */
function PlotFigure({ options, label, testId }: { options: Plot.PlotOptions; label: string; testId: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const figure = Plot.plot(options);
    ref.current?.replaceChildren(figure);
    return () => figure.remove();
  }, [options]);
  return <figure className="chart" data-testid={testId}><figcaption>{label}</figcaption><div ref={ref} /></figure>;
}

/** The days in which field work starts are the office's, not UTC's. */
function officeTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export function ProgressPanel({ token, questionnaireId }: { token: string; questionnaireId: string }) {
  const { t, locale } = useI18n();
  const { api } = useDevice();
  const [period, setPeriod] = useState<Period>('day');
  const [by, setBy] = useState<Grouping>('all');
  const [fixedE, setFixedE] = useState('');
  const [report, setReport] = useState<ProgressReport>();
  const [failure, setFailure] = useState<string>();
  const e = fixedE.trim() === '' ? undefined : Number(fixedE.replace(',', '.'));
  const eValid = e === undefined || (Number.isFinite(e) && e >= 0 && e <= 1);

  useEffect(() => {
    if (!eValid) return;
    let live = true;
    api.getProgress(token, questionnaireId, { period, by, e, tz: officeTimeZone() }).then(
      (r) => { if (live) { setReport(r); setFailure(undefined); } },
      (err: unknown) => { if (live) setFailure(errorText(err, locale)); },
    );
    return () => { live = false; };
  }, [api, token, questionnaireId, period, by, e, eValid, locale]);

  const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : numberFormat(locale).percent(x, 1));
  // The first series is all cases; a later one named '' holds the cases of unknown region.
  const groupName = (index: number, g: string) => (index === 0 ? t('progressAll') : g || t('progressUnknownRegion'));
  const overall = useMemo(() => report?.series[0]?.rows ?? [], [report]);

  const cumulativeChart = useMemo<Plot.PlotOptions>(() => {
    const data = overall.flatMap((r) => [
      { period: r.period, measure: t('progressAssigned'), value: r.cumulative.assigned },
      { period: r.period, measure: t('progressCompleted'), value: r.cumulative.completed },
      { period: r.period, measure: t('progressClosed'), value: r.cumulative.closed },
    ]);
    return {
      height: 220, marginLeft: 48, x: { type: 'point', label: null, tickRotate: overall.length > 10 ? -45 : 0 }, y: { grid: true, label: null },
      color: { legend: true }, marks: [Plot.lineY(data, { x: 'period', y: 'value', stroke: 'measure' }), Plot.dot(data, { x: 'period', y: 'value', fill: 'measure', r: 2, tip: true })],
    };
  }, [overall, t]);

  const ratesChart = useMemo<Plot.PlotOptions>(() => {
    const series = report?.series ?? [];
    const data = by === 'all'
      ? overall.flatMap((r) => (['RR1', 'RR3', 'COOP1'] as const).flatMap((k) => (r.rates[k] === null || r.rates[k] === undefined ? [] : [{ period: r.period, line: k, value: r.rates[k] }])))
      : series.slice(1).flatMap((s) => s.rows.flatMap((r) => (r.rates.RR1 === null || r.rates.RR1 === undefined ? [] : [{ period: r.period, line: `${s.group || t('progressUnknownRegion')} RR1`, value: r.rates.RR1 }])));
    return {
      height: 220, marginLeft: 48, x: { type: 'point', label: null, tickRotate: overall.length > 10 ? -45 : 0 }, y: { domain: [0, 1], grid: true, percent: true, label: '%' },
      color: { legend: true }, marks: [Plot.lineY(data, { x: 'period', y: 'value', stroke: 'line' }), Plot.dot(data, { x: 'period', y: 'value', fill: 'line', r: 2, tip: true })],
    };
  }, [report, by, overall, t]);

  const last = overall.at(-1);
  return (
    <section aria-labelledby="progress-time-heading" className="analysis-step" data-testid="progress-panel">
      <h2 id="progress-time-heading">{t('progressOverTime')}</h2>
      <div className="actions start">
        <label>{t('progressPeriod')}{' '}
          <select value={period} onChange={(ev) => setPeriod(ev.target.value as Period)} data-testid="progress-period">
            <option value="day">{t('progressByDay')}</option>
            <option value="week">{t('progressByWeek')}</option>
          </select>
        </label>
        <label>
          <select value={by} onChange={(ev) => setBy(ev.target.value as Grouping)} data-testid="progress-by">
            <option value="all">{t('progressAll')}</option>
            <option value="region">{t('progressByRegion')}</option>
            <option value="interviewer">{t('progressByInterviewer')}</option>
          </select>
        </label>
        <label>{t('progressFixedE')}{' '}
          <input inputMode="decimal" size={5} value={fixedE} onChange={(ev) => setFixedE(ev.target.value)} aria-invalid={!eValid} data-testid="progress-e" />
        </label>
      </div>
      {failure ? <p className="form-error" role="alert">{failure}</p> : null}
      {!report ? <p>{t('loading')}</p> : overall.length === 0 ? <p>{t('progressNoEvents')}</p> : (
        <>
          <p data-testid="progress-e-used">
            {t('progressEUsed')}: <strong>{last ? numberFormat(locale).fixed(last.e, 3) : '—'}</strong>{' '}
            ({report.eRule === 'fixed' ? t('progressERuleFixed') : t('progressERuleKnown')})
          </p>
          <div className="chart-row">
            <PlotFigure options={cumulativeChart} label={t('progressCumulativeChart')} testId="progress-chart-cumulative" />
            <PlotFigure options={ratesChart} label={t('progressRatesChart')} testId="progress-chart-rates" />
          </div>
          {report.series.map((s, index) => (
            <details key={`${index}:${s.group}`} open={index === 0}>
              <summary>{groupName(index, s.group)}</summary>
              <div className="table-scroll">
                <table className="data-table" data-testid={index === 0 ? 'progress-table-all' : `progress-table-${s.group}`}>
                  <thead>
                    <tr>
                      <th>{t('progressPeriod')}</th><th>{t('progressAssigned')}</th><th>{t('progressAttempted')}</th><th>{t('progressCompleted')}</th><th>{t('progressClosed')}</th>
                      <th>e</th><th>RR1</th><th>RR3</th><th>COOP1</th><th>REF1</th><th>CON1</th>
                    </tr>
                  </thead>
                  <tbody>
                    {s.rows.map((r) => (
                      <tr key={r.period}>
                        <td>{r.period}</td>
                        <td>{r.counts.assigned} <small>({r.cumulative.assigned})</small></td>
                        <td>{r.counts.attempted} <small>({r.cumulative.attempted})</small></td>
                        <td>{r.counts.completed} <small>({r.cumulative.completed})</small></td>
                        <td>{r.counts.closed} <small>({r.cumulative.closed})</small></td>
                        <td>{numberFormat(locale).fixed(r.e, 3)}</td>
                        <td>{pct(r.rates.RR1)}</td><td>{pct(r.rates.RR3)}</td><td>{pct(r.rates.COOP1)}</td><td>{pct(r.rates.REF1)}</td><td>{pct(r.rates.CON1)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          ))}
        </>
      )}
    </section>
  );
}
