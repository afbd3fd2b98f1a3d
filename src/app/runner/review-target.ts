import type { Model, Question } from 'survey-core';

/**
 * The question a supervisor's comment is about, so a returned interview opens where the
 * correction is needed instead of on page 1. Reviewers name the question in their comment
 * ("Age 17: the respondent must be 18 or older"): a question whose variable name appears as a
 * word, else whose title (in the interview's language) appears, is taken; the first in
 * questionnaire order wins. None found: the interview opens where it was left.
 */
export function commentedQuestion(model: Model, comment: string): Question | undefined {
  const text = comment.toLocaleLowerCase();
  if (text.trim() === '') return undefined;
  const questions = model.getAllQuestions(false) as Question[];
  const asWord = (word: string) => new RegExp(`(^|[^\\p{L}\\p{N}_])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}_])`, 'u');
  const byName = questions.find((q) => q.name.length > 1 && asWord(q.name.toLocaleLowerCase()).test(text));
  if (byName) return byName;
  return questions.find((q) => {
    const title = q.processedTitle?.toLocaleLowerCase().replace(/[?:.!]+$/, '').trim() ?? '';
    return title.length >= 3 && text.includes(title);
  });
}
