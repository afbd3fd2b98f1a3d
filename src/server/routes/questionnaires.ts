import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { canonicalJson, LintRequestSchema, MAX_VERSION, PublishRequestSchema, QuestionnaireIdSchema, type ResponseBody } from '../../protocol';
import { authenticate, requireRole } from '../auth';
import { MB, type ServerContext } from '../context';
import { HttpProblem } from '../problems';
import {
  audit, checkedPublicKey, getDefinition, latestDefinition, listQuestionnaires, publishQuestionnaire, questionnaireLocales, questionnaireTitle,
  questionnaireVersions, retireVersion, sanitizeDefinitionHtml, sha256,
} from '../services';
import { parseWith } from '../validate';

const VersionParams = z.object({ id: QuestionnaireIdSchema, version: z.coerce.number().int().positive().max(MAX_VERSION) });

export function questionnaireRoutes(app: FastifyInstance, { db }: ServerContext): void {
  app.get<{ Reply: ResponseBody<'GET /questionnaires'> }>('/questionnaires', async (request) => {
    await authenticate(db, request);
    return listQuestionnaires(db);
  });

  app.get<{ Reply: ResponseBody<'GET /questionnaires/:id/:version'> }>('/questionnaires/:id/:version', async (request, reply) => {
    await authenticate(db, request);
    const { id, version } = parseWith(VersionParams, request.params, 'path');
    const definition = await getDefinition(db, id, version);
    if (!definition) throw new HttpProblem('not-found', `questionnaire ${id} has no version ${version}`);
    // A published version never changes, so the device may cache it for good.
    return reply.header('cache-control', 'private, max-age=31536000, immutable').send(definition);
  });

  // Every version, retired ones too, with its uploads: the console's questionnaire list.
  app.get<{ Reply: ResponseBody<'GET /questionnaires/versions'> }>('/questionnaires/versions', async (request) => {
    await requireRole(db, request, 'manager');
    return questionnaireVersions(db);
  });

  // The linter's findings before publishing (the same checks POST /questionnaires makes), so the
  // manager sees and fixes them from the browser; nothing is stored.
  app.post<{ Reply: ResponseBody<'POST /questionnaires/lint'> }>('/questionnaires/lint', { bodyLimit: 5 * MB }, async (request) => {
    await requireRole(db, request, 'manager');
    const { id, definition } = parseWith(LintRequestSchema, request.body);
    const latest = await latestDefinition(db, id);
    const { lintQuestionnaire } = await import('../../questionnaire');
    const findings = lintQuestionnaire(definition, { previous: latest?.definition });
    const unchanged = latest !== undefined && sha256(canonicalJson(latest.definition)) === sha256(canonicalJson(sanitizeDefinitionHtml(definition).definition));
    return {
      id,
      previousVersion: latest?.version ?? null,
      nextVersion: latest === undefined ? 1 : unchanged ? latest.version : latest.version + 1,
      findings: findings.map(({ rule, question, message, fix }) => ({ rule, ...(question === undefined ? {} : { question }), message, fix })),
    };
  });

  // Tablets stop offering a retired version at their next sync; its interviews stay and are exported.
  app.post<{ Reply: ResponseBody<'POST /questionnaires/:id/:version/retire'> }>('/questionnaires/:id/:version/retire', async (request) => {
    const caller = await requireRole(db, request, 'manager');
    const { id, version } = parseWith(VersionParams, request.params, 'path');
    return db.transaction(async (tx) => {
      if (await retireVersion(tx, id, version, caller.username)) {
        await audit(tx, { actor: caller.username, action: 'questionnaire-retired', target: `${id}@${version}`, address: request.ip });
      }
      const row = (await questionnaireVersions(tx)).find((v) => v.id === id && v.version === version);
      if (!row) throw new HttpProblem('not-found', `questionnaire ${id} has no version ${version}`);
      return row;
    });
  });

  app.post<{ Reply: ResponseBody<'POST /questionnaires'> }>('/questionnaires', { bodyLimit: 5 * MB }, async (request, reply) => {
    const caller = await requireRole(db, request, 'manager');
    const { id, definition, publicKey } = parseWith(PublishRequestSchema, request.body);
    // Checked before anything is stored: a bad key (or a private key pasted by mistake) is a 422.
    const key = publicKey === undefined ? null : await checkedPublicKey(publicKey);
    // Checked against the latest version too: a new version may add names, never drop or reuse one.
    const previous = (await latestDefinition(db, id))?.definition;
    const { lintQuestionnaire } = await import('../../questionnaire');
    const findings = lintQuestionnaire(definition, { previous });
    if (findings.length > 0) {
      throw new HttpProblem('lint-findings', `${findings.length} finding(s); the first: ${findings[0].message}`, { findings });
    }
    const result = await db.transaction(async (tx) => {
      const published = await publishQuestionnaire(tx, id, definition, caller.username, key);
      if (published.published) await audit(tx, { actor: caller.username, action: 'questionnaire-published', target: `${id}@${published.version}`, address: request.ip, detail: { encrypted: key !== null } });
      return published;
    });
    return reply.code(result.published ? 201 : 200).send({
      id,
      version: result.version,
      published: result.published,
      title: questionnaireTitle(definition, id),
      locales: questionnaireLocales(definition),
    });
  });
}
