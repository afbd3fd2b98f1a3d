// The review cycle between a survey manager and an interviewer, in two browsers: the manager sees
// the field-work progress, opens an uploaded interview read-only and returns it with a comment; the
// interviewer's tablet takes it back on the next sync (it no longer held it), shows the comment,
// and the corrected interview goes up as revision 2, waiting for review again.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, readInterviews, requireChromium, screenshot, slow, tabletContext } from './helpers/browser';
import { apiToken, startServer, type RunningServer } from './helpers/server';

requireChromium();
let server: RunningServer;
let browser: Browser;
let managerContext: BrowserContext;
let interviewerContext: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  managerContext = await tabletContext(browser);
  interviewerContext = await tabletContext(browser);
}, 240_000);

afterAll(async () => {
  await managerContext?.close();
  await interviewerContext?.close();
  await browser?.close();
  await server?.stop();
});

async function submission(instanceId: string): Promise<{ reviewState: string; revision: number; reviewComment: string | null }> {
  const manager = await apiToken(server, 'manager');
  const response = await fetch(`${server.url}/api/v1/submissions/${instanceId}`, { headers: { authorization: `Bearer ${manager}` } });
  return (await response.json()) as { reviewState: string; revision: number; reviewComment: string | null };
}

const choose = (page: Page, title: string, choice: string) => page.locator('.sd-question', { hasText: title })
  .locator('label.sd-selectbase__label', { hasText: choice }).first().click();

describe('review cycle', () => {
  it('a manager returns an interview with a comment; the interviewer corrects it and it comes back as revision 2', async () => {
    // An interview uploaded earlier from a tablet that has since been reset.
    const instanceId = uuidv7();
    const interviewer = server.account('interviewer');
    const token = await apiToken(server, 'interviewer');
    const body = {
      questionnaireId: 'demo', version: 1, disposition: '1.1',
      data: { consent: 1, sex: 2, age: 17, region: 'MK007', urban: 1, vic_burglary_5y: 2, safe_dark: 2 },
      paradata: { startedAt: '2026-11-20T09:00:00.000Z', endedAt: '2026-11-20T09:20:00.000Z', locale: 'en' },
    };
    const put = await fetch(`${server.url}/api/v1/submissions/${instanceId}`, {
      method: 'PUT', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body),
    });
    expect(put.status, await put.clone().text()).toBe(201);

    // The manager: progress, then the interview read-only, then "return" (a comment is required).
    const desk = await managerContext.newPage();
    const manager = server.account('manager');
    await logIn(desk, server.url, manager.username, manager.password);
    await desk.getByTestId('questionnaire-demo').getByRole('button', { name: 'Field work and review' }).click();
    await desk.getByTestId('supervision').waitFor();
    await expect.poll(() => desk.getByTestId('monitoring-total').textContent(), { timeout: slow }).toBe('1');
    expect(await desk.getByTestId('rate-RR1').textContent()).toBe('100.0%');
    // The data-quality view lists the interviewer with the one interview.
    await desk.getByTestId('quality').waitFor();
    await expect.poll(() => desk.getByTestId(`quality-${interviewer.username}`).locator('td').nth(1).textContent(), { timeout: slow }).toBe('1');
    const row = desk.locator(`[data-testid=submission][data-instance="${instanceId}"]`);
    expect(await row.getAttribute('data-review')).toBe('received');
    await row.getByRole('button', { name: 'Review' }).click();
    const panel = desk.getByTestId('review-panel');
    const age = panel.locator('.sd-question', { hasText: 'How old are you' }).locator('input');
    await age.waitFor();
    expect(await age.inputValue()).toBe('17');
    expect(await age.isDisabled() || (await age.getAttribute('readonly')) !== null).toBe(true);
    await screenshot(desk, '20-review-panel');
    await panel.getByRole('button', { name: 'Return to the interviewer' }).click();
    expect(await panel.getByRole('alert').textContent()).toContain('Write what the interviewer must correct');
    expect((await submission(instanceId)).reviewState).toBe('received');
    await panel.getByTestId('review-comment').fill('Age 17: the respondent must be 18 or older; check the age.');
    await panel.getByRole('button', { name: 'Return to the interviewer' }).click();
    // Nothing is sent before the manager confirms.
    expect(await panel.getByTestId('confirm-review').textContent()).toContain('Return revision 1 to the interviewer');
    expect((await submission(instanceId)).reviewState).toBe('received');
    await panel.getByTestId('confirm-decision').click();
    await expect.poll(() => row.getAttribute('data-review'), { timeout: slow }).toBe('rejected');
    expect(await submission(instanceId)).toMatchObject({ reviewState: 'rejected', revision: 1, reviewComment: 'Age 17: the respondent must be 18 or older; check the age.' });

    // Assignments from the field department's CSV: one good row, one for an account that is no interviewer.
    const assignments = desk.getByTestId('assignments');
    await assignments.getByTestId('assignments-file').setInputFiles({
      name: 'sample.csv', mimeType: 'text/csv',
      buffer: Buffer.from(`interviewer,case_id,region,urban\n${interviewer.username},C-100,MK002,2\n${manager.username},C-101,MK006,1\n`),
    });
    await assignments.getByRole('button', { name: 'Create 2 assignments' }).click();
    await expect.poll(() => assignments.getByTestId('assignment-outcomes').textContent(), { timeout: slow }).toContain('1 created, 0 already assigned, 1 refused');
    expect(await assignments.getByTestId('assignment-outcomes').textContent()).toContain(`${manager.username} is not an interviewer account`);
    expect(await assignments.locator('[data-testid=assignment-row][data-case="C-100"]').textContent()).toContain('region=MK002');

    // The interviewer: the log-in sync takes the interview back with the comment.
    const tablet = await interviewerContext.newPage();
    await logIn(tablet, server.url, interviewer.username, interviewer.password);
    const card = tablet.locator(`[data-testid=interview][data-instance="${instanceId}"]`);
    await expect.poll(() => card.getAttribute('data-state'), { timeout: slow }).toBe('rejected');
    expect(await card.getByTestId('review-comment').textContent()).toContain('check the age');
    await screenshot(tablet, '21-returned-interview');
    await tablet.getByTestId('assignment-C-100').waitFor();
    await card.getByRole('button', { name: 'Correct the interview' }).click();
    const ageInput = tablet.locator('.sd-question', { hasText: 'How old are you' }).locator('input');
    await ageInput.waitFor();
    expect(await ageInput.inputValue()).toBe('17');
    // It opens where the comment points (the age), with the comment shown and a page list.
    expect(await tablet.getByTestId('review-comment-banner').textContent()).toContain('check the age');
    expect(await tablet.getByTestId('page-navigator').textContent()).toMatch(/Page 1 of \d+/);
    await ageInput.fill('18');
    await ageInput.press('Tab');
    await tablet.getByRole('button', { name: 'Next' }).click();
    await choose(tablet, 'did anyone get into your home', 'No');
    await tablet.getByRole('button', { name: 'Next' }).click();
    await tablet.getByRole('button', { name: 'Complete' }).click();
    await tablet.getByTestId('queue').click();
    await expect.poll(() => card.getAttribute('data-state'), { timeout: slow }).toBe('uploaded');
    const [stored] = await readInterviews(tablet);
    expect(stored.data).toMatchObject({ age: 18 });
    expect(await submission(instanceId)).toMatchObject({ reviewState: 'received', revision: 2 });

    // Back on the manager's desk: waiting for review again, as revision 2.
    await desk.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => row.getAttribute('data-review'), { timeout: slow }).toBe('received');
    expect(await row.textContent()).toContain('revision 2');
  }, 300_000);
});
