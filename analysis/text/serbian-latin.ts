/**
 * Serbian Cyrillic → Serbian Latin (Gaj's alphabet), the one transliteration of the project: the
 * questionnaires, the indicator catalogue, the country profiles and the app's sr-Latn strings are
 * all derived from their Serbian Cyrillic text with it, so the two scripts can never drift apart.
 * Љ/Њ/Џ become Lj/Nj/Dž before a lower-case letter (or alone) and LJ/NJ/DŽ inside capitals.
 */
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i', ј: 'j', к: 'k',
  л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'ć', у: 'u',
  ф: 'f', х: 'h', ц: 'c', ч: 'č', џ: 'dž', ш: 'š',
};

// Only the Serbian Cyrillic letters are replaced, in one regular-expression pass, not a split of
// the text into characters: the tablet transliterates its Serbian interface strings when it
// starts, and the per-character split cost 30–60 ms of a 4×-throttled start (issue 17 item 9).
const SERBIAN_CYRILLIC_LETTER = /[абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ]/g;

export function serbianLatin(text: string): string {
  return text.replace(SERBIAN_CYRILLIC_LETTER, (ch: string, at: number) => {
    const lower = ch.toLowerCase();
    const latin = CYRILLIC_TO_LATIN[lower];
    if (lower === ch) return latin;
    // A capital digraph letter (Љ, Њ, Џ) is written LJ inside a capitalised word, Lj otherwise.
    const nextPoint = text.codePointAt(at + 1);
    const next = nextPoint === undefined ? '' : String.fromCodePoint(nextPoint);
    const nextIsCapital = next !== next.toLowerCase();
    return nextIsCapital ? latin.toUpperCase() : latin.charAt(0).toUpperCase() + latin.slice(1);
  });
}
