// Cases on the tablet in a real browser (issue 11): the case list with address, status, next
// visit and attempts; a contact attempt with an appointment recorded offline and uploaded; a case
// closed without an interview with its AAPOR code; "Start interview" tapped twice makes one interview,
// and the case offers no second one.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../src/protocol';
import { launchBrowser, logIn, readInterviews, requireChromium, screenshot, slow, tabletContext } from './helpers/browser';
import { apiToken, startServer, type RunningServer } from './helpers/server';

requireChromium();
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let manager = '';

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  context = await tabletContext(browser);
  manager = await apiToken(server, 'manager');
  const interviewer = server.account('interviewer').username;
  for (const [caseId, address] of [['HH-101', 'Bulevar kralja Aleksandra 5, Beograd'], ['HH-102', 'Njegoševa 14, Podgorica']]) {
    const res = await fetch(`${server.url}/api/v1/assignments`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${manager}` },
      body: JSON.stringify({ interviewer, questionnaireId: 'demo', caseId, address }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
  }
}, 240_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

async function serverCases(): Promise<Record<string, CaseSummary>> {
  const res = await fetch(`${server.url}/api/v1/cases?questionnaire=demo`, { headers: { authorization: `Bearer ${manager}` } });
  return Object.fromEntries(((await res.json()) as CaseSummary[]).map((c) => [c.caseId, c]));
}

const card = (page: Page, caseId: string) => page.getByTestId(`assignment-${caseId}`);

describe('the interviewer\'s cases', () => {
  let page: Page;

  it('lists the assigned cases with address and status "To do"', async () => {
    page = await context.newPage();
    const { username, password } = server.account('interviewer');
    await logIn(page, server.url, username, password);
    await card(page, 'HH-101').waitFor();
    expect(await card(page, 'HH-101').getByTestId('case-where').textContent()).toBe('Bulevar kralja Aleksandra 5, Beograd');
    expect(await card(page, 'HH-101').getByTestId('case-status').textContent()).toBe('To do');
    expect(await card(page, 'HH-101').textContent()).toContain('Contact attempts: 0');
    await screenshot(page, '30-case-list');
  }, 300_000);

  it('records a contact attempt with an appointment offline; the list shows the next visit; it uploads when online', async () => {
    await context.setOffline(true);
    await card(page, 'HH-101').getByTestId('open-case').click();
    await page.getByTestId('case-screen').waitFor();
    await page.getByLabel('Outcome').selectOption('2.24');
    await page.getByLabel('Note').fill('Nobody home; neighbour says after 18:00');
    await page.getByLabel('Appointment for a return visit').fill('2099-01-05T18:30');
    await page.getByTestId('save-attempt').click();
    await page.getByTestId('attempt-message').getByText('Saved on this tablet').waitFor();
    const attempt = page.getByTestId('attempt');
    // The list is a live query of IndexedDB: it follows the saved message by a moment.
    await expect.poll(() => attempt.count(), { timeout: slow }).toBe(1);
    expect(await attempt.getAttribute('data-state')).toBe('queued');
    expect(await attempt.textContent()).toContain('2.24 No one at home');
    expect(await attempt.textContent()).toContain('Nobody home; neighbour says after 18:00');
    expect(await page.getByTestId('case-status').textContent()).toBe('Contact attempted');
    await screenshot(page, '31-case-attempt');

    await page.getByRole('button', { name: 'Back to the list' }).click();
    const c = card(page, 'HH-101');
    await expect.poll(() => c.getByTestId('case-status').textContent(), { timeout: slow }).toBe('Contact attempted');
    expect(await c.textContent()).toContain('Contact attempts: 1');
    const nextVisit = await c.getByTestId('case-next-visit').textContent();
    expect(nextVisit).toContain('Next visit');
    expect(nextVisit).toContain('2099');

    await context.setOffline(false);
    await page.getByTestId('sync-now').click();
    await expect.poll(async () => (await serverCases())['HH-101']?.attempts.length ?? 0, { timeout: slow }).toBe(1);
    const stored = (await serverCases())['HH-101'];
    expect(stored.status).toBe('attempted');
    expect(stored.attempts[0]).toMatchObject({ outcome: '2.24', final: false, note: 'Nobody home; neighbour says after 18:00' });
    // The appointment is the interviewer's local wall-clock time, stored as an instant.
    expect(stored.nextAppointment).toBe(new Date(2099, 0, 5, 18, 30).toISOString());
  }, 300_000);

  it('"Start interview" tapped twice makes one interview; the case then offers no second one', async () => {
    const before = (await readInterviews(page)).length;
    await card(page, 'HH-101').getByTestId('start-case').dblclick();
    await page.locator('.sd-question', { hasText: 'Do you agree to take part' }).waitFor();
    await expect.poll(async () => (await readInterviews(page)).length, { timeout: slow }).toBe(before + 1);
    await page.goto(`${server.url}/#/`);
    const c = card(page, 'HH-101');
    await expect.poll(() => c.getByTestId('case-status').textContent(), { timeout: slow }).toBe('In progress');
    const start = c.getByTestId('start-case');
    expect(await start.textContent()).toBe('Interview already started');
    expect(await start.isDisabled()).toBe(true);
    expect(await c.textContent()).toContain('Interviews: 1 of 1');
    // Nor from the case screen.
    await c.getByTestId('open-case').click();
    const screen = page.getByTestId('case-screen');
    await screen.waitFor();
    expect(await screen.getByTestId('start-case').isDisabled()).toBe(true);
    expect((await readInterviews(page)).filter((r) => (r as unknown as { caseId?: string }).caseId === 'HH-101')).toHaveLength(1);
    await screenshot(page, '32-case-in-progress');
    await page.getByRole('button', { name: 'Back to the list' }).click();
  }, 300_000);

  it('closes a case without an interview with its final code (refusal 2.11): closed on the tablet, on the server and in the export', async () => {
    await card(page, 'HH-102').getByTestId('open-case').click();
    await page.getByLabel('Outcome').selectOption('2.11');
    await page.getByLabel('Final result: close the case without an interview').check();
    expect(await page.getByLabel('Appointment for a return visit').count()).toBe(0);
    await page.getByTestId('save-attempt').click();
    await page.getByTestId('case-closed').getByText('This case is closed: 2.11 Refusal.').waitFor();
    expect(await page.getByTestId('start-case').count()).toBe(0);
    expect(await page.getByTestId('attempt-form').count()).toBe(0);
    await page.getByRole('button', { name: 'Back to the list' }).click();
    const c = card(page, 'HH-102');
    await expect.poll(() => c.getByTestId('case-status').textContent(), { timeout: slow }).toBe('Closed');
    expect(await c.getByTestId('case-result').textContent()).toBe('Result: 2.11 Refusal');
    await screenshot(page, '33-case-closed');

    await page.getByTestId('sync-now').click();
    await expect.poll(async () => (await serverCases())['HH-102']?.status, { timeout: slow }).toBe('closed');
    expect((await serverCases())['HH-102'].disposition).toBe('2.11');
    const csv = await (await fetch(`${server.url}/api/v1/exports/demo.csv`, { headers: { authorization: `Bearer ${manager}` } })).text();
    const [header, ...rows] = csv.trim().split(/\r?\n/);
    const columns = header.split(',');
    const row = rows.map((r) => r.split(',')).find((r) => r[columns.indexOf('case_id')] === 'HH-102');
    expect(row?.[columns.indexOf('disposition')]).toBe('2.11');
    expect(row?.[columns.indexOf('instance_id')]).toBe('');
  }, 300_000);

  it('the manager sees each case\'s status, attempts and result, and allows HH-101 a second interview; the tablet then offers it', async () => {
    const desk = await tabletContext(browser);
    try {
      const mp = await desk.newPage();
      const { username, password } = server.account('manager');
      await logIn(mp, server.url, username, password);
      await mp.getByTestId('questionnaire-demo').getByRole('button', { name: 'Field work and review' }).click();
      const row = (caseId: string) => mp.locator(`[data-testid=assignment-row][data-case="${caseId}"]`);
      await row('HH-102').waitFor();
      expect(await row('HH-102').getAttribute('data-status')).toBe('closed');
      expect(await row('HH-102').getByTestId('case-disposition').textContent()).toBe('2.11 Refusal');
      expect(await row('HH-101').getAttribute('data-status')).toBe('attempted');
      await row('HH-101').getByTestId('case-quantity').fill('2');
      await row('HH-101').getByTestId('save-quantity').click();
      await expect.poll(async () => (await serverCases())['HH-101']?.quantity, { timeout: slow }).toBe(2);
      await screenshot(mp, '34-manager-cases');
    } finally {
      await desk.close();
    }
    await page.getByTestId('sync-now').click();
    const c = card(page, 'HH-101');
    await expect.poll(() => c.textContent(), { timeout: slow }).toContain('Interviews: 1 of 2');
    expect(await c.getByTestId('start-case').textContent()).toBe('Start interview');
    expect(await c.getByTestId('start-case').isDisabled()).toBe(false);
  }, 300_000);

  it('the case list reads in the interviewer\'s language (Serbian Cyrillic)', async () => {
    await page.getByTestId('language').selectOption('sr');
    const c = card(page, 'HH-102');
    await expect.poll(() => c.getByTestId('case-status').textContent(), { timeout: slow }).toBe('Затворен');
    expect(await c.getByTestId('case-result').textContent()).toBe('Исход: 2.11 Одбијање');
    expect(await card(page, 'HH-101').getByTestId('case-status').textContent()).toBe('У току');
    await page.getByTestId('language').selectOption('en');
  }, 300_000);
});
