import type { Locale } from '../../protocol';
import { ApiError } from '../../sync';
import { errorText } from '../i18n/problems';

/**
 * An error of a console call in the locale, followed by the server's detail (which rule of the
 * password policy, which case has interviews…): the manager needs the specific reason, which the
 * server states in English with the names and numbers involved.
 */
export function failureText(error: unknown, locale: Locale): string {
  const text = errorText(error, locale);
  const detail = error instanceof ApiError ? error.problem.detail : undefined;
  return detail ? `${text} (${detail})` : text;
}
