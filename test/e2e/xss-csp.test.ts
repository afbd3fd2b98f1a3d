// Issue 13 item 1 in Chromium: a respondent's answer piped into a questionnaire's html element
// cannot run script (DOMPurify at render), markup injected past the sanitizer cannot either (the
// CSP), and the built PWA itself — service worker, Vite's output, SurveyJS's styles — runs under
// that CSP without a single violation.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn, requireChromium, serviceWorkerReady, slow, tabletContext } from './helpers/browser';
import { apiToken, startServer, type RunningServer } from './helpers/server';

requireChromium();

let server: RunningServer;
let browser: Browser;

const probe = {
  title: 'Greeting probe',
  pages: [
    { name: 'p1', elements: [{ type: 'text', name: 'q1', title: 'Name of the respondent' }] },
    { name: 'p2', elements: [{ type: 'html', name: 'greeting', html: '<p class="probe-greeting">Hello <b>{q1}</b></p>' }, { type: 'text', name: 'q2', title: 'Anything else' }] },
  ],
};

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const manager = await apiToken(server, 'manager');
  const res = await fetch(`${server.url}/api/v1/questionnaires`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${manager}` }, body: JSON.stringify({ id: 'greeting-probe', definition: probe }),
  });
  if (res.status !== 201) throw new Error(`publish failed: ${res.status} ${await res.text()}`);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

type Probed = Window & { __pwned?: number; __csp?: string[] };

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as Probed).__csp ?? []);
}

describe('questionnaire HTML and the Content-Security-Policy in the built app', () => {
  it('the PWA runs under the CSP with no violation; a piped answer is sanitized; injected handlers are blocked', async () => {
    const context = await tabletContext(browser);
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const w = window as Probed;
        (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const { username, password } = server.account('interviewer');
    await logIn(page, server.url, username, password);
    await serviceWorkerReady(page);
    const csp = (await page.request.get(server.url + '/')).headers()['content-security-policy'];
    expect(csp).toContain("script-src 'self'");

    await page.getByTestId('questionnaire-greeting-probe').getByRole('button', { name: 'Start interview' }).click();
    const q1 = page.locator('.sd-question', { hasText: 'Name of the respondent' }).locator('input');
    await q1.waitFor();
    // Nothing the app does itself (log-in, service worker, Vite's chunks, SurveyJS) is refused by the CSP.
    expect(await violations(page)).toEqual([]);
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await q1.fill(payload);
    await q1.press('Tab');
    await page.getByRole('button', { name: 'Next' }).click();
    const greeting = page.locator('p.probe-greeting');
    await greeting.waitFor({ timeout: slow });
    const html = await greeting.innerHTML();
    expect(html).toContain('Hello');
    expect(html).not.toMatch(/onerror|<script/i);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as Probed).__pwned)).toBeUndefined();

    // SurveyJS's stylesheet is loaded and applied (not blocked).
    const surveyRules = await page.evaluate(() => [...document.styleSheets].reduce((n, sheet) => {
      try {
        return n + [...sheet.cssRules].filter((r) => r.cssText.includes('.sd-')).length;
      } catch {
        return n;
      }
    }, 0));
    expect(surveyRules).toBeGreaterThan(100);
    // Nothing failed; the only violations are DOMPurify parsing the answer in an inert document
    // (Chromium reports the handler it saw there; nothing ran).
    expect(errors).toEqual([]);
    expect((await violations(page)).filter((v) => !v.startsWith('script-src-attr'))).toEqual([]);

    // The third line: markup that got past both sanitizers still cannot run an inline handler.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.__pwned=3">'));
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as Probed).__pwned)).toBeUndefined();
    expect((await violations(page)).some((v) => v.startsWith('script-src'))).toBe(true);
    await context.close();
  }, 180_000);
});
