// `npm run bench -- tablet [--idle=SECONDS] [--stored=0,1000,5000]`: the interviewer's app on a
// slow tablet (issue 17 item 9). Debian's Chromium with the CPU throttled 4× through CDP
// (Emulation.setCPUThrottlingRate), the real server with a fresh embedded database, and in the
// same run a bare SurveyJS 3 + React 19 page (bundled here with esbuild into a temp dir) that
// renders the same questionnaire: the baseline every runner figure is printed beside.
//
// Measured: offline cold start to the first question (a draft resumed with no network, the app
// served by its service worker) against the bare page loaded from the HTTP cache; the home screen
// with 0/1,000/5,000 stored interviews (render time, DOM nodes, heap) and the long tasks while it
// sits idle; bytes fetched after log-in and resources fetched more than once; the wire size of the
// log-in screen compressed and not; the service worker's precache; Next → next page p50/p95;
// tap → answer in IndexedDB p50/p99; a 300-question page against the bare page.
import { build } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, get as httpGet, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { catalogueChunksOf, initialScripts, staticClosure } from './bundle.bench';
import { chromiumPath, seedInterviews } from '../test/e2e/helpers/browser';
import { root, startServer, type RunningServer } from '../test/e2e/helpers/server';

const THROTTLE = 4;
const LOCALE = 'mk';
const appDir = join(root, 'dist', 'app');

// ── the questionnaire both pages render ─────────────────────────────────────

/** Eight locales, mk and sr in Cyrillic (the linter checks the script), as the real questionnaires. */
function texts(en: string, mk: string): Record<string, string> {
  return { default: en, sq: `${en} (sq)`, bs: `${en} (bs)`, hr: `${en} (hr)`, mk, cnr: `${en} (cnr)`, sr: mk, 'sr-Latn': `${en} (sr-Latn)` };
}

/** 20 pages of 8 radio questions, then one page of 300 questions (radios and numbers). */
export function benchQuestionnaire(): Record<string, unknown> {
  const choices = [1, 2, 3, 4].map((v) => ({ value: v, text: texts(`Option ${v}`, `Опција ${v}`) }));
  const pages: Array<Record<string, unknown>> = [];
  for (let p = 1; p <= 20; p += 1) {
    pages.push({
      name: `p${p}`, title: texts(`Page ${p}`, `Страна ${p}`),
      elements: Array.from({ length: 8 }, (_, i) => ({ type: 'radiogroup', name: `p${p}_q${i + 1}`, title: texts(`Question ${i + 1} of page ${p}`, `Прашање ${i + 1} од страна ${p}`), choices })),
    });
  }
  pages.push({
    name: 'long', title: texts('A long page', 'Долга страна'),
    elements: Array.from({ length: 300 }, (_, i) => (i % 3 === 2
      ? { type: 'text', inputType: 'number', name: `l_q${i + 1}`, title: texts(`Count ${i + 1}`, `Број ${i + 1}`), min: 0, max: 99 }
      : { type: 'radiogroup', name: `l_q${i + 1}`, title: texts(`Long question ${i + 1}`, `Долго прашање ${i + 1}`), choices })),
  });
  return { title: texts('Performance bench', 'Мерење'), showQuestionNumbers: 'off', pages };
}

// ── the bare SurveyJS page ───────────────────────────────────────────────────

const BARE_ENTRY = `
import 'survey-core/survey-core.fontless.min.css';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
const params = new URLSearchParams(location.search);
const json = await (await fetch('./questionnaire.json')).json();
const model = new Model(json);
model.locale = params.get('locale') ?? '';
const start = Number(params.get('page') ?? 0);
if (start > 0) model.currentPageNo = start;
createRoot(document.getElementById('root')).render(createElement(Survey, { model }));
`;

export async function buildBarePage(dir: string, questionnaire: object): Promise<void> {
  await build({
    stdin: { contents: BARE_ENTRY, resolveDir: root, loader: 'js' },
    bundle: true, minify: true, format: 'esm', target: 'es2022', outdir: dir, entryNames: 'bare', logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' }, absWorkingDir: root,
  });
  writeFileSync(join(dir, 'questionnaire.json'), JSON.stringify(questionnaire));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="bare.css"></head><body><div id="root"></div><script type="module" src="bare.js"></script></body></html>');
}

/** Serves the bare page with a long cache lifetime, so its second load comes from the HTTP cache. */
export function serveDir(dir: string): Promise<{ url: string; server: Server }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
  const server = createServer((req, res) => {
    const path = join(dir, (req.url ?? '/').split('?')[0] === '/' ? 'index.html' : (req.url ?? '').split('?')[0]);
    if (!existsSync(path)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'public, max-age=3600' });
    res.end(readFileSync(path));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server })));
}

// ── measuring in the page ────────────────────────────────────────────────────

/**
 * Installed before any script of the page: the moment the first question and the interview list
 * enter the DOM (MutationObserver; not the next animation frame, which a background tab of a
 * loaded machine may never get) and every long task (PerformanceObserver 'longtask'). A mark is
 * reported to the bench through a binding (`watchMarks`), so nothing of Playwright's runs in the
 * page while it loads.
 */
// tsx (esbuild keepNames) wraps named functions in the evaluated code in `__name(…)`.
const PROBE = `globalThis.__name = globalThis.__name || ((f) => f);
(() => {
  const marks = {}; const longTasks = [];
  window.__bench = { marks, longTasks };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
  const watch = { question: '.sd-question', home: '[data-testid="interviews"], [data-testid="no-interviews"]' };
  const check = () => {
    for (const [k, sel] of Object.entries(watch)) {
      if (marks[k] !== undefined || !document.querySelector(sel)) continue;
      marks[k] = performance.now();
      if (typeof window.__benchMark === 'function') window.__benchMark(k, marks[k]);
    }
  };
  // Attributes and text too: React may turn the "loading" paragraph into the marker in place
  // (same <p>, new data-testid and text), which adds no node.
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-testid', 'class'] });
})();`;

interface Probe { marks: Record<string, number>; longTasks: Array<{ start: number; duration: number }> }

async function throttled(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  return page;
}

/**
 * The marks the probe reports, by page. Waiting with `page.waitForFunction` (as before) injected
 * Playwright's script into the page while it loaded: at 4× it took the main thread for 40–50 ms of
 * every load it measured (trace: an EvaluateScript task before the home screen's mark), some
 * 150 ms of a home load's median over 9 loads. A binding is called by the page only once the mark
 * is taken.
 */
interface Report { at: Promise<number>; set: (at: number) => void }
const reported = new WeakMap<Page, Map<string, Report>>();

function reportOf(page: Page, name: string): Report {
  const byName = reported.get(page) ?? new Map<string, Report>();
  reported.set(page, byName);
  let entry = byName.get(name);
  if (!entry) {
    let set: (at: number) => void = () => undefined;
    const at = new Promise<number>((ok) => { set = ok; });
    entry = { at, set };
    byName.set(name, entry);
  }
  return entry;
}

/** Receives the probe's marks of every page of `context` (before the context's first page). */
async function watchMarks(context: BrowserContext): Promise<void> {
  await context.exposeBinding('__benchMark', ({ page }, name: string, at: number) => { reportOf(page, name).set(at); });
}

async function mark(page: Page, name: string): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, fail) => { timer = setTimeout(() => fail(new Error('timeout')), 120_000); });
  try {
    return await Promise.race([reportOf(page, name).at, late]);
  } catch (error) {
    const shown = await page.locator('body').innerText().catch(() => '');
    await page.screenshot({ path: join(tmpdir(), 'jha-tablet-bench-failure.png') }).catch(() => undefined);
    throw new Error(`no ${name} mark in 120 s (${page.url()}); the page shows: ${shown.slice(0, 400)}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const ms = (x: number): string => `${Math.round(x)} ms`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const row = (label: string, product: string, baseline: string, target: string): void => {
  console.log(`${label.padEnd(44)} ${product.padEnd(26)} ${baseline.padEnd(18)} ${target}`);
};

/** The product's figure as a multiple of the baseline's, measured in the same run. */
const times = (product: number, baseline: number): string => `${(product / baseline).toFixed(2)}× bare`;

/** Clicks "Next" in the page and stamps when the next page's first question can be painted. */
function nextTimes(page: Page, pages: string[]): Promise<number[]> {
  return page.evaluate(async (names) => {
    const times: number[] = [];
    for (const name of names) {
      const next = document.querySelector<HTMLElement>('.sd-navigation__next-btn');
      if (!next) throw new Error('no Next button');
      const t0 = performance.now();
      next.click();
      await new Promise<void>((ok) => {
        const done = () => requestAnimationFrame(() => ok());
        if (document.querySelector(`[data-name="${name}_q1"], [data-name="l_q1"]`)) { done(); return; }
        const obs = new MutationObserver(() => {
          if (document.querySelector(`[data-name="${name}_q1"]`)) { obs.disconnect(); done(); }
        });
        obs.observe(document.body, { childList: true, subtree: true });
      });
      times.push(performance.now() - t0);
      await new Promise((ok) => setTimeout(ok, 100));
    }
    return times;
  }, pages);
}

/** From a question page, clicks "Next" to the 300-question page and times it until painted. */
export function longPageTime(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const next = document.querySelector<HTMLElement>('.sd-navigation__next-btn');
    if (!next) throw new Error('no Next button');
    const t0 = performance.now();
    next.click();
    await new Promise<void>((ok) => {
      const check = () => document.querySelector('[data-name="l_q300"]');
      if (check()) { ok(); return; }
      const obs = new MutationObserver(() => { if (check()) { obs.disconnect(); ok(); } });
      obs.observe(document.body, { childList: true, subtree: true });
    });
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    return performance.now() - t0;
  });
}

// ── raw IndexedDB (independent of the app's code) ────────────────────────────

function storedAnswer(page: Page, instanceId: string, name: string): Promise<unknown> {
  return page.evaluate(({ instanceId, name }) => new Promise<unknown>((ok, fail) => {
    const r = indexedDB.open('jha-survey');
    r.onerror = () => fail(r.error);
    r.onsuccess = () => {
      const get = r.result.transaction('interviews').objectStore('interviews').get(instanceId);
      get.onsuccess = () => { ok((get.result as { data: Record<string, unknown> } | undefined)?.data[name]); r.result.close(); };
    };
  }), { instanceId, name });
}

/**
 * Taps answers and times each tap → the answer readable in IndexedDB (a raw read every 5 ms) when
 * `instanceId` names the stored interview, else tap → the page's next task: the floor under tap →
 * disk (SurveyJS's handling of the tap and React's re-render of the question, which any write
 * waits behind), measured on the bare page.
 */
function tapTimes(page: Page, names: string[], instanceId?: string): Promise<number[]> {
  return page.evaluate(async ({ instanceId, names }) => {
    const db = instanceId === undefined ? undefined
      : await new Promise<IDBDatabase>((ok, fail) => { const r = indexedDB.open('jha-survey'); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
    const read = (name: string) => new Promise<unknown>((ok) => {
      const get = db!.transaction('interviews').objectStore('interviews').get(instanceId!);
      get.onsuccess = () => ok((get.result as { data: Record<string, unknown> }).data[name]);
    });
    const times: number[] = [];
    for (const [i, name] of names.entries()) {
      const value = 1 + (Math.floor(i / 8) % 4);
      const input = document.querySelector<HTMLInputElement>(`[data-name="${name}"] input[value="${value}"]`);
      if (!input) throw new Error(`no choice ${value} of ${name}`);
      const t0 = performance.now();
      input.click();
      if (db === undefined) await new Promise((ok) => setTimeout(ok, 0));
      else while ((await read(name)) !== value) await new Promise((ok) => setTimeout(ok, 5));
      times.push(performance.now() - t0);
      await new Promise((ok) => setTimeout(ok, 150));
    }
    db?.close();
    return times;
  }, { instanceId, names });
}

// ── the run ──────────────────────────────────────────────────────────────────

/** Bytes of a GET as sent on the wire, with and without `accept-encoding`. */
function wireBytes(url: string, encoding: string | undefined): Promise<{ bytes: number; encoding: string }> {
  return new Promise((ok, fail) => {
    httpGet(url, { headers: encoding ? { 'accept-encoding': encoding } : {} }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => { bytes += c.length; });
      res.on('end', () => ok({ bytes, encoding: String(res.headers['content-encoding'] ?? 'identity') }));
    }).on('error', fail);
  });
}

export async function run(args: string[]): Promise<void> {
  const idleSeconds = Number(args.find((a) => a.startsWith('--idle='))?.slice(7) ?? 31);
  // --home-only: the home-screen rows alone (seeding and idle long tasks), for a quick check.
  const homeOnly = args.includes('--home-only');
  const storedCounts = (args.find((a) => a.startsWith('--stored='))?.slice(9) ?? '0,1000,5000').split(',').map(Number);
  if (!existsSync(join(appDir, 'sw.js'))) throw new Error('build the app first: npm run build');
  const work = mkdtempSync(join(tmpdir(), 'jha-tablet-bench-'));
  const surveysDir = join(work, 'surveys');
  mkdirSync(surveysDir);
  const questionnaire = benchQuestionnaire();
  writeFileSync(join(surveysDir, 'perf.json'), JSON.stringify(questionnaire));
  const bareDir = join(work, 'bare');
  mkdirSync(bareDir);
  await buildBarePage(bareDir, questionnaire);
  const bare = await serveDir(bareDir);
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServer({ JHA_SURVEYS_DIR: surveysDir });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const { username, password } = server.account('interviewer');
    console.log(`Chromium, CPU throttled ${THROTTLE}× (CDP Emulation.setCPUThrottlingRate), 768×1024, locale ${LOCALE}; questionnaire: 20 pages × 8 radios + one page of 300 questions, 8 locales`);
    row('', 'product', 'bare SurveyJS', 'target');

    // Wire size of the log-in screen: index.html, its scripts and styles.
    const html = readFileSync(join(appDir, 'index.html'), 'utf8');
    const firstFiles = ['', ...initialScripts(html), ...[...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\/?([^"]+)"/g)].map((m) => m[1])];
    let plain = 0;
    let sent = 0;
    const encodings = new Set<string>();
    for (const f of firstFiles) {
      plain += (await wireBytes(`${server.url}/${f}`, undefined)).bytes;
      const c = await wireBytes(`${server.url}/${f}`, 'br, gzip');
      sent += c.bytes;
      encodings.add(c.encoding);
    }
    row('log-in screen on the wire (br, gzip asked)', `${kb(sent)} (${[...encodings].join('/')})`, '', `compressed (uncompressed ${kb(plain)})`);

    // The service worker's precache: what every tablet downloads at install.
    const sw = readFileSync(join(appDir, 'sw.js'), 'utf8');
    const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
    const precacheBytes = precached.reduce((s, f) => s + (existsSync(join(appDir, f)) ? gzipSync(readFileSync(join(appDir, f))).length : 0), 0);
    // What an interviewer runs: the first screen's scripts; the chunks its screens load when
    // needed — the runner (InterviewScreen), the sync module (first request or sync round,
    // services/device.ts), the backup screen; the eight language catalogues (a tablet switches
    // language offline); everything they import, the styles and the service worker's window
    // script. Any other precached chunk is loaded only by other roles' screens.
    const assets = readdirSync(join(appDir, 'assets'));
    const lazyEntries = assets.filter((f) => /^(InterviewScreen|sync|BackupScreen)-[\w-]+\.js$/.test(f)).map((f) => `assets/${f}`);
    const interviewer = new Set([...initialScripts(html), ...lazyEntries, ...catalogueChunksOf(assets.map((f) => `assets/${f}`))].flatMap((f) => staticClosure(f)));
    const managerOnly = precached.filter((f) => f.startsWith('assets/') && f.endsWith('.js') && !interviewer.has(f) && !/workbox-window/.test(f));
    row('service worker precache', `${precached.length} files, ${kb(precacheBytes)} gz`, '', `manager-only: ${managerOnly.length === 0 ? 'none' : managerOnly.join(', ')}`);

    // Log-in on a fresh device: every request until the first sync round has ended.
    const context = await browser.newContext({ viewport: { width: 768, height: 1024 }, locale: LOCALE, hasTouch: true });
    context.setDefaultTimeout(120_000);
    await context.addInitScript(PROBE);
    await watchMarks(context);
    const loginPage = await context.newPage();
    await loginPage.goto(server.url);
    await loginPage.locator('input[name="username"]').waitFor();
    const fetched: Array<{ url: string; bytes: number; encoding: string }> = [];
    let fromCache = 0;
    const onDone = async (request: import('playwright-core').Request): Promise<void> => {
      const sizes = await request.sizes().catch(() => undefined);
      // Chromium reports what came over the wire; Playwright's body size is that minus the
      // headers, so it is negative for a request the browser's HTTP cache answered (nothing
      // fetched): the service worker's install precaching workbox-window right after the page
      // imported it was counted as a second fetch of it.
      if (sizes && sizes.responseBodySize < 0) { fromCache += 1; return; }
      const encoding = (await request.response().catch(() => null))?.headers()['content-encoding'] ?? 'identity';
      fetched.push({ url: `${request.method()} ${request.url().replace(server?.url ?? '', '')}`, bytes: (sizes?.responseBodySize ?? 0) + (sizes?.responseHeadersSize ?? 0), encoding });
    };
    context.on('requestfinished', (r) => void onDone(r));
    await loginPage.locator('input[name="username"]').fill(username);
    await loginPage.locator('input[name="password"]').fill(password);
    await loginPage.locator('form button[type="submit"]').click();
    await loginPage.getByTestId('questionnaire-perf').waitFor({ timeout: 120_000 });
    await loginPage.evaluate(async () => { await navigator.serviceWorker.ready; });
    await loginPage.waitForLoadState('networkidle');
    await loginPage.waitForTimeout(2000);
    context.removeAllListeners('requestfinished');
    const counts = new Map<string, number>();
    for (const f of fetched) counts.set(f.url, (counts.get(f.url) ?? 0) + 1);
    const dups = [...counts].filter(([, n]) => n > 1).map(([u, n]) => `${u} ×${n}`);
    row('fetched after log-in (page requests)', `${fetched.length} req, ${kb(fetched.reduce((s, f) => s + f.bytes, 0))} (+${fromCache} from the HTTP cache)`, '', 'each resource once');
    const apiLarge = fetched.filter((f) => f.url.includes(' /api/') && f.bytes > 1500);
    row('  API responses over 1.5 KB compressed', `${apiLarge.filter((f) => f.encoding !== 'identity').length} of ${apiLarge.length}`, '', 'all');
    row('  fetched more than once', dups.length === 0 ? 'none' : dups.join('; '), '', 'none');
    await loginPage.close();

    if (!homeOnly) {
      // A draft to resume: started in the app, answered on page 1.
      const setup = await context.newPage();
      await setup.goto(server.url);
      await setup.getByTestId('questionnaire-perf').locator('button.primary').click();
      await setup.locator('[data-name="p1_q1"]').waitFor();
      await setup.locator('[data-name="p1_q1"] input[value="2"]').click({ force: true });
      const instanceId = decodeURIComponent(new URL(setup.url()).hash.split('/')[2] ?? '');
      for (let i = 0; i < 100 && (await storedAnswer(setup, instanceId, 'p1_q1')) !== 2; i += 1) await setup.waitForTimeout(50);
      await setup.close();

      // Offline cold start to the first question, 3 runs each, median.
      await context.setOffline(true);
      const productCold: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        const page = await throttled(context);
        await page.goto(`${server.url}/#/interview/${encodeURIComponent(instanceId)}`);
        productCold.push(await mark(page, 'question'));
        await page.close();
      }
      await context.setOffline(false);
      const bareContext = await browser.newContext({ viewport: { width: 768, height: 1024 }, locale: LOCALE });
      bareContext.setDefaultTimeout(120_000);
      await bareContext.addInitScript(PROBE);
      await watchMarks(bareContext);
      const warm = await bareContext.newPage();
      await warm.goto(`${bare.url}/?locale=${LOCALE}`);
      await warm.locator('.sd-question').first().waitFor();
      await warm.close();
      const bareCold: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        const page = await throttled(bareContext);
        await page.goto(`${bare.url}/?locale=${LOCALE}`);
        bareCold.push(await mark(page, 'question'));
        await page.close();
      }
      const cold = quantile(productCold, 0.5);
      const bareColdAt = quantile(bareCold, 0.5);
      row('cold start to first question (median of 3)', `${ms(cold)} offline, ${times(cold, bareColdAt)}`, `${ms(bareColdAt)} cached`, '≤ 1500 ms, ≤ bare');

      // The runner, ROUNDS times each alternating product and bare page (one round of a 2-core
      // machine varies by half or more): Next → next page on pages 1 → 20, tap → answer in
      // IndexedDB on page 20, then Next → the 300-question page. Between rounds the product goes
      // back to page 1 with its page list, unthrottled; the bare page is loaded again.
      const ROUNDS = 3;
      const pages = Array.from({ length: 19 }, (_, i) => `p${i + 2}`);
      const tapNames = [0, 1, 2].flatMap(() => Array.from({ length: 8 }, (_, i) => `p20_q${i + 1}`));
      const productNext: number[] = [];
      const bareNext: number[] = [];
      const taps: number[] = [];
      const bareTaps: number[] = [];
      const productLong: number[] = [];
      const bareLong: number[] = [];
      const runner = await context.newPage();
      const runnerCdp = await context.newCDPSession(runner);
      await runner.goto(`${server.url}/#/interview/${encodeURIComponent(instanceId)}`);
      await runner.locator('[data-name="p1_q1"]').waitFor();
      for (let round = 0; round < ROUNDS; round += 1) {
        if (round > 0) {
          await runner.locator('[data-testid="page-navigator"] select').selectOption('p1');
          await runner.locator('[data-name="p1_q1"]').waitFor();
        }
        await runner.waitForTimeout(500);
        await runnerCdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
        productNext.push(...await nextTimes(runner, pages));
        // The bare page saves nothing: its figure is the time SurveyJS and React take to settle
        // after a tap (no write can be seen before that).
        taps.push(...await tapTimes(runner, tapNames, instanceId));
        productLong.push(await longPageTime(runner));
        await runnerCdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

        const barePage = await throttled(bareContext);
        await barePage.goto(`${bare.url}/?locale=${LOCALE}`);
        await barePage.locator('[data-name="p1_q1"]').waitFor();
        await barePage.waitForTimeout(500);
        bareNext.push(...await nextTimes(barePage, pages));
        bareTaps.push(...await tapTimes(barePage, tapNames));
        bareLong.push(await longPageTime(barePage));
        await barePage.close();
      }
      const nextP95 = quantile(productNext, 0.95);
      const bareNextP95 = quantile(bareNext, 0.95);
      row(`Next → next page p50 / p95 (${ROUNDS} × 19 pages)`, `${ms(quantile(productNext, 0.5))} / ${ms(nextP95)}, p95 ${times(nextP95, bareNextP95)}`, `${ms(quantile(bareNext, 0.5))} / ${ms(bareNextP95)}`, 'p95 ≤ 150 ms');
      row(`tap → answer in IndexedDB p50 / p99 (${ROUNDS} × 24)`, `${ms(quantile(taps, 0.5))} / ${ms(quantile(taps, 0.99))}`, `${ms(quantile(bareTaps, 0.5))} / ${ms(quantile(bareTaps, 0.99))} settled`, 'p99 ≤ 300 ms');
      const long = quantile(productLong, 0.5);
      const bareLongAt = quantile(bareLong, 0.5);
      row(`Next → 300-question page (median of ${ROUNDS})`, `${ms(long)}, ${times(long, bareLongAt)}`, ms(bareLongAt), '≤ bare');
      await runner.close();
      await bareContext.close();

    }

    // The home screen with 0 / 1,000 / 5,000 stored interviews, and long tasks while idle.
    for (const count of storedCounts) {
      const seed = await context.newPage();
      await seed.goto(`${server.url}/#/`);
      await seed.getByTestId('who').waitFor({ state: 'attached' });
      await seedInterviews(seed, username, count);
      await seed.close();
      // Three loads, the median (as the cold start): one load of a 2-core machine varies by ±0.3 s.
      // The last load's page stays open for the DOM, heap and idle figures.
      const loads: number[] = [];
      let page = await throttled(context);
      for (let i = 0; i < 3; i += 1) {
        if (i > 0) { await page.close(); page = await throttled(context); }
        await page.goto(`${server.url}/#/`);
        loads.push(await mark(page, 'home'));
      }
      const at = quantile(loads, 0.5);
      await page.waitForTimeout(1000);
      const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
      const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
      let idle = '';
      if (count === Math.max(...storedCounts) && idleSeconds > 0) {
        const from = await page.evaluate(() => performance.now());
        await page.waitForTimeout(idleSeconds * 1000);
        const tasks = await page.evaluate((t) => (window as unknown as { __bench: Probe }).__bench.longTasks.filter((x) => x.start >= t), from);
        idle = `; idle ${idleSeconds} s: ${tasks.length} long tasks, ${ms(tasks.reduce((s, x) => s + x.duration, 0))}`;
      }
      row(`home with ${count} stored (median of 3)`, `${ms(at)}, ${nodes} nodes, ${(heap / 1048576).toFixed(0)} MB${idle}`, '', '≤ 1000 ms, no idle long task');
      await page.close();
    }
    await context.close();
    console.log(`(product app ${statSync(join(appDir, 'index.html')).mtime.toISOString()}; baseline bundled by esbuild from the same node_modules)`);
  } finally {
    await browser?.close();
    await server?.stop();
    bare.server.close();
    rmSync(work, { recursive: true, force: true });
  }
}
