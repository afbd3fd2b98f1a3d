import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDayMonth } from '../../../analysis/text/date-format';
import { LOCALES, type Locale } from '../../../analysis/locales';

// The oracle: Node's own full ICU (ICU 78, CLDR 48), which has every one of these locales — the
// browser that motivated date-format.ts has not (see its header). Montenegrin is sr-Latn-ME.
const CLDR_TAG: Record<Locale, string> = { en: 'en', sq: 'sq', bs: 'bs', hr: 'hr', mk: 'mk', cnr: 'sr-Latn-ME', sr: 'sr-Cyrl', 'sr-Latn': 'sr-Latn' };
// ICU puts a narrow no-break space before AM/PM and around some separators; a reader sees a space.
const icu = (moment: Date, locale: Locale, timeZone: string): string =>
  new Intl.DateTimeFormat(CLDR_TAG[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(moment).replace(/[\u202f\u00a0]/g, ' ');

describe('formatDateTime', () => {
  it('writes each locale as CLDR does (examples read from the CLDR 48 charts)', () => {
    const at = Date.UTC(2026, 0, 5, 9, 5);
    const seen = Object.fromEntries(LOCALES.map((l) => [l, formatDateTime(at, l, 'UTC')]));
    expect(seen).toEqual({
      en: 'Jan 5, 2026, 9:05 AM', sq: '5 jan 2026, 9:05 p.d.', bs: '5. jan 2026. u 09:05', hr: '5. sij 2026. 09:05',
      mk: '5 јан. 2026 г., во 09:05', cnr: '5. 1. 2026. 09:05', sr: '5. 1. 2026. 09:05', 'sr-Latn': '5. 1. 2026. 09:05',
    });
    expect(formatDateTime(Date.UTC(2026, 11, 2, 23, 59), 'sq', 'UTC')).toBe('2 dhj 2026, 11:59 m.d.');
    expect(formatDateTime(Date.UTC(2026, 11, 2, 0, 7), 'en', 'UTC')).toBe('Dec 2, 2026, 12:07 AM');
  });

  it('agrees with full ICU for any moment, locale and Balkan time zone', () => {
    const zones = ['UTC', 'Europe/Skopje', 'Europe/Tirane', 'Europe/Belgrade', 'Europe/Sarajevo', 'Europe/Zagreb', 'Europe/Podgorica', 'America/New_York'];
    fc.assert(fc.property(
      fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }), fc.constantFrom(...LOCALES), fc.constantFrom(...zones),
      (t, locale, zone) => { expect(formatDateTime(new Date(t), locale, zone)).toBe(icu(new Date(t), locale, zone)); },
    ), { numRuns: 2000 });
  });

  it('shows a dash for what is not a date', () => {
    expect(formatDateTime('not a date', 'mk')).toBe('–');
  });
});

describe('formatDayMonth', () => {
  it('writes day and short month as CLDR does (skeleton MMMd)', () => {
    const at = Date.UTC(2026, 8, 5, 12);
    expect(Object.fromEntries(LOCALES.map((l) => [l, formatDayMonth(at, l, 'UTC')]))).toEqual({
      en: 'Sep 5', sq: '5 sht', bs: '5. sep', hr: '5. ruj', mk: '5 сеп.', cnr: '5. sept', sr: '5. сеп', 'sr-Latn': '5. sep',
    });
  });

  it('agrees with full ICU for every month of every locale', () => {
    for (const locale of LOCALES) {
      for (let month = 0; month < 12; month += 1) {
        const at = new Date(Date.UTC(2026, month, 17, 12));
        const expected = new Intl.DateTimeFormat(CLDR_TAG[locale], { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(at);
        expect(formatDayMonth(at, locale, 'UTC'), `${locale} ${month + 1}`).toBe(expected);
      }
    }
    expect(formatDayMonth('no', 'sr')).toBe('–');
  });
});
