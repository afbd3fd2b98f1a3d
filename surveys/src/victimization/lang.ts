/**
 * Localized strings of the victimization questionnaire: written once in English and the six
 * languages of the region; Serbian Latin (`sr-Latn`) is the exact transliteration of the Serbian
 * Cyrillic, so the two scripts cannot drift apart.
 */

export const LOCALES = ['default', 'sq', 'bs', 'hr', 'mk', 'cnr', 'sr', 'sr-Latn'] as const;
export type Locale = (typeof LOCALES)[number];
export type Loc = Record<Locale, string>;

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i', ј: 'j', к: 'k',
  л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'ć', у: 'u',
  ф: 'f', х: 'h', ц: 'c', ч: 'č', џ: 'dž', ш: 'š',
};

/** Serbian Cyrillic → Gaj's Latin alphabet; Љ/Њ/Џ give Lj/Nj/Dž, or LJ/NJ/DŽ before a capital. */
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

/** One localized string: English, Albanian, Bosnian, Croatian, Macedonian, Montenegrin, Serbian Cyrillic. */
export function T(en: string, sq: string, bs: string, hr: string, mk: string, cnr: string, sr: string): Loc {
  return { default: en, sq, bs, hr, mk, cnr, sr, 'sr-Latn': serbianLatin(sr) };
}

/** Apply `f` to each locale's text (e.g. to wrap every translation in HTML). */
export function mapLoc(loc: Loc, f: (text: string, locale: Locale) => string): Loc {
  const out = {} as Loc;
  for (const locale of LOCALES) out[locale] = f(loc[locale], locale);
  return out;
}

/** Concatenate localized parts (plain strings are copied into every locale). */
export function joinLoc(parts: (Loc | string)[], separator = ''): Loc {
  return mapLoc(T('', '', '', '', '', '', ''), (_text, locale) =>
    parts.map((p) => (typeof p === 'string' ? p : p[locale])).join(separator),
  );
}
