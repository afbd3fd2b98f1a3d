/**
 * Random selection of the respondent in the household (the `sel_*` variables, surveys/VARIABLES.md).
 *
 * The questionnaire lists the household (`hh_roster`: line, sex, age) and records the method; the
 * runner computes from the roster which person is to be interviewed and with what probability, so
 * that the interviewer is offered that person and the person weight uses the probability actually
 * applied (person weight = household weight ÷ probability).
 *
 * Methods (`sel_method`):
 *  1 Kish tables (Kish 1949). The eligible adults are put in the Kish order — men from the oldest to
 *    the youngest, then women from the oldest to the youngest — and the address's table (assigned at
 *    sampling: A 1/6, B1 1/12, B2 1/12, C 1/6, D 1/6, E1 1/12, E2 1/12, F 1/6) names the number of the
 *    person for 1, 2, …, 6+ adults. The chances are NOT equal for 5 adults (1/6, 1/6, 1/4, 1/6, 1/4)
 *    and are 0 from the 7th adult on: the recorded probability is the exact one,
 *        P(person j | k adults) = Σ over tables t with table_t[min(k, 6)] = j of share_t,
 *    and with 7 or more adults the tables are refused (some adults could never be chosen).
 *  2 Last birthday: the eligible adult with the most recent birthday. The informant's answer decides,
 *    so the runner cannot compute the person; the probability is the method's assumption 1/k.
 *  3 Random draw (the recommended method): the person in position ⌊u·k⌋ + 1 of the Kish order, with u
 *    uniform on [0, 1) — drawn by the tablet when the method is chosen, or prefilled from the sample
 *    file — so every eligible adult has exactly probability 1/k and the draw can be re-checked from
 *    `sel_random` and the roster.
 *
 * Pure functions; `registerSelectionFunctions` makes them callable from questionnaire expressions.
 */
import { FunctionFactory } from 'survey-core';
import { KISH_TABLES, KISH_TABLE_SHARES, kishSelectionProbability } from '../../analysis/sampling/kish';

export const ADULT_AGE = 18;

/** Kish (1949) tables and their shares: the one definition in analysis/sampling/kish.ts (also read by the weighting). */
export { KISH_TABLES, KISH_TABLE_SHARES };

/** The most adults for which Kish tables give every adult a chance (the 6+ column covers only six). */
export const KISH_MAX_ADULTS = 6;

export const SELECTION_METHODS = { kish: 1, birthday: 2, random: 3 } as const;

export interface RosterMember {
  readonly line: number;
  readonly sex: 1 | 2;
  readonly age: number;
}

export interface Selection {
  /** Line of the person to interview, or undefined when the runner cannot tell (last birthday). */
  readonly line: number | undefined;
  /** Probability that this person is selected, given the household (undefined when not computable). */
  readonly probability: number | undefined;
  /** Number of eligible adults k. */
  readonly eligible: number;
}

/** Reads the SurveyJS matrix value of `hh_roster` (rows with member_line, member_sex, member_age). */
export function rosterMembers(value: unknown): RosterMember[] {
  if (!Array.isArray(value)) return [];
  const out: RosterMember[] = [];
  value.forEach((row: unknown, i) => {
    if (!row || typeof row !== 'object') return;
    const r = row as Record<string, unknown>;
    const line = Number(r.member_line ?? i + 1);
    const sex = Number(r.member_sex);
    const age = Number(r.member_age);
    if (!Number.isInteger(line) || (sex !== 1 && sex !== 2) || !Number.isFinite(age)) return;
    out.push({ line, sex, age });
  });
  return out;
}

/** Eligible adults in the Kish order: men oldest → youngest, then women oldest → youngest (ties by line). */
export function kishOrder(members: readonly RosterMember[], minAge = ADULT_AGE): RosterMember[] {
  return members
    .filter((m) => m.age >= minAge)
    .sort((a, b) => a.sex - b.sex || b.age - a.age || a.line - b.line);
}

/** P(the adult in Kish position `position` is selected | k adults) over the random assignment of tables. */
export function kishProbability(position: number, k: number): number {
  return kishSelectionProbability(k, position);
}

export interface SelectionInput {
  readonly method: number | undefined;
  readonly members: readonly RosterMember[];
  readonly kishTable?: string;
  /** Uniform number on [0, 1) for the random draw. */
  readonly random?: number;
}

/** The person the method selects in this household, with the probability of that selection. */
export function selectRespondent(input: SelectionInput): Selection {
  const order = kishOrder(input.members);
  const k = order.length;
  const none: Selection = { line: undefined, probability: undefined, eligible: k };
  if (k === 0) return none;
  switch (input.method) {
    case SELECTION_METHODS.kish: {
      const numbers = input.kishTable === undefined ? undefined : KISH_TABLES[input.kishTable];
      if (!numbers || k > KISH_MAX_ADULTS) return none;
      const position = numbers[k - 1];
      return { line: order[position - 1].line, probability: kishProbability(position, k), eligible: k };
    }
    case SELECTION_METHODS.birthday:
      return { line: undefined, probability: 1 / k, eligible: k };
    case SELECTION_METHODS.random: {
      const u = input.random;
      if (u === undefined || !Number.isFinite(u) || u < 0 || u >= 1) return none;
      return { line: order[Math.floor(u * k)].line, probability: 1 / k, eligible: k };
    }
    default:
      return none;
  }
}

/**
 * The probability recorded for the person actually interviewed: the method's probability when it is
 * the person the method selected (or, for last birthday, any eligible adult), none otherwise — a
 * person chosen instead of the selected one has no known selection probability.
 */
export function appliedProbability(input: SelectionInput, chosenLine: number | undefined): number | undefined {
  const s = selectRespondent(input);
  if (chosenLine === undefined || s.probability === undefined) return undefined;
  if (s.line === undefined) return kishOrder(input.members).some((m) => m.line === chosenLine) ? s.probability : undefined;
  return s.line === chosenLine ? s.probability : undefined;
}

const num = (v: unknown): number | undefined => (v === undefined || v === null || v === '' ? undefined : Number(v));
const inputOf = (params: unknown[]): SelectionInput => ({
  members: rosterMembers(params[0]),
  method: num(params[1]),
  kishTable: typeof params[2] === 'string' ? params[2] : undefined,
  random: num(params[3]),
});

/** Names of the expression functions, for the questionnaires and the linter. */
export const SELECTION_FUNCTIONS = {
  line: 'selectedRespondentLine',
  probability: 'selectionProbability',
  eligible: 'eligibleAdults',
} as const;

/**
 * Registers in survey-core:
 *   selectedRespondentLine({hh_roster}, {sel_method}, {sel_kish_table}, {sel_random})
 *   selectionProbability({hh_roster}, {sel_method}, {sel_kish_table}, {sel_random}, {sel_line})
 *   eligibleAdults({hh_roster})
 * Idempotent.
 */
export function registerSelectionFunctions(): void {
  FunctionFactory.Instance.register(SELECTION_FUNCTIONS.line, (params: unknown[]) => selectRespondent(inputOf(params)).line ?? null);
  FunctionFactory.Instance.register(SELECTION_FUNCTIONS.probability, (params: unknown[]) => appliedProbability(inputOf(params), num(params[4])) ?? null);
  FunctionFactory.Instance.register(SELECTION_FUNCTIONS.eligible, (params: unknown[]) => kishOrder(rosterMembers(params[0])).length);
}
