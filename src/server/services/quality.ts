// The data-quality report of one questionnaire's field work: the measures of analysis/quality fed
// with the stored interviews and what the questionnaire's variable dictionary says about them.
import {
  qualityReport, type QualityContact, type QualityInterview, type QualityReport, type QualitySpec,
} from '../../../analysis/quality';
import { buildDictionary, variablesOfVersions, type DictionaryVariable } from '../../questionnaire/dictionary';
import type { Queryable } from '../db';
import { HttpProblem } from '../problems';
import { refuseIfEncrypted } from './encryption';

/** "Don't know" and "refused" codes are found by their English label, whatever their number. */
const NONRESPONSE_LABEL = /don.?t know|refus|prefer not|no answer/i;

/** Screeners gate follow-up questions: a "no" skips them (surveys/VARIABLES.md names them). */
const SCREENER = /^(vic_[a-z_]+_5y|brb_(paid|asked)_[a-z_]+)$/;

/**
 * The main prevalences whose interviewer effect is estimated, by questionnaire convention: any
 * victimization in 12 months (the calculated `vic_*_12m` flags), bribery (16.5.1 numerator,
 * `brb_any`), and feeling unsafe after dark (`safe_dark` 3 or 4).
 */
function prevalencesOf(variables: readonly DictionaryVariable[]): QualitySpec['prevalences'] {
  const names = new Set(variables.map((v) => v.name));
  const out: QualitySpec['prevalences'][number][] = [];
  const victim = variables.filter((v) => /^vic_[a-z_]+_12m$/.test(v.name)).map((v) => ({ variable: v.name, values: [1] }));
  if (victim.length > 0) out.push({ id: 'victim_any_12m', anyOf: victim });
  if (names.has('brb_any')) out.push({ id: 'brb_any', anyOf: [{ variable: 'brb_any', values: [1] }] });
  if (names.has('safe_dark')) out.push({ id: 'unsafe_dark', anyOf: [{ variable: 'safe_dark', values: [3, 4] }] });
  return out;
}

/** Fewest questions in a row on one scale that make a battery, and fewest substantive values that make that scale a rating. */
const BATTERY_MIN_QUESTIONS = 3;
const BATTERY_MIN_SCALE = 3;
/**
 * Runs that are not judged for straight-lining: the Washington Group short set (`wg_*`,
 * surveys/VARIABLES.md), where "no difficulty" on all six is most respondents' honest answer.
 */
const NOT_A_BATTERY = /^wg_/;

/**
 * Batteries: runs of single-choice questions asked one after another on one page with the same
 * value list of at least BATTERY_MIN_SCALE substantive codes ("don't know"/"refused" aside) — the
 * trust and public-service items, which the standard questionnaires ask as separate questions, not
 * as a matrix. Yes/no screeners are never a battery: "no" to all of them is the usual honest answer.
 */
function batteriesOf(variables: readonly DictionaryVariable[]): QualitySpec['grids'] {
  const out: QualitySpec['grids'][number][] = [];
  let run: DictionaryVariable[] = [];
  const scale = (v: DictionaryVariable): string => JSON.stringify(v.values.map((l) => l.value));
  const close = (): void => {
    if (run.length >= BATTERY_MIN_QUESTIONS) out.push({ name: run[0]!.name, rows: run.map((v) => v.name), battery: true });
    run = [];
  };
  for (const v of variables) {
    const rating = v.source.part === 'answer' && v.kind === 'single-choice' && v.page !== undefined && !NOT_A_BATTERY.test(v.name)
      && v.values.filter((l) => !NONRESPONSE_LABEL.test(l.label.en)).length >= BATTERY_MIN_SCALE;
    const previous = run.at(-1);
    if (previous && !(rating && previous.page?.name === v.page?.name && scale(previous) === scale(v))) close();
    if (rating) run.push(v);
  }
  close();
  return out;
}

/** What the quality measures need of a questionnaire, read from its variable dictionary. */
export function qualitySpecOf(variables: readonly DictionaryVariable[]): QualitySpec {
  const sections = new Map<string, Set<string>>();
  const grids = new Map<string, string[]>();
  const screeners: { name: string; no: string | number }[] = [];
  const nonresponse: Record<string, (string | number)[]> = {};
  for (const v of variables) {
    if (v.page) sections.set(v.page.name, (sections.get(v.page.name) ?? new Set()).add(v.source.question));
    if (v.source.part === 'member' && v.source.type === 'matrix') grids.set(v.source.question, [...(grids.get(v.source.question) ?? []), v.source.member]);
    if (v.source.part !== 'answer') continue;
    const codes = v.values.filter((l) => NONRESPONSE_LABEL.test(l.label.en)).map((l) => l.value);
    if (codes.length > 0) nonresponse[v.name] = codes;
    const no = v.values.find((l) => /^no$/i.test(l.label.en.trim()));
    if (SCREENER.test(v.name) && no) screeners.push({ name: v.name, no: no.value });
  }
  return {
    sections: [...sections].map(([name, questions]) => ({ name, questions: [...questions] })),
    grids: [...[...grids].map(([name, rows]) => ({ name, rows })), ...batteriesOf(variables)],
    screeners,
    nonresponse,
    prevalences: prevalencesOf(variables),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The contact attempts recorded on the questionnaire's cases (tablet, synced), for contacts per case. */
async function contactsOf(db: Queryable, questionnaireId: string): Promise<QualityContact[]> {
  const rows = await db.query<{ case_id: string; interviewer: string; attempted_at: Date | string; outcome: string }>(
    `SELECT a.case_id, c.interviewer, c.attempted_at, c.outcome
     FROM contact_attempts c JOIN assignments a ON a.id = c.assignment_id
     WHERE a.questionnaire_id = $1 ORDER BY c.attempted_at`,
    [questionnaireId],
  );
  return rows.map((r) => ({ caseId: r.case_id, interviewer: r.interviewer, at: new Date(r.attempted_at).toISOString(), outcome: r.outcome }));
}

/** The data-quality report of questionnaire `id`: every uploaded interview's current revision and every contact attempt. */
export async function qualityReportOf(db: Queryable, questionnaireId: string): Promise<QualityReport & { questionnaireId: string; interviews: number }> {
  const versions = await db.query<{ definition: unknown }>('SELECT definition FROM questionnaires WHERE id = $1 ORDER BY version DESC', [questionnaireId]);
  if (versions.length === 0) throw new HttpProblem('not-found', `questionnaire ${questionnaireId} is not published`);
  // Its measures read answers and question times, which an encrypted questionnaire's server never holds.
  await refuseIfEncrypted(db, questionnaireId, 'the quality report');
  const variables = variablesOfVersions(versions.map((v) => buildDictionary(typeof v.definition === 'string' ? JSON.parse(v.definition) : v.definition)));
  const rows = await db.query<{ instance_id: string; interviewer: string; case_id: string | null; disposition: string; started_at: string | null; ended_at: string | null; body: unknown }>(
    `SELECT s.instance_id, s.interviewer, s.case_id, s.disposition, s.started_at, s.ended_at, r.body
     FROM submissions s JOIN submission_revisions r ON r.instance_id = s.instance_id AND r.revision = s.revision
     WHERE s.questionnaire_id = $1 ORDER BY s.received_at`,
    [questionnaireId],
  );
  const interviews: QualityInterview[] = rows.map((row) => {
    const body = typeof row.body === 'string' ? (JSON.parse(row.body) as unknown) : row.body;
    const data = isRecord(body) && isRecord(body.data) ? body.data : {};
    const paradata = isRecord(body) && isRecord(body.paradata) ? body.paradata : {};
    const times = isRecord(paradata.questionTimes) ? paradata.questionTimes : undefined;
    const interview: QualityInterview = {
      instanceId: row.instance_id,
      interviewer: row.interviewer,
      disposition: row.disposition,
      startedAt: row.started_at ?? '',
      answers: data,
      ...(row.case_id ? { caseId: row.case_id } : {}),
      ...(row.ended_at ? { endedAt: row.ended_at } : {}),
      ...(times ? { questionTimes: Object.fromEntries(Object.entries(times).filter((e): e is [string, number] => typeof e[1] === 'number')) } : {}),
    };
    return interview;
  });
  return { questionnaireId, interviews: interviews.length, ...qualityReport(interviews, qualitySpecOf(variables), await contactsOf(db, questionnaireId)) };
}
