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
