/**
 * One chart per indicator: the estimate of each domain as a dot with its confidence interval as a
 * line, drawn as SVG by Observable Plot. Plot needs a DOM `document`: the browser's in the app,
 * linkedom's on the server (no browser needed). Suppressed domains are left out of the chart.
 */
import * as Plot from '@observablehq/plot';
import type { Locale } from '../indicators/catalogue';
import type { ReportIndicator } from './model';
import { numberFormatter, TYPE_NAMES } from './i18n';

export interface ChartOptions {
  readonly locale: Locale;
  readonly document: Document;
  readonly width?: number;
}

/** The chart as SVG markup, or an empty string when no domain may be shown. */
export function indicatorChartSvg(ind: ReportIndicator, options: ChartOptions): string {
  const data = ind.rows.filter((r) => r.status !== 'suppressed' && Number.isFinite(r.estimate))
    .map((r) => ({ label: r.domainLabel, estimate: r.estimate, low: Number.isFinite(r.ciLow) ? r.ciLow : r.estimate, high: Number.isFinite(r.ciHigh) ? r.ciHigh : r.estimate }));
  if (data.length === 0) return '';
  const longest = Math.max(...data.map((d) => d.label.length));
  // About 7 px per character at 12 px (Cyrillic runs wider than Latin).
  const marginLeft = Math.min(330, 16 + 7.2 * longest);
  const digits = ind.definition.type === 'mean' || ind.definition.type === 'ratio' ? 1 : 0;
  const f = numberFormatter(options.locale, digits);
  const percent = ind.definition.type === 'prevalence';
  const lo = Math.min(0, ...data.map((d) => d.low));
  const hi = Math.max(...data.map((d) => d.high));
  const svg = Plot.plot({
    document: options.document,
    width: options.width ?? Math.max(560, Math.round(marginLeft + 420)),
    height: 40 + 24 * data.length,
    marginLeft,
    marginRight: 24,
    style: { fontSize: '12px' },
    x: { label: TYPE_NAMES[ind.definition.type]?.[options.locale] ?? null, grid: true, domain: [lo, percent ? Math.min(100, hi * 1.05) : hi * 1.05], tickFormat: (x: number) => f(x), nice: true },
    y: { label: null, domain: data.map((d) => d.label) },
    marks: [
      Plot.ruleY(data, { y: 'label', x1: 'low', x2: 'high', stroke: '#1f5f99', strokeWidth: 2 }),
      Plot.dot(data, { y: 'label', x: 'estimate', fill: '#1f5f99', r: 4 }),
      Plot.ruleX([lo]),
    ],
  });
  return (svg as unknown as { outerHTML: string }).outerHTML;
}
