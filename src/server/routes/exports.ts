import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ENVELOPE_EXPORT_SUFFIX, LocaleSchema, ProgressQuerySchema, QuestionnaireIdSchema, type ResponseBody } from '../../protocol';
import { requireRole } from '../auth';
import type { ServerContext } from '../context';
import { HttpProblem } from '../problems';
import { audit, envelopeExport, EXPORT_CONTENT_TYPES, EXPORT_FORMATS, isExportFormat, listSubmissions, microdataDictionary, microdataSource, monitoringReport, progressReport, qualityReportOf, renderDictionary, streamMicrodata } from '../services';
import { parseWith } from '../validate';

const ExportParams = z.object({ file: z.string().regex(/^[a-z][a-z0-9-]{0,62}(\.dictionary\.json|\.flags\.json|\.envelopes\.json|\.[a-z]+)$/) });
/** The variable dictionary of an export, shipped beside it: `ID.dictionary.json`. */
const DICTIONARY_SUFFIX = '.dictionary.json';
/** The interviews of an export that the server flagged, and why: `ID.flags.json` (docs/server.md). */
const FLAGS_SUFFIX = '.flags.json';
const ExportQuery = z.object({ lang: LocaleSchema.default('en') });
const MonitoringParams = z.object({ questionnaireId: QuestionnaireIdSchema });

export function exportRoutes(app: FastifyInstance, { db }: ServerContext): void {
  app.get('/exports/:file', async (request, reply) => {
    const caller = await requireRole(db, request, 'manager', 'analyst');
    const { file } = parseWith(ExportParams, request.params, 'path');
    if (file.endsWith(DICTIONARY_SUFFIX)) {
      const id = file.slice(0, -DICTIONARY_SUFFIX.length);
      const dictionary = await microdataDictionary(db, id);
      return reply
        .header('content-disposition', `attachment; filename="${id}${DICTIONARY_SUFFIX}"`)
        .header('cache-control', 'no-store')
        .header('content-type', 'application/json; charset=utf-8')
        .send(renderDictionary(dictionary));
    }
    if (file.endsWith(ENVELOPE_EXPORT_SUFFIX)) {
      // An encrypted questionnaire's export (encryption.ts): opened by `jha-survey decrypt --key private.pem`.
      const id = file.slice(0, -ENVELOPE_EXPORT_SUFFIX.length);
      const exported = await envelopeExport(db, id);
      await audit(db, { actor: caller.username, action: 'microdata-exported', target: `${id}${ENVELOPE_EXPORT_SUFFIX}`, address: request.ip, detail: { rows: exported.rows.length } });
      return reply
        .header('content-disposition', `attachment; filename="${id}${ENVELOPE_EXPORT_SUFFIX}"`)
        .header('cache-control', 'no-store')
        .header('content-type', 'application/json; charset=utf-8')
        .send(`${JSON.stringify(exported)}\n`);
    }
    if (file.endsWith(FLAGS_SUFFIX)) {
      const id = file.slice(0, -FLAGS_SUFFIX.length);
      await microdataDictionary(db, id); // 404 for a questionnaire never published, as the export
      const flagged = await listSubmissions(db, { questionnaireId: id, flagged: true });
      return reply
        .header('content-disposition', `attachment; filename="${id}${FLAGS_SUFFIX}"`)
        .header('cache-control', 'no-store')
        .header('content-type', 'application/json; charset=utf-8')
        .send(`${JSON.stringify({
          questionnaireId: id,
          flagged: flagged.map((s) => ({ instanceId: s.instanceId, version: s.version, interviewer: s.interviewer, caseId: s.caseId, flags: s.flags, answerProblems: s.answerProblems })),
        }, null, 2)}\n`);
    }
    const dot = file.lastIndexOf('.');
    const [id, format] = [file.slice(0, dot), file.slice(dot + 1)];
    if (!isExportFormat(format)) throw new HttpProblem('not-found', `export format .${format} is not available; use ${EXPORT_FORMATS.map((f) => `.${f}`).join(', ')} or ${DICTIONARY_SUFFIX}`);
    const { lang } = parseWith(ExportQuery, request.query, 'query');
    // Streamed from the database a page at a time (constant memory whatever the number of
    // interviews); a failure after the first byte can only cut the download short.
    const source = await microdataSource(db, id);
    await audit(db, { actor: caller.username, action: 'microdata-exported', target: `${id}.${format}`, address: request.ip, detail: { rows: source.rowCount, lang } });
    const body = streamMicrodata(source, format, lang);
    body.on('error', (err) => request.log.error({ err: { message: err.message } }, `export ${id}.${format} failed while streaming`));
    return reply
      .header('content-disposition', `attachment; filename="${id}.${format}"`)
      .header('cache-control', 'no-store')
      .header('content-type', EXPORT_CONTENT_TYPES[format])
      .send(body);
  });

  app.get<{ Reply: ResponseBody<'GET /monitoring/:questionnaireId'> }>('/monitoring/:questionnaireId', async (request) => {
    await requireRole(db, request, 'manager');
    const { questionnaireId } = parseWith(MonitoringParams, request.params, 'path');
    return monitoringReport(db, questionnaireId);
  });

  // Field work over time with AAPOR rates (docs/fieldwork.md): counts of cases, no answers.
  app.get<{ Reply: ResponseBody<'GET /progress/:questionnaireId'> }>('/progress/:questionnaireId', async (request) => {
    await requireRole(db, request, 'manager');
    const { questionnaireId } = parseWith(MonitoringParams, request.params, 'path');
    return progressReport(db, questionnaireId, parseWith(ProgressQuerySchema, request.query, 'query'));
  });

  // Data quality of the field work (docs/data-quality.md): measures by interviewer and flags
  // that link to single interviews. It reads answers, so only managers see it.
  app.get<{ Reply: ResponseBody<'GET /quality/:questionnaireId'> }>('/quality/:questionnaireId', async (request, reply) => {
    await requireRole(db, request, 'manager');
    const { questionnaireId } = parseWith(MonitoringParams, request.params, 'path');
    return reply.header('cache-control', 'no-store').send(await qualityReportOf(db, questionnaireId));
  });
}
