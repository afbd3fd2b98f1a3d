import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/protocol';
import { translator, wordsUnavailable } from '../../../src/app/i18n';
import { catalogues } from '../../../src/app/i18n/catalogues';

describe('app UI strings', () => {
  const english = catalogues.en;
  const placeholders = (s: string): string[] => (s.match(/\{\w+\}/g) ?? []).sort();

  it.each(locales.filter((l) => l !== 'en'))('%s has every key, translated, with the same placeholders', (locale) => {
    const messages = catalogues[locale];
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(messages) as Array<[keyof typeof english, string]>) {
      expect(text.trim().length, key).toBeGreaterThan(0);
      expect(placeholders(text), key).toEqual(placeholders(english[key]));
    }
    const identical = Object.keys(english).filter((k) => english[k as keyof typeof english] === messages[k as keyof typeof english]);
    // Only proper names, codes and international words may equal English.
    expect(identical.length, identical.join(', ')).toBeLessThan(6);
  });

  it('Serbian Cyrillic and Macedonian are written in Cyrillic, the others in Latin', () => {
    const cyrillic = /[\u0400-\u04FF]/;
    for (const locale of ['sr', 'mk'] as const) expect(cyrillic.test(catalogues[locale].syncNow)).toBe(true);
    for (const locale of ['sq', 'bs', 'hr', 'cnr', 'sr-Latn'] as const) expect(cyrillic.test(catalogues[locale].syncNow)).toBe(false);
  });

  it('the words shown when no catalogue loads exist in every language, in its script, and are not English', () => {
    const cyrillic = /[\u0400-\u04FF]/;
    const latin = /[A-Za-z]/;
    expect(Object.keys(wordsUnavailable).sort()).toEqual([...locales].sort());
    for (const locale of locales) {
      const { text, retry } = wordsUnavailable[locale];
      const script = locale === 'sr' || locale === 'mk' ? cyrillic : latin;
      const other = locale === 'sr' || locale === 'mk' ? latin : cyrillic;
      for (const words of [text, retry]) {
        expect(script.test(words), `${locale}: ${words}`).toBe(true);
        expect(other.test(words), `${locale}: ${words}`).toBe(false);
      }
      if (locale !== 'en') expect(text).not.toBe(wordsUnavailable.en.text);
    }
    expect(wordsUnavailable['sr-Latn'].text).toBe('Tekstovi aplikacije nisu učitani. Povežite se na mrežu i pokušajte ponovo.');
  });

  it('fills placeholders', () => {
    expect(translator(catalogues['hr'])('pending', { count: 3 })).toBe('3 čeka na slanje');
  });
});
