// Reading one variable's value out of an interview's data (SurveyJS `survey.data`), by its source path.
import { isObject } from '../model';
import type { DictionaryVariable } from './types';

/**
 * The stored answer of a variable in `data`: for a choice flag 1 (picked) or 0 (the question
 * answered without it); `undefined` when not answered.
 */
export function answerOf(variable: Pick<DictionaryVariable, 'source'>, data: Readonly<Record<string, unknown>>): unknown {
  const source = variable.source;
  const answer = data[source.question];
  switch (source.part) {
    case 'answer':
      return answer;
    case 'choice':
      if (!Array.isArray(answer)) return undefined;
      return answer.some((v) => v === source.choice || String(v) === String(source.choice)) ? 1 : 0;
    case 'member':
      return isObject(answer) ? answer[source.member] : undefined;
    case 'cell': {
      const row = isObject(answer) ? answer[source.row] : undefined;
      return isObject(row) ? row[source.column] : undefined;
    }
  }
}
