export { registerSurveyLocales, surveyLocales, type SurveyLocale } from './register';
export { translationCoverage, type LocaleCoverage } from './coverage';
export type { SurveyUiStrings, SurveyUiKey } from './strings';
