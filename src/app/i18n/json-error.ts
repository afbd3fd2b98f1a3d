// Why a file the user picked is not JSON, in the user's words: where it breaks ("ред 1, колона
// 18"), found by the linter's own locator. The engine's message is English whatever the user reads
// ("Unexpected end of JSON input") and names no place for most errors: it is shown only when no
// place is found. Kept out of the i18n index, so the first screen does not load the locator.
import { jsonErrorPlace } from '../../questionnaire/json-position';
import type { Translate } from './index';

/** The reason `text` did not parse (`error` is what JSON.parse threw), for a sentence of the catalogue. */
export function jsonErrorReason(text: string, error: unknown, t: Translate): string {
  const place = jsonErrorPlace(text);
  return place ? t('jsonPlace', place) : error instanceof Error ? error.message : String(error);
}
