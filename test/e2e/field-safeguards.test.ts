// Safeguards of field work: a write IndexedDB refuses (quota) shows a banner and the answer is
// kept for a retry, never silently dropped; a self-completion (casi_) section is handed over to
// the respondent and its answers are hidden from the interviewer afterwards, yet uploaded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, requireChromium, readInterviews, screenshot, slow, tabletContext } from './helpers/browser';
import { apiToken, root, startServer, type RunningServer } from './helpers/server';


requireChromium();
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
    // The banner may come first from another write (the sync status); the answer's own write
    // fails within its debounce and says so.
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: slow }).toBe('Not saved');
    await screenshot(page, '09-storage-error');
    expect((await readInterviews(page))[0].data).toEqual({});

    await page.evaluate(() => { (window as unknown as { failWrites: boolean }).failWrites = false; });
    await page.getByRole('button', { name: 'Try saving again' }).click();
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: slow }).toBe('Saved');
    expect((await readInterviews(page))[0].data).toMatchObject({ consent: 1 });
  }, 300_000);
});

describe('self-completion sections', () => {
  const choose = (page: Page, title: string, choice: string) => page.locator('.sd-question', { hasText: title })
    .locator('label.sd-selectbase__label', { hasText: choice }).first().click();

  it('hands the tablet over, hides the respondent\'s answers afterwards, and still uploads them', async () => {
    const definition: unknown = JSON.parse(readFileSync(join(root, 'test', 'e2e', 'fixtures', 'casi-demo.json'), 'utf8'));
    const manager = await apiToken(server, 'manager');
    const published = await fetch(`${server.url}/api/v1/questionnaires`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${manager}` },
      body: JSON.stringify({ id: 'casi-demo', definition }),
    });
    expect(published.status, await published.clone().text()).toBe(201);

    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByTestId('sync-now').click();
    const card = page.getByTestId('questionnaire-casi-demo');
    await card.getByRole('button', { name: 'Start interview' }).click();
    await choose(page, 'Is the respondent ready', 'Yes');
    await page.getByRole('button', { name: 'Next' }).click();

    const dialog = page.getByRole('dialog');
    await dialog.getByText('Please hand the tablet to the respondent').waitFor();
    await screenshot(page, '10-hand-over');
    await dialog.getByRole('button', { name: 'I am the respondent — continue' }).click();
    // The respondent holds the tablet: the screen is locked to the questionnaire.
    await page.getByTestId('status-bar-locked').waitFor();
    expect(await page.getByTestId('log-out').count()).toBe(0);
    expect(await page.getByTestId('sync-now').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Back to the list' }).count()).toBe(0);
    await page.evaluate(() => { window.location.hash = '#/'; });
    await page.locator('.sd-question', { hasText: 'has anyone hit, slapped or pushed you' }).waitFor();
    expect(await page.getByTestId('status-bar-locked').count()).toBe(1);
    await choose(page, 'has anyone hit, slapped or pushed you', 'Yes');
    await page.getByRole('button', { name: 'Next' }).click();
    await dialog.getByText('give the tablet back to the interviewer').waitFor();
    await dialog.getByRole('button', { name: 'Continue as interviewer' }).click();

    await page.locator('.sd-question', { hasText: 'complete the self-completion section alone' }).waitFor();
    expect(await page.getByTestId('log-out').count()).toBe(1);
    await page.getByRole('button', { name: 'Previous' }).click();
    await page.locator('.sd-question', { hasText: 'Is the respondent ready' }).waitFor();
    expect(await page.getByText('has anyone hit, slapped or pushed you').count()).toBe(0);
    await page.getByRole('button', { name: 'Next' }).click();
    await choose(page, 'complete the self-completion section alone', 'Yes');
    await page.getByRole('button', { name: 'Complete' }).click();
    await page.getByTestId('queue').click();

    const stored = (await readInterviews(page)).find((r) => r.data.viol_phys !== undefined);
    expect(stored?.data).toMatchObject({ ready: 1, viol_phys: 1, casi_alone: 1 });
    const row = page.locator(`[data-instance="${stored?.instanceId}"]`);
    await expect.poll(() => row.getAttribute('data-state'), { timeout: slow }).toBe('uploaded');

    const csv = await (await fetch(`${server.url}/api/v1/exports/casi-demo.csv`, { headers: { authorization: `Bearer ${manager}` } })).text();
    const [header, ...rows] = csv.trim().split(/\r?\n/);
    const line = rows.find((r) => r.includes(String(stored?.instanceId)));
    expect(line?.split(',')[header.split(',').indexOf('viol_phys')]).toBe('1');
  }, 300_000);

  it('lets the interviewer take the tablet back before the respondent finished, after a confirmation', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByTestId('questionnaire-casi-demo').getByRole('button', { name: 'Start interview' }).click();
    await choose(page, 'Is the respondent ready', 'Yes');
    await page.getByRole('button', { name: 'Next' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'I am the respondent — continue' }).click();
    await page.getByTestId('take-back').click();
    await page.getByTestId('confirm-take-back').getByRole('button', { name: 'Interviewer: take the tablet back' }).click();
    await dialog.getByText('give the tablet back to the interviewer').waitFor();
    await dialog.getByRole('button', { name: 'Continue as interviewer' }).click();
    await page.locator('.sd-question', { hasText: 'complete the self-completion section alone' }).waitFor();
    expect(await page.getByTestId('status-bar-locked').count()).toBe(0);
    expect(await page.getByText('has anyone hit, slapped or pushed you').count()).toBe(0);
    await page.close();
  }, 300_000);
});

describe('manager preview', () => {
  it('previews a published questionnaire in another locale with its lint findings', async () => {
    const managerContext = await tabletContext(browser);
    try {
      const page = await managerContext.newPage();
      const { username, password } = server.account('manager');
      await logIn(page, server.url, username, password);
      await page.getByTestId('questionnaire-demo').getByRole('button', { name: 'Preview' }).click();
      await page.getByTestId('lint-findings').getByText('The linter found nothing to fix.').waitFor();
      await page.getByTestId('language').selectOption('mk');
      await page.locator('.sd-question', { hasText: 'Дали се согласувате да учествувате во ова интервју?' }).waitFor();
      expect(await page.getByTestId('lint-findings').locator('h2').textContent()).toBe('Наоди од проверката (0)');
      await screenshot(page, '11-manager-preview-mk');
      // A preview stores nothing on the device.
      expect(await readInterviews(page)).toEqual([]);
    } finally {
      await managerContext.close();
    }
  }, 300_000);
});
