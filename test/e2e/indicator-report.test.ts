// The HTML indicator report as an analyst opens it: the built CLI simulates a survey and writes
// the report in Macedonian (Cyrillic), Albanian (Latin) and Serbian (Cyrillic); Chromium opens
// each file from disk with the network blocked, at phone and at desktop width.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numberFormat, type NumberFormat } from '../../analysis/tables/number-format';
import type { Locale } from '../../analysis/indicators';
import { launchBrowser } from './helpers/browser';
import { root } from './helpers/server';

const run = promisify(execFile);
const cli = join(root, 'bin', 'jha-survey.mjs');
const shots = join(root, 'test-results', 'e2e');

type Lang = 'mk' | 'sq' | 'sr';
const langs: Lang[] = ['mk', 'sq', 'sr'];

/** What each language's report must show: its html lang, its script, and letters of the wrong neighbour. */
const expected: Record<Lang, { tag: string; title: RegExp; script: RegExp; foreign: RegExp; total: string }> = {
  // Macedonian has ќ ѓ ѕ, never the Serbian ћ ђ.
  mk: { tag: 'mk', title: /индикатори/u, script: /\p{Script=Cyrillic}/u, foreign: /[ћђЋЂ]/u, total: 'Вкупно' },
  // Albanian is Latin only, with ë and ç.
  sq: { tag: 'sq', title: /tregues/u, script: /[ëç]/u, foreign: /\p{Script=Cyrillic}/u, total: 'Gjithsej' },
  // Serbian Cyrillic has ћ ђ, never the Macedonian ќ ѓ ѕ.
  sr: { tag: 'sr-Cyrl', title: /показатељ/u, script: /\p{Script=Cyrillic}/u, foreign: /[ќѓѕЌЃЅ]/u, total: 'Укупно' },
};

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };

let dir = '';
let browser: Browser;
const reports = {} as Record<Lang, string>;

beforeAll(async () => {
  if (!existsSync(join(root, 'dist', 'cli'))) throw new Error('the CLI is not built: run `npm run build`');
  dir = mkdtempSync(join(tmpdir(), 'jha-report-'));
  const browserStarting = launchBrowser();
  await run(process.execPath, [cli, 'simulate', '--n', '2000', '--seed', '7', '--out', dir], { cwd: root });
  await Promise.all(langs.map(async (lang) => {
    reports[lang] = join(dir, `report-${lang}.html`);
    await run(process.execPath, [cli, 'analyze', 'indicators', '--data', join(dir, 'microdata.csv'), '--design', join(dir, 'design.json'),
      '--by', 'region', '--lang', lang, '--out', reports[lang]], { cwd: root });
  }));
  browser = await browserStarting;
  mkdirSync(shots, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Opened { page: Page; close: () => Promise<void>; requests: string[]; blocked: string[] }

/** Opens a report from disk; anything but file: and data: is aborted and recorded. */
async function open(file: string, viewport: { width: number; height: number }): Promise<Opened> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const requests: string[] = [];
  const blocked: string[] = [];
  page.on('request', (r) => { requests.push(r.url()); });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  const close = async () => {
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  };
  return { page, close, requests, blocked };
}

interface Layout {
  scrollWidth: number;
  /** The chart drawing each article shows (the narrow or the wide one; the other is display: none). */
  charts: Array<{ id: string; variant: string; left: number; right: number; width: number; height: number; visible: boolean; marks: number; shownPerArticle: number; suppressedRows: number }>;
  articles: number;
}

function layout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const charts = [...document.querySelectorAll('article figure')].map((figure) => {
      const drawings = [...figure.querySelectorAll('svg')].filter((svg) => svg.getBoundingClientRect().width > 0);
      const svg = drawings[0];
      const box = svg?.getBoundingClientRect();
      const style = svg ? getComputedStyle(svg) : undefined;
      return {
        id: figure.closest('article')?.id ?? '',
        variant: svg?.parentElement?.className ?? '',
        left: box?.left ?? 0, right: box?.right ?? 0, width: box?.width ?? 0, height: box?.height ?? 0,
        visible: !!svg && style!.display !== 'none' && style!.visibility !== 'hidden' && box!.width > 0 && box!.height > 0,
        // The estimates are drawn as circles or lines inside the plot: an empty frame has none.
        marks: svg ? svg.querySelectorAll('circle, line, path, rect').length : 0,
        shownPerArticle: drawings.length,
        suppressedRows: svg ? [...svg.querySelectorAll('text')].filter((t) => t.textContent?.startsWith('‡')).length : 0,
      };
    });
    return { scrollWidth: document.documentElement.scrollWidth, charts, articles: document.querySelectorAll('article').length };
  });
}

describe.each(langs)('the HTML indicator report in %s', (lang) => {
  const want = expected[lang];

  it('is self-contained, in its language and script, and shows suppressed cells without a number', { timeout: 180_000 }, async () => {
    const { page, close, requests, blocked } = await open(reports[lang], desktop);
    expect(await page.getAttribute('html', 'lang')).toBe(want.tag);

    const h1 = (await page.locator('h1').textContent()) ?? '';
    expect(h1).toMatch(want.title);
    const body = await page.locator('body').innerText();
    expect(body).toMatch(want.script);
    expect(body).not.toMatch(want.foreign);
    // The first column of every table names the whole population in the report's language.
    expect(await page.locator('tbody tr:first-child td:first-child').first().textContent()).toBe(want.total);

    const suppressed = await page.locator('td.suppressed').allTextContents();
    expect(suppressed.length).toBeGreaterThan(0);
    for (const text of suppressed) expect(text).not.toMatch(/\d/);
    // A suppressed row keeps its label and n, and nothing else in it is a number.
    const rows = await page.locator('tr:has(td.suppressed)').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    for (const cells of rows) {
      expect(cells).toHaveLength(4);
      expect(cells[2]).toMatch(/^\d[\d.,\s\u00a0\u202f]*$/);
      expect(cells[1]).not.toMatch(/\d/);
      expect(cells[3]).not.toMatch(/\d/);
    }

    const { charts, articles } = await layout(page);
    expect(articles).toBeGreaterThanOrEqual(30);
    // Every indicator with at least one published estimate has a chart.
    const withEstimates = await page.locator('article').evaluateAll((as) => as.filter((a) => a.querySelector('tbody td:not(.suppressed):nth-child(2)')).map((a) => a.id));
    expect(charts.map((c) => c.id).sort()).toEqual(withEstimates.sort());
    for (const c of charts) {
      expect(c.visible, c.id).toBe(true);
      expect(c.shownPerArticle, c.id).toBe(1);
      expect(c.variant, c.id).toBe('wide');
      expect(c.marks, c.id).toBeGreaterThan(5);
      expect(c.right, c.id).toBeLessThanOrEqual(desktop.width);
    }
    // A suppressed domain keeps its row in the chart, said in words.
    const suppressedInTables = await page.locator('article').evaluateAll((as) => Object.fromEntries(as.map((a) => [a.id, a.querySelectorAll('td.suppressed[colspan]').length])));
    const partly = charts.filter((c) => suppressedInTables[c.id] > 0);
    expect(partly.length).toBeGreaterThan(0);
    for (const c of partly) expect(c.suppressedRows, c.id).toBe(suppressedInTables[c.id]);

    expect(blocked).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    // Screenshots of the first screen only: a full page of ~100 indicators is 60,000+ px tall.
    await page.screenshot({ path: join(shots, `report-${lang}-desktop-top.png`) });
    await close();
  });

  it('fits a 390 px phone screen: chart text at least 11 px, nothing wider than the screen outside the table scrollers', { timeout: 180_000 }, async () => {
    const { page, close, blocked } = await open(reports[lang], phone);
    const { scrollWidth, charts } = await layout(page);
    expect(scrollWidth).toBeLessThanOrEqual(phone.width);
    expect(charts.length).toBeGreaterThan(0);
    for (const c of charts) {
      expect(c.visible, c.id).toBe(true);
      expect(c.shownPerArticle, c.id).toBe(1);
      expect(c.variant, c.id).toBe('narrow');
      expect(c.left, c.id).toBeGreaterThanOrEqual(0);
      expect(c.right, c.id).toBeLessThanOrEqual(phone.width);
    }
    // Text as drawn on screen: the tick labels and the domain labels of every shown chart.
    const text = await page.evaluate(() => {
      const sizes: { id: string; tickHeight: number; fontPx: number; labelFontPx: number }[] = [];
      for (const svg of document.querySelectorAll('article figure svg')) {
        const box = svg.getBoundingClientRect();
        if (box.width === 0) continue;
        const scale = box.width / (svg as SVGSVGElement).viewBox.baseVal.width;
        const tick = svg.querySelector('[aria-label="x-axis tick label"] text');
        const label = svg.querySelector('[aria-label="text"] text');
        if (!tick || !label) throw new Error(`chart without tick or domain labels in ${svg.closest('article')?.id}`);
        sizes.push({
          id: svg.closest('article')?.id ?? '',
          tickHeight: tick.getBoundingClientRect().height,
          fontPx: parseFloat(getComputedStyle(tick).fontSize) * scale,
          labelFontPx: parseFloat(getComputedStyle(label).fontSize) * scale,
        });
      }
      return sizes;
    });
    expect(text.length).toBe(charts.length);
    for (const t of text) {
      expect(t.tickHeight, t.id).toBeGreaterThanOrEqual(11);
      expect(t.fontPx, t.id).toBeGreaterThanOrEqual(11);
      expect(t.labelFontPx, t.id).toBeGreaterThanOrEqual(11);
    }
    // Nothing sticks out of the screen except inside a table's own scroll box.
    const outside = await page.evaluate((width) => [...document.body.querySelectorAll('*')]
      .filter((el) => !el.closest('.table-wrap') && !el.closest('svg'))
      .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && (r.right > width + 0.5 || r.left < -0.5); })
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className}`), phone.width);
    expect(outside).toEqual([]);
    const wraps = await page.locator('.table-wrap').evaluateAll((ws) => ws.map((w) => ({ right: w.getBoundingClientRect().right, scrolls: w.scrollWidth > w.clientWidth, overflow: getComputedStyle(w).overflowX })));
    for (const w of wraps) {
      expect(w.right).toBeLessThanOrEqual(phone.width);
      expect(w.overflow).toBe('auto');
    }
    expect(wraps.some((w) => w.scrolls)).toBe(true);
    // A suppressed cell's words start right after the sticky first column, on screen without scrolling.
    const suppressed = await page.locator('td.suppressed[colspan]').first().evaluate((td) => {
      const words = document.createRange();
      words.selectNodeContents(td);
      return { right: words.getBoundingClientRect().right, sticky: getComputedStyle(td.parentElement!.querySelector('td')!).position };
    });
    expect(suppressed.sticky).toBe('sticky');
    expect(suppressed.right).toBeLessThanOrEqual(phone.width);
    expect(blocked).toEqual([]);
    await page.screenshot({ path: join(shots, `report-${lang}-phone-top.png`) });
    await page.locator('article').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, `report-${lang}-phone-first-indicator.png`) });
    await close();
  });
});

describe('number formats in Chromium', () => {
  // Chromium carries ICU data only for its UI languages: Intl.NumberFormat('mk') and ('sq') fall
  // back to English there. The product's formats must not depend on it (the app renders the report in the browser).
  it('the report\'s number formats, run in Chromium, write every locale as in Node', { timeout: 60_000 }, async () => {
    const { build } = await import('esbuild');
    const bundle = await build({ entryPoints: [join(root, 'analysis/tables/number-format.ts')], bundle: true, format: 'iife', globalName: 'jhaNumbers', write: false, platform: 'browser' });
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    const locales: Locale[] = ['en', 'sq', 'bs', 'hr', 'mk', 'cnr', 'sr', 'sr-Latn'];
    const samples = (nf: NumberFormat): string[] => [nf.fixed(-12345.678, 2), nf.fixed(4990, 1), nf.integer(4990), nf.fixed(2.5, 2, 0), nf.percent(0.333), nf.ungrouped(2024, 0)];
    const inBrowser = await page.evaluate((locales) => {
      const lib = (globalThis as unknown as { jhaNumbers: { numberFormat: (l: string) => NumberFormat } }).jhaNumbers;
      return locales.map((L) => {
        const nf = lib.numberFormat(L);
        return [nf.fixed(-12345.678, 2), nf.fixed(4990, 1), nf.integer(4990), nf.fixed(2.5, 2, 0), nf.percent(0.333), nf.ungrouped(2024, 0)];
      });
    }, locales);
    for (const [k, L] of locales.entries()) expect(inBrowser[k], L).toEqual(samples(numberFormat(L)));
    expect(inBrowser[locales.indexOf('mk')]).toEqual(['-12.345,68', '4.990,0', '4.990', '2,5', '33,3\u00a0%', '2024']);
    await context.close();
  });
});
