import { createContext, useContext, useEffect, useState } from 'react';
import { serbianLatin } from '../../../analysis/text/serbian-latin';
// The locales' own leaf (the protocol re-exports them beside its schemas, which the first screen does without).
import { LOCALES as locales } from '../../../analysis/locales';
import type { Locale } from '../../protocol';
import type { MessageKey, Messages } from './en';

export type { MessageKey, Messages } from './en';

/**
 * Each locale's catalogue is a chunk of its own, loaded when that language is shown: a tablet
 * runs in one language, and the eight catalogues together were a fifth of the first screen's
 * scripts (issue 17 item 9). The service worker precaches all eight, so a switch works offline.
 * All of them at once, for tests and tools: `./catalogues`.
 */
const loaders: Record<Locale, () => Promise<Messages>> = {
  en: () => import('./en').then((m) => m.en),
  sq: () => import('./sq').then((m) => m.sq),
  bs: () => import('./bs').then((m) => m.bs),
  hr: () => import('./hr').then((m) => m.hr),
  mk: () => import('./mk').then((m) => m.mk),
  cnr: () => import('./cnr').then((m) => m.cnr),
  sr: () => import('./sr').then((m) => m.sr),
  'sr-Latn': () => import('./sr-Latn').then((m) => m.srLatn),
};

const loading = new Map<Locale, Promise<Messages>>();
const loaded = new Map<Locale, Messages>();

/** The catalogue of `locale` (each is fetched once); English if that one cannot be loaded. */
export function loadCatalogue(locale: Locale): Promise<Messages> {
  let promise = loading.get(locale);
  if (promise === undefined) {
    promise = loaders[locale]().then((messages) => { loaded.set(locale, messages); return messages; });
    // A failed load is tried again next time (a chunk the network could not deliver).
    promise.catch(() => loading.delete(locale));
    loading.set(locale, promise);
  }
  return locale === 'en' ? promise : promise.catch(() => loadCatalogue('en'));
}

export interface ShownCatalogue { locale: Locale; messages: Messages }

/**
 * What the screen can show of `useCatalogue`: nothing yet (the very start), a catalogue, or the
 * fact that no catalogue could be loaded at all: neither the wanted one nor English, which only
 * happens on a first visit that lost the network before the service worker had cached them.
 */
export type CatalogueState = { kind: 'loading' } | ({ kind: 'shown' } & ShownCatalogue) | { kind: 'unavailable' };

/**
 * The catalogue to show for `wanted`: at once if it was loaded before, else the one shown until
 * now while `wanted` loads (a language switch never blanks the screen), and nothing only at the
 * very start, before the first catalogue has arrived.
 */
export function useCatalogue(wanted: Locale): CatalogueState {
  // The last locale whose catalogue arrived (English when the wanted one could not be loaded);
  // the words themselves are read from `loaded`.
  const [arrived, setArrived] = useState<Locale>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    void loadCatalogue(wanted).then(() => {
      if (current) setArrived(loaded.has(wanted) ? wanted : 'en');
    }, () => { if (current) setFailed(true); });
    return () => { current = false; };
  }, [wanted]);
  const shown = loaded.has(wanted) ? wanted : arrived;
  const messages = shown === undefined ? undefined : loaded.get(shown);
  if (shown !== undefined && messages !== undefined) return { kind: 'shown', locale: shown, messages };
  return failed ? { kind: 'unavailable' } : { kind: 'loading' };
}

const SERBIAN_UNAVAILABLE = { text: 'Текстови апликације нису учитани. Повежите се на мрежу и покушајте поново.', retry: 'Покушај поново' };

/**
 * The one sentence (and its button) shown when no catalogue could be loaded: it cannot come from
 * a catalogue, so every language's words are here, in the language's own script.
 */
export const wordsUnavailable: Record<Locale, { text: string; retry: string }> = {
  en: { text: 'The app’s texts could not be loaded. Connect to the network and try again.', retry: 'Try again' },
  sq: { text: 'Tekstet e aplikacionit nuk u ngarkuan. Lidhuni me rrjetin dhe provoni përsëri.', retry: 'Provo përsëri' },
  bs: { text: 'Tekstovi aplikacije nisu učitani. Povežite se na mrežu i pokušajte ponovo.', retry: 'Pokušaj ponovo' },
  hr: { text: 'Tekstovi aplikacije nisu učitani. Spojite se na mrežu i pokušajte ponovno.', retry: 'Pokušaj ponovno' },
  mk: { text: 'Текстовите на апликацијата не се вчитаа. Поврзете се на мрежата и обидете се повторно.', retry: 'Обиди се повторно' },
  cnr: { text: 'Tekstovi aplikacije nijesu učitani. Povežite se na mrežu i pokušajte ponovo.', retry: 'Pokušaj ponovo' },
  sr: SERBIAN_UNAVAILABLE,
  // As the sr-Latn catalogue: the Cyrillic words transliterated.
  'sr-Latn': { text: serbianLatin(SERBIAN_UNAVAILABLE.text), retry: serbianLatin(SERBIAN_UNAVAILABLE.retry) },
};

const LOCALE_KEY = 'jha-survey.locale';

/**
 * The language to start in before the tablet's database has answered: the last one chosen on
 * this device (kept in localStorage, which is read at once, beside the database's setting), else
 * the browser's language if it is one of ours, else English.
 */
export function startLocale(): Locale {
  let saved: string | null = null;
  try { saved = localStorage.getItem(LOCALE_KEY); } catch { /* storage blocked: the browser's language */ }
  const chosen = locales.find((l) => l === saved);
  if (chosen) return chosen;
  const tag = navigator.language;
  return locales.find((l) => l !== 'en' && (tag === l || tag.startsWith(`${l}-`))) ?? 'en';
}

/** Remembers the chosen language for the next start (see `startLocale`). */
export function rememberLocale(locale: Locale): void {
  try { localStorage.setItem(LOCALE_KEY, locale); } catch { /* storage blocked: the database keeps it */ }
}

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

export function translator(messages: Messages): Translate {
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

// Outside a provider (never in the app) a key stands for itself.
export const I18nContext = createContext<I18n>({ locale: 'en', t: (key) => key, setLocale: () => undefined });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
export { problemText, errorText, PROBLEM_TEXTS, NETWORK_TEXT } from './problems';
