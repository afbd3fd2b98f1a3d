// Faults a tablet meets in the field, as tests (issue 17 item 8): the IndexedDB connection closed
// under the app (what iOS does under memory pressure), the storage full, storage the browser does
// not promise to keep, and a device not synced for days. Each fault is made in the page itself —
// the real connection closed, the real write refused — and the answers are read back with the raw
// IndexedDB API, independent of the app's code. One browser for the file.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogues } from '../../src/app/i18n/catalogues';
import { launchBrowser, logIn, readInterviews, requireChromium, screenshot, serviceWorkerReady, slow, tabletContext } from './helpers/browser';
import { choose } from './helpers/questionnaires';
import { startServer, type RunningServer } from './helpers/server';

requireChromium();
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;

/**
 * Installed before the app's scripts: keeps every IndexedDB connection the page opens (so a test
 * can close the app's own), refuses writes with a QuotaExceededError while `__quotaFull` is set
 * (the error Chromium raises when the origin's quota is used up), and answers the persistence
 * request as a browser that will not promise to keep the data.
 */
const FAULTS = `(() => {
  const connections = [];
  window.__idb = { connections, quotaFull: false };
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...args) {
    const request = open.apply(this, args);
    request.addEventListener('success', () => connections.push(request.result));
    return request;
  };
  for (const name of ['put', 'add']) {
    const original = IDBObjectStore.prototype[name];
    IDBObjectStore.prototype[name] = function (...args) {
      if (window.__idb.quotaFull && this.name === 'interviews') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    };
  }
  if (navigator.storage) {
    navigator.storage.persist = () => Promise.resolve(false);
    navigator.storage.persisted = () => Promise.resolve(false);
  }
})();`;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  context = await tabletContext(browser);
  await context.addInitScript(FAULTS);
  const page = await context.newPage();
  const { username, password } = server.account('interviewer');
  await logIn(page, server.url, username, password);
  await page.getByTestId('questionnaire-demo').waitFor();
  await serviceWorkerReady(page);
  await page.getByTestId('last-sync').filter({ hasText: 'Last successful sync' }).waitFor({ state: 'attached' });
  await page.close();
}, 240_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

async function startDemo(page: Page): Promise<string> {
  await page.goto(`${server.url}/#/`);
  await page.getByTestId('questionnaire-demo').getByRole('button', { name: 'Start interview' }).click();
  await page.locator('.sd-question').first().waitFor();
  await expect.poll(() => page.url(), { timeout: slow }).toContain('#/interview/');
  return decodeURIComponent(page.url().split('#/interview/')[1]);
}

async function stored(page: Page, instanceId: string): Promise<Record<string, unknown>> {
  const record = (await readInterviews(page)).find((r) => r.instanceId === instanceId);
  if (!record) throw new Error(`interview ${instanceId} not on the device`);
  return record.data;
}

describe('faults on the tablet', () => {
  it('reopens IndexedDB after the connection is closed under the app and retries the write: nothing lost', async () => {
    const page = await context.newPage();
    const id = await startDemo(page);
    await choose(page, 'Do you agree to take part', 'Yes');
    await expect.poll(async () => (await stored(page, id)).consent, { timeout: slow }).toBe(1);
    // What iOS does under memory pressure: every connection of the page is closed, the app's too.
    const closed = await page.evaluate(() => {
      const { connections } = (window as unknown as { __idb: { connections: IDBDatabase[] } }).__idb;
      for (const c of connections) c.close();
      return connections.length;
    });
    expect(closed).toBeGreaterThan(0);
    await choose(page, 'Sex of the respondent', 'Female');
    const age = page.locator('.sd-question', { hasText: 'How old are you' }).locator('input');
    await age.fill('52');
    await age.press('Tab');
    await expect.poll(async () => (await stored(page, id)).age, { timeout: slow }).toBe(52);
    expect((await stored(page, id)).sex).toBe(2);
    expect((await stored(page, id)).consent).toBe(1);
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: slow }).toBe('Saved');
    expect(await page.getByTestId('storage-error').count()).toBe(0);
    // And again after a reload: the record is whole.
    await page.reload();
    await page.locator('.sd-question', { hasText: 'How old are you' }).waitFor();
    expect(await page.locator('.sd-question', { hasText: 'How old are you' }).locator('input').inputValue()).toBe('52');
    await page.close();
  });

  it('says in the interviewer\'s language that the storage is full, and loses no answer once space is freed', async () => {
    const page = await context.newPage();
    const id = await startDemo(page);
    await page.getByTestId('language').selectOption('mk');
    await choose(page, 'Дали се согласувате', 'Да');
    await expect.poll(async () => (await stored(page, id)).consent, { timeout: slow }).toBe(1);
    await page.evaluate(() => { (window as unknown as { __idb: { quotaFull: boolean } }).__idb.quotaFull = true; });
    const age = page.locator('.sd-question[data-name="age"] input');
    await age.fill('41');
    await age.press('Tab');
    const banner = page.getByTestId('storage-error');
    await banner.waitFor();
    const mk = catalogues.mk;
    expect(await banner.textContent()).toContain(mk.storageQuota);
    expect(await banner.textContent()).toContain(mk.storageFailed.split(':')[0]);
    expect(await page.getByTestId('save-state').textContent()).toBe(mk.notSaved);
    await screenshot(page, 'faults-01-quota-mk');
    expect((await stored(page, id)).age).toBeUndefined();
    // Space freed: "try again" writes what the interviewer entered meanwhile.
    await page.evaluate(() => { (window as unknown as { __idb: { quotaFull: boolean } }).__idb.quotaFull = false; });
    await page.getByRole('button', { name: mk.retrySave }).click();
    await expect.poll(async () => (await stored(page, id)).age, { timeout: slow }).toBe(41);
    expect((await stored(page, id)).consent).toBe(1);
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: slow }).toBe(mk.saved);
    await page.getByTestId('language').selectOption('en');
    await page.close();
  });

  it('tells the interviewer what storage that is not persisted means', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/#/`);
    const notice = page.getByTestId('storage-not-persisted');
    await notice.waitFor();
    await notice.locator('summary').click();
    expect(await notice.textContent()).toContain(catalogues.en.storageNotPersistedHelp);
    await page.getByTestId('language').selectOption('sr');
    await expect.poll(() => notice.textContent(), { timeout: slow }).toContain(catalogues.sr.storageNotPersistedHelp);
    await screenshot(page, 'faults-02-not-persisted-sr');
    await page.getByTestId('language').selectOption('en');
    await page.close();
  });

  it('reminds an interviewer whose tablet has not synced for days', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/#/`);
    await page.getByTestId('who').waitFor({ state: 'attached' });
    expect(await page.getByTestId('sync-reminder').count()).toBe(0);
    // The last successful sync five days ago, and no network since.
    await context.setOffline(true);
    const fiveDaysAgo = new Date(Date.now() - 5 * 86_400_000 - 60_000).toISOString();
    await page.evaluate((at) => new Promise<void>((ok, fail) => {
      const open = indexedDB.open('jha-survey');
      open.onsuccess = () => {
        const tx = open.result.transaction('settings', 'readwrite');
        tx.objectStore('settings').put({ key: 'syncStatus', value: { lastSuccessAt: at, lastAttemptAt: at } });
        tx.oncomplete = () => { open.result.close(); ok(); };
        tx.onerror = () => fail(tx.error);
      };
    }), fiveDaysAgo);
    await page.reload();
    const reminder = page.getByTestId('sync-reminder');
    await reminder.waitFor();
    expect(await reminder.textContent()).toBe(catalogues.en.notSyncedDays.replace('{days}', '5'));
    await page.getByTestId('language').selectOption('sq');
    await expect.poll(() => reminder.textContent(), { timeout: slow }).toBe(catalogues.sq.notSyncedDays.replace('{days}', '5'));
    await screenshot(page, 'faults-03-sync-reminder-sq');
    // Back online, a successful round clears it.
    await context.setOffline(false);
    await page.getByTestId('language').selectOption('en');
    await page.getByTestId('sync-now').click();
    await expect.poll(() => reminder.count(), { timeout: slow }).toBe(0);
    await page.close();
  });
});
