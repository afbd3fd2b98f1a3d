/**
 * Why the server refused to create an assignment, in the supervisor's language: from the problem's
 * `reason` code (protocol `assignmentRefusals`), never its English detail. Kept out of
 * i18n/problems.ts, which every tablet loads on its first screen: only managers create assignments.
 */
import { isAssignmentRefusal, type AssignmentRefusal, type Locale, type Problem } from '../../protocol';
import { localizedTexts as t, problemText, type Texts } from '../i18n/problems';

/** Why the server refused one assignment (the problem's `reason`, protocol `assignmentRefusals`), with its names filled in. */
export const ASSIGNMENT_REFUSAL_TEXTS: Readonly<Record<AssignmentRefusal, Texts>> = {
  'interviewer-unknown': t(
    '{interviewer} is not an interviewer account.',
    '{interviewer} nuk është llogari intervistuesi.',
    '{interviewer} nije račun anketara.',
    '{interviewer} nije korisnički račun anketara.',
    '{interviewer} не е сметка на анкетар.',
    '{interviewer} nije nalog anketara.',
    '{interviewer} није налог анкетара.',
  ),
  'interviewer-disabled': t(
    'The account of {interviewer} is disabled.',
    'Llogaria e {interviewer} është çaktivizuar.',
    'Račun korisnika {interviewer} je onemogućen.',
    'Korisnički račun {interviewer} je onemogućen.',
    'Сметката на {interviewer} е оневозможена.',
    'Nalog korisnika {interviewer} je onemogućen.',
    'Налог корисника {interviewer} је онемогућен.',
  ),
  'questionnaire-unpublished': t(
    'The questionnaire {questionnaireId} is not published on the server.',
    'Pyetësori {questionnaireId} nuk është publikuar në server.',
    'Upitnik {questionnaireId} nije objavljen na serveru.',
    'Upitnik {questionnaireId} nije objavljen na poslužitelju.',
    'Прашалникот {questionnaireId} не е објавен на серверот.',
    'Upitnik {questionnaireId} nije objavljen na serveru.',
    'Упитник {questionnaireId} није објављен на серверу.',
  ),
  'prefill-mismatch': t(
    'A known answer is not an answer of the questionnaire: {answers}.',
    'Një përgjigje e njohur nuk përputhet me pyetësorin: {answers}.',
    'Poznati odgovor ne odgovara upitniku: {answers}.',
    'Poznati odgovor ne odgovara upitniku: {answers}.',
    'Познат одговор не одговара на прашалникот: {answers}.',
    'Poznati odgovor ne odgovara upitniku: {answers}.',
    'Познати одговор не одговара упитнику: {answers}.',
  ),
};

/** Prefilled answers named by question and value only (`region=atlantis, urban=7`): no words to translate. */
export function knownAnswers(answers: readonly { name: string; value: unknown }[]): string {
  return answers.map((a) => `${a.name}=${String(a.value)}`).join(', ');
}

const member = (problem: Readonly<Record<string, unknown>>, name: string): string => {
  const value = problem[name];
  return typeof value === 'string' ? value : '';
};

/**
 * A refused assignment in the locale: from the problem's `reason` with its names; a problem without
 * a known reason (an older or newer server) as its code's text followed by the server's detail.
 */
export function assignmentRefusalText(problem: Problem, locale: Locale): string {
  if (isAssignmentRefusal(problem.reason)) {
    const answers = Array.isArray(problem.answers)
      ? problem.answers.flatMap((a: unknown) => (typeof a === 'object' && a !== null && typeof (a as { name?: unknown }).name === 'string'
        ? [{ name: (a as { name: string }).name, value: (a as { value?: unknown }).value }] : []))
      : [];
    const values: Record<string, string> = { interviewer: member(problem, 'interviewer'), questionnaireId: member(problem, 'questionnaireId'), answers: knownAnswers(answers) };
    return ASSIGNMENT_REFUSAL_TEXTS[problem.reason][locale].replace(/\{(\w+)\}/g, (m, name: string) => values[name] ?? m);
  }
  const text = problemText(problem, locale);
  return problem.detail ? `${text} (${problem.detail})` : text;
}

