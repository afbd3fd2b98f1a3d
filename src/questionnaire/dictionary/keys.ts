// The key of a question's answer in the interview data (the rule every reader of answers shares).
import type { JsonObject } from '../model';

/** The key of a question's answer in the interview data: its valueName, else its name. */
export function answerKey(json: JsonObject, name: string): string {
  return typeof json.valueName === 'string' && json.valueName !== '' ? json.valueName : name;
}

