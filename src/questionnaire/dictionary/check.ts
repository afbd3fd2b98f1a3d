// Does an interview's data fit the questionnaire? For a server checking uploaded answers: each
// variable's stored answer against its kind and, for closed lists, its codes. Unanswered is always
// fine here (whether a question must be answered is SurveyJS's isRequired, checked on the tablet).
// Problems name the variable and the kind of misfit, never the value (no answer goes into a log).
import { isObject } from '../model';
import { answerOf } from './read';
import type { DictionaryVariable, VariableDictionary } from './types';

export type AnswerProblemCode =
  | 'not-a-choice' | 'out-of-range' | 'not-a-number' | 'not-text' | 'not-a-list' | 'not-a-table' | 'not-an-entry-list';

export interface AnswerProblem {
  /** The variable's name (a repeated group's member: `group[].key`). */
  variable: string;
  /** The answer's key in the data. */
  question: string;
  code: AnswerProblemCode;
}

const isScalar = (v: unknown): v is string | number | boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

function inList(variable: DictionaryVariable, value: unknown): boolean {
  return variable.values.some((v) => v.value === value || String(v.value) === String(value));
}

/** The misfit of one answer (already read from the data), or undefined when it fits. */
export function answerProblem(variable: DictionaryVariable, value: unknown): AnswerProblemCode | undefined {
  if (value === undefined || value === null) return undefined;
  switch (variable.kind) {
    case 'single-choice':
    case 'rating':
      if (!isScalar(value)) return 'not-a-choice';
      return variable.closed && !inList(variable, value) ? 'not-a-choice' : undefined;
    case 'yes-no':
      // SurveyJS stores true/false unless the question sets valueTrue/valueFalse.
      if (typeof value === 'boolean') return undefined;
      return isScalar(value) && inList(variable, value) ? undefined : 'not-a-choice';
    case 'choice-flag':
      return value === 0 || value === 1 ? undefined : 'not-a-list';
    case 'choice-list':
      if (!Array.isArray(value) || !value.every(isScalar)) return 'not-a-list';
      return variable.closed && !value.every((v) => inList(variable, v)) ? 'not-a-choice' : undefined;
    case 'number': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      if (!Number.isFinite(n)) return 'not-a-number';
      // The bounds the questionnaire states (min/max, numeric validators), inclusive as SurveyJS reads them.
      const range = variable.range;
      return range && ((range.min !== undefined && n < range.min) || (range.max !== undefined && n > range.max)) ? 'out-of-range' : undefined;
    }
    case 'date':
    case 'text':
      return typeof value === 'string' || typeof value === 'number' ? undefined : 'not-text';
    case 'repeated-group':
      return Array.isArray(value) && value.every(isObject) ? undefined : 'not-an-entry-list';
    case 'calculated':
    case 'other':
      return undefined;
  }
}

/**
 * Every answer of `data` that does not fit its variable: wrong type, a code not in a closed list
 * (a checkbox answer holding a value that is none of its choices included), a repeated group that
 * is not a list of entries, and inside each entry its members likewise.
 */
export function answerProblems(dictionary: Pick<VariableDictionary, 'variables'>, data: Readonly<Record<string, unknown>>): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const check = (variables: readonly DictionaryVariable[], record: Readonly<Record<string, unknown>>, prefix: string): void => {
    // Questions split into several variables (checkbox, matrices) are looked at once per record.
    const checked = new Set<string>();
    for (const v of variables) {
      const key = `${prefix}${v.source.question}`;
      if (v.source.part === 'choice') {
        // A checkbox: the array itself, once per question, against all its choices.
        if (checked.has(key)) continue;
        checked.add(key);
        const answer = record[v.source.question];
        if (answer === undefined || answer === null) continue;
        const flags = variables.filter((f) => f.source.part === 'choice' && f.source.question === v.source.question);
        const codes = new Set(flags.map((f) => (f.source.part === 'choice' ? String(f.source.choice) : '')));
        const variable = `${prefix}${v.name}`;
        if (!Array.isArray(answer) || !answer.every(isScalar)) problems.push({ variable, question: key, code: 'not-a-list' });
        else if (!answer.every((x) => codes.has(String(x)))) problems.push({ variable, question: key, code: 'not-a-choice' });
        continue;
      }
      if (v.source.part !== 'answer' && record[v.source.question] !== undefined && !isObject(record[v.source.question])) {
        // A matrix or multiple text: an object of rows or items.
        if (!checked.has(key)) problems.push({ variable: `${prefix}${v.name}`, question: key, code: 'not-a-table' });
        checked.add(key);
        continue;
      }
      const value = answerOf(v, record);
      const code = answerProblem(v, value);
      if (code) problems.push({ variable: `${prefix}${v.name}`, question: key, code });
      if (v.kind === 'repeated-group' && !code && Array.isArray(value) && v.members) {
        value.forEach((entry) => check(v.members!, entry as Record<string, unknown>, `${prefix}${v.name}[].`));
      }
    }
  };
  check(dictionary.variables, data, '');
  return problems;
}

/** SurveyJS keeps the text of an `other` choice or a comment area beside the answer, under `<key>-Comment`. */
const COMMENT_SUFFIX = '-Comment';

/**
 * The keys of `data` that are no variable's answer (nor the comment SurveyJS keeps beside one),
 * also inside the entries of repeated groups (`group[].key`). Names only: never a value.
 */
export function unknownAnswers(dictionary: Pick<VariableDictionary, 'variables'>, data: Readonly<Record<string, unknown>>): string[] {
  const unknown: string[] = [];
  const walk = (variables: readonly DictionaryVariable[], record: Readonly<Record<string, unknown>>, prefix: string): void => {
    const known = new Set(variables.map((v) => v.source.question));
    for (const key of Object.keys(record)) {
      const base = key.endsWith(COMMENT_SUFFIX) ? key.slice(0, -COMMENT_SUFFIX.length) : key;
      if (!known.has(key) && !known.has(base)) unknown.push(`${prefix}${key}`);
    }
    for (const v of variables) {
      const entries = record[v.source.question];
      if (v.kind !== 'repeated-group' || !v.members || !Array.isArray(entries)) continue;
      // Entries are checked per key once: a roster of 20 people with one stray key reports it once.
      const seen = new Set<string>();
      for (const entry of entries) {
        if (!isObject(entry)) continue;
        const before = unknown.length;
        walk(v.members, entry, `${prefix}${v.name}[].`);
        for (const k of unknown.splice(before)) if (!seen.has(k)) seen.add(k);
      }
      unknown.push(...seen);
    }
  };
  walk(dictionary.variables, data, '');
  return unknown;
}
