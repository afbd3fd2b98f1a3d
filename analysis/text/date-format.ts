/**
 * One date-and-time format per locale for every moment a person reads (interview cards, the sync
 * line, case and review screens, the console's lists): CLDR's "medium" date with its "short" time,
 * as Node 20's full ICU (ICU 78, CLDR 48) prints them, e.g.
 *
 *   en  Jan 5, 2026, 9:05 AM          mk  5 јан. 2026 г., во 09:05
 *   sq  5 jan 2026, 9:05 p.d.         sr  5. 1. 2026. 09:05
 *   bs  5. jan 2026. u 09:05          sr-Latn, cnr  5. 1. 2026. 09:05
 *   hr  5. sij 2026. 09:05
 *
 * The patterns and month names are kept here rather than asked of the runtime for the reason
 * analysis/tables/number-format.ts gives: Chromium ships ICU data only for its own UI languages, so in the
 * browser `Intl.DateTimeFormat('mk')` and `('sq')` fall back to English ("Jan 5, 2026, 9:05 AM"
 * on a Macedonian screen) and `('bs')` prints "2026 M1 5 09:05". Only the calendar fields in the
 * wanted time zone are asked of Intl, in English, which every runtime has. Montenegrin (cnr) has
 * no CLDR locale; it is written as Serbian Latin of Montenegro (sr-Latn-ME), as the app does.
 */
import type { Locale } from '../locales';

/** The calendar fields of a moment in a time zone. */
interface Fields { year: number; month: number; day: number; hour: number; minute: number }

type Pattern = (f: Fields) => string;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** 12-hour clock with the locale's day periods (English and Albanian use it in CLDR). */
const clock12 = (f: Fields, am: string, pm: string): string => `${f.hour % 12 === 0 ? 12 : f.hour % 12}:${pad2(f.minute)} ${f.hour < 12 ? am : pm}`;
const clock24 = (f: Fields): string => `${pad2(f.hour)}:${pad2(f.minute)}`;

// CLDR 48 abbreviated month names (format context), January first.
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SQ_MONTHS = ['jan', 'shk', 'mar', 'pri', 'maj', 'qer', 'korr', 'gush', 'sht', 'tet', 'nën', 'dhj'];
const BS_MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const HR_MONTHS = ['sij', 'velj', 'ožu', 'tra', 'svi', 'lip', 'srp', 'kol', 'ruj', 'lis', 'stu', 'pro'];
const MK_MONTHS = ['јан.', 'фев.', 'мар.', 'апр.', 'мај', 'јун.', 'јул.', 'авг.', 'сеп.', 'окт.', 'ное.', 'дек.'];
// Serbian's medium date is numeric, but its day-and-month (below) names the month.
const SR_MONTHS = ['јан', 'феб', 'мар', 'апр', 'мај', 'јун', 'јул', 'авг', 'сеп', 'окт', 'нов', 'дец'];
const SR_LATN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'avg', 'sep', 'okt', 'nov', 'dec'];
const ME_MONTHS = ['jan', 'feb', 'mart', 'apr', 'maj', 'jun', 'jul', 'avg', 'sept', 'okt', 'nov', 'dec'];

/** Serbian (both scripts, and Montenegrin as sr-Latn-ME) writes the medium date in numbers. */
const serbian: Pattern = (f) => `${f.day}. ${f.month}. ${f.year}. ${clock24(f)}`;

const PATTERNS: Readonly<Record<Locale, Pattern>> = {
  en: (f) => `${EN_MONTHS[f.month - 1]} ${f.day}, ${f.year}, ${clock12(f, 'AM', 'PM')}`,
  sq: (f) => `${f.day} ${SQ_MONTHS[f.month - 1]} ${f.year}, ${clock12(f, 'p.d.', 'm.d.')}`,
  bs: (f) => `${f.day}. ${BS_MONTHS[f.month - 1]} ${f.year}. u ${clock24(f)}`,
  hr: (f) => `${f.day}. ${HR_MONTHS[f.month - 1]} ${f.year}. ${clock24(f)}`,
  mk: (f) => `${f.day} ${MK_MONTHS[f.month - 1]} ${f.year} г., во ${clock24(f)}`,
  cnr: serbian,
  sr: serbian,
  'sr-Latn': serbian,
};

/** English Intl formatters per time zone (undefined: the runtime's own zone), made once. */
const fieldFormatters = new Map<string, Intl.DateTimeFormat>();

function fieldsOf(moment: Date, timeZone: string | undefined): Fields {
  const key = timeZone ?? '';
  let format = fieldFormatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23', ...(timeZone ? { timeZone } : {}),
    });
    fieldFormatters.set(key, format);
  }
  const f: Fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0 };
  for (const part of format.formatToParts(moment)) {
    if (part.type === 'year' || part.type === 'month' || part.type === 'day' || part.type === 'hour' || part.type === 'minute') f[part.type] = Number(part.value);
  }
  return f;
}

/**
 * A moment as a person of `locale` reads it, in `timeZone` (default: the device's). "–" for a
 * value that is not a date, so a broken record shows a dash rather than "Invalid Date".
 */
export function formatDateTime(moment: string | number | Date, locale: Locale, timeZone?: string): string {
  const date = moment instanceof Date ? moment : new Date(moment);
  if (Number.isNaN(date.getTime())) return '–';
  return PATTERNS[locale](fieldsOf(date, timeZone));
}

/** CLDR 48's day and abbreviated month (skeleton MMMd), e.g. en "Jan 5", mk "5 јан.", sr "5. јан". */
const DAY_MONTH: Readonly<Record<Locale, Pattern>> = {
  en: (f) => `${EN_MONTHS[f.month - 1]} ${f.day}`,
  sq: (f) => `${f.day} ${SQ_MONTHS[f.month - 1]}`,
  bs: (f) => `${f.day}. ${BS_MONTHS[f.month - 1]}`,
  hr: (f) => `${f.day}. ${HR_MONTHS[f.month - 1]}`,
  mk: (f) => `${f.day} ${MK_MONTHS[f.month - 1]}`,
  cnr: (f) => `${f.day}. ${ME_MONTHS[f.month - 1]}`,
  sr: (f) => `${f.day}. ${SR_MONTHS[f.month - 1]}`,
  'sr-Latn': (f) => `${f.day}. ${SR_LATN_MONTHS[f.month - 1]}`,
};

/** A day as a person of `locale` names it on a timeline axis: day and short month, no year. "–" for no date. */
export function formatDayMonth(moment: string | number | Date, locale: Locale, timeZone?: string): string {
  const date = moment instanceof Date ? moment : new Date(moment);
  if (Number.isNaN(date.getTime())) return '–';
  return DAY_MONTH[locale](fieldsOf(date, timeZone));
}
