// Registers SurveyJS's interface strings for the product's eight locales. SurveyJS's own `sr` is
// Serbian in Latin script; here `sr` is Cyrillic and the Latin dictionary is `sr-Latn`.
import { englishStrings, surveyLocalization } from 'survey-core';
import { croatianStrings } from 'survey-core/i18n/croatian';
import { macedonianSurveyStrings } from 'survey-core/i18n/macedonian';
import { albanianStrings } from './albanian';
import { bosnianStrings } from './bosnian';
import { montenegrinStrings } from './montenegrin';
import { serbianCyrillicStrings } from './serbian-cyrillic';
import { serbianLatinStrings } from './serbian-latin';
import type { SurveyUiStrings } from './strings';
import { croatianCorrections, macedonianCorrections } from './surveyjs-fixes';

export interface SurveyLocale {
  /** The code used as key in questionnaires' localizable strings and in SurveyJS. */
  code: string;
  nativeName: string;
  englishName: string;
  strings: SurveyUiStrings;
}

/** The product's locales in display order; English is SurveyJS's default (`en`, key `default`). */
export const surveyLocales: readonly SurveyLocale[] = [
  { code: 'en', nativeName: 'English', englishName: 'English', strings: englishStrings },
  { code: 'sq', nativeName: 'shqip', englishName: 'Albanian', strings: albanianStrings },
  { code: 'bs', nativeName: 'bosanski', englishName: 'Bosnian', strings: bosnianStrings },
  { code: 'hr', nativeName: 'hrvatski', englishName: 'Croatian', strings: { ...croatianStrings, ...croatianCorrections } as SurveyUiStrings },
  { code: 'mk', nativeName: 'македонски', englishName: 'Macedonian', strings: { ...macedonianSurveyStrings, ...macedonianCorrections } as SurveyUiStrings },
  { code: 'cnr', nativeName: 'crnogorski', englishName: 'Montenegrin', strings: montenegrinStrings },
  { code: 'sr', nativeName: 'српски', englishName: 'Serbian (Cyrillic)', strings: serbianCyrillicStrings },
  { code: 'sr-Latn', nativeName: 'srpski (latinica)', englishName: 'Serbian (Latin)', strings: serbianLatinStrings },
];

/**
 * Registers every locale with SurveyJS (idempotent; call once at start-up) and limits the
 * locale choice to the product's locales.
 */
export function registerSurveyLocales(): void {
  for (const locale of surveyLocales) {
    if (locale.code === 'en') continue;
    surveyLocalization.setupLocale({
      localeCode: locale.code, strings: locale.strings, nativeName: locale.nativeName, englishName: locale.englishName,
    });
  }
  surveyLocalization.supportedLocales = surveyLocales.map((l) => l.code);
}
