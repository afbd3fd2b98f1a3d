// Drives a standard questionnaire through the real app as an interviewer does: by SurveyJS's
// rendered questions (`data-name`) and the questionnaire's own texts in the interview's language,
// read from surveys/*.json, so that a test can prove which language is on the screen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Locale } from '../../../src/protocol';
import { screenshot } from './browser';
import { root } from './server';

type Localized = string | Record<string, string>;

interface SurveyElement {
  name: string;
  type?: string;
  title?: Localized;
  choices?: Array<{ value: string | number; text?: Localized }>;
  columns?: SurveyElement[];
  rows?: Array<{ value: string; text?: Localized }>;
  validators?: Array<{ text?: Localized }>;
  elements?: SurveyElement[];
}

export interface Questionnaire {
  id: string;
  pages: SurveyElement[];
}

export function loadQuestionnaire(id: string): Questionnaire {
  const json = JSON.parse(readFileSync(join(root, 'surveys', `${id}.json`), 'utf8')) as { pages: SurveyElement[] };
  return { id, pages: json.pages };
}

/** A localizable string in one locale; English is SurveyJS's `default`. Never falls back. */
export function inLocale(value: Localized | undefined, locale: Locale): string {
  if (value === undefined) throw new Error('no text');
  if (typeof value === 'string') {
    if (locale !== 'en') throw new Error(`"${value}" is not translated`);
    return value;
  }
  const text = value[locale === 'en' ? 'default' : locale];
  if (text === undefined) throw new Error(`no ${locale} text in ${JSON.stringify(value).slice(0, 80)}`);
  return text;
}

function findIn(elements: SurveyElement[] | undefined, name: string): SurveyElement | undefined {
  for (const e of elements ?? []) {
    if (e.name === name) return e;
    const inner = findIn(e.elements, name) ?? findIn(e.columns, name);
    if (inner) return inner;
  }
  return undefined;
}

export function element(q: Questionnaire, name: string): SurveyElement {
  const found = q.pages.find((p) => p.name === name) ?? findIn(q.pages, name);
  if (!found) throw new Error(`${q.id} has no element ${name}`);
  return found;
}

/** The title of a page or question in a locale. */
export function titleOf(q: Questionnaire, name: string, locale: Locale): string {
  return inLocale(element(q, name).title, locale);
}

/** The text of one choice of a question (or of a matrix column) in a locale. */
export function choiceText(q: Questionnaire, name: string, value: string | number, locale: Locale): string {
  const choice = element(q, name).choices?.find((c) => c.value === value);
  if (!choice) throw new Error(`${name} has no choice ${value}`);
  return inLocale(choice.text, locale);
}

/** The first validator message of a question or matrix column in a locale. */
export function validatorText(q: Questionnaire, name: string, locale: Locale): string {
  const validator = element(q, name).validators?.[0];
  if (!validator) throw new Error(`${name} has no validator`);
  return inLocale(validator.text, locale);
}

/** Logs-in page → home in the wanted interface language → a new interview of that questionnaire. */
export async function startInterview(page: Page, url: string, questionnaireId: string, locale: Locale): Promise<void> {
  await page.goto(url);
  const card = page.getByTestId(`questionnaire-${questionnaireId}`);
  await card.waitFor();
  await page.getByTestId('language').selectOption(locale);
  expect(await page.getByTestId('language').inputValue()).toBe(locale);
  await card.getByRole('button').click();
  await page.locator('.sd-page').waitFor();
}

/** Taps an item of the open dropdown list (a modal sheet on a touch screen). */
/** Clicks a choice of the question whose title contains `questionTitle` (radio or checkbox). */
export async function choose(page: Page, questionTitle: string, choice: string): Promise<void> {
  await page.locator('.sd-question', { hasText: questionTitle }).locator('label.sd-selectbase__label', { hasText: choice }).first().click();
}

export async function pickInPopup(page: Page, text: string): Promise<void> {
  await page.locator('.sv-popup:visible').getByText(text, { exact: true }).first().click();
}

/**
 * Opens the dropdown of the question whose title contains `questionTitle` and taps `text`, until the
 * dropdown shows it (three tries): a tap that selects nothing (the list still moving, or the item
 * under the sheet's fold) left a required answer empty, and the test then waited at "Next" for a
 * page that never came (seen once in CI, in tablet-sync-state).
 */
export async function pickFor(page: Page, questionTitle: string, text: string): Promise<void> {
  const dropdown = page.locator('.sd-question', { hasText: questionTitle }).locator('.sd-dropdown').first();
  for (let tries = 1; ; tries += 1) {
    if ((await page.locator('.sv-popup:visible').count()) === 0) await dropdown.click();
    await pickInPopup(page, text);
    const taken = await expect.poll(() => dropdown.textContent(), { timeout: 3_000 }).toContain(text).then(() => true, () => false);
    if (taken) return;
    if (tries === 3) throw new Error(`the dropdown "${questionTitle}" did not take "${text}"`);
  }
}

/** One interview on the screen, in one locale. */
export class Interview {
  constructor(readonly page: Page, readonly q: Questionnaire, readonly locale: Locale) {}

  question(name: string): Locator {
    return this.page.locator(`.sd-question[data-name="${name}"]`);
  }

  /** The rendered title of a question, which must be the questionnaire's text in this locale. */
  async expectTitle(name: string): Promise<void> {
    const want = titleOf(this.q, name, this.locale);
    // A piped value ({currency}, filled from the country profile) stands for any text.
    const pattern = new RegExp(want.split(/\{[a-z_]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+'));
    await expect.poll(() => this.question(name).locator('.sd-question__title').first().innerText()).toMatch(pattern);
    if (this.locale !== 'en') expect(want).not.toBe(titleOf(this.q, name, 'en'));
  }

  /** Waits for a page by its localized title. */
  async expectPage(name: string): Promise<void> {
    const want = titleOf(this.q, name, this.locale);
    try {
      await expect.poll(() => this.page.locator('.sd-page__title').first().innerText(), { timeout: 10_000 }).toBe(want);
    } catch (e) {
      // What stopped the interview (usually a required answer or a validator) is on the screen.
      await screenshot(this.page, `failed-${this.q.id}-${this.locale}-${name}`);
      throw e;
    }
  }

  /** Waits until a question is not (or no longer) shown: SurveyJS animates it out, which can outlast poll's 1 s default. */
  async expectHidden(name: string): Promise<void> {
    await expect.poll(() => this.question(name).isVisible(), { timeout: 10_000 }).toBe(false);
  }

  /** Taps a radio or checkbox item by its value; checks that its label is the localized text. */
  async choose(name: string, value: string | number): Promise<void> {
    const label = this.question(name).locator(`label:has(input[value="${value}"])`).first();
    expect(await label.innerText()).toContain(choiceText(this.q, name, value, this.locale));
    // On a loaded machine a tap can land while SurveyJS re-renders the question (a question
    // shown by the previous answer animates in) and be lost; the answer must be on the screen
    // before the test goes on, else Next stops at a required question far from the cause.
    const input = label.locator('input');
    for (let attempt = 0; ; attempt++) {
      await label.click();
      try {
        await expect.poll(() => input.isChecked(), { timeout: 3_000 }).toBe(true);
        return;
      } catch (e) {
        if (attempt === 2) throw e;
      }
    }
  }

  /** Answers several radio questions with the same value. */
  async chooseAll(names: string[], value: string | number): Promise<void> {
    for (const name of names) await this.choose(name, value);
  }

  async fill(name: string, text: string): Promise<void> {
    const input = this.question(name).locator('input, textarea').first();
    await input.fill(text);
    await input.blur();
    await expect.poll(() => input.inputValue()).toBe(text);
  }

  /** Opens a dropdown and taps the item with this text. */
  async pick(name: string, text: string): Promise<void> {
    const dropdown = this.question(name).locator('.sd-dropdown').first();
    await dropdown.click();
    await pickInPopup(this.page, text);
    // The chosen item must be taken (see `choose`); while the input keeps the focus SurveyJS
    // holds its text in the input's sizing span, hence textContent rather than innerText.
    await expect.poll(() => dropdown.textContent(), { timeout: 5_000 }).toContain(text);
  }

  /** SurveyJS's own buttons are translated too (its built-in strings lack sq, bs, cnr and Cyrillic sr). */
  async next(): Promise<void> {
    const button = this.page.locator('.sd-navigation__next-btn:visible');
    if (this.locale !== 'en') expect(await button.innerText()).not.toMatch(/^\s*Next\s*$/);
    await button.click();
  }

  async complete(): Promise<void> {
    await this.page.locator('.sd-navigation__complete-btn:visible').click();
  }

  /** Every question named so on the current page, rendered or not (SurveyJS renders only visible ones). */
  rendered(prefix: string): Locator {
    return this.page.locator(`.sd-question[data-name^="${prefix}"]`);
  }
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  return rows;
}
