/**
 * One number format per locale for everything a person reads (HTML tables, chart ticks, footnotes,
 * response-rate tables): the locale's decimal and group separators, thousands always grouped
 * (CLDR leaves 4-digit numbers ungrouped in Albanian, which made "4990" sit above "12 345" in an n
 * column), and the locale's own percent style ("33,3 %" in Macedonian and Croatian, "33,3%" in
 * Serbian). The CSV stays machine-readable and does not use this.
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

/** The BCP 47 tag the formats use: Serbian Cyrillic written out, Montenegrin as Serbian Latin of Montenegro. */
export function formatTag(locale: Locale): string {
  if (locale === 'sr') return 'sr-Cyrl';
  if (locale === 'cnr') return 'sr-Latn-ME';
  return locale;
}

const cache = new Map<string, NumberFormat>();

function make(tag: string): NumberFormat {
  const known = Intl.NumberFormat.supportedLocalesOf([tag]).length > 0;
  const pool = new Map<string, Intl.NumberFormat>();
  const get = (style: 'decimal' | 'percent', max: number, min: number, grouping = true): Intl.NumberFormat => {
    const key = `${style}:${max}:${min}:${grouping}`;
    let nf = pool.get(key);
    if (!nf) {
      const options: Intl.NumberFormatOptions = { style, minimumFractionDigits: min, maximumFractionDigits: max, useGrouping: grouping ? 'always' : false };
      nf = new Intl.NumberFormat(known ? tag : 'en', options);
      pool.set(key, nf);
    }
    return nf;
  };
  const finite = (x: number, format: () => string): string => (Number.isFinite(x) ? format() : '–');
  return {
    fixed: (x, digits, minDigits = digits) => finite(x, () => get('decimal', digits, Math.min(minDigits, digits)).format(x)),
    integer: (x) => finite(x, () => get('decimal', 0, 0).format(x)),
    ungrouped: (x, digits) => finite(x, () => get('decimal', digits, digits, false).format(x)),
    percent: (share, digits = 1) => finite(share, () => get('percent', digits, digits).format(share)),
  };
}

export function numberFormat(locale: Locale): NumberFormat {
  const tag = formatTag(locale);
  let f = cache.get(tag);
  if (!f) { f = make(tag); cache.set(tag, f); }
  return f;
}
