// Encryption end to end in Chromium (issue 13 item 6): a manager publishes a questionnaire with a
// public key; on the tablet the draft and the finalized interview are in IndexedDB only sealed (a
// planted answer is in no store of the database), the upload is an envelope; the envelope export
// opens with `jha-survey decrypt`; the manager reads the interview in the browser with the private
// key loaded from a file — and no request of that browser ever carries the key.
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, requireChromium, screenshot, slow, tabletContext } from './helpers/browser';
import { apiToken, root, startServer, type RunningServer } from './helpers/server';

requireChromium();
let server: RunningServer;
let browser: Browser;
let tabletCtx: BrowserContext;
let deskCtx: BrowserContext;
const work = mkdtempSync(join(tmpdir(), 'jha-e2e-enc-'));
const keys = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
const SECRET = `PLANTED-${randomBytes(6).toString('hex')}`;
const definition = {
  title: 'Encrypted test',
  pages: [{ name: 'p1', elements: [
    { type: 'text', name: 'remarks', title: 'Anything you want to add' },
    { type: 'text', name: 'age', title: 'How old are you', inputType: 'number' },
  ] }],
};

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  tabletCtx = await tabletContext(browser);
  deskCtx = await tabletContext(browser);
  const manager = await apiToken(server, 'manager');
  const published = await fetch(`${server.url}/api/v1/questionnaires`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${manager}` },
    body: JSON.stringify({ id: 'secret', definition, publicKey: keys.publicKey }),
  });
  expect(published.status, await published.clone().text()).toBe(201);
}, 240_000);

afterAll(async () => {
  await tabletCtx?.close();
  await deskCtx?.close();
  await browser?.close();
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** Every record of every object store of the app's IndexedDB, as JSON, read with the raw API. */
function dumpIndexedDb(page: Page): Promise<string> {
  return page.evaluate(() => new Promise<string>((ok, fail) => {
    const open = indexedDB.open('jha-survey');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const names = [...db.objectStoreNames];
      const tx = db.transaction(names);
      const out: Record<string, unknown> = {};
      for (const name of names) {
        const all = tx.objectStore(name).getAll();
        all.onsuccess = () => { out[name] = all.result; };
      }
      tx.oncomplete = () => { db.close(); ok(JSON.stringify(out)); };
      tx.onerror = () => fail(tx.error);
    };
  }));
}

interface RawInterview { instanceId: string; state: string; data: Record<string, unknown>; sealed?: { ciphertext: string }; encrypted?: boolean; updatedAt: string }
const interviews = async (page: Page): Promise<RawInterview[]> => (JSON.parse(await dumpIndexedDb(page)) as { interviews: RawInterview[] }).interviews;

describe('an encrypted questionnaire', () => {
  let instanceId = '';

  it('keeps the draft and the finalized interview sealed in IndexedDB, autosave included, and uploads an envelope', async () => {
    let page = await tabletCtx.newPage();
    const { username, password } = server.account('interviewer');
    await logIn(page, server.url, username, password);
    await page.getByTestId('questionnaire-secret').getByRole('button', { name: 'Start interview' }).click();
    const remarks = page.locator('.sd-question', { hasText: 'Anything you want to add' }).locator('input');
    await remarks.fill(SECRET);
    await remarks.press('Tab');
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: slow }).toBe('Saved');
    const [draft] = await interviews(page);
    instanceId = draft.instanceId;
    expect({ state: draft.state, data: draft.data, encrypted: draft.encrypted, sealed: typeof draft.sealed?.ciphertext }).toEqual({ state: 'draft', data: {}, encrypted: true, sealed: 'string' });
    expect(await dumpIndexedDb(page)).not.toContain(SECRET);

    // In a new tab, the draft opens again with its answer (the device key is kept in IndexedDB).
    await page.close();
    page = await tabletCtx.newPage();
    await page.goto(server.url);
    await page.locator(`[data-instance="${instanceId}"]`).getByRole('button', { name: 'Resume' }).click();
    const resumed = page.locator('.sd-question', { hasText: 'Anything you want to add' }).locator('input');
    await expect.poll(() => resumed.inputValue(), { timeout: slow }).toBe(SECRET);
    const age = page.locator('.sd-question', { hasText: 'How old are you' }).locator('input');
    await age.fill('41');
    await age.press('Tab');
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: slow }).toBe('Saved');
    await page.getByRole('button', { name: 'Complete' }).click();
    await page.getByTestId('queue').click();
    const row = page.locator(`[data-instance="${instanceId}"]`);
    await expect.poll(() => row.getAttribute('data-state'), { timeout: slow }).toBe('uploaded');
    await screenshot(page, '40-encrypted-uploaded');
    const dump = await dumpIndexedDb(page);
    expect(dump).not.toContain(SECRET);
    expect(dump).toContain('"envelope"');

    const manager = await apiToken(server, 'manager');
    const content = await fetch(`${server.url}/api/v1/submissions/${instanceId}/content`, { headers: { authorization: `Bearer ${manager}` } });
    const stored = await content.text();
    expect(stored).not.toContain(SECRET);
    expect(JSON.parse(stored)).toMatchObject({ questionnaireId: 'secret', data: {}, envelope: { alg: 'RSA-OAEP-256+A256GCM' } });
    await page.close();
  }, 300_000);

  it('the envelope export opens with `jha-survey decrypt --key`', async () => {
    const manager = await apiToken(server, 'manager');
    const csv = await fetch(`${server.url}/api/v1/exports/secret.csv`, { headers: { authorization: `Bearer ${manager}` } });
    expect(csv.status).toBe(409);
    const exported = await fetch(`${server.url}/api/v1/exports/secret.envelopes.json`, { headers: { authorization: `Bearer ${manager}` } });
    expect(exported.status).toBe(200);
    writeFileSync(join(work, 'secret.envelopes.json'), await exported.text());
    writeFileSync(join(work, 'private.pem'), keys.privateKey, { mode: 0o600 });
    const run = spawnSync(process.execPath, [join(root, 'bin', 'jha-survey.mjs'), 'decrypt', '--key', join(work, 'private.pem'), join(work, 'secret.envelopes.json'), '--out', join(work, 'secret.csv')], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const table = readFileSync(join(work, 'secret.csv'), 'utf8');
    expect(table).toContain(instanceId);
    expect(table).toContain(SECRET);
  }, 120_000);

  it('a manager reads it in the browser with the private key from a file, and no request carries the key', async () => {
    const desk = await deskCtx.newPage();
    const sent: string[] = [];
    desk.on('request', (request) => { sent.push(`${request.method()} ${request.url()}\n${JSON.stringify(request.headers())}\n${request.postData() ?? ''}`); });
    const manager = server.account('manager');
    await logIn(desk, server.url, manager.username, manager.password);
    await desk.getByTestId('questionnaire-secret').getByRole('button', { name: 'Field work and review' }).click();
    await desk.getByTestId('supervision').waitFor();
    const row = desk.locator(`[data-testid=submission][data-instance="${instanceId}"]`);
    await row.getByRole('button', { name: 'Review' }).click();
    const panel = desk.getByTestId('review-panel');
    await panel.getByTestId('private-key-box').waitFor();
    expect(await panel.getByTestId('private-key-box').textContent()).toContain('This interview is encrypted');

    // A wrong file first: said so, nothing opened.
    await panel.getByTestId('private-key-file').setInputFiles({ name: 'public.pem', mimeType: 'text/plain', buffer: Buffer.from(keys.publicKey) });
    await expect.poll(() => panel.getByRole('alert').textContent(), { timeout: slow }).toContain('not an unencrypted RSA private key');

    await panel.getByTestId('private-key-file').setInputFiles({ name: 'private.pem', mimeType: 'text/plain', buffer: Buffer.from(keys.privateKey) });
    const remarks = panel.locator('.sd-question', { hasText: 'Anything you want to add' }).locator('input');
    await expect.poll(() => remarks.inputValue(), { timeout: slow }).toBe(SECRET);
    expect(await panel.locator('.sd-question', { hasText: 'How old are you' }).locator('input').inputValue()).toBe('41');
    await screenshot(desk, '41-encrypted-review');
    await panel.getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => row.getAttribute('data-review'), { timeout: slow }).toBe('approved');

    // The key never left the browser: no request (URL, headers or body) holds any part of it,
    // and the manager's IndexedDB holds neither the key nor the opened answer.
    const body = keys.privateKey.split('\n').filter((l) => l && !l.startsWith('-----'));
    expect(sent.length).toBeGreaterThan(3);
    for (const request of sent) {
      expect(request).not.toContain('PRIVATE KEY');
      for (const line of body) expect(request).not.toContain(line);
      expect(request).not.toContain(SECRET);
    }
    const deskDump = await dumpIndexedDb(desk);
    expect(deskDump).not.toContain(SECRET);
    for (const line of body.slice(0, 3)) expect(deskDump).not.toContain(line);
  }, 300_000);
});
