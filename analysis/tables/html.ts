/**
 * The HTML report: one self-contained file (inline CSS and SVG, no script, no network), readable
 * on a phone, in the report's language with the `lang` attribute set. Tables scroll sideways in
 * their own box (first column sticky, a shadow where more columns hide); each chart comes drawn
 * twice, narrow and wide, and a container query shows the one that fits, so its text stays at
 * 12 px instead of being scaled down. The app can call it with the browser's `document`.
 */
import { indicatorFormula, isPercentage, type Catalogue } from '../indicators/catalogue';
import type { ExtraTable, IndicatorReport, ReportIndicator, TablesReport } from './model';
import { levelText, localize } from './model';
import { languageTag, text, TYPE_NAMES, UNIT_NAMES } from './i18n';
import { CHART_WIDTHS, indicatorChartSvg } from './chart';
import { numberFormat } from './number-format';

export interface HtmlOptions {
  /** A DOM document for the charts (default: linkedom's, for use outside a browser). */
  readonly document?: Document;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const CSS = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #5b6470; --line: #d7dde4; --accent: #1f5f99; --warn: #8a5a00; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: #fff; }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { font-size: 1.05rem; margin: 1.75rem 0 .5rem; }
h3 small { color: var(--muted); font-weight: normal; font-size: .8rem; display: block; }
nav ul { padding-left: 1.2rem; columns: 2 18rem; }
.meta, .note { color: var(--muted); font-size: .9rem; }
figure.chart { margin: .5rem 0 .75rem; container-type: inline-size; }
figure.chart svg { display: block; width: 100%; height: auto; }
figure.chart .wide { display: none; max-width: ${CHART_WIDTHS.wide}px; }
figure.chart .narrow { max-width: ${CHART_WIDTHS.narrow + 90}px; }
@container (min-width: 600px) { figure.chart .narrow { display: none; } figure.chart .wide { display: block; } }
.table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; border: 1px solid var(--line); border-radius: 4px;
  background: linear-gradient(to left, #fff 40%, rgba(255,255,255,0)) right center / 2.5rem 100% no-repeat local,
    radial-gradient(farthest-side at 100% 50%, rgba(0,0,0,.22), rgba(0,0,0,0)) right center / .9rem 100% no-repeat scroll; }
table { border-collapse: separate; border-spacing: 0; width: 100%; font-size: .9rem; font-variant-numeric: tabular-nums; }
th, td { padding: .35rem .5rem; border-bottom: 1px solid var(--line); text-align: right; white-space: nowrap; }
th:first-child, td:first-child { text-align: left; white-space: normal; min-width: 8.5rem; max-width: 14rem; position: sticky; left: 0; z-index: 1; background: #fff; border-right: 1px solid var(--line); }
thead th { background: #eef3f8; position: sticky; top: 0; }
thead th:first-child { background: #eef3f8; z-index: 2; }
td.suppressed { color: var(--muted); font-style: italic; text-align: left; }
td.caution { color: var(--warn); }
dl.definitions dt { font-weight: 600; margin-top: .75rem; }
dl.definitions dd { margin-left: 0; }
code { font-size: .85em; background: #f3f5f7; padding: 0 .2em; border-radius: 3px; word-break: break-word; }
footer { margin: 2.5rem auto 2rem; border-top: 1px solid var(--line); }
@media (max-width: 40rem) { body { font-size: 14px; } h1 { font-size: 1.3rem; } th, td { padding: .3rem .4rem; } th:first-child, td:first-child { min-width: 7.5rem; max-width: 10rem; } }
`;

export async function renderIndicatorReportHtml(report: IndicatorReport, catalogue: Catalogue, options: HtmlOptions = {}): Promise<string> {
  const document = options.document ?? (await import('linkedom')).parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
  const L = report.locale;
  const level = levelText(report.level, L);
  const e = escapeHtml;
  const out: string[] = [];
  out.push(`<!doctype html>\n<html lang="${e(languageTag(L))}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${e(report.title)}</title>\n<style>${CSS}</style>\n</head>\n<body>`);
  out.push(`<header><h1>${e(report.title)}</h1><p class="meta">${e(text('generated', L))}: ${e(report.generated)}</p></header>\n<main>`);
  out.push(`<nav><h2>${e(text('contents', L))}</h2><ul>${report.sections.map((s) => `<li><a href="#${e(s.id)}">${e(s.title)}</a></li>`).join('')}`
    + `${report.extras.length > 0 ? `<li><a href="#response-rates">${e(report.extrasTitle ?? text('responseRates', L))}</a></li>` : ''}<li><a href="#definitions">${e(text('definitions', L))}</a></li></ul></nav>`);
  for (const note of report.notes) out.push(`<p class="note">${e(note)}</p>`);
  const headers = [text('domain', L), text('estimate', L), text('se', L), text('ciLow', L, { level }), text('ciHigh', L, { level }), text('n', L), text('cv', L)];
  for (const section of report.sections) {
    out.push(`<section id="${e(section.id)}"><h2>${e(section.title)}</h2>`);
    for (const ind of section.indicators) out.push(indicatorBlock(ind, headers, L, document));
    out.push('</section>');
  }
  if (report.extras.length > 0) {
    out.push(`<section id="response-rates"><h2>${e(report.extrasTitle ?? text('responseRates', L))}</h2>`);
    for (const extra of report.extras) out.push(extraTable(extra, L));
    out.push('</section>');
  }
  const shown = new Set(report.sections.flatMap((s) => s.indicators.map((i) => i.definition.id)));
  out.push(`<section id="definitions"><h2>${e(text('definitions', L))}</h2><dl class="definitions">`);
  for (const d of catalogue.indicators.filter((i) => shown.has(i.id))) {
    out.push(`<dt id="def-${e(d.id)}">${e(localize(d.title, L))} <small>[${e(d.id)}${d.sdg ? ` · ${e(text('sdg', L))} ${e(d.sdg)}` : ''}]</small></dt>`
      + `<dd>${e(localize(d.definition, L))}<br><span class="note">${e(text('type', L))}: ${e(TYPE_NAMES[d.type]?.[L] ?? d.type)} · ${e(text('unit', L))}: ${e(UNIT_NAMES[d.unit]?.[L] ?? d.unit)} · `
      + `${e(text('universe', L))}: <code>${e(d.universe)}</code> · ${e(text('numerator', L))}: <code>${e(indicatorFormula(d))}</code> · ${e(text('source', L))}: ${e(d.source)}</span></dd>`);
  }
  out.push('</dl></section>\n</main>');
  out.push(`<footer>${report.footnotes.map((f) => `<p class="note">${e(f)}</p>`).join('')}<p class="note">${e(text('chartNote', L, { level }))}</p></footer>\n</body>\n</html>\n`);
  return out.join('\n');
}

function indicatorBlock(ind: ReportIndicator, headers: readonly string[], L: IndicatorReport['locale'], document: Document): string {
  const e = escapeHtml;
  const d = ind.definition.type === 'mean' || ind.definition.type === 'ratio' ? 2 : 1;
  const nf = numberFormat(L);
  const f = (x: number): string => nf.fixed(x, d), fse = (x: number): string => nf.fixed(x, d + 1), f1 = (x: number): string => nf.fixed(x, 1), f0 = nf.integer;
  const rows = ind.rows.map((r) => {
    if (r.status === 'suppressed') {
      return `<tr><td>${e(r.domainLabel)}</td><td class="suppressed" colspan="4">${e(text('suppressed', L))}</td><td>${f0(r.n)}</td><td class="suppressed">‡</td></tr>`;
    }
    const cls = r.status === 'caution' ? ' class="caution"' : '';
    return `<tr><td>${e(r.domainLabel)}</td><td${cls}>${f(r.estimate)}${r.marker ? ` ${r.marker}` : ''}</td><td>${fse(r.se)}</td><td>${f(r.ciLow)}</td><td>${f(r.ciHigh)}</td><td>${f0(r.n)}</td><td>${f1(r.cv * 100)}</td></tr>`;
  }).join('');
  const narrow = indicatorChartSvg(ind, { locale: L, document, width: CHART_WIDTHS.narrow, fontSize: 12 });
  const chart = narrow && `<div class="narrow">${narrow}</div><div class="wide">${indicatorChartSvg(ind, { locale: L, document, width: CHART_WIDTHS.wide, fontSize: 13 })}</div>`;
  const suffix = isPercentage(ind.definition) ? ' (%)' : ind.definition.type === 'incidence-per-100' ? ` (${TYPE_NAMES['incidence-per-100'][L]})` : '';
  const cols = [headers[0], `${headers[1]}${suffix}`, ...headers.slice(2)];
  const unit = TYPE_NAMES[ind.definition.type]?.[L] ?? '';
  return `<article id="${e(ind.definition.id)}"><h3>${e(ind.title)}<small>${e(ind.definition.id)}${ind.definition.sdg ? ` · ${e(text('sdg', L))} ${e(ind.definition.sdg)}` : ''} · ${e(unit)}</small></h3>`
    + (chart ? `<figure class="chart">${chart}</figure>` : '')
    + `<div class="table-wrap"><table><thead><tr>${cols.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table></div></article>`;
}

/** A page of plain tables (no charts) in the same style as the indicator report. */
export function renderTablesHtml(report: TablesReport): string {
  const e = escapeHtml;
  const L = report.locale;
  return `<!doctype html>\n<html lang="${e(languageTag(L))}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${e(report.title)}</title>\n<style>${CSS}</style>\n</head>\n<body>`
    + `<header><h1>${e(report.title)}</h1><p class="meta">${e(text('generated', L))}: ${e(report.generated)}</p></header>\n<main>`
    + report.notes.map((n) => `<p class="note">${e(n)}</p>`).join('')
    + report.tables.map((t) => `<section>${extraTable(t, L)}</section>`).join('\n')
    + '</main>\n</body>\n</html>\n';
}

export function extraTable(extra: ExtraTable, L: IndicatorReport['locale']): string {
  const e = escapeHtml;
  const nf = numberFormat(L);
  const cell = (x: string | number, k: number): string => {
    if (typeof x === 'string') return e(x);
    const fmt = extra.formats?.[k];
    if (fmt?.endsWith('%')) return nf.percent(x, decimalsOf(fmt));
    if (fmt && !fmt.includes(',')) return nf.ungrouped(x, decimalsOf(fmt));
    return fmt ? nf.fixed(x, decimalsOf(fmt)) : nf.integer(x);
  };
  return `<h3>${e(extra.title)}</h3><div class="table-wrap"><table><thead><tr>${extra.columns.map((c) => `<th scope="col">${e(c)}</th>`).join('')}</tr></thead><tbody>`
    + extra.rows.map((r) => `<tr>${r.map((x, k) => `<td>${cell(x, k)}</td>`).join('')}</tr>`).join('') + '</tbody></table></div>';
}

/** Decimals of an Excel number format ('0.0%' → 1, '#,##0' → 0). */
function decimalsOf(fmt: string): number {
  return /\.(0+)/.exec(fmt)?.[1].length ?? 0;
}
