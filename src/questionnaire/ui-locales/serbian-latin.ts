import { serbianStrings } from 'survey-core/i18n/serbian';
import type { SurveyUiStrings } from './strings';
import { serbianLatinCorrections } from './surveyjs-fixes';

/** Serbian in Latin script (sr-Latn): SurveyJS's own `sr` dictionary, corrected. */
export const serbianLatinStrings = { ...serbianStrings, ...serbianLatinCorrections } as SurveyUiStrings;
