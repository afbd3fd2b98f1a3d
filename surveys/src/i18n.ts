/**
 * Localized strings of the standard questionnaires. Every string is written once in English and
 * the six languages of the region; Serbian Latin (`sr-Latn`) is derived from Serbian Cyrillic by
 * exact transliteration, so the two scripts can never drift apart.
 */

import { LOCALES as PRODUCT_LOCALES, type Locale as ProductLocale } from '../../analysis/locales';

/** The product's locales as SurveyJS keys them: English is `default`. */
export type Locale = ProductLocale extends infer L ? (L extends 'en' ? 'default' : L) : never;
export const LOCALES: readonly Locale[] = PRODUCT_LOCALES.map((l): Locale => (l === 'en' ? 'default' : l));
export type Loc = Record<Locale, string>;

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i', ј: 'j', к: 'k',
  л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'ć', у: 'u',
  ф: 'f', х: 'h', ц: 'c', ч: 'č', џ: 'dž', ш: 'š',
};

/** Serbian Cyrillic → Serbian Latin (Gaj's alphabet); Љ/Њ/Џ become Lj/Nj/Dž, or LJ/NJ/DŽ inside capitals. */
export function serbianLatin(text: string): string {
  const chars = [...text];
  return chars
    .map((ch, i) => {
      const lower = ch.toLowerCase();
      const latin = CYRILLIC_TO_LATIN[lower];
      if (latin === undefined) return ch;
      if (lower === ch) return latin;
      const next = chars[i + 1] ?? '';
      const nextIsCapital = next !== next.toLowerCase();
      return nextIsCapital ? latin.toUpperCase() : latin.charAt(0).toUpperCase() + latin.slice(1);
    })
    .join('');
}

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
