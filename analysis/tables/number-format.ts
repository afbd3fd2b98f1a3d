/**
 * One number format per locale for everything a person reads (HTML tables, chart ticks, footnotes,
 * response-rate tables): the locale's decimal sign, group separator, minus sign and percent style
 * ("33,3 %" in Macedonian and Croatian, "33,3%" in Serbian), thousands always grouped (CLDR leaves
 * 4-digit numbers ungrouped in Albanian, which put "4990" above "12 345" in an n column).
 * The CSV stays machine-readable and does not use this.
 *
 * The symbols are CLDR's (as Node 20's full ICU gives them), kept here rather than asked of the
 * runtime: Chromium ships ICU data only for its own UI languages, so in the browser
 * `Intl.NumberFormat('mk')` and `('sq')` fall back to English and `('bs')` formats "12,345.7".
 * Rounding and grouping are Intl's, in English, which every runtime has (no "-0,0": a value
 * that rounds to zero has no sign).
 */
import type { Locale } from '../indicators/catalogue';

export interface NumberFormat {
  /** `digits` decimals (at least `minDigits`: axis ticks drop trailing zeros), grouped thousands; "–" when not a finite number. */
  fixed(x: number, digits: number, minDigits?: number): string;
  /** A whole number with grouped thousands. */
  integer(x: number): string;
  /** `digits` decimals without thousands separators (years, codes: Excel's '0' format). */
  ungrouped(x: number, digits: number): string;
  /** A share (0.333) as a percentage in the locale's style ("33,3 %"). */
  percent(share: number, digits?: number): string;
}

interface Symbols { readonly decimal: string; readonly group: string; readonly minus: string; readonly percent: string }

const NBSP = '\u00a0';
const COMMA_DOT: Symbols = { decimal: ',', group: '.', minus: '-', percent: '%' };

/** CLDR number symbols of the report locales (ICU 78). */
const SYMBOLS: Readonly<Record<Locale, Symbols>> = {
  en: { decimal: '.', group: ',', minus: '-', percent: '%' },
  sq: { decimal: ',', group: NBSP, minus: '-', percent: '%' },
  bs: COMMA_DOT,
  hr: { decimal: ',', group: '.', minus: '\u2212', percent: `${NBSP}%` },
  mk: { decimal: ',', group: '.', minus: '-', percent: `${NBSP}%` },
  cnr: COMMA_DOT,
  sr: COMMA_DOT,
  'sr-Latn': COMMA_DOT,
};

/** The BCP 47 tag of a locale's number conventions: Serbian Cyrillic written out, Montenegrin as Serbian Latin of Montenegro. */
export function formatTag(locale: Locale): string {
  if (locale === 'sr') return 'sr-Cyrl';
  if (locale === 'cnr') return 'sr-Latn-ME';
  return locale;
}

const english = new Map<string, Intl.NumberFormat>();

function englishFormat(max: number, min: number, grouping: boolean): Intl.NumberFormat {
  const key = `${max}:${min}:${grouping}`;
  let nf = english.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat('en-US', { minimumFractionDigits: min, maximumFractionDigits: max, useGrouping: grouping ? 'always' : false, signDisplay: 'negative' });
    english.set(key, nf);
  }
  return nf;
}

const cache = new Map<Locale, NumberFormat>();

function make(sym: Symbols): NumberFormat {
  const format = (x: number, max: number, min: number, grouping = true): string => {
    if (!Number.isFinite(x)) return '–';
    let out = '';
    for (const part of englishFormat(max, Math.min(min, max), grouping).formatToParts(x)) {
      if (part.type === 'decimal') out += sym.decimal;
      else if (part.type === 'group') out += sym.group;
      else if (part.type === 'minusSign') out += sym.minus;
      else out += part.value;
    }
    return out;
  };
  return {
    fixed: (x, digits, minDigits = digits) => format(x, digits, minDigits),
    integer: (x) => format(x, 0, 0),
    ungrouped: (x, digits) => format(x, digits, digits, false),
    percent: (share, digits = 1) => (Number.isFinite(share) ? `${format(share * 100, digits, digits)}${sym.percent}` : '–'),
  };
}

export function numberFormat(locale: Locale): NumberFormat {
  let f = cache.get(locale);
  if (!f) { f = make(SYMBOLS[locale] ?? SYMBOLS.en); cache.set(locale, f); }
  return f;
}
