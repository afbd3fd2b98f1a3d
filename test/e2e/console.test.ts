// Issue 14 items 1 and 7 in Chromium at a desk (1366×768): a survey run from the browser only.
// The admin creates a manager and an interviewer; the manager uploads a questionnaire with a lint
// finding, sees it at its line, fixes it, publishes, assigns a case; the interviewer's interviews
// arrive; the manager filters the list, reviews one, approves the others in bulk, exports XLSX
// with Macedonian labels and approved interviews only, and retires the version. The audit log
// shows it all to the admin, who turns on two-factor log-in, keeps the recovery codes, logs in
// with one, and resets the two-factor log-in of the manager who lost her phone.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { generate } from 'otplib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, requireChromium, screenshot, slow } from './helpers/browser';
// logIn opens the app afresh; logInAgain uses the log-in screen a log-out left.
import { root, startServer, type RunningServer } from './helpers/server';

requireChromium();
let server: RunningServer;
let browser: Browser;
let desk: BrowserContext;

const household = JSON.parse(readFileSync(`${root}/test/integration/fixtures/household.json`, 'utf8')) as { pages: { elements: Record<string, unknown>[] }[] };
const broken = structuredClone(household);
broken.pages[0].elements[1].name = 'sex'; // two questions named "sex": a duplicate-name finding
const text = (value: unknown) => Buffer.from(JSON.stringify(value, null, 2));

const MANAGER = { username: 'vesna.m', password: 'amber harbour lantern' };
const INTERVIEWER = { username: 'goran.i', password: 'silver canyon orchard' };

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  desk = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-GB', acceptDownloads: true });
  desk.setDefaultTimeout(slow);
}, 240_000);

afterAll(async () => {
  await desk?.close();
  await browser?.close();
  await server?.stop();
});

async function api(path: string, token: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${server.url}/api/v1${path}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers } });
}

async function tokenOf(username: string, password: string): Promise<string> {
  const response = await fetch(`${server.url}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  expect(response.status).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

async function logOut(page: Page): Promise<void> {
  await page.getByTestId('log-out').click();
  await page.getByLabel('User name').waitFor();
}

/** Logs in on the log-in screen already shown (after a log-out). */
async function logInAgain(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByTestId('who').waitFor();
}

describe('a survey run from the browser only', () => {
  it('admin → manager → interviewer → review, bulk approval, export, retirement, audit', async () => {
    const page = await desk.newPage();
    const admin = server.account('admin');
    await logIn(page, server.url, admin.username, admin.password);
    await page.getByTestId('console').waitFor();
    // The admin's console: users and the audit log, no survey sections.
    expect(await page.getByTestId('nav-navQuestionnaires').count()).toBe(0);
    await page.getByTestId('nav-navUsers').click();
    const users = page.getByTestId('users');
    const create = async (account: { username: string; password: string }, role: string) => {
      await users.getByTestId('new-username').fill(account.username);
      await users.getByTestId('new-role').selectOption(role);
      await users.getByTestId('new-password').fill(account.password);
      await users.getByRole('button', { name: 'Create the account' }).click();
      await expect.poll(() => users.getByTestId('users-message').textContent()).toBe(`Account ${account.username} created.`);
    };
    // The password policy speaks in the admin's language, with the server's reason.
    await users.getByTestId('new-username').fill('weak');
    await users.getByTestId('new-password').fill('password');
    await users.getByRole('button', { name: 'Create the account' }).click();
    await expect.poll(() => users.getByTestId('users-message').textContent()).toContain('The password is too weak');
    await create(MANAGER, 'manager');
    await create(INTERVIEWER, 'interviewer');
    await users.getByTestId(`account-${INTERVIEWER.username}`).waitFor();
    await screenshot(page, 'console-01-users');
    // A lost tablet: the admin sees the interviewer's session, where it came from, and ends it
    // from the browser; that token is refused from then on.
    const lostTablet = await tokenOf(INTERVIEWER.username, INTERVIEWER.password);
    expect((await api('/questionnaires', lostTablet)).status).toBe(200);
    await users.getByTestId(`account-${INTERVIEWER.username}`).getByTestId('show-sessions').click();
    const sessions = users.getByTestId(`sessions-${INTERVIEWER.username}`);
    await expect.poll(() => sessions.getByTestId('session-row').count()).toBe(1);
    expect(await sessions.getByTestId('session-row').textContent()).toContain('127.0.0.1');
    await sessions.getByTestId('end-session').click();
    await expect.poll(() => sessions.getByTestId('sessions-message').textContent()).toBe('Session ended: that device must sign in again.');
    await sessions.getByTestId('no-sessions').waitFor();
    expect((await api('/questionnaires', lostTablet)).status).toBe(401);
    await logOut(page);

    // The manager: a questionnaire with a finding, shown at its line, then fixed and published.
    await logInAgain(page, MANAGER.username, MANAGER.password);
    await page.getByTestId('nav-navQuestionnaires').click();
    const q = page.getByTestId('questionnaires');
    await q.getByTestId('questionnaire-file').setInputFiles({ name: 'console-demo.json', mimeType: 'application/json', buffer: text(broken) });
    await q.getByTestId('lint-findings').waitFor();
    expect(await q.getByTestId('questionnaire-id').inputValue()).toBe('console-demo');
    const finding = q.locator('[data-testid=lint-findings] tr[data-rule="duplicate-name"]').first();
    expect(await finding.textContent()).toContain('Variable names');
    expect(await finding.getByTestId('finding-line').textContent()).toMatch(/^line \d+$/);
    expect(await q.getByTestId('publish').count()).toBe(0);
    await screenshot(page, 'console-02-lint-findings');
    // The same findings in Macedonian.
    await page.getByTestId('language').selectOption('mk');
    expect(await finding.textContent()).toContain('Имиња на променливи');
    expect(await q.getByTestId('lint-count').textContent()).toContain('Ништо не е објавено');
    await page.getByTestId('language').selectOption('en');
    await q.getByTestId('questionnaire-file').setInputFiles({ name: 'console-demo.json', mimeType: 'application/json', buffer: text(household) });
    await q.getByTestId('lint-clean').waitFor();
    await q.getByTestId('publish').click();
    await expect.poll(() => q.getByTestId('questionnaire-message').textContent()).toContain('Version 1 of console-demo is published');
    await q.getByTestId('version-console-demo-1').waitFor();

    // The survey switcher offers it once the device has it; the survey's sections appear.
    await expect.poll(async () => (await page.getByTestId('survey-switcher').locator('option').allTextContents()).join('|'), { timeout: slow }).toContain('Household test questionnaire');
    await page.getByTestId('survey-switcher').selectOption('console-demo');
    await page.getByTestId('nav-navCases').click();
    const cases = page.getByTestId('assignments');
    await cases.getByTestId('assignments-file').setInputFiles({ name: 'cases.csv', mimeType: 'text/csv', buffer: Buffer.from(`interviewer,case_id\n${INTERVIEWER.username},K-1\n${INTERVIEWER.username},K-2\n${INTERVIEWER.username},K-3\n`) });
    await cases.getByRole('button', { name: 'Create 3 assignments' }).click();
    await expect.poll(() => cases.getByTestId('assignment-row').count()).toBe(3);
    // An unworked case can be deleted (confirmed).
    const k3 = cases.locator('[data-testid=assignment-row][data-case="K-3"]');
    await k3.getByTestId('delete-assignment').click();
    await k3.getByTestId('confirm-delete').click();
    await expect.poll(() => cases.getByTestId('assignment-row').count()).toBe(2);

    // The interviewer's tablet uploads two interviews (the tablet itself is tested elsewhere).
    const goran = await tokenOf(INTERVIEWER.username, INTERVIEWER.password);
    const ids = [uuidv7(), uuidv7()];
    for (const [i, id] of ids.entries()) {
      const body = {
        questionnaireId: 'console-demo', version: 1, caseId: `K-${i + 1}`, data: { sex: i + 1, age: 40 + i },
        paradata: { startedAt: new Date(Date.now() - 3_600_000).toISOString(), endedAt: new Date().toISOString(), deviceId: 'tab-e2e' }, disposition: '1.1',
      };
      expect((await api(`/submissions/${id}`, goran, { method: 'PUT', body: JSON.stringify(body) })).status).toBe(201);
    }

    // Field work: the list filtered on the server, one interview opened and approved (confirmed).
    await page.getByTestId('nav-navReview').click();
    await page.getByTestId('supervision').waitFor();
    const list = page.getByTestId('submission-list');
    await list.getByTestId('filter-interviewer').fill('nobody');
    await list.getByTestId('apply-filters').click();
    await expect.poll(() => list.getByTestId('submission').count()).toBe(0);
    await list.getByTestId('filter-interviewer').fill(INTERVIEWER.username);
    await list.getByTestId('filter-q').fill('K-1');
    await list.getByTestId('apply-filters').click();
    await expect.poll(() => list.getByTestId('submission').count()).toBe(1);
    await list.getByTestId('submission').getByRole('button', { name: 'Review' }).click();
    const panel = page.getByTestId('review-panel');
    await panel.getByTestId('review-actions').waitFor();
    await panel.getByRole('button', { name: 'Approve' }).click();
    expect(await panel.getByTestId('confirm-review').textContent()).toContain('Approve revision 1 of this interview?');
    // The action bar stays in view on a long interview.
    expect(await panel.getByTestId('review-actions').evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
    await screenshot(page, 'console-03-review');
    await panel.getByTestId('confirm-decision').click();
    await expect.poll(async () => (await (await api(`/submissions/${ids[0]}`, await tokenOf(MANAGER.username, MANAGER.password))).json() as { reviewState: string }).reviewState).toBe('approved');

    // Bulk approval of what is left awaiting review.
    await list.getByRole('button', { name: 'Clear' }).click();
    await list.getByTestId('filter-state').selectOption('received');
    await list.getByTestId('apply-filters').click();
    await expect.poll(() => list.getByTestId('submission').count()).toBe(1);
    await list.getByTestId('select-page').check();
    await list.getByTestId('bulk-approve').click();
    await list.getByTestId('confirm-bulk-approve').click();
    await expect.poll(() => list.getByTestId('list-message').textContent()).toContain('1 approved; 0 refused');

    // Charts where a manager would rather look than read: progress over time and by interviewer,
    // interview length by interviewer.
    await page.getByTestId('nav-navProgress').click();
    await page.getByTestId('chart-timeline').locator('svg').first().waitFor();
    await page.getByTestId('chart-progress').locator('svg').first().waitFor();
    // A desk layout at 1366×768: the navigation a column left of the content, the bar one line,
    // nothing wider than the window (no sideways scrolling).
    const layout = await page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      return { nav: box('.console-nav'), main: box('.console-main'), bar: box('.console-bar'), chart: box('[data-testid=chart-timeline] svg'), scroll: document.documentElement.scrollWidth, width: window.innerWidth };
    });
    expect(layout.scroll).toBeLessThanOrEqual(layout.width);
    expect(layout.nav.right).toBeLessThanOrEqual(layout.main.left);
    expect(layout.nav.top).toBeGreaterThanOrEqual(layout.bar.bottom - 1);
    expect(layout.bar.height).toBeLessThan(80);
    expect(layout.chart.right).toBeLessThanOrEqual(layout.width);
    // The charts' words in Macedonian, in Cyrillic: the legend, the axis label and the day ticks in
    // CLDR's Macedonian day and month ("2 дек.", where Plot's own ticks and this Chromium's Intl for mk
    // say "Dec 2"); no Latin letters.
    await page.getByTestId('language').selectOption('mk');
    const timelineMk = page.getByTestId('chart-timeline');
    await expect.poll(() => timelineMk.innerText()).toMatch(/[А-Яа-яЃЌЅЉЊЏѓќѕљњџ]/);
    // innerText: what is shown (Plot puts its legend's stylesheet in the figure too).
    expect((await timelineMk.innerText()).replace(/RR1/g, '')).not.toMatch(/[A-Za-z]/);
    expect(await timelineMk.locator('svg g[aria-label="x-axis tick label"] text').first().textContent()).toMatch(/^\d{1,2} (јан\.|фев\.|мар\.|апр\.|мај|јун\.|јул\.|авг\.|сеп\.|окт\.|ное\.|дек\.)$/);
    await page.getByTestId('language').selectOption('en');
    await page.getByTestId('nav-navQuality').click();
    await page.getByTestId('chart-durations').locator('svg').first().waitFor();
    await page.getByTestId('quality').waitFor();
    await screenshot(page, 'console-03b-quality');

    // Exports: XLSX, labels in Macedonian, approved interviews only.
    await page.getByTestId('nav-navExports').click();
    const exports = page.getByTestId('exports');
    await exports.getByTestId('export-format').selectOption('xlsx');
    await exports.getByTestId('export-lang').selectOption('mk');
    await exports.getByTestId('export-approved').check();
    const [download] = await Promise.all([page.waitForEvent('download'), exports.getByTestId('export-download').click()]);
    expect(download.suggestedFilename()).toBe('console-demo-approved-mk.xlsx');
    const book = new ExcelJS.Workbook();
    const bytes = readFileSync(await download.path() as string);
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const values = JSON.stringify(book.worksheets.map((w) => w.getSheetValues()));
    expect(values).toContain('Машко');
    const sheet = book.worksheets[0];
    expect(sheet.getSheetValues().slice(2).filter(Boolean)).toHaveLength(2);

    // The version retired: tablets are no longer offered it; its interviews stay.
    await page.getByTestId('nav-navQuestionnaires').click();
    const row = page.getByTestId('version-console-demo-1');
    await row.getByRole('button', { name: 'Retire' }).click();
    expect(await row.textContent()).toContain('its 2 interviews stay');
    await row.getByTestId('confirm-retire').click();
    await expect.poll(() => row.getAttribute('data-retired')).toBe('true');
    const offered = (await (await api('/questionnaires', goran)).json()) as { id: string }[];
    expect(offered.map((x) => x.id)).not.toContain('console-demo');
    await screenshot(page, 'console-04-retired');
    await logOut(page);

    // The admin reads it all in the audit log, filtered by the manager.
    await logInAgain(page, admin.username, admin.password);
    await page.getByTestId('nav-navAudit').click();
    const audit = page.getByTestId('audit');
    await audit.getByTestId('audit-actor').fill(MANAGER.username);
    await audit.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(async () => (await audit.locator('[data-testid=audit-entries] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')))).join(' '))
      .toMatch(/questionnaire-retired.*microdata-exported.*submission-reviewed.*submission-reviewed.*assignment-deleted.*assignment-created.*questionnaire-published.*login/);
    await audit.getByTestId('audit-action').selectOption('account-created');
    await audit.getByTestId('audit-actor').fill('');
    await audit.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => audit.locator('[data-testid=audit-entries] tbody tr').count()).toBe(2);
    await screenshot(page, 'console-05-audit');

    // The admin turns on two-factor log-in from the browser; the next log-in asks for a code.
    await page.getByTestId('nav-navAccount').click();
    const account = page.getByTestId('account');
    await account.getByTestId('two-factor-start').click();
    const secret = (await account.getByTestId('two-factor-secret').textContent()) ?? '';
    expect(await account.getByTestId('two-factor-uri').getAttribute('href')).toContain(`secret=${secret}`);
    const now = Math.floor(Date.now() / 1000);
    await account.getByTestId('two-factor-code').fill(await generate({ secret, epoch: now }));
    await account.getByRole('button', { name: 'Confirm' }).click();
    await account.getByTestId('two-factor-on').waitFor();
    // The recovery codes, shown this once: ten, each said to work once, to copy or download.
    const shown = account.getByTestId('recovery-codes');
    const codes = (await shown.locator('li').allTextContents()).map((c) => c.trim());
    expect(codes).toHaveLength(10);
    expect(await shown.textContent()).toContain('Each code works once');
    const [file] = await Promise.all([page.waitForEvent('download'), shown.getByTestId('recovery-codes-download').click()]);
    expect(readFileSync(await file.path(), 'utf8')).toContain(codes[9]);
    await expect.poll(() => account.getByTestId('session-row').count()).toBeGreaterThanOrEqual(1);
    await logOut(page);
    await page.getByLabel('User name').fill(admin.username);
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByLabel('Code from the authenticator app').fill(await generate({ secret, epoch: now + 30 }));
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByTestId('who').waitFor();

    // No phone at hand: a recovery code instead (typed in lower case), once.
    await logOut(page);
    await page.getByLabel('User name').fill(admin.username);
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByTestId('use-recovery-code').click();
    await page.getByTestId('recovery-code').fill(codes[0].toLowerCase());
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByTestId('who').waitFor();

    // My account says how many codes are left, and makes a new set against a current code of the
    // app. Each time step's code works once and the log-in above used the next step's, so the one
    // after that is sent, once the clock is within its window.
    await page.getByTestId('nav-navAccount').click();
    await expect.poll(() => account.getByTestId('recovery-codes-left').textContent(), { timeout: slow }).toBe('Recovery codes left: 9 of 10.');
    const renewStep = Math.floor(now / 30) + 2;
    const untilWindow = (renewStep - 1) * 30_000 - Date.now();
    if (untilWindow > 0) await page.waitForTimeout(untilWindow + 1000);
    await account.getByTestId('recovery-codes-renew-code').fill(await generate({ secret, epoch: renewStep * 30 }));
    await account.getByRole('button', { name: 'Make new recovery codes' }).click();
    const renewed = account.getByTestId('recovery-codes');
    await expect.poll(() => renewed.locator('li').count(), { timeout: slow }).toBe(10);
    const fresh = (await renewed.locator('li').allTextContents()).map((c) => c.trim());
    expect(fresh.some((c) => codes.includes(c))).toBe(false);
    expect(await account.getByTestId('recovery-codes-left').textContent()).toBe('Recovery codes left: 10 of 10.');

    // The manager lost her phone (enrolled here by the API): the admin resets her two-factor log-in
    // from Users after a confirmation; her session ends and the password alone lets her in again.
    const vesna = await tokenOf(MANAGER.username, MANAGER.password);
    const enrolment = (await (await api('/session/totp', vesna, { method: 'POST', body: '{}' })).json()) as { secret: string };
    expect((await api('/session/totp/confirm', vesna, { method: 'POST', body: JSON.stringify({ otp: await generate({ secret: enrolment.secret }) }) })).status).toBe(200);
    await page.getByTestId('nav-navUsers').click();
    const managerRow = page.getByTestId(`account-${MANAGER.username}`);
    await managerRow.getByTestId('reset-two-factor').click();
    expect(await managerRow.textContent()).toContain('log in with the password alone');
    await managerRow.getByTestId('confirm-reset-two-factor').click();
    await expect.poll(() => managerRow.getByTestId('reset-two-factor').count()).toBe(0);
    expect(await page.getByTestId('users-message').textContent()).toContain(`Two-factor log-in of ${MANAGER.username} reset`);
    expect((await api('/sessions', vesna)).status).toBe(401);
    await tokenOf(MANAGER.username, MANAGER.password);
  }, 400_000);
});
