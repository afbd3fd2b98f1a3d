/**
 * One chart per indicator: one row per domain, its label on the left, the estimate as a dot with
 * its confidence interval as a line, drawn as SVG by Observable Plot. Plot needs a DOM
 * `document`: the browser's in the app, linkedom's on the server (no browser needed).
 *
 * The chart is drawn for the width it is shown at (an SVG scaled down to a phone made 5 px text):
 * the HTML report carries a narrow and a wide drawing and shows the one that fits its box.
 * Every domain keeps its row: a suppressed one says so in words (no dot, no line), one to use
 * with caution (CV 16.5–33.3 %) has an open dot, a dashed line and "*" after its label.
 */
import * as Plot from '@observablehq/plot';
import { isPercentage, type Locale } from '../indicators/catalogue';
import type { ReportIndicator, ReportRow } from './model';
import { text, TYPE_NAMES, variableLabel } from './i18n';
import { numberFormat } from './number-format';

export interface ChartOptions {
  readonly locale: Locale;
  readonly document: Document;
  /** Drawing width in CSS pixels (default 720). */
  readonly width?: number;
  /** Font size of every label in CSS pixels at that width (default 12). */
  readonly fontSize?: number;
}

/** The narrow drawing (phones: shown 1:1 in a 358 px column at 390 px) and the wide one (desktop). */
export const CHART_WIDTHS = { narrow: 350, wide: 720 } as const;

const ACCENT = '#1f5f99';
const MUTED = '#5b6470';

interface Row {
  readonly key: string;
  readonly label: string;
  readonly lines: string;
  readonly status: ReportRow['status'];
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
}

/** Average advance of a character as a share of the font size (system sans, Latin and Cyrillic). */
const CHAR_EM = 0.58;

/** Greedy word wrap at spaces (a word longer than a line stays whole here). */
function wordLines(text: string, perLine: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(/\s+/).filter((x) => x !== '')) {
    if (line === '') line = w;
    else if (line.length + 1 + w.length <= perLine) line += ` ${w}`;
    else { lines.push(line); line = w; }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Breaks `label` into at most `maxLines` lines of about `perLine` characters at spaces, a crossed
 * domain ("Region: Skopje; Sex: Female", "Skopje · Female") one variable a line where that fits; what does not fit
 * ends in "…" (the full label is the row's tooltip).
 */
export function wrapLabel(label: string, perLine: number, maxLines: number): string[] {
  const cut = (s: string): string => (s.length > perLine ? `${s.slice(0, Math.max(1, perLine - 1))}…` : s);
  const parts = label.split(/(?<=[;·]) /);
  if (parts.length > 1) {
    // Whole parts packed greedily; a part longer than a line wraps at its own spaces.
    const byPart: string[] = [];
    for (const part of parts) {
      const last = byPart.length - 1;
      if (last >= 0 && byPart[last].length + 1 + part.length <= perLine) byPart[last] += ` ${part}`;
      else byPart.push(...wordLines(part, perLine));
    }
    if (byPart.length <= maxLines) return byPart.map(cut);
  }
  const lines = wordLines(label, perLine);
  if (lines.length <= maxLines) return lines.map(cut);
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1].slice(0, Math.max(1, perLine - 1)).replace(/\s+$/, '')}…`;
  return kept.map(cut);
}

/**
 * The row labels. When every domain but the total crosses the same by-variables, rows show the
 * codes' labels alone ("Skopje · Female") and the variables are named once above the column
 * ("Region · Sex"); otherwise each row says "Region: Skopje".
 */
function rowLabels(ind: ReportIndicator, locale: Locale): { labels: string[]; heading: string } {
  const parts = ind.rows.filter((r) => Object.keys(r.domain).length > 0).map((r) => Object.keys(r.domain).join('\u0000'));
  if (parts.length === 0 || new Set(parts).size !== 1) return { labels: ind.rows.map((r) => r.domainLabel), heading: '' };
  const vars = parts[0].split('\u0000');
  const labels = ind.rows.map((r) => (Object.keys(r.domain).length === 0 ? text('total', locale) : vars.map((v) => r.domainValues[v] ?? r.domain[v]).join(' · ')));
  return { labels, heading: vars.map((v) => variableLabel(v, locale)).join(' · ') };
}

/** The chart as SVG markup, or an empty string when no domain has a published estimate. */
export function indicatorChartSvg(ind: ReportIndicator, options: ChartOptions): string {
  const L = options.locale;
  const width = options.width ?? CHART_WIDTHS.wide;
  const fontSize = options.fontSize ?? 12;
  const charPx = CHAR_EM * fontSize;
  const { labels, heading } = rowLabels(ind, L);
  const shown = ind.rows.filter((r) => r.status !== 'suppressed' && Number.isFinite(r.estimate));
  if (shown.length === 0) return '';

  // The label column takes what the longest label needs, at most 42 % of the width; labels wrap.
  const perLine = Math.max(8, Math.floor((0.42 * width - 12) / charPx));
  const longest = Math.max(...labels.map((l) => l.length + 2));
  const marginLeft = Math.ceil(12 + charPx * Math.min(longest, perLine));
  const maxLines = width < 500 ? 3 : 2;
  const rows: Row[] = ind.rows.map((r, i) => {
    const label = `${labels[i]}${r.status === 'caution' ? ' *' : ''}`;
    const ok = r.status !== 'suppressed' && Number.isFinite(r.estimate);
    return {
      key: String(i), label, lines: wrapLabel(label, perLine, maxLines).join('\n'), status: ok ? r.status : 'suppressed',
      estimate: r.estimate, low: Number.isFinite(r.ciLow) ? r.ciLow : r.estimate, high: Number.isFinite(r.ciHigh) ? r.ciHigh : r.estimate,
    };
  });
  const lineCount = Math.max(...rows.map((r) => r.lines.split('\n').length));
  const rowHeight = Math.max(Math.round(fontSize * 2.2), Math.round(lineCount * fontSize * 1.2 + fontSize));

  const bars = rows.filter((r) => r.status !== 'suppressed');
  const percent = isPercentage(ind.definition);
  const lo = Math.min(0, ...bars.map((d) => d.low));
  const top = Math.max(...bars.map((d) => d.high)) * 1.05;
  const hi = percent ? Math.min(100, top) : top;
  const nf = numberFormat(L);
  const tickDigits = hi - lo >= 10 ? 0 : hi - lo >= 1 ? 1 : 2;
  const headingLines = heading ? wrapLabel(heading, perLine, 2) : [];
  const marginTop = heading ? Math.round(fontSize * (1.2 * headingLines.length + 0.9)) : 8;
  const marginBottom = Math.round(fontSize * 3.2);
  const ok = bars.filter((r) => r.status === 'ok');
  const caution = bars.filter((r) => r.status === 'caution');
  const suppressed = rows.filter((r) => r.status === 'suppressed');
  const y = 'key';

  const svg = Plot.plot({
    document: options.document,
    width,
    height: marginTop + marginBottom + rowHeight * rows.length,
    marginLeft,
    marginRight: Math.round(fontSize * 1.5),
    marginTop,
    marginBottom,
    style: { fontSize: `${fontSize}px`, overflow: 'visible' },
    x: {
      label: TYPE_NAMES[ind.definition.type]?.[L] ?? null, labelAnchor: 'right', grid: true, domain: [lo, hi], nice: true,
      ticks: Math.max(3, Math.floor((width - marginLeft) / (fontSize * 6))), tickFormat: (x: number) => nf.fixed(x, tickDigits, 0),
    },
    y: { type: 'point', domain: rows.map((r) => r.key), axis: null, padding: 0.5 },
    marks: [
      Plot.ruleX([lo]),
      Plot.text(rows, { y, frameAnchor: 'left', text: 'lines', textAnchor: 'end', dx: -8, lineHeight: 1.2, fill: (d: Row) => (d.status === 'suppressed' ? MUTED : 'currentColor'), title: (d: Row) => (d.lines.includes('…') ? d.label : null) }),
      ...(heading ? [Plot.text([headingLines.join('\n')], {
        frameAnchor: 'top-left', textAnchor: 'end', lineAnchor: 'bottom', lineHeight: 1.2, dx: -8, dy: -Math.round(fontSize * 0.5), fontWeight: 'bold', fill: MUTED,
        title: () => (headingLines.join(' ').includes('…') ? heading : null),
      })] : []),
      Plot.ruleY(ok, { y, x1: 'low', x2: 'high', stroke: ACCENT, strokeWidth: 2 }),
      Plot.ruleY(caution, { y, x1: 'low', x2: 'high', stroke: ACCENT, strokeWidth: 2, strokeDasharray: '4,3' }),
      Plot.dot(ok, { y, x: 'estimate', fill: ACCENT, r: 4.5 }),
      Plot.dot(caution, { y, x: 'estimate', fill: 'white', stroke: ACCENT, strokeWidth: 2, r: 4.5 }),
      Plot.text(suppressed, { y, frameAnchor: 'left', text: () => text('suppressed', L), textAnchor: 'start', dx: 6, fill: MUTED, fontStyle: 'italic' }),
    ],
  });
  const el = svg as unknown as { outerHTML: string; setAttribute(name: string, value: string): void };
  el.setAttribute('role', 'img');
  el.setAttribute('aria-label', ind.title);
  return el.outerHTML;
}
