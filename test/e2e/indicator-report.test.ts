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
  charts: Array<{ id: string; left: number; right: number; width: number; height: number; visible: boolean; marks: number }>;
  articles: number;
}

function layout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const charts = [...document.querySelectorAll('article figure svg')].map((svg) => {
      const box = svg.getBoundingClientRect();
      const style = getComputedStyle(svg);
      return {
        id: svg.closest('article')?.id ?? '',
        left: box.left, right: box.right, width: box.width, height: box.height,
        visible: style.display !== 'none' && style.visibility !== 'hidden' && box.width > 0 && box.height > 0,
        // The estimates are drawn as circles or lines inside the plot: an empty frame has none.
        marks: svg.querySelectorAll('circle, line, path, rect').length,
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
      expect(c.marks, c.id).toBeGreaterThan(5);
      expect(c.right, c.id).toBeLessThanOrEqual(desktop.width);
    }

    expect(blocked).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    // Screenshots of the first screen only: a full page of ~100 indicators is 60,000+ px tall.
    await page.screenshot({ path: join(shots, `report-${lang}-desktop-top.png`) });
    await close();
  });

  it('fits a 390 px phone screen: no horizontal scrolling, charts within the width', { timeout: 180_000 }, async () => {
    const { page, close, blocked } = await open(reports[lang], phone);
    const { scrollWidth, charts } = await layout(page);
    expect(scrollWidth).toBeLessThanOrEqual(phone.width);
    expect(charts.length).toBeGreaterThan(0);
    for (const c of charts) {
      expect(c.visible, c.id).toBe(true);
      expect(c.left, c.id).toBeGreaterThanOrEqual(0);
      expect(c.right, c.id).toBeLessThanOrEqual(phone.width);
    }
    // Wide tables scroll inside their own box rather than widening the page.
    const tables = await page.locator('.table-wrap').evaluateAll((ws) => ws.map((w) => w.getBoundingClientRect().right));
    for (const right of tables) expect(right).toBeLessThanOrEqual(phone.width);
    expect(blocked).toEqual([]);
    await page.screenshot({ path: join(shots, `report-${lang}-phone-top.png`) });
    await page.locator('article').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, `report-${lang}-phone-first-indicator.png`) });
    await close();
  });
});
