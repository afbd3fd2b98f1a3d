// The four standard questionnaires' main paths through the real app in Chromium, each in two
// languages: the skip logic an interviewer relies on (no contact → no bribery questions, no car →
// no car crimes, victim → follow-ups), the CASI hand-over, the derived flags in the saved data,
// and the localized texts on the screen. One server, one browser, one logged-in tablet.
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/protocol';
import { catalogues } from '../../src/app/i18n/catalogues';
import { launchBrowser, logIn, readInterviews, screenshot, tabletContext, type StoredInterview } from './helpers/browser';
import { choiceText, element, Interview, loadQuestionnaire, parseCsv, pickInPopup, startInterview, validatorText, type Questionnaire } from './helpers/questionnaires';
import { apiToken, root, startServer, type RunningServer } from './helpers/server';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  context = await tabletContext(browser);
  // A step that cannot happen fails in seconds, not at the end of the test's budget.
  context.setDefaultTimeout(15_000);
  page = await context.newPage();
  const { username, password } = server.account('interviewer');
  await logIn(page, server.url, username, password);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

const corruption = loadQuestionnaire('corruption');
const victimization = loadQuestionnaire('victimization');
const safety = loadQuestionnaire('safety');
const admin = loadQuestionnaire('jha-admin');

/** The names of the questions on one page of a questionnaire, in order. */
function questionsOf(q: Questionnaire, pageName: string): string[] {
  return (element(q, pageName).elements ?? []).filter((e) => e.type !== 'html').map((e) => e.name);
}

/** The interview just finished (or still open) on this tablet: the newest record. */
async function newest(): Promise<StoredInterview> {
  const all = await readInterviews(page);
  const last = all.sort((a, b) => a.instanceId.localeCompare(b.instanceId)).at(-1);
  if (!last) throw new Error('no interview on the device');
  return last;
}

/** The country of the tests' interviews (its profile's regions are offered) and one of its regions. */
const COUNTRY = 'MK';
const REGION = 'MK001';

/**
 * The block every person-level questionnaire shares: country and consent, a one-person household
 * (roster), last-birthday selection of that person, the respondent and the disability pages.
 */
async function householdToRespondent(s: Interview, name: string, sex: 1 | 2, age: number): Promise<void> {
  await s.expectTitle('consent');
  await s.pick('country', choiceText(s.q, 'country', COUNTRY, s.locale));
  await s.choose('consent', 1);
  await s.next();
  await s.expectPage('household');
  await s.pick('region', choiceText(s.q, 'region', REGION, s.locale));
  await s.choose('urban', 2);
  await s.fill('hh_size', '1');
  const cells = s.question('hh_roster').locator('tbody tr').first();
  await cells.locator('input').nth(0).fill(name);
  await cells.locator('.sd-dropdown').click();
  await pickInPopup(page, choiceText(s.q, 'member_sex', sex, s.locale));
  await cells.locator('input[type=number]').fill(String(age));
  await cells.locator('input[type=number]').blur();
  await s.fill('hh_income', '850');
  await s.next();
  await s.expectPage('selection');
  await s.choose('sel_method', 2);
  await s.pick('sel_line', name);
  await s.choose('resp_consent', 1);
  await s.next();
  await s.expectPage('respondent');
  await s.choose('sex', sex);
  await s.fill('age', String(age));
  await s.choose('education', 4);
  await s.choose('employment', 1);
  await s.choose('citizenship', 1);
  await s.next();
  await s.expectPage('disability');
  await s.chooseAll(questionsOf(s.q, 'disability'), 1);
  await s.next();
}

/** Consent and the respondent pages shared by corruption and safety. */
async function consentAndRespondent(s: Interview): Promise<void> {
  await householdToRespondent(s, 'Ana', 2, 37);
}

/** Completes the interview and queues it as a complete (AAPOR 1.1) case. */
async function completeAndQueue(s: Interview): Promise<StoredInterview> {
  await s.complete();
  await page.getByTestId('queue').waitFor();
  expect(await page.locator('input[name=disposition]:checked').getAttribute('value')).toBe('1.1');
  const record = await newest();
  await page.getByTestId('queue').click();
  await page.getByTestId('questionnaire-demo').waitFor();
  return record;
}

/** The hand-over screen in the interview's language, shown instead of the questions. */
async function handOver(s: Interview, direction: 'to-respondent' | 'to-interviewer', hidden: string): Promise<void> {
  const ui = catalogues[s.locale];
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.locator('h2').innerText()).toBe(direction === 'to-respondent' ? ui.handOverTitle : ui.handBackTitle);
  expect(ui.handOverTitle).not.toBe(catalogues.en.handOverTitle);
  expect(await s.question(hidden).count()).toBe(0);
  await dialog.getByRole('button', { name: direction === 'to-respondent' ? ui.handOverContinue : ui.handBackContinue }).click();
}

describe('corruption', () => {
  const contacts = questionsOf(corruption, 'contacts');

  it('in English: no contact with any official → no bribery questions, finalized', async () => {
    await startInterview(page, server.url, 'corruption', 'en');
    const s = new Interview(page, corruption, 'en');
    await consentAndRespondent(s);
    await s.expectPage('contacts');
    await s.expectTitle('brb_contact_police');
    await s.chooseAll(contacts, 2);
    await s.next();
    // Straight to the opinions: no page per official, no most recent bribe.
    await s.expectPage('perceptions');
    expect(await s.rendered('brb_').count()).toBe(0);
    await s.choose('cor_perc_common', 3);
    // The optional blocks the profile switches on (recruitment, vote-buying): "no" ends each.
    await s.next();
    await s.expectPage('recruitment');
    await s.choose('rec_applied', 2);
    await s.expectHidden('rec_bribe');
    await s.next();
    await s.expectPage('vote_buying');
    await s.choose('vote_offered', 2);
    await s.expectHidden('vote_accepted');
    const record = await completeAndQueue(s);
    expect(record.state).toBe('finalized');
    expect(record.data).toMatchObject({ consent: 1, region: REGION, hh_income: 850, brb_contact_any: 0, brb_paid_any: 0, brb_any: 0, cor_perc_common: 3, rec_applied: 2, vote_offered: 2 });
    const followUps = corruption.pages.filter((p) => p.name.startsWith('official_') || p.name === 'last_bribe').flatMap((p) => questionsOf(corruption, p.name));
    expect(followUps.length).toBeGreaterThan(40);
    expect(Object.keys(record.data).filter((k) => followUps.includes(k))).toEqual([]);
  });

  it('in Macedonian: contact with and a bribe paid to the police → the follow-ups, brb_any = 1 in the export', async () => {
    await startInterview(page, server.url, 'corruption', 'mk');
    const s = new Interview(page, corruption, 'mk');
    await consentAndRespondent(s);
    await s.expectPage('contacts');
    await s.expectTitle('brb_contact_police');
    await s.choose('brb_contact_police', 1);
    await s.chooseAll(contacts.filter((n) => n !== 'brb_contact_police'), 2);
    await s.next();

    await s.expectPage('official_police');
    await s.expectTitle('brb_paid_police');
    await s.expectHidden('brb_times_police');
    await s.choose('brb_paid_police', 1);
    await s.expectTitle('brb_times_police');
    await s.fill('brb_times_police', '2');
    await s.choose('brb_asked_police', 2);
    await s.next();

    await s.expectPage('last_bribe');
    await s.expectTitle('brb_last_official');
    await s.pick('brb_last_official', choiceText(corruption, 'brb_last_official', 'police', 'mk'));
    await s.choose('brb_last_form', 1);
    // The amount is recorded in the national currency (converted at analysis with the profile's rate).
    await s.expectTitle('brb_last_amount');
    await s.fill('brb_last_amount', '3000');
    await s.choose('brb_last_initiative', 2);
    await s.choose('brb_last_timing', 1);
    await s.choose('brb_last_obtained', 1);
    await s.choose('brb_last_purpose', 1);
    await s.choose('brb_last_reported', 3);
    await s.expectTitle('brb_why_not_rep');
    await s.choose('brb_why_not_rep', 2);
    await screenshot(page, 'questionnaire-corruption-mk-last-bribe');
    await s.next();
    await s.expectPage('perceptions');
    await s.choose('cor_perc_common', 1);
    await s.next();
    await s.expectPage('recruitment');
    await s.choose('rec_applied', 1);
    await s.choose('rec_hired', 1);
    await s.choose('rec_bribe', 3);
    await s.next();
    await s.expectPage('vote_buying');
    await s.choose('vote_offered', 1);
    await s.choose('vote_accepted', 2);
    await s.choose('vote_reported', 9);
    const record = await completeAndQueue(s);
    expect(record.data).toMatchObject({
      brb_contact_police: 1, brb_paid_police: 1, brb_asked_police: 2, brb_times_police: 2,
      brb_contact_any: 1, brb_paid_any: 1, brb_asked_any: 0, brb_any: 1, brb_times_total: 2,
      brb_last_official: 'police', brb_last_form: 1, brb_last_amount: 3000, brb_last_timing: 1, brb_last_obtained: 1, brb_reported: 0,
      rec_applied: 1, rec_hired: 1, rec_bribe: 3, vote_offered: 1, vote_accepted: 2, vote_reported: 9,
    });

    // After upload the server's export carries the same derived flag.
    const row = page.locator(`[data-instance="${record.instanceId}"]`);
    await expect.poll(() => row.getAttribute('data-state'), { timeout: 20_000 }).toBe('uploaded');
    const token = await apiToken(server, 'manager');
    const csv = await (await fetch(`${server.url}/api/v1/exports/corruption.csv`, { headers: { authorization: `Bearer ${token}` } })).text();
    const [head, ...rows] = parseCsv(csv);
    const mine = rows.find((r) => r.includes(record.instanceId));
    expect(mine).toBeDefined();
    expect(mine?.[head.indexOf('brb_any')]).toBe('1');
    expect(mine?.[head.indexOf('brb_times_police')]).toBe('2');
  });
});

describe('victimization', () => {
  const later = ['attempted_burglary', 'robbery', 'personal_theft', 'assault', 'threat', 'consumer_fraud', 'online_fraud', 'id_theft'];

  /** Consent, a one-person household, last-birthday selection, the respondent and disability pages. */
  async function uptoVehicles(s: Interview, name: string): Promise<void> {
    await householdToRespondent(s, name, 1, 52);
    await s.expectPage('vehicles');
  }

  /** The screeners answered "no" page by page, up to the interviewer's hand-over page. */
  async function noMoreCrimes(s: Interview, crimes: string[]): Promise<void> {
    for (const c of crimes) {
      await s.expectPage(`crime_${c}`);
      await s.choose(`vic_${c}_5y`, 2);
      await s.next();
    }
    await s.expectPage('handover');
  }

  /** The self-completion page behind its hand-over screen, then the closing page. */
  async function selfCompletion(s: Interview): Promise<void> {
    await s.next();
    await handOver(s, 'to-respondent', 'vic_sexual_5y');
    await s.expectPage('casi_sexual');
    await s.expectTitle('vic_sexual_5y');
    await s.choose('vic_sexual_5y', 2);
    await s.choose('ipv_psych_12m', 3);
    await s.choose('ipv_physical_12m', 3);
    await s.next();
    await handOver(s, 'to-interviewer', 'int_others_present');
    await s.expectPage('closing');
    await s.choose('int_others_present', 1);
  }

  it('in Albanian: a household without vehicles is asked no vehicle crimes; CASI hand-over before the casi_ page', async () => {
    await startInterview(page, server.url, 'victimization', 'sq');
    const s = new Interview(page, victimization, 'sq');
    await uptoVehicles(s, 'Drita');
    await s.expectTitle('hh_car');
    await s.chooseAll(['hh_car', 'hh_moto', 'hh_bicycle'], 2);
    await s.next();
    // The first crime after the vehicles is burglary: no car, motorcycle or bicycle page.
    await s.expectPage('crime_burglary');
    await s.choose('vic_burglary_5y', 2);
    await s.expectHidden('vic_burglary_when');
    await s.next();
    await noMoreCrimes(s, later);
    await selfCompletion(s);
    const record = await completeAndQueue(s);
    expect(record.data).toMatchObject({ hh_car: 2, hh_moto: 2, hh_bicycle: 2, vic_burglary_5y: 2, vic_burglary_12m: 0, vic_car_theft_12m: 0, sel_method: 2, sel_line: 1 });
    expect(Object.keys(record.data).filter((k) => /^vic_(car_theft|theft_from_car|car_vandalism|moto_theft|bicycle_theft)_(5y|when|times)$/.test(k))).toEqual([]);
    expect(record.data).toHaveProperty('vic_sexual_5y', 2);
  });

  it('in Serbian Cyrillic: burglary in the past 12 months → follow-ups and vic_burglary_12m = 1', async () => {
    await startInterview(page, server.url, 'victimization', 'sr');
    const s = new Interview(page, victimization, 'sr');
    await uptoVehicles(s, 'Марко');
    await s.choose('hh_car', 1);
    await s.chooseAll(['hh_moto', 'hh_bicycle'], 2);
    await s.next();
    for (const c of ['car_theft', 'theft_from_car', 'car_vandalism']) {
      await s.expectPage(`crime_${c}`);
      await s.choose(`vic_${c}_5y`, 2);
      await s.next();
    }
    await s.expectPage('crime_burglary');
    await s.expectTitle('vic_burglary_5y');
    await s.expectHidden('vic_burglary_rep_police');
    await s.choose('vic_burglary_5y', 1);
    await s.expectTitle('vic_burglary_when');
    await s.choose('vic_burglary_when', 1);
    await s.expectTitle('vic_burglary_times');
    await s.fill('vic_burglary_times', '1');
    // The property follow-ups of the most recent burglary (what was lost, recovered, insured, how they got in).
    await s.fill('vic_burglary_loss', '20000');
    await s.choose('vic_burglary_recovered', 2);
    await s.choose('vic_burglary_insured', 2);
    await s.choose('vic_burglary_at_home', 2);
    await s.choose('vic_burglary_entry', 1);
    await s.expectTitle('vic_burglary_rep_police');
    await s.choose('vic_burglary_rep_police', 1);
    await s.expectTitle('vic_burglary_police_sat');
    await s.expectHidden('vic_burglary_why_not');
    await s.choose('vic_burglary_police_sat', 2);
    await s.choose('vic_burglary_rep_other', 2);
    await s.choose('vic_burglary_serious', 1);
    await s.expectTitle('vic_burglary_support');
    await s.choose('vic_burglary_support', 3);
    await screenshot(page, 'questionnaire-victimization-sr-burglary');
    await s.next();
    await noMoreCrimes(s, later);
    await selfCompletion(s);
    const record = await completeAndQueue(s);
    expect(record.data).toMatchObject({
      hh_car: 1, vic_car_theft_5y: 2, vic_burglary_5y: 1, vic_burglary_when: 1, vic_burglary_times: 1,
      vic_burglary_recovered: 2, vic_burglary_insured: 2, vic_burglary_at_home: 2, vic_burglary_entry: 1,
      vic_burglary_12m: 1, vic_burglary_rep_police: 1, vic_burglary_police_sat: 2, vic_burglary_rep_comp: 1, vic_burglary_support: 3,
    });
  });
});

describe('safety', () => {
  async function safetyPage(locale: Locale): Promise<Interview> {
    await startInterview(page, server.url, 'safety', locale);
    const s = new Interview(page, safety, locale);
    await consentAndRespondent(s);
    await s.expectPage('safety');
    await s.expectTitle('safe_dark');
    return s;
  }

  it('in Croatian: never goes out alone after dark → the "would feel" probe; feels safe', async () => {
    const s = await safetyPage('hr');
    await s.expectHidden('safe_dark_would');
    await s.choose('safe_dark', 5);
    await s.expectTitle('safe_dark_would');
    await s.expectHidden('safe_dark_reason');
    await s.choose('safe_dark_would', 2);
    await s.choose('safe_day', 1);
    await s.choose('safe_home_dark', 1);
    await screenshot(page, 'questionnaire-safety-hr-probe');
    await s.next();
    await s.expectPage('violence');
    await s.chooseAll(['vio_physical_12m', 'vio_psych_12m'], 2);
    await s.next();
    await handOver(s, 'to-respondent', 'vio_sexual_12m');
    await s.expectPage('casi_violence');
    await s.choose('vio_sexual_12m', 2);
    await s.next();
    await handOver(s, 'to-interviewer', 'trust_police');
    await s.expectPage('trust');
    await s.chooseAll(questionsOf(safety, 'trust'), 2);
    await s.next();
    await s.expectPage('services');
    await s.chooseAll(['svc_health_used', 'svc_primary_used', 'svc_secondary_used', 'svc_govdocs_used'], 2);
    const record = await completeAndQueue(s);
    expect(record.data).toMatchObject({ safe_dark: 5, safe_dark_would: 2, safe_feel: 1, vio_sexual_12m: 2 });
  });

  it('in Montenegrin: unsafe after dark → the open reason, not the probe; feels unsafe', async () => {
    const s = await safetyPage('cnr');
    await s.choose('safe_dark', 4);
    await s.expectTitle('safe_dark_reason');
    await s.expectHidden('safe_dark_would');
    await s.fill('safe_dark_reason', 'Nema ulične rasvjete.');
    await s.choose('safe_dark', 5);
    await s.expectTitle('safe_dark_would');
    await s.expectHidden('safe_dark_reason');
    await s.choose('safe_dark', 4);
    await expect.poll(async () => (await newest()).data).toMatchObject({ safe_dark: 4, safe_dark_reason: 'Nema ulične rasvjete.', safe_feel: 0 });
  });
});

describe('jha-admin', () => {
  async function meta(s: Interview, institution: number): Promise<void> {
    await s.expectPage('meta');
    await s.expectTitle('adm_country');
    await s.fill('adm_country', 'BA');
    await s.choose('adm_institution', institution);
    await s.fill('adm_year', '2025');
    await s.choose('adm_unit', 3);
    await s.choose('adm_stage', 1);
    await s.choose('adm_principal', 1);
    await s.choose('adm_attempts', 1);
    await s.fill('adm_population', '3200000');
    await s.next();
  }

  /** The inputs of one matrix row, found by the row's localized title. */
  function row(s: Interview, matrix: string, rowValue: string) {
    const rowTitle = element(admin, matrix).rows?.find((r) => r.value === rowValue)?.text;
    const title = typeof rowTitle === 'object' ? rowTitle[s.locale === 'en' ? 'default' : s.locale] : undefined;
    if (!title) throw new Error(`no ${s.locale} title for ${matrix} ${rowValue}`);
    return s.question(matrix).locator('tr', { hasText: title }).first().locator('input');
  }

  it('in Bosnian: a row whose sexes do not add up to the total is stopped with the Bosnian message', async () => {
    await startInterview(page, server.url, 'jha-admin', 'bs');
    const s = new Interview(page, admin, 'bs');
    await meta(s, 1);
    await s.expectPage('table_offences');
    await s.next();
    await s.expectPage('table_suspects');
    await s.expectTitle('adm_suspects');
    const cells = row(s, 'adm_suspects', 'i0101');
    for (const [i, v] of ['10', '6', '3', '0'].entries()) await cells.nth(i).fill(v);
    await cells.nth(3).blur();
    await s.next();
    const message = validatorText(admin, 'sex_unknown', 'bs');
    expect(message).not.toBe(validatorText(admin, 'sex_unknown', 'en'));
    await page.getByText(message).first().waitFor();
    await s.expectPage('table_suspects');
    await screenshot(page, 'questionnaire-jha-admin-bs-row-total');
    await page.getByText(message).first().scrollIntoViewIfNeeded();
    // Below the app's sticky status bar, where the interviewer would scroll to read it.
    await page.evaluate(() => window.scrollBy(0, -250));
    await page.screenshot({ path: join(root, 'test-results', 'questionnaire-jha-admin-bs-row-total-viewport.png') });
    // Corrected, the page passes.
    await cells.nth(3).fill('1');
    await cells.nth(3).blur();
    await s.next();
    await s.expectPage('table_victims');
    expect(await page.getByText(message).count()).toBe(0);
    await expect.poll(async () => (await newest()).data).toMatchObject({ adm_country: 'BA', adm_suspects: { i0101: { total: 10, male: 6, female: 3, sex_unknown: 1 } } });
  });

  it('in Serbian Latin: convicted persons whose ages do not add up are stopped with the Serbian Latin message', async () => {
    await startInterview(page, server.url, 'jha-admin', 'sr-Latn');
    const s = new Interview(page, admin, 'sr-Latn');
    await meta(s, 3);
    // Courts see only the convictions and the smugglers.
    await s.expectPage('table_convicted');
    await s.expectTitle('adm_convicted');
    const cells = row(s, 'adm_convicted', 'i0401');
    // total, male, female, sex unknown, juveniles, adults, age unknown
    for (const [i, v] of ['8', '8', '0', '0', '1', '5', '0'].entries()) await cells.nth(i).fill(v);
    await cells.nth(6).blur();
    await s.next();
    const message = validatorText(admin, 'age_unknown', 'sr-Latn');
    expect(message).not.toBe(validatorText(admin, 'age_unknown', 'sr'));
    await page.getByText(message).first().waitFor();
    expect(await page.getByText(validatorText(admin, 'sex_unknown', 'sr-Latn')).count()).toBe(0);
    await s.expectPage('table_convicted');
  });
});
