/**
 * Localized strings of the standard questionnaires. Every string is written once in English and
 * the six languages of the region; Serbian Latin (`sr-Latn`) is derived from Serbian Cyrillic by
 * exact transliteration, so the two scripts can never drift apart.
 */

import { serbianLatin } from '../../analysis/text/serbian-latin';
import { LOCALES as PRODUCT_LOCALES, type Locale as ProductLocale } from '../../analysis/locales';

/** The product's locales as SurveyJS keys them: English is `default`. */
export type Locale = ProductLocale extends infer L ? (L extends 'en' ? 'default' : L) : never;
export const LOCALES: readonly Locale[] = PRODUCT_LOCALES.map((l): Locale => (l === 'en' ? 'default' : l));
export type Loc = Record<Locale, string>;

/** The one Serbian Cyrillic → Latin transliteration (analysis/text/serbian-latin.ts). */
export { serbianLatin };

/**
 * One localized string, positional: English, Albanian, Bosnian, Croatian, Macedonian,
 * Montenegrin, Serbian Cyrillic. Serbian Latin is transliterated from the Serbian Cyrillic.
 */
export function T(en: string, sq: string, bs: string, hr: string, mk: string, cnr: string, sr: string): Loc {
  return { default: en, sq, bs, hr, mk, cnr, sr, 'sr-Latn': serbianLatin(sr) };
}

/** Apply a function to every locale of a string (e.g. to insert a code into each translation). */
export function mapLoc(loc: Loc, f: (text: string, locale: Locale) => string): Loc {
  const out = {} as Loc;
  for (const locale of LOCALES) out[locale] = f(loc[locale], locale);
  return out;
}

/** Join localized strings per locale. */
export function joinLoc(parts: (Loc | string)[], separator = ''): Loc {
  return mapLoc(T('', '', '', '', '', '', ''), (_text, locale) =>
    parts.map((p) => (typeof p === 'string' ? p : p[locale])).join(separator),
  );
}
