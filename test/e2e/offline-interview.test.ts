// The walking skeleton in a real browser: log in, answer, kill the tab, resume, go offline,
// reload, finalize offline, come back online, upload exactly once, find the row in the export.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordsUnavailable } from '../../src/app/i18n';
import { catalogues } from '../../src/app/i18n/catalogues';
import { launchBrowser, logIn, requireChromium, readInterviews, screenshot, serviceWorkerReady, slow, tabletContext } from './helpers/browser';
import { choose, pickFor } from './helpers/questionnaires';
import { apiToken, startServer, type RunningServer } from './helpers/server';


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

async function saved(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: slow }).toBe('Saved');
}

describe('an interview taken offline on a tablet', () => {
  let instanceId = '';

  it('logs in, shows the cached questionnaires, starts an interview and autosaves every answer', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByLabel('User name').waitFor();
    await screenshot(page, '01-login');
    const { username, password } = server.account('interviewer');
    await logIn(page, server.url, username, password);
    await page.getByTestId('questionnaire-demo').waitFor();
    await serviceWorkerReady(page);
    expect(await page.getByTestId('who').textContent()).toContain(username);
    await screenshot(page, '02-home');

    await page.getByTestId('questionnaire-demo').getByRole('button', { name: 'Start interview' }).click();
    await page.locator('.sd-question', { hasText: 'Do you agree to take part' }).waitFor();
    await choose(page, 'Do you agree to take part', 'Yes');
    await choose(page, 'Sex of the respondent', 'Female');
    const age = page.locator('.sd-question', { hasText: 'How old are you' }).locator('input');
    await age.fill('44');
    await age.press('Tab');
    await expect.poll(async () => (await readInterviews(page))[0]?.data, { timeout: slow }).toMatchObject({ consent: 1, sex: 2, age: 44 });
    await saved(page);
    await screenshot(page, '03-interview');

    const [stored] = await readInterviews(page);
    instanceId = stored.instanceId;
    expect(instanceId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);
    expect(stored.state).toBe('draft');
    expect(stored.data).toMatchObject({ consent: 1, sex: 2, age: 44 });
    // The tab is killed mid-interview.
    await page.close();
  }, 300_000);

  it('resumes in a new tab on the same page with the same answers, and switches language mid-interview', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    const row = page.locator(`[data-instance="${instanceId}"]`);
    await expect.poll(() => row.getAttribute('data-state'), { timeout: slow }).toBe('draft');
    await row.getByRole('button', { name: 'Resume' }).click();
    const age = page.locator('.sd-question', { hasText: 'How old are you' }).locator('input');
    await age.waitFor();
    await screenshot(page, '04-resumed');
    expect(await age.inputValue()).toBe('44');
    expect(await page.locator('.sd-question', { hasText: 'Sex of the respondent' }).locator('input[type=radio]:checked').getAttribute('value')).toBe('2');

    await page.getByTestId('language').selectOption('sq');
    await page.locator('.sd-question', { hasText: 'A pranoni të merrni pjesë' }).waitFor();
    // SurveyJS's own buttons follow (Albanian strings registered by src/questionnaire).
    await page.getByRole('button', { name: 'Përpara' }).waitFor();
    await screenshot(page, '04-interview-albanian');
    await page.getByTestId('language').selectOption('en');
    await page.locator('.sd-question', { hasText: 'Do you agree to take part' }).waitFor();
    await expect.poll(async () => (await readInterviews(page))[0].paradata.languageSwitches?.map((s) => `${s.from}>${s.to}`), { timeout: slow })
      .toEqual(['en>sq', 'sq>en']);
    await saved(page);
    await page.close();
  }, 300_000);

  it('opens offline after a reload, finishes the interview and queues it', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    await serviceWorkerReady(page);
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.getByTestId('network').textContent(), { timeout: slow }).toBe('Offline');
    const row = page.locator(`[data-instance="${instanceId}"]`);
    await row.waitFor();
    await screenshot(page, '05-home-offline');

    // The runner chunk and its CSS come from the service worker's precache.
    await row.getByRole('button', { name: 'Resume' }).click();
    await page.locator('.sd-question', { hasText: 'Region' }).waitFor();
    await pickFor(page, 'Region', 'Northeast');
    await choose(page, 'Type of settlement', 'Urban');
    await page.getByRole('button', { name: 'Next' }).click();
    await choose(page, 'did anyone get into your home', 'Yes');
    await choose(page, 'When did this happen the last time', 'In the past 12 months');
    await page.locator('.sd-question', { hasText: 'How many times' }).locator('input').fill('2');
    await page.locator('.sd-question', { hasText: 'How many times' }).locator('input').press('Tab');
    await page.getByRole('button', { name: 'Next' }).click();
    await choose(page, 'How safe do you feel', 'Unsafe');
    await page.getByRole('button', { name: 'Complete' }).click();

    await page.getByTestId('queue').waitFor();
    expect(await page.locator('input[name=disposition]:checked').getAttribute('value')).toBe('1.1');
    await screenshot(page, '06-disposition');
    await page.getByTestId('queue').click();
    await expect.poll(() => row.getAttribute('data-state'), { timeout: slow }).toBe('queued');
    expect(await page.getByTestId('pending').textContent()).toContain('1');
    const [stored] = await readInterviews(page);
    expect(stored.disposition).toBe('1.1');
    expect(stored.data).toMatchObject({ consent: 1, region: 'MK007', urban: 1, vic_burglary_5y: 1, vic_burglary_times: 2, safe_dark: 3 });
    expect(Object.keys(stored.paradata.questionTimes ?? {})).toEqual(expect.arrayContaining(['consent', 'age', 'safe_dark']));
    expect(stored.paradata.endedAt).toEqual(expect.any(String));
    await screenshot(page, '07-queued');

    // Back online: the `online` event starts the outbox.
    await context.setOffline(false);
    await expect.poll(() => row.getAttribute('data-state'), { timeout: slow }).toBe('uploaded');
    for (let i = 0; i < 2; i += 1) {
      await page.getByTestId('sync-now').click();
      await expect.poll(() => page.getByTestId('sync-now').textContent(), { timeout: slow }).toBe('Sync now');
    }
    expect(await row.getAttribute('data-state')).toBe('uploaded');
    await screenshot(page, '08-uploaded');

    // A repeated upload of the same interview is an idempotent 200 and stays one row.
    const [final] = await readInterviews(page);
    const token = await apiToken(server, 'interviewer');
    const body = { questionnaireId: 'demo', version: 1, data: final.data, paradata: final.paradata, disposition: final.disposition };
    const again = await fetch(`${server.url}/api/v1/submissions/${instanceId}`, {
      method: 'PUT', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body),
    });
    expect(again.status).toBe(200);

    const manager = await apiToken(server, 'manager');
    const csv = await (await fetch(`${server.url}/api/v1/exports/demo.csv`, { headers: { authorization: `Bearer ${manager}` } })).text();
    const rows = csv.trim().split(/\r?\n/);
    const header = rows[0].split(',');
    const matching = rows.filter((r) => r.includes(instanceId));
    expect(matching).toHaveLength(1);
    const cells = matching[0].split(',');
    expect(cells[header.indexOf('region')]).toBe('MK007');
    expect(cells[header.indexOf('age')]).toBe('44');
    await page.close();
  }, 300_000);

  it('starts offline in the language last chosen, fetching only its words, and switches language offline', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    await serviceWorkerReady(page);
    await page.getByTestId('language').selectOption('mk');
    await expect.poll(() => page.getByTestId('network').textContent(), { timeout: slow }).toBe(catalogues.mk.online);

    await context.setOffline(true);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.reload();
    // The first words shown are Macedonian (no English screen before them), from the precache.
    await expect.poll(() => page.getByTestId('network').textContent(), { timeout: slow }).toBe(catalogues.mk.offline);
    expect(await page.locator('html').getAttribute('lang')).toBe('mk');
    const catalogueChunks = fetched.filter((path) => /^\/assets\/(en|sq|bs|hr|mk|cnr|sr|sr-Latn)-[\w-]{8}\.js$/.test(path));
    expect(catalogueChunks).toEqual([expect.stringMatching(/^\/assets\/mk-/)]);

    // Another language, still offline: its catalogue comes from the service worker's precache.
    await page.getByTestId('language').selectOption('sr-Latn');
    await expect.poll(() => page.getByTestId('network').textContent(), { timeout: slow }).toBe(catalogues['sr-Latn'].offline);
    expect(await page.getByTestId('language').inputValue()).toBe('sr-Latn');
    await page.getByTestId('language').selectOption('en');
    await expect.poll(() => page.getByTestId('network').textContent(), { timeout: slow }).toBe('Offline');
    await context.setOffline(false);
    await page.close();
  }, 120_000);

  it('says so in the browser\'s language when no catalogue can be loaded on a first visit, and starts after "try again"', async () => {
    // A first visit (no service worker yet) whose catalogue requests all fail, as when the
    // network drops while the app loads: before, the screen stayed blank (busy) for good.
    const fresh = await browser.newContext({ viewport: { width: 768, height: 1024 }, hasTouch: true, locale: 'mk-MK' });
    fresh.setDefaultTimeout(slow);
    const catalogue = /\/assets\/(en|sq|bs|hr|mk|cnr|sr|sr-Latn)-[\w-]{8}\.js$/;
    await fresh.route(catalogue, (route) => route.abort('internetdisconnected'));
    const page = await fresh.newPage();
    await page.goto(server.url);
    const notice = page.getByTestId('words-unavailable');
    await expect.poll(() => notice.getByRole('alert').textContent(), { timeout: slow }).toBe(wordsUnavailable.mk.text);
    expect(await page.locator('html').getAttribute('lang')).toBe('mk');
    await fresh.unroute(catalogue);
    await notice.getByRole('button', { name: wordsUnavailable.mk.retry }).click();
    await expect.poll(() => page.locator('h1').textContent(), { timeout: slow }).toBe(catalogues.mk.loginTitle);
    await fresh.close();
  }, 120_000);
});
