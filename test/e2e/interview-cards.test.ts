// Issue 17 item 6: cards that say what they are. A case's draft shows its case and address, start
// time, language and progress; discarded with a reason it stays on the tablet and the office
// learns of it as a contact attempt; the case may be interviewed again. Only interviewers are
// offered "Start interview", and the log-in screen is not an interviewer's for every role.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../src/protocol';
import { catalogues } from '../../src/app/i18n/catalogues';
import { launchBrowser, logIn, readInterviews, requireChromium, screenshot, seedInterviews, slow, tabletContext } from './helpers/browser';
import { Interview, loadQuestionnaire } from './helpers/questionnaires';
import { apiToken, startServer, type RunningServer } from './helpers/server';

requireChromium();
let server: RunningServer;
let browser: Browser;
let manager = '';
const demo = loadQuestionnaire('demo');
const ADDRESS = 'Rruga Ismail Qemali 27, Tiranë';

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  manager = await apiToken(server, 'manager');
  const res = await fetch(`${server.url}/api/v1/assignments`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${manager}` },
    body: JSON.stringify({ interviewer: server.account('interviewer').username, questionnaireId: 'demo', caseId: 'HH-D1', address: ADDRESS }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function serverCase(caseId: string): Promise<CaseSummary | undefined> {
  const res = await fetch(`${server.url}/api/v1/cases?questionnaire=demo`, { headers: { authorization: `Bearer ${manager}` } });
  return ((await res.json()) as CaseSummary[]).find((c) => c.caseId === caseId);
}

describe('interview cards', () => {
  it('a case\'s draft says what it is; discarded with a reason it is kept and reported as a contact attempt', async () => {
    const context = await tabletContext(browser);
    const page = await context.newPage();
    const { username, password } = server.account('interviewer');
    await logIn(page, server.url, username, password);
    await page.getByTestId('language').selectOption('sq');
    const sq = catalogues.sq;
    const caseCard = page.getByTestId('assignment-HH-D1');
    await caseCard.getByTestId('start-case').click();
    const s = new Interview(page, demo, 'sq');
    await s.expectPage('respondent');
    await s.choose('consent', 1);
    await s.choose('sex', 1);
    await page.getByRole('button', { name: sq.backHome }).click();

    const card = page.getByTestId('interview').first();
    await card.waitFor();
    expect(await card.getByTestId('interview-case').textContent()).toBe(`${sq.caseLabel.replace('{caseId}', 'HH-D1')} · ${ADDRESS}`);
    expect(await card.textContent()).toContain('Shqip');
    expect(await card.getByTestId('interview-progress').textContent()).toContain(sq.progressPageOf.replace('{page}', '1').replace('{pages}', '3'));
    const [draft] = await readInterviews(page);
    // The two taps plus what the device recorded beside them (prefill, derived values): every non-empty stored value.
    const stored = Object.values(draft.data).filter((v) => v !== null && v !== '' && v !== undefined).length;
    expect(stored).toBeGreaterThanOrEqual(2);
    expect(await card.getByTestId('interview-progress').textContent()).toContain(sq.progressAnswered.replace('{count}', String(stored)));
    expect(await card.textContent()).toContain(draft.instanceId);
    await screenshot(page, 'cards-01-draft');

    await card.getByTestId('discard').click();
    await card.getByTestId('discard-dialog').waitFor();
    await card.getByTestId('discard-reason-select').selectOption('breakoff');
    await card.getByTestId('discard-confirm').click();
    await expect.poll(() => card.getAttribute('data-state')).toBe('discarded');
    expect(await card.getByTestId('discard-reason').textContent()).toContain(sq.discardReason_breakoff);
    const [kept] = await readInterviews(page);
    expect(kept).toMatchObject({ instanceId: draft.instanceId, state: 'discarded', data: draft.data });
    // The case is open again, with the attempt counted; the office has the attempt and its note.
    await expect.poll(() => caseCard.getAttribute('data-status')).toBe('attempted');
    expect(await caseCard.getByTestId('start-case').isEnabled()).toBe(true);
    await expect.poll(async () => (await serverCase('HH-D1'))?.attempts.length ?? 0, { timeout: slow }).toBe(1);
    const attempt = (await serverCase('HH-D1'))?.attempts[0];
    expect(attempt).toMatchObject({ outcome: '2.12', final: false });
    expect(attempt?.note).toContain(draft.instanceId);
    expect((await serverCase('HH-D1'))?.status).toBe('attempted');
    await screenshot(page, 'cards-02-discarded');
    await context.close();
  }, slow * 3);

  it('only interviewers are offered "Start interview"; the log-in title names no role', async () => {
    const context = await tabletContext(browser);
    const page = await context.newPage();
    await page.goto(server.url);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(catalogues.en.loginTitle);
    expect(catalogues.en.loginTitle).not.toMatch(/interviewer/i);
    const { username, password } = server.account('manager');
    await logIn(page, server.url, username, password);
    const q = page.getByTestId('questionnaire-demo');
    await q.waitFor();
    expect(await q.getByRole('button', { name: catalogues.en.preview }).count()).toBe(1);
    expect(await q.getByRole('button', { name: catalogues.en.startInterview }).count()).toBe(0);
    await context.close();
  }, slow * 2);

  // Issue 17 item 9: a tablet that has kept weeks of interviews renders a page of them (the first
  // cards in the first paint, the rest of the page just after), and more on request.
  it('with 60 interviews stored, the list paints the first 12 at once, shows the newest 50, then the other 10 on request', async () => {
    const context = await tabletContext(browser);
    const page = await context.newPage();
    const { username, password } = server.account('interviewer');
    await logIn(page, server.url, username, password);
    await page.getByTestId('questionnaire-demo').waitFor();
    await seedInterviews(page, username, 60);
    // The cards in the DOM when the list first appears: React commits a render at once, so the
    // first mutation that adds the list shows what the first paint holds.
    await page.addInitScript(() => {
      const seen = window as unknown as { firstCards?: number };
      const observer = new MutationObserver(() => {
        const list = document.querySelector('[data-testid="interviews"]');
        if (!list) return;
        seen.firstCards = list.querySelectorAll('[data-testid="interview"]').length;
        observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    const cards = page.getByTestId('interview');
    await expect.poll(() => cards.count(), { timeout: slow }).toBe(50);
    expect(await page.evaluate(() => (window as unknown as { firstCards?: number }).firstCards)).toBe(12); // FIRST_PAINT_CARDS of src/app/screens/HomeScreen.tsx
    expect(await cards.first().getAttribute('data-instance')).toBe('0190bench-000059');
    const more = page.getByTestId('interviews-more');
    expect(await more.textContent()).toContain(catalogues.en.interviewsShown.replace('{shown}', '50').replace('{total}', '60'));
    await more.getByRole('button', { name: catalogues.en.showMore.replace('{count}', '10') }).click();
    await expect.poll(() => cards.count(), { timeout: slow }).toBe(60);
    expect(await cards.last().getAttribute('data-instance')).toBe('0190bench-000000');
    expect(await more.count()).toBe(0);
    await context.close();
  }, slow * 2);
});
