// The analyst's indicator tables in the app: a bad file, then a simulated survey uploaded with its
// design.json and computed in Macedonian, checked against the built CLI's report of the same
// files (tables, charts, the CSV and the XLSX read back with exceljs); the collected-data path
// (two interviews submitted over HTTP, their unweighted tables); interviewers never see it.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, requireChromium, screenshot, slow, tabletContext } from './helpers/browser';
import { apiToken, root, startServer, type RunningServer } from './helpers/server';

requireChromium();

const run = promisify(execFile);
const cli = join(root, 'bin', 'jha-survey.mjs');

// One indicator group keeps the test quick; the app picks it with its group filter.
const GROUP = 'sdg16';
const catalogue = JSON.parse(readFileSync(join(root, 'surveys', 'indicators.json'), 'utf8')) as { indicators: { id: string; group: string }[] };
const GROUP_IDS = catalogue.indicators.filter((d) => d.group === GROUP).map((d) => d.id);

let server: RunningServer;
let browser: Browser;
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jha-analysis-screen-'));
  const starting = Promise.all([startServer(), launchBrowser()]);
  await run(process.execPath, [cli, 'simulate', '--n', '800', '--seed', '5', '--out', dir], { cwd: root });
  const args = (out: string, lang: string) => ['analyze', 'indicators', '--data', join(dir, 'microdata.csv'), '--design', join(dir, 'design.json'),
    '--by', 'region', '--only', GROUP_IDS.join(','), '--lang', lang, '--out', join(dir, out)];
  await Promise.all([
    run(process.execPath, [cli, ...args('cli.csv', 'en')], { cwd: root }),
    run(process.execPath, [cli, ...args('cli.html', 'mk')], { cwd: root }),
    run(process.execPath, [cli, ...args('cli.xlsx', 'mk')], { cwd: root }),
  ]);
  [server, browser] = await starting;
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function openAnalysis(context: BrowserContext, role: 'analyst' | 'manager'): Promise<Page> {
  const page = await context.newPage();
  const { username, password } = server.account(role);
  await logIn(page, server.url, username, password);
  await page.getByTestId('open-analysis').click();
  await page.getByTestId('run-analysis').waitFor();
  return page;
}

async function saved(download: Promise<Download>, name: string): Promise<Buffer> {
  const file = join(dir, name);
  await (await download).saveAs(file);
  return readFileSync(file);
}

type Cell = string | number | null;

async function workbookCells(data: Buffer): Promise<{ sheets: string[]; rows: Map<string, Cell[][]> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  const rows = new Map<string, Cell[][]>();
  for (const ws of wb.worksheets) {
    const list: Cell[][] = [];
    ws.eachRow((row) => list.push((row.values as unknown[]).map((v) => (typeof v === 'number' ? v : v === undefined || v === null ? null : JSON.stringify(v)))));
    rows.set(ws.name, list);
  }
  return { sheets: wb.worksheets.map((ws) => ws.name), rows };
}

/** Same cells; numbers to 1e-12 relative (see expectSameCsv). */
function expectSameCells(mine: Cell[][], theirs: Cell[][], sheet: string): void {
  expect(mine.length, sheet).toBe(theirs.length);
  mine.forEach((row, i) => {
    expect(row.length, `${sheet} row ${i + 1}`).toBe(theirs[i].length);
    row.forEach((cell, j) => {
      const other = theirs[i][j];
      if (typeof cell === 'number' && typeof other === 'number') {
        expect(Math.abs(cell - other), `${sheet} row ${i + 1}`).toBeLessThanOrEqual(1e-12 * Math.max(Math.abs(cell), Math.abs(other)));
      } else {
        expect(cell, `${sheet} row ${i + 1}`).toEqual(other);
      }
    });
  });
}

/**
 * The same rows, ids, domains, counts and flags, and numbers equal to 1e-12 relative: Chromium's
 * V8 and Node's differ in the last bit of Math.exp/log (logit intervals), so the files are
 * byte-identical only within one engine (test/unit/app/analysis-run.test.ts checks that).
 */
function expectSameCsv(mine: string, theirs: string): void {
  const [a, b] = [mine.split('\n'), theirs.split('\n')];
  expect(a.length).toBe(b.length);
  expect(a[0]).toBe(b[0]);
  a.forEach((line, i) => {
    const [x, y] = [line.split(','), b[i].split(',')];
    expect(x.length, line).toBe(y.length);
    x.forEach((cell, j) => {
      const [u, v] = [Number(cell), Number(y[j])];
      if (cell === '' || y[j] === '' || !Number.isFinite(u) || !Number.isFinite(v)) expect(cell, line).toBe(y[j]);
      else expect(Math.abs(u - v), line).toBeLessThanOrEqual(1e-12 * Math.max(Math.abs(u), Math.abs(v)));
    });
  });
}

/** Every table of a report as text, row by row. */
function tablesText(page: Page | ReturnType<Page['frameLocator']>): Promise<string[]> {
  return page.locator('table').evaluateAll((tables) => tables.map((t) => (t as HTMLTableElement).innerText));
}

describe('the analysis screen', () => {
  it('computes an uploaded survey in Macedonian with the CLI\'s numbers, charts and files', async () => {
    const context = await tabletContext(browser);
    try {
      const page = await openAnalysis(context, 'analyst');
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.getByTestId('design-upload').check();
      await page.getByTestId('design-file').setInputFiles(join(dir, 'design.json'));
      await page.getByTestId('design-loaded').waitFor();

      // A bad file first: its problem with the reader's code, no stack, and the form kept.
      const ragged = join(dir, 'ragged.csv');
      const [header, first, ...rest] = readFileSync(join(dir, 'microdata.csv'), 'utf8').split('\n');
      writeFileSync(ragged, [header, `${first},surplus`, ...rest].join('\n'));
      await page.getByTestId('data-file').setInputFiles(ragged);
      await page.getByTestId('data-loaded').waitFor();
      await page.getByTestId('run-analysis').click();
      const error = page.getByTestId('analysis-error');
      await error.waitFor();
      expect(await error.innerText()).toMatch(/\[ragged-row\].*line 2/);
      expect(await error.innerText()).not.toMatch(/\bat \S+:\d+/);
      expect(await page.getByTestId('design-loaded').isVisible()).toBe(true);

      // A dictionary file that does not parse: where it breaks, in the analyst's words, not V8's.
      const broken = join(dir, 'broken.dictionary.json');
      writeFileSync(broken, '{\n  "variables": [1,, 2]\n}\n');
      await page.getByTestId('data-file').setInputFiles([join(dir, 'microdata.csv'), broken]);
      await expect.poll(() => error.innerText(), { timeout: slow }).toContain('[bad-dictionary]');
      expect(await error.innerText()).toContain('broken.dictionary.json is not valid JSON: line 2, column 19');

      // The data with the variable dictionary simulate writes beside it, as the CLI reads it there:
      // the report names the profile's regions ("Скопски регион"), not their codes.
      await page.getByTestId('data-file').setInputFiles([join(dir, 'microdata.csv'), join(dir, 'microdata.dictionary.json')]);
      await expect.poll(() => page.getByTestId('data-loaded').innerText(), { timeout: slow }).toContain('microdata.csv');
      // A run of every indicator, cancelled: no report, no error, the button is back.
      await page.getByTestId('run-analysis').click();
      await page.getByTestId('analysis-progress').waitFor();
      await page.getByTestId('cancel-analysis').click();
      await expect.poll(() => page.getByTestId('run-analysis').isEnabled(), { timeout: slow }).toBe(true);
      expect(await page.getByTestId('analysis-progress').count()).toBe(0);
      expect(await page.getByTestId('analysis-error').count()).toBe(0);
      expect(await page.getByTestId('analysis-report').count()).toBe(0);

      await page.getByTestId('language').selectOption('mk');
      await page.getByTestId('by-region').check();
      await page.getByTestId('indicator-group').selectOption(GROUP);
      await page.getByTestId('run-analysis').click();
      const frame = page.frameLocator('[data-testid=report-frame]');
      await frame.locator('table').first().waitFor();
      await expect.poll(() => frame.locator('html').getAttribute('lang'), { timeout: slow }).toBe('mk');
      expect(await frame.locator('h1').innerText()).toMatch(/\p{Script=Cyrillic}/u);
      expect(await frame.locator('figure svg').count()).toBeGreaterThan(0);
      await screenshot(page, 'analysis-mk');

      // The same tables as the CLI's HTML report of the same files, cell for cell.
      const cliPage = await context.newPage();
      await cliPage.setContent(readFileSync(join(dir, 'cli.html'), 'utf8'));
      const [mine, theirs] = [await tablesText(frame), await tablesText(cliPage)];
      expect(mine.length).toBeGreaterThanOrEqual(5);
      expect(mine).toEqual(theirs);
      expect(await frame.locator('figure svg').count()).toBe(await cliPage.locator('figure svg').count());
      expect(mine.join('\n')).toContain('Вкупно');

      const csv = await saved(Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]).then(([d]) => d), 'app.csv');
      expectSameCsv(csv.toString('utf8'), readFileSync(join(dir, 'cli.csv'), 'utf8'));
      const xlsx = await saved(Promise.all([page.waitForEvent('download'), page.getByTestId('download-xlsx').click()]).then(([d]) => d), 'app.xlsx');
      const [app, ref] = [await workbookCells(xlsx), await workbookCells(readFileSync(join(dir, 'cli.xlsx')))];
      expect(app.sheets).toEqual(ref.sheets);
      // The first sheet holds the generation time; the others must agree.
      for (const sheet of ref.sheets.slice(1)) expectSameCells(app.rows.get(sheet)!, ref.rows.get(sheet)!, sheet);
    } finally {
      await context.close();
    }
  });

  it('opens the collected interviews of a questionnaire, unweighted and saying so', async () => {
    const interviewer = await apiToken(server, 'interviewer');
    const versions = await (await fetch(`${server.url}/api/v1/questionnaires`, { headers: { authorization: `Bearer ${interviewer}` } })).json() as { id: string; version: number }[];
    const safety = versions.find((q) => q.id === 'safety');
    expect(safety).toBeDefined();
    // As the runner sends them: answers plus the calculated values kept in the result.
    for (const [safeDark, safeFeel] of [[1, 1], [4, 0]]) {
      const response = await fetch(`${server.url}/api/v1/submissions/${uuidv7()}`, {
        method: 'PUT', headers: { authorization: `Bearer ${interviewer}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          questionnaireId: 'safety', version: safety!.version, disposition: '1.1',
          data: { consent: 1, sex: 1, safe_dark: safeDark, safe_feel: safeFeel },
          paradata: { startedAt: '2026-11-20T08:00:00.000Z', endedAt: '2026-11-20T08:20:00.000Z' },
        }),
      });
      expect(response.status).toBe(201);
    }
    const context = await tabletContext(browser);
    try {
      const page = await openAnalysis(context, 'analyst');
      await page.getByTestId('source-collected').check();
      await page.getByTestId('collected-questionnaire').selectOption('safety');
      await page.getByTestId('download-collected').click();
      await page.getByTestId('data-loaded').waitFor();
      expect(await page.getByTestId('weight').inputValue()).toBe('(unweighted)');
      await page.getByTestId('unweighted-note').waitFor();
      await page.getByTestId('run-analysis').click();
      await page.getByTestId('unweighted-warning').waitFor();
      const frame = page.frameLocator('[data-testid=report-frame]');
      await frame.locator('table').first().waitFor();
      expect(await frame.locator('main').innerText()).toContain('Unweighted estimates');
      expect(await page.getByTestId('not-computable').textContent()).toMatch(/not computable: missing \w+/);
      const csv = (await saved(Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]).then(([d]) => d), 'collected.csv')).toString('utf8');
      // One of two respondents feels safe: 50 %, from n = 2 (flagged for suppression).
      const row = csv.split('\n').find((l) => l.startsWith('SDG16_1_4,,'))!.split(',');
      expect(Number(row[2])).toBeCloseTo(50, 6);
      expect(row[7]).toBe('2');
      expect(row[9]).toContain('suppress-n');
    } finally {
      await context.close();
    }
  });

  it('is not offered to interviewers', async () => {
    const context = await tabletContext(browser);
    try {
      const page = await context.newPage();
      const { username, password } = server.account('interviewer');
      await logIn(page, server.url, username, password);
      await page.getByTestId('questionnaire-safety').waitFor();
      expect(await page.getByTestId('open-analysis').count()).toBe(0);
      await page.goto(`${server.url}/#/analysis`);
      await page.getByTestId('questionnaire-safety').waitFor();
      expect(await page.getByTestId('run-analysis').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
