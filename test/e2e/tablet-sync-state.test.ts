// The tablet tells the truth about syncing and never locks its interviewer out: with the server
// down, "Sync now" says why it failed and "last successful sync" stays put; logging out with an
// interview not uploaded asks first; and the last user logs in again without a connection.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, openMenu, readInterviews, requireChromium, screenshot, serviceWorkerReady, slow, tabletContext } from './helpers/browser';
import { choose, pickFor } from './helpers/questionnaires';
import { startServer, type RunningServer } from './helpers/server';

requireChromium();
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  context = await tabletContext(browser);
}, 240_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

describe('sync state, log-out and offline log-in', () => {
  it('shows the server down honestly, warns before logging out, and lets the last user back in offline', async () => {
    const page = await context.newPage();
    const { username, password } = server.account('interviewer');
    await logIn(page, server.url, username, password);
    await page.getByTestId('questionnaire-demo').waitFor();
    await serviceWorkerReady(page);
    // The round after log-in reached the server: a successful sync is shown, no failure.
    await expect.poll(() => page.getByTestId('last-sync').textContent(), { timeout: slow }).toContain('Last successful sync');
    const lastSuccess = await page.getByTestId('last-sync').textContent();
    expect(await page.getByTestId('sync-failure').count()).toBe(0);

    await server.stop();
    await page.getByTestId('sync-now').click();
    await expect.poll(() => page.getByTestId('network').getAttribute('data-state'), { timeout: slow }).toBe('server-unreachable');
    expect(await page.getByTestId('network').textContent()).toBe('Server unreachable');
    expect(await page.getByTestId('sync-failure').textContent()).toContain('the server could not be reached');
    expect(await page.getByTestId('last-sync').textContent()).toBe(lastSuccess);
    await screenshot(page, 'sync-01-server-down');

    // An interview finished while the server is down stays queued, with the next try shown.
    await page.getByTestId('questionnaire-demo').getByRole('button', { name: 'Start interview' }).click();
    await choose(page, 'Do you agree to take part', 'Yes');
    await choose(page, 'Sex of the respondent', 'Female');
    const age = page.locator('.sd-question', { hasText: 'How old are you' }).locator('input');
    await age.fill('37');
    await age.press('Tab');
    await pickFor(page, 'Region', 'Northeast');
    await choose(page, 'Type of settlement', 'Urban');
    await page.getByRole('button', { name: 'Next' }).click();
    await choose(page, 'did anyone get into your home', 'No');
    await page.getByRole('button', { name: 'Next' }).click();
    await choose(page, 'How safe do you feel', 'Safe');
    await page.getByRole('button', { name: 'Complete' }).click();
    await page.getByTestId('queue').click();
    await expect.poll(async () => (await readInterviews(page))[0]?.state, { timeout: slow }).toBe('queued');
    await expect.poll(() => page.getByTestId('pending').textContent(), { timeout: slow }).toContain('1');
    await expect.poll(() => page.getByTestId('next-try').count(), { timeout: slow }).toBe(1);
    expect(await page.getByTestId('last-sync').textContent()).toBe(lastSuccess);
    // The queued card says why it waits in the interviewer's words, not the browser's English.
    await expect.poll(() => page.getByTestId('retry-reason').textContent(), { timeout: slow }).toContain('Not uploaded yet: the server could not be reached');
    expect(await page.locator('body').innerText()).not.toContain('Failed to fetch');

    // Logging out with it not uploaded asks first.
    await openMenu(page);
    await page.getByTestId('log-out').click();
    const confirm = page.getByTestId('confirm-log-out');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('Interviews not uploaded yet: 1');
    await screenshot(page, 'sync-02-log-out-warning');
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByTestId('who').count()).toBe(1);
    await openMenu(page);
    await page.getByTestId('log-out').click();
    await page.getByTestId('log-out-anyway').click();
    await page.getByLabel('User name').waitFor();

    // Offline log-in: another user is refused, a wrong password counted, the right one accepted.
    await page.getByLabel('User name').fill('someone-else');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect.poll(() => page.locator('.form-error').textContent(), { timeout: slow }).toContain(`only ${username}, the last user`);
    await page.getByLabel('User name').fill(username);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect.poll(() => page.locator('.form-error').textContent(), { timeout: slow }).toContain('Tries left without a connection: 4');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByTestId('offline-session').waitFor();
    expect(await page.getByTestId('who').textContent()).toContain(username);
    // The queued interview is still there, and still waiting.
    expect((await readInterviews(page))[0]?.state).toBe('queued');
    await screenshot(page, 'sync-03-offline-log-in');
    await page.close();
  }, 300_000);
});
