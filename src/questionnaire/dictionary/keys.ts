// The key of a question's answer in the interview data, kept apart from the dictionary's builder so
// that light readers (the supervision desk's assignment file) need not load the whole dictionary.
import { holdsValue, type ElementNode, type JsonObject, type QuestionnaireModel } from '../model';

/** The key of a question's answer in the interview data: its valueName, else its name. */
export function answerKey(json: JsonObject, name: string): string {
  return typeof json.valueName === 'string' && json.valueName !== '' ? json.valueName : name;
}

/**
 * The answer keys of the questions asked at the survey level, in order: what a prefilled value may
 * be set for. Members of a repeated group have no key of their own; expression questions and
 * calculated values are computed by the form.
 */
export function askedAnswerKeys(model: QuestionnaireModel): string[] {
  const asked = (e: ElementNode): boolean => holdsValue(e) && !e.repeatedIn && e.name !== '' && e.type !== 'expression';
  return [...new Set(model.elements.filter(asked).map((e) => answerKey(e.json, e.name)))];
}
