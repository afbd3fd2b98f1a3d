// Values prefilled from an assignment (region, urban, an address from the sampling frame) are
// answers given before the interview: they must be answers the questionnaire could have recorded.
// A region code the questionnaire does not list (`region=atlantis`) would show blank on the tablet
// and still reach the tables, so it is refused where assignments are made (app and server).
import type { DictionaryVariable, VariableDictionary } from './types';

export interface PrefillProblem {
  name: string;
  value: unknown;
  /** What the question accepts, for the message. */
  expected: string;
}

/** The asked question (not a calculated value) whose answer key is `name`, with its closed list if it has one. */
function questionOf(dictionary: VariableDictionary, name: string): DictionaryVariable | undefined {
  return dictionary.variables.find((v) => v.kind !== 'calculated' && v.source.part === 'answer' && v.source.question === name);
}

/** Problems of prefilled values against the questionnaire's choices and kinds; empty when all fit. */
export function checkPrefill(dictionary: VariableDictionary, prefill: Readonly<Record<string, unknown>>): PrefillProblem[] {
  const problems: PrefillProblem[] = [];
  for (const [name, value] of Object.entries(prefill)) {
    const variable = questionOf(dictionary, name);
    if (!variable) continue; // unknown names are reported by the caller (not a question)
    // A retired choice (kept for earlier rounds' answers, never offered) is no answer a new case can have.
    const offered = variable.values.filter((v) => v.retired !== true);
    if (variable.closed && variable.values.length > 0 && !offered.some((v) => String(v.value) === String(value))) {
      problems.push({ name, value, expected: `one of ${offered.map((v) => String(v.value)).join(', ')}` });
    } else if (variable.kind === 'number' && (typeof value === 'string' ? value.trim() === '' || !Number.isFinite(Number(value)) : typeof value !== 'number')) {
      problems.push({ name, value, expected: 'a number' });
    }
  }
  return problems;
}

export function describePrefillProblem(p: PrefillProblem): string {
  return `${p.name}=${String(p.value)} is not an answer of the question (expected ${p.expected})`;
}
