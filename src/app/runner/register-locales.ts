import { surveyLocalization } from 'survey-core';

let done = false;

/**
 * SurveyJS UI strings (Next, Previous, Complete, required-answer errors) for the product's
 * locales. Croatian and Macedonian ship with SurveyJS; SurveyJS's `sr` is Serbian Latin.
 */
export function registerRunnerLocales(): void {
  if (done) return;
  done = true;
  const names: Record<string, string> = {
    sq: 'shqip', bs: 'bosanski', cnr: 'crnogorski', sr: 'српски', 'sr-Latn': 'srpski (latinica)',
  };
  Object.assign(surveyLocalization.localeNames, names);
}
