// The browser process killed at random moments during interviews and syncs (issue 17 item 8):
// Chromium runs on a persistent profile, is killed with SIGKILL (no unload, no flush) 20 times
// while the test answers questions, completes interviews and the app uploads them, and is started
// again on the same profile. Every answer given a second before a kill is on the tablet after it
// (read with the raw IndexedDB API), and at the end the server holds each interview exactly once
// with exactly the answers the test gave.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, readInterviews, requireChromium, screenshot, type StoredInterview } from './helpers/browser';
import { apiToken, startServer, type RunningServer } from './helpers/server';

requireChromium();
const KILLS = Number(process.env.JHA_KILLS ?? 20);
/** An answer older than this at the kill must have survived it (DESIGN.md §3: on disk ≤ 300 ms; margin for a shared CI machine). */
const SAFE_AFTER_MS = 1000;

let server: RunningServer;
const profile = mkdtempSync(join(tmpdir(), 'jha-kills-'));

interface Running { child: ChildProcess; browser: Browser; page: Page }

/** Starts Chromium on the profile in its own process group and connects over CDP. */
async function launch(): Promise<Running> {
  const child = spawn(chromiumPath, [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--window-size=768,1024', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank',
  ], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const ws = await new Promise<string>((ok, fail) => {
    let err = '';
    const timer = setTimeout(() => fail(new Error(`Chromium did not start:\n${err}`)), 60_000);
    child.stderr?.on('data', (c: Buffer) => {
      err += c.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (m) { clearTimeout(timer); ok(m[1]); }
    });
    child.once('exit', (code) => { clearTimeout(timer); fail(new Error(`Chromium exited with ${code}:\n${err}`)); });
  });
  const browser = await chromium.connectOverCDP(ws);
  const context = browser.contexts()[0];
  context.setDefaultTimeout(30_000);
  const page = context.pages()[0] ?? await context.newPage();
  return { child, browser, page };
}

/** SIGKILL to Chromium's process group: the browser and its renderers die at once, as on a tablet whose OS kills it. */
async function kill(running: Running): Promise<void> {
  const exited = new Promise((ok) => running.child.once('exit', ok));
  if (running.child.pid !== undefined) {
    try { process.kill(-running.child.pid, 'SIGKILL'); } catch { /* already gone */ }
  }
  await exited;
  await running.browser.close().catch(() => undefined);
}

interface Answer { instanceId: string; name: string; value: unknown; at: number }

/** The answers the test gives, by question (the demo questionnaire, skipping the follow-ups). */
function answerFor(name: string, n: number): { kind: 'radio' | 'text' | 'dropdown'; value: unknown; label: string } {
  switch (name) {
    case 'consent': return { kind: 'radio', value: 1, label: 'Yes' };
    case 'sex': return n % 2 ? { kind: 'radio', value: 1, label: 'Male' } : { kind: 'radio', value: 2, label: 'Female' };
    case 'age': return { kind: 'text', value: 20 + (n % 60), label: String(20 + (n % 60)) };
    case 'region': return { kind: 'dropdown', value: 'MK007', label: 'Northeast' };
    case 'urban': return n % 2 ? { kind: 'radio', value: 1, label: 'Urban' } : { kind: 'radio', value: 2, label: 'Rural' };
    case 'vic_burglary_5y': return { kind: 'radio', value: 2, label: 'No' };
    case 'safe_dark': return { kind: 'radio', value: 1 + (n % 4), label: ['Very safe', 'Safe', 'Unsafe', 'Very unsafe'][n % 4] };
    default: throw new Error(`no answer planned for ${name}`);
  }
}

/**
 * One stretch of field work: resumes the draft on the device (or starts one), answers what is not
 * answered yet page by page, completes and queues it, which uploads it. Stops when `budget` interviews
 * have been started and none is open. Every answer is logged with the moment it was given.
 */
async function work(page: Page, log: Answer[], budget: number, started: { count: number }): Promise<'done' | 'more'> {
  await page.goto(`${server.url}/#/`);
  await page.getByTestId('who').waitFor({ state: 'attached' });
  const records = await readInterviews(page);
  const finalized = records.find((r) => r.state === 'finalized');
  if (finalized) {
    await page.goto(`${server.url}/#/finalize/${encodeURIComponent(finalized.instanceId)}`);
    await page.getByTestId('queue').click();
    await page.getByTestId('who').waitFor({ state: 'attached' });
    return 'more';
  }
  let draft: StoredInterview | undefined = records.find((r) => r.state === 'draft');
  if (!draft) {
    if (started.count >= budget) return records.some((r) => r.state === 'queued') ? 'more' : 'done';
    await page.getByTestId('questionnaire-demo').getByRole('button', { name: 'Start interview' }).click();
    await page.locator('.sd-question').first().waitFor();
    started.count += 1;
    draft = (await readInterviews(page)).find((r) => r.state === 'draft');
    if (!draft) throw new Error('no draft after starting an interview');
  } else {
    await page.goto(`${server.url}/#/interview/${encodeURIComponent(draft.instanceId)}`);
    await page.locator('.sd-question').first().waitFor();
  }
  const id = draft.instanceId;
  const n = started.count + log.length;
  for (let pageNo = 0; pageNo < 5; pageNo += 1) {
    const onDisk = (await readInterviews(page)).find((r) => r.instanceId === id)?.data ?? {};
    const names = await page.locator('.sd-question[data-name]').evaluateAll((els) => els.map((e) => e.getAttribute('data-name') ?? ''));
    for (const name of names) {
      if (onDisk[name] !== undefined) continue;
      const a = answerFor(name, n);
      const question = page.locator(`.sd-question[data-name="${name}"]`);
      // The exact label: "Safe" is also part of "Very safe".
      if (a.kind === 'radio') await question.locator('label.sd-selectbase__label').filter({ has: page.getByText(a.label, { exact: true }) }).click();
      else if (a.kind === 'text') {
        await question.locator('input').fill(a.label);
        await question.locator('input').press('Tab');
      } else {
        // The popup may still be open from before a kill's reload, and a click on the field closes it.
        const option = page.getByRole('option', { name: a.label, exact: true }).locator('visible=true').first();
        // The pick must be taken before it counts as given: with eight regions the option can sit
        // below the pop-up's fold, and a forced click there selects nothing (CI lost "region" so).
        const dropdown = question.locator('.sd-dropdown').first();
        for (let tries = 0; !((await dropdown.textContent()) ?? '').includes(a.label); tries += 1) {
          if (tries === 3) throw new Error(`the dropdown ${name} did not take "${a.label}"`);
          for (let i = 0; i < 3 && !(await option.isVisible()); i += 1) {
            await dropdown.click();
            await option.waitFor({ timeout: 2000 }).catch(() => undefined);
          }
          await option.scrollIntoViewIfNeeded({ timeout: 2000 }).catch(() => undefined);
          await option.click({ force: true });
          await page.waitForTimeout(100);
        }
      }
      log.push({ instanceId: id, name, value: a.value, at: Date.now() });
    }
    const complete = page.getByRole('button', { name: 'Complete' });
    if (await complete.isVisible()) {
      await complete.click();
      await page.getByTestId('queue').click();
      await page.getByTestId('who').waitFor({ state: 'attached' });
      return 'more';
    }
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForTimeout(100);
  }
  return 'more';
}

/** The newest answer given to each question of each interview. */
function latest(log: Answer[]): Map<string, Answer> {
  const out = new Map<string, Answer>();
  for (const a of log) out.set(`${a.instanceId}/${a.name}`, a);
  return out;
}

beforeAll(async () => {
  server = await startServer();
}, 240_000);

afterAll(async () => {
  await server?.stop();
  rmSync(profile, { recursive: true, force: true });
});

describe('browser killed during interviews and syncs', () => {
  it(`loses no answer and duplicates no interview over ${KILLS} kills`, async () => {
    const log: Answer[] = [];
    const started = { count: 0 };
    const budget = 6;
    let running = await launch();
    const { username, password } = server.account('interviewer');
    await running.page.goto(server.url);
    await running.page.getByLabel('User name').fill(username);
    await running.page.getByLabel('Password').fill(password);
    await running.page.getByRole('button', { name: 'Log in' }).click();
    await running.page.getByTestId('questionnaire-demo').waitFor({ timeout: 60_000 });
    await running.page.evaluate(async () => { await navigator.serviceWorker.ready; });

    let lost: string[] = [];
    // A fixed seed: a failure is the same failure on the next run.
    let seed = 17;
    const random = () => { seed = (seed * 48271) % 2147483647; return seed / 2147483647; };
    for (let k = 0; k < KILLS; k += 1) {
      const killAfter = 500 + Math.floor(random() * 4500);
      const work$ = (async () => {
        for (;;) if ((await work(running.page, log, budget, started)) === 'done') return;
      })().catch(() => undefined);
      await new Promise((ok) => setTimeout(ok, killAfter));
      const killedAt = Date.now();
      await kill(running);
      await work$;
      running = await launch();
      await running.page.goto(`${server.url}/#/`);
      await running.page.getByTestId('who').waitFor({ state: 'attached', timeout: 60_000 });
      const device = new Map((await readInterviews(running.page)).map((r) => [r.instanceId, r]));
      lost = [...latest(log).values()]
        .filter((a) => killedAt - a.at >= SAFE_AFTER_MS)
        .filter((a) => device.get(a.instanceId)?.data[a.name] !== a.value)
        .map((a) => `kill ${k + 1}: ${a.instanceId}/${a.name}=${String(a.value)} given ${killedAt - a.at} ms before, on the device ${String(device.get(a.instanceId)?.data[a.name])}`);
      expect(lost).toEqual([]);
    }

    // Field work finished without kills: every interview completed and uploaded.
    try {
      for (let i = 0; i < 40 && (await work(running.page, log, budget, started)) !== 'done'; i += 1) { /* next stretch */ }
    } catch (error) {
      await screenshot(running.page, 'kills-final-failure');
      throw error;
    }
    await expect.poll(async () => (await readInterviews(running.page)).filter((r) => r.state !== 'uploaded' && r.state !== 'accepted').map((r) => `${r.instanceId}:${r.state}`), { timeout: 60_000 }).toEqual([]);
    const onDevice = await readInterviews(running.page);
    await kill(running);

    const token = await apiToken(server, 'manager');
    const list = await (await fetch(`${server.url}/api/v1/submissions?questionnaire=demo`, { headers: { authorization: `Bearer ${token}` } })).json() as Array<{ instanceId: string; revision: number }>;
    const ids = list.map((s) => s.instanceId);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(onDevice.map((r) => r.instanceId).sort());
    // A start tapped just before a kill may not have been counted by the test, never the reverse.
    expect(ids.length).toBeGreaterThanOrEqual(started.count);
    expect(list.every((s) => s.revision === 1)).toBe(true);
    for (const [key, a] of latest(log)) {
      const body = await (await fetch(`${server.url}/api/v1/submissions/${a.instanceId}/content`, { headers: { authorization: `Bearer ${token}` } })).json() as { data: Record<string, unknown> };
      expect(body.data[a.name], key).toBe(a.value);
    }
  }, 600_000);
});
