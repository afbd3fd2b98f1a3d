// An uploaded interview checked against what the server knows (issue 13 item 4; docs/server.md,
// "Answers checked on upload"): its case against the assignments, its answers against the variable
// dictionary of its questionnaire version (src/questionnaire/dictionary: the one reading of a
// SurveyJS definition). The rule per kind of misfit:
//
//   refused, 403 case-not-assigned   the case is assigned to another interviewer
//   refused, 422 answers-mismatch    an answer whose JSON type its question cannot hold (text or an
//                                    object for a number, a scalar for a checkbox, a roster that is
//                                    not a list of entries…): the genuine app cannot send it, and
//                                    it would break the typed columns of SPSS and Stata
//   stored, flagged                  a case no assignment has (case-unknown), keys that are no
//                                    variable (answer-unknown-variable), a value outside a closed
//                                    list (answer-not-a-choice), a number outside the stated range
//                                    (answer-out-of-range): the interviewer cannot change them on
//                                    the tablet, so they are kept for the manager to decide
//
// Refusals and findings name variables and kinds of misfit, never a value (no answer in any log).
// An encrypted interview (an envelope) cannot be read here: only its case is checked.
import type { AnswerFinding, SubmissionFlag, SubmissionRequest } from '../../protocol';
import { answerProblems, buildDictionary, unknownAnswers, type AnswerProblemCode, type VariableDictionary } from '../../questionnaire/dictionary';
import type { Principal } from '../auth';
import type { Queryable } from '../db';
import { HttpProblem } from '../problems';
import { getDefinition } from './questionnaires';

/** The flags this check sets (and lifts on a new revision); `case-quantity-exceeded` is the cases' (cases.ts). */
export const UPLOAD_CHECK_FLAGS: readonly SubmissionFlag[] = ['case-unknown', 'answer-unknown-variable', 'answer-not-a-choice', 'answer-out-of-range'];

/** Misfits of type: refused. */
const REFUSED: ReadonlySet<AnswerProblemCode> = new Set<AnswerProblemCode>(['not-a-number', 'not-text', 'not-a-list', 'not-a-table', 'not-an-entry-list']);

/** Misfits of value: stored under these flags. */
const FLAGGED: Readonly<Partial<Record<AnswerProblemCode | 'unknown-variable', SubmissionFlag>>> = {
  'not-a-choice': 'answer-not-a-choice',
  'out-of-range': 'answer-out-of-range',
  'unknown-variable': 'answer-unknown-variable',
};

export interface UploadCheck {
  flags: SubmissionFlag[];
  /** The answers behind the answer-* flags. */
  answerProblems: AnswerFinding[];
}

/** A published version never changes: its dictionary is built once per process (a few dozen kept). */
const dictionaries = new Map<string, VariableDictionary>();
const KEPT = 32;

async function dictionaryOf(db: Queryable, questionnaireId: string, version: number): Promise<VariableDictionary | undefined> {
  const key = `${questionnaireId}\u0000${version}`;
  const cached = dictionaries.get(key);
  if (cached) return cached;
  const definition = await getDefinition(db, questionnaireId, version);
  if (definition === undefined) return undefined;
  const dictionary = buildDictionary(typeof definition === 'string' ? JSON.parse(definition) : definition);
  if (dictionaries.size >= KEPT) dictionaries.delete(dictionaries.keys().next().value as string);
  dictionaries.set(key, dictionary);
  return dictionary;
}

/**
 * Checks an upload before it is stored: throws the refusals, returns the flags to store with it.
 * The version was checked to be published by the caller.
 */
export async function checkUpload(db: Queryable, body: SubmissionRequest, caller: Principal): Promise<UploadCheck> {
  const flags = new Set<SubmissionFlag>();
  if (body.caseId !== undefined) {
    const [assigned] = await db.query<{ interviewer: string }>('SELECT interviewer FROM assignments WHERE questionnaire_id = $1 AND case_id = $2', [
      body.questionnaireId,
      body.caseId,
    ]);
    if (assigned && assigned.interviewer !== caller.username) {
      throw new HttpProblem('case-not-assigned', `case ${body.caseId} of ${body.questionnaireId} is assigned to another interviewer`);
    }
    if (!assigned) flags.add('case-unknown');
  }
  if (body.envelope !== undefined) return { flags: [...flags], answerProblems: [] };
  const dictionary = await dictionaryOf(db, body.questionnaireId, body.version);
  if (dictionary === undefined) return { flags: [...flags], answerProblems: [] };
  const misfits = answerProblems(dictionary, body.data);
  const refused = misfits.filter((p) => REFUSED.has(p.code));
  if (refused.length > 0) {
    const answers = refused.map((p) => ({ variable: p.variable, code: p.code }));
    throw new HttpProblem(
      'answers-mismatch',
      `${answers.length} answer(s) of a type questionnaire ${body.questionnaireId} version ${body.version} cannot hold: ${answers.map((a) => `${a.variable} (${a.code})`).join(', ')}`,
      { answers },
    );
  }
  const findings: AnswerFinding[] = [
    ...misfits.map((p) => ({ variable: p.variable, code: p.code })),
    ...unknownAnswers(dictionary, body.data).map((variable) => ({ variable, code: 'unknown-variable' })),
  ];
  for (const f of findings) {
    const flag = FLAGGED[f.code as keyof typeof FLAGGED];
    if (flag) flags.add(flag);
  }
  return { flags: UPLOAD_CHECK_FLAGS.filter((f) => flags.has(f)), answerProblems: findings };
}

/** Stores the check's flags with the interview's current revision: this check's flags replaced, the others (the case quantity's) kept. */
export async function recordUploadCheck(tx: Queryable, instanceId: string, check: UploadCheck): Promise<void> {
  await tx.query(
    `UPDATE submissions SET flags = ARRAY(SELECT f FROM unnest(flags) AS f WHERE NOT (f = ANY($2::text[]))) || $3::text[], answer_problems = $4::jsonb
     WHERE instance_id = $1`,
    [instanceId, [...UPLOAD_CHECK_FLAGS], check.flags, JSON.stringify(check.answerProblems)],
  );
}
