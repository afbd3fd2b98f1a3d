import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { MAX_VERSION, PublishRequestSchema, QuestionnaireIdSchema, type ResponseBody } from '../../protocol';
import { authenticate, requireRole } from '../auth';
import { MB, type ServerContext } from '../context';
import { HttpProblem } from '../problems';
import { audit, checkedPublicKey, getDefinition, latestDefinition, listQuestionnaires, publishQuestionnaire, questionnaireLocales, questionnaireTitle } from '../services';
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
