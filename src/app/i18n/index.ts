import { createContext, useContext } from 'react';
import type { Locale } from '../../protocol';
import { bs } from './bs';
import { cnr } from './cnr';
import { en, type MessageKey, type Messages } from './en';
import { hr } from './hr';
import { mk } from './mk';
import { sq } from './sq';
import { sr } from './sr';
import { srLatn } from './sr-Latn';

export type { MessageKey, Messages } from './en';

export const catalogues: Record<Locale, Messages> = { en, sq, bs, hr, mk, cnr, sr, 'sr-Latn': srLatn };

/** Each language named in itself, for the switcher. */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  sq: 'Shqip',
  bs: 'Bosanski',
  hr: 'Hrvatski',
  mk: 'Македонски',
  cnr: 'Crnogorski',
  sr: 'Српски (ћирилица)',
  'sr-Latn': 'Srpski (latinica)',
};

/** BCP 47 tags for the html lang attribute and date formatting. */
export const languageTags: Record<Locale, string> = {
  en: 'en', sq: 'sq', bs: 'bs', hr: 'hr', mk: 'mk', cnr: 'cnr', sr: 'sr-Cyrl', 'sr-Latn': 'sr-Latn',
};

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const messages = catalogues[locale];
  return (key, values) => {
    const text = messages[key];
    return values === undefined ? text : text.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
  };
}

export interface I18n {
  locale: Locale;
  t: Translate;
  setLocale: (locale: Locale) => void;
}

export const I18nContext = createContext<I18n>({ locale: 'en', t: translator('en'), setLocale: () => undefined });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
export { problemText, errorText, PROBLEM_TEXTS, NETWORK_TEXT } from './problems';
