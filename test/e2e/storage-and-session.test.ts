// Failures the interviewer must see: a write IndexedDB refuses (quota) shows a banner and the
// answer is kept for a retry, never silently dropped.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, readInterviews, screenshot, slow, tabletContext } from './helpers/browser';
import { startServer, type RunningServer } from './helpers/server';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  context = await tabletContext(browser);
  // A switch the test flips to make every IndexedDB put fail as a full disk would.
  await context.addInitScript(() => {
    const realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function put(this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
      if ((window as unknown as { failWrites?: boolean }).failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    };
  });
}, 240_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

describe('storage failures are shown, never swallowed', () => {
  it('shows a banner when an answer cannot be written, and saves it on retry', async () => {
    const page = await context.newPage();
    const { username, password } = server.account('interviewer');
    await logIn(page, server.url, username, password);
    await page.getByTestId('questionnaire-demo').getByRole('button', { name: 'Start interview' }).click();
    const consent = page.locator('.sd-question', { hasText: 'Do you agree to take part' });
    await consent.waitFor();

    await page.evaluate(() => { (window as unknown as { failWrites: boolean }).failWrites = true; });
    await consent.locator('label.sd-selectbase__label', { hasText: 'Yes' }).click();
    const banner = page.getByTestId('storage-error');
    await banner.waitFor({ timeout: slow });
    expect(await banner.textContent()).toContain('the tablet storage is full');
    expect(await page.getByTestId('save-state').textContent()).toBe('Not saved');
    await screenshot(page, '09-storage-error');
    expect((await readInterviews(page))[0].data).toEqual({});

    await page.evaluate(() => { (window as unknown as { failWrites: boolean }).failWrites = false; });
    await page.getByRole('button', { name: 'Try saving again' }).click();
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: slow }).toBe('Saved');
    expect((await readInterviews(page))[0].data).toMatchObject({ consent: 1 });
  }, 300_000);
});
