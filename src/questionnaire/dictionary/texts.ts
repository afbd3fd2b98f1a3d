// Localizable SurveyJS strings as texts in all eight product locales.
import { locales, type Locale } from '../../protocol/schemas';
import { isObject } from '../model';
import type { LocalizedText } from './types';

export { locales as dictionaryLocales };

/** The key of a locale in a SurveyJS localizable string (English is `default`). */
export function surveyKey(locale: Locale): string {
  return locale === 'en' ? 'default' : locale;
}

/** One locale's text of a SurveyJS string: its own, else `default`, else any, else `fallback`. */
export function textIn(value: unknown, locale: Locale, fallback = ''): string {
  if (typeof value === 'string') return value;
  if (isObject(value)) {
    const chosen = value[surveyKey(locale)] ?? (locale === 'en' ? value.en : undefined) ?? value.default
      ?? Object.values(value).find((v) => typeof v === 'string');
    if (typeof chosen === 'string') return chosen;
  }
  return fallback;
}

/** The same text in every locale. */
export function sameText(text: string): LocalizedText {
  return Object.fromEntries(locales.map((l) => [l, text])) as LocalizedText;
}

/** A text per locale built by `f`. */
export function perLocale(f: (locale: Locale) => string): LocalizedText {
  return Object.fromEntries(locales.map((l) => [l, f(l)])) as LocalizedText;
}

/** A SurveyJS string in every locale (`fallback` where it has no text at all). */
export function localize(value: unknown, fallback: LocalizedText | string = ''): LocalizedText {
  return perLocale((l) => textIn(value, l, typeof fallback === 'string' ? fallback : fallback[l]));
}

/** A title made fit for a label: one line, single spaces. */
export function oneLine(text: LocalizedText): LocalizedText {
  return perLocale((l) => text[l].replace(/\s+/g, ' ').trim());
}

/** Texts joined per locale (`Officials: Court`). */
export function joinTexts(parts: readonly LocalizedText[], separator = ': '): LocalizedText {
  return perLocale((l) => parts.map((p) => p[l]).join(separator));
}
