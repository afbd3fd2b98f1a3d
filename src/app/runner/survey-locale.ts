import type { Locale } from '../../protocol';

/**
 * The locale a questionnaire's texts are keyed by: English is SurveyJS's `default` (the empty
 * locale), the others are the product's codes as written in surveys/*.json.
 */
export function surveyLocaleOf(locale: Locale): string {
  return locale === 'en' ? '' : locale;
}
