// Issue 17 item 7: the backup file is encrypted with the interviewer's passphrase and restorable.
// A tablet (offline, so nothing reaches the server) backs up a queued interview and a draft; a
// wiped tablet (a fresh browser profile) restores them — a wrong passphrase, a tampered file and a
// file of another kind are refused in the interviewer's language — and its sync gives the server
// the interview once, however often the same backup is restored. A restored draft can then be
// discarded with a reason, which stays on the card.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogues } from '../../src/app/i18n/catalogues';
import { launchBrowser, logIn, openMenu, readInterviews, requireChromium, screenshot, serviceWorkerReady, slow, tabletContext, type StoredInterview } from './helpers/browser';
import { choiceText, Interview, loadQuestionnaire } from './helpers/questionnaires';
import { apiToken, startServer, type RunningServer } from './helpers/server';

requireChromium();
let server: RunningServer;
let browser: Browser;
const demo = loadQuestionnaire('demo');
const PASSPHRASE = 'Kiša pada u Splitu 1991';

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function firstPage(page: Page): Promise<Interview> {
  await page.getByTestId('questionnaire-demo').getByRole('button', { name: 'Start interview' }).click();
  const s = new Interview(page, demo, 'en');
  await s.expectPage('respondent');
  await s.choose('consent', 1);
  await s.choose('sex', 2);
  await s.fill('age', '58');
  await s.pick('region', choiceText(demo, 'region', 'MK002', 'en'));
  await s.choose('urban', 2);
  await s.next();
  await s.expectPage('burglary');
  return s;
}

/** The manager's list of the server's interviews of the demo questionnaire with this id. */
async function onServer(instanceId: string): Promise<number> {
  const manager = await apiToken(server, 'manager');
  const res = await fetch(`${server.url}/api/v1/submissions?questionnaire=demo`, { headers: { authorization: `Bearer ${manager}` } });
  expect(res.status).toBe(200);
  return ((await res.json()) as Array<{ instanceId: string }>).filter((s) => s.instanceId === instanceId).length;
}

describe('encrypted backups', () => {
  let file: Buffer;
  let before: StoredInterview[];

  it('backs up a queued interview and a draft into a file that shows nothing of them', async () => {
    const context = await tabletContext(browser);
    const page = await context.newPage();
    const { username, password } = server.account('interviewer');
    await logIn(page, server.url, username, password);
    await page.getByTestId('questionnaire-demo').waitFor();
    // Offline the runner's chunk comes from the service worker's precache.
    await serviceWorkerReady(page);
    await context.setOffline(true);
    const done = await firstPage(page);
    await done.choose('vic_burglary_5y', 2);
    await done.next();
    await done.expectPage('safety');
    await done.choose('safe_dark', 4);
    await done.complete();
    await page.getByTestId('queue').click();
    await page.getByTestId('questionnaire-demo').waitFor();
    await firstPage(page);
    await page.getByRole('button', { name: 'Back to the list' }).click();
    await expect.poll(async () => (await readInterviews(page)).map((r) => r.state).sort()).toEqual(['draft', 'queued']);
    before = await readInterviews(page);

    await openMenu(page);
    await page.getByTestId('open-backup').click();
    await expect.poll(() => page.getByTestId('backup-count').textContent()).toContain('2 interviews');
    await page.getByTestId('backup-passphrase').fill('too short');
    await page.getByTestId('backup-repeat').fill('too short');
    await page.getByTestId('backup-save').click();
    expect(await page.getByTestId('backup-error').textContent()).toBe(catalogues.en.backupPassphraseShort.replace('{min}', '10'));
    await page.getByTestId('backup-passphrase').fill(PASSPHRASE);
    await page.getByTestId('backup-repeat').fill(`${PASSPHRASE}!`);
    await page.getByTestId('backup-save').click();
    expect(await page.getByTestId('backup-error').textContent()).toBe(catalogues.en.backupPassphraseMismatch);
    await page.getByTestId('backup-repeat').fill(PASSPHRASE);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: slow }), page.getByTestId('backup-save').click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^jha-survey-backup-${username}-\\d{4}-\\d\\d-\\d\\dT\\d{4}\\.jhabackup$`));
    file = readFileSync(await download.path());
    await page.getByTestId('backup-saved').waitFor();
    await screenshot(page, 'backup-01-saved');
    const text = file.toString('utf8');
    for (const r of before) expect(text).not.toContain(r.instanceId);
    expect(text).not.toContain('MK002');
    expect(text).not.toContain('"age"');
    expect(Object.keys(JSON.parse(text) as object).sort()).toEqual(['box', 'createdAt', 'format']);
    for (const r of before) expect(await onServer(r.instanceId)).toBe(0);
    await context.close();
  }, slow * 3);

  it('a wiped tablet restores them in the interviewer\'s language, and sync gives the server the interview once', async () => {
    const context = await tabletContext(browser);
    const page = await context.newPage();
    const { username, password } = server.account('interviewer');
    await logIn(page, server.url, username, password);
    await page.getByTestId('questionnaire-demo').waitFor();
    expect(await readInterviews(page)).toEqual([]);
    await page.getByTestId('language').selectOption('hr');
    const hr = catalogues.hr;
    await openMenu(page);
    await page.getByTestId('open-backup').click();

    const restore = async (content: Buffer, passphrase: string) => {
      await page.getByTestId('restore-file').setInputFiles({ name: 'backup.jhabackup', mimeType: 'application/octet-stream', buffer: content });
      await page.getByTestId('restore-passphrase').fill(passphrase);
      await page.getByTestId('restore-submit').click();
      await expect.poll(async () => await page.getByTestId('restore-error').count() + await page.getByTestId('restore-result').count(), { timeout: slow }).toBe(1);
    };
    await restore(file, 'Kiša pada u Zadru 1991');
    expect(await page.getByTestId('restore-error').textContent()).toBe(hr.restoreWrongPassphrase);
    const outer = JSON.parse(file.toString('utf8')) as { box: { ciphertext: string } };
    const bytes = Buffer.from(outer.box.ciphertext, 'base64');
    bytes[bytes.length >> 1] ^= 0x04;
    await restore(Buffer.from(JSON.stringify({ ...outer, box: { ...outer.box, ciphertext: bytes.toString('base64') } })), PASSPHRASE);
    expect(await page.getByTestId('restore-error').textContent()).toBe(hr.restoreWrongPassphrase);
    await restore(Buffer.from(JSON.stringify(before[0])), PASSPHRASE);
    expect(await page.getByTestId('restore-error').textContent()).toBe(hr.restoreNotABackup);
    expect(await readInterviews(page)).toEqual([]);

    await restore(file, PASSPHRASE);
    expect(await page.getByTestId('restore-result').textContent()).toBe(hr.restoreResult.replace('{added}', '2').replace('{duplicate}', '0').replace('{kept}', '0'));
    await screenshot(page, 'backup-02-restored');
    const queued = before.find((r) => r.state === 'queued');
    const draft = before.find((r) => r.state === 'draft');
    if (!queued || !draft) throw new Error('the first tablet had no queued interview and draft');
    // The restore triggers a sync: the queued interview reaches the server.
    await expect.poll(() => onServer(queued.instanceId), { timeout: slow }).toBe(1);
    const after = await readInterviews(page);
    expect(after.find((r) => r.instanceId === draft.instanceId)).toMatchObject({ state: 'draft', data: draft.data, pageNo: draft.pageNo });
    expect(after.find((r) => r.instanceId === queued.instanceId)?.data).toEqual(queued.data);

    // The same backup again: both recognised (the uploaded one too), nothing added; a second sync changes nothing.
    await restore(file, PASSPHRASE);
    expect(await page.getByTestId('restore-result').textContent()).toBe(hr.restoreResult.replace('{added}', '0').replace('{duplicate}', '2').replace('{kept}', '0'));
    await page.getByTestId('sync-now').click();
    await expect.poll(() => page.getByTestId('sync-now').textContent(), { timeout: slow }).toBe(hr.syncNow);
    expect(await onServer(queued.instanceId)).toBe(1);
    expect(await onServer(draft.instanceId)).toBe(0);
    expect(await readInterviews(page)).toHaveLength(2);

    // The restored draft, discarded with a reason: kept on the tablet and on its card.
    await page.getByRole('button', { name: hr.backHome }).click();
    const card = page.locator(`[data-instance="${draft.instanceId}"]`);
    expect(await card.getByTestId('interview-progress').textContent()).toContain(hr.progressPageOf.replace('{page}', '2').replace('{pages}', '3'));
    await card.getByTestId('discard').click();
    expect(await card.getByTestId('discard-confirm').isDisabled()).toBe(true);
    await card.getByTestId('discard-reason-select').selectOption('mistake');
    await card.getByTestId('discard-note').fill('vježba');
    await card.getByTestId('discard-confirm').click();
    await expect.poll(() => card.getAttribute('data-state')).toBe('discarded');
    expect(await card.getByTestId('discard-reason').textContent()).toContain(`${hr.discardReason_mistake} — vježba`);
    expect((await readInterviews(page)).find((r) => r.instanceId === draft.instanceId)?.state).toBe('discarded');
    await screenshot(page, 'backup-03-discarded');
    await context.close();
  }, slow * 3);
});
