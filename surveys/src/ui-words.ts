/**
 * Words of the runner's own interface that questionnaire texts refer to ("press Next"), taken from
 * the SurveyJS dictionaries the app registers (src/questionnaire/ui-locales), so that a text always
 * names the button the respondent actually sees in that locale.
 */
import { surveyLocales } from '../../src/questionnaire/ui-locales/register';
import type { SurveyUiKey } from '../../src/questionnaire/ui-locales/strings';
import { LOCALES, type Loc } from './i18n';

export function uiWord(key: SurveyUiKey): Loc {
  const out = {} as Loc;
  for (const locale of LOCALES) {
    const code = locale === 'default' ? 'en' : locale;
    const entry = surveyLocales.find((l) => l.code === code);
    const word = entry?.strings[key];
    if (typeof word !== 'string' || word === '') throw new Error(`no SurveyJS "${key}" for ${code}`);
    out[locale] = word;
  }
  return out;
}
