import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { canonicalJson, QuestionnaireIdSchema } from '../../protocol';
import type { Database } from '../db';
import { sanitizeDefinitionHtml } from './questionnaire-html';
import { checkedPublicKey } from './encryption';
import { HttpProblem } from '../problems';
import { latestDefinition, publishQuestionnaire, sha256 } from './questionnaires';

/** `DIR/<id>.pub.pem` beside `DIR/<id>.json` encrypts the questionnaire (docs/security.md). */
export const PUBLIC_KEY_SUFFIX = '.pub.pem';

export interface SurveyFileOutcome {
  file: string;
  id?: string;
  /** published: a new version; unchanged: same content as the latest version; skipped: not a questionnaire; rejected: invalid. */
  status: 'published' | 'unchanged' | 'skipped' | 'rejected';
  version?: number;
  reasons?: string[];
}

/**
 * Publishes every questionnaire file `DIR/<id>.json` whose content is new. Files that are
 * not questionnaires (no pages/elements, e.g. indicators.json) are skipped; a file with lint
 * findings (checked against the latest published version too) is rejected with its reasons
 * and the others still publish.
 */
/** A SurveyJS questionnaire has pages or elements; other JSON (surveys/indicators.json) does not. */
function hasQuestions(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && (Array.isArray((value as { pages?: unknown }).pages) || Array.isArray((value as { elements?: unknown }).elements));
}

export async function publishSurveyFiles(db: Database, dir: string): Promise<SurveyFileOutcome[]> {
  if (!existsSync(dir)) return [];
  const outcomes: SurveyFileOutcome[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const id = basename(file, '.json');
    let definition: unknown;
    try {
      definition = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (err) {
      outcomes.push({ file, id, status: 'rejected', reasons: [`not valid JSON: ${(err as Error).message}`] });
      continue;
    }
    if (!hasQuestions(definition)) {
      outcomes.push({ file, status: 'skipped' });
      continue;
    }
    if (!QuestionnaireIdSchema.safeParse(id).success) {
      outcomes.push({ file, id, status: 'rejected', reasons: ['the file name must be a questionnaire id: lower-case letters, digits and -'] });
      continue;
    }
    let publicKey: string | null = null;
    const keyFile = join(dir, id + PUBLIC_KEY_SUFFIX);
    if (existsSync(keyFile)) {
      try {
        publicKey = await checkedPublicKey(readFileSync(keyFile, 'utf8'));
      } catch (err) {
        if (!(err instanceof HttpProblem)) throw err;
        outcomes.push({ file, id, status: 'rejected', reasons: [`${id}${PUBLIC_KEY_SUFFIX}: ${err.message}`] });
        continue;
      }
    }
    const latest = await latestDefinition(db, id);
    // The common restart: nothing changed, so the linter (a few seconds to load) is not needed.
    if (latest && latest.publicKey === publicKey && sha256(canonicalJson(latest.definition)) === sha256(canonicalJson(sanitizeDefinitionHtml(definition).definition))) {
      outcomes.push({ file, id, status: 'unchanged', version: latest.version });
      continue;
    }
    const { formatFinding, lintQuestionnaire } = await import('../../questionnaire');
    const findings = lintQuestionnaire(definition, { fileName: file, previous: latest?.definition });
    if (findings.length > 0) {
      outcomes.push({ file, id, status: 'rejected', reasons: findings.map(formatFinding) });
      continue;
    }
    const result = await db.transaction((tx) => publishQuestionnaire(tx, id, definition, null, publicKey));
    outcomes.push({ file, id, status: result.published ? 'published' : 'unchanged', version: result.version });
  }
  return outcomes;
}
