// Debian's Chromium driven by playwright-core (Playwright's own browser download does not work
// here). Without Chromium the suite fails and says how to install it; it never skips.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { root } from './server';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Called at the top of each browser test file, so a missing Chromium fails the file itself
 * (a failing hook would only mark its tests as skipped).
 */
export function requireChromium(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}. Install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
  }
}

export async function launchBrowser(): Promise<Browser> {
  requireChromium();
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Generous waits: the CI machine has two cores shared with other jobs. */
export const slow = 60_000;

export async function tabletContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 768, height: 1024 }, deviceScaleFactor: 1, hasTouch: true, locale: 'en-GB' });
  context.setDefaultTimeout(slow);
  return context;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = join(root, 'test-results', 'app');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

export async function logIn(page: Page, url: string, username: string, password: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  // "Logged in as" is in the app bar's menu (closed): attached, not visible.
  await page.getByTestId('who').waitFor({ state: 'attached' });
}

/** Opens the app bar's menu (who is logged in, last sync, storage, backups, log-out). */
export async function openMenu(page: Page): Promise<void> {
  if (await page.getByTestId('menu-panel').isVisible()) return;
  await page.getByTestId('menu').click();
  await page.getByTestId('menu-panel').waitFor();
}

/** Resolves once a service worker controls the origin and has finished precaching. */
export async function serviceWorkerReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!registration.active) throw new Error('no active service worker');
  });
}

export interface StoredInterview {
  instanceId: string;
  state: string;
  data: Record<string, unknown>;
  pageNo: number;
  disposition?: string;
  paradata: { languageSwitches?: Array<{ from: string; to: string }>; questionTimes?: Record<string, number>; [k: string]: unknown };
}

/** Reads the device's interviews with the raw IndexedDB API (independent of the app's code). */
export function readInterviews(page: Page): Promise<StoredInterview[]> {
  return page.evaluate(() => new Promise<StoredInterview[]>((ok, fail) => {
    const open = indexedDB.open('jha-survey');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const get = db.transaction('interviews').objectStore('interviews').getAll();
      get.onsuccess = () => { ok(get.result as StoredInterview[]); db.close(); };
      get.onerror = () => fail(get.error);
    };
  }));
}

/**
 * Writes `count` interviews of `owner` straight into the app's IndexedDB (no app code: the
 * database as a device that has worked for weeks would hold it). Every tenth is a draft, the rest
 * accepted; questionnaire `perf`, 60 answers each, one minute apart. Existing interviews are cleared.
 */
export function seedInterviews(page: Page, owner: string, count: number): Promise<void> {
  return page.evaluate(async ({ owner, count }) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => { const r = indexedDB.open('jha-survey'); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
    const clear = db.transaction('interviews', 'readwrite');
    clear.objectStore('interviews').clear();
    await new Promise((ok) => { clear.oncomplete = ok; });
    const base = Date.UTC(2026, 10, 1);
    for (let start = 0; start < count; start += 500) {
      const tx = db.transaction('interviews', 'readwrite');
      const store = tx.objectStore('interviews');
      for (let i = start; i < Math.min(count, start + 500); i += 1) {
        const at = new Date(base + i * 60_000).toISOString();
        const data: Record<string, number> = {};
        for (let q = 1; q <= 60; q += 1) data[`q${q}`] = (i + q) % 4;
        store.put({
          instanceId: `0190bench-${String(i).padStart(6, '0')}`, questionnaireId: 'perf', version: 1, owner, state: i % 10 === 0 ? 'draft' : 'accepted',
          data, pageNo: 0, locale: 'mk', paradata: { startedAt: at, device: 'bench' }, lockedPages: [], createdAt: at, updatedAt: at,
          sync: { attempts: 1, nextAttemptAt: 0, uploadedAt: at },
        });
      }
      await new Promise((ok, fail) => { tx.oncomplete = ok; tx.onerror = () => fail(tx.error); });
    }
    db.close();
  }, { owner, count });
}
