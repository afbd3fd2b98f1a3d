import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ExportQuerySchema, QuestionnaireIdSchema, type ResponseBody } from '../../protocol';
import { requireRole } from '../auth';
import type { ServerContext } from '../context';
import { HttpProblem } from '../problems';
import { audit, EXPORT_CONTENT_TYPES, EXPORT_FORMATS, isExportFormat, microdata, microdataDictionary, monitoringReport, qualityReportOf, renderDictionary, renderMicrodata } from '../services';
import { parseWith } from '../validate';

const ExportParams = z.object({ file: z.string().regex(/^[a-z][a-z0-9-]{0,62}(\.dictionary\.json|\.[a-z]+)$/) });
/** The variable dictionary of an export, shipped beside it: `ID.dictionary.json`. */
const DICTIONARY_SUFFIX = '.dictionary.json';
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
    const dot = file.lastIndexOf('.');
    const [id, format] = [file.slice(0, dot), file.slice(dot + 1)];
    if (!isExportFormat(format)) throw new HttpProblem('not-found', `export format .${format} is not available; use ${EXPORT_FORMATS.map((f) => `.${f}`).join(', ')} or ${DICTIONARY_SUFFIX}`);
    const { lang, approved } = parseWith(ExportQuerySchema, request.query, 'query');
    const approvedOnly = approved === 'true';
    const table = await microdata(db, id, { approvedOnly });
    const body = await renderMicrodata(table, format, lang);
    await audit(db, { actor: caller.username, action: 'microdata-exported', target: `${id}.${format}`, address: request.ip, detail: { rows: table.rows.length, lang, approvedOnly } });
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

  // Data quality of the field work (docs/data-quality.md): measures by interviewer and flags
  // that link to single interviews. It reads answers, so only managers see it.
  app.get<{ Reply: ResponseBody<'GET /quality/:questionnaireId'> }>('/quality/:questionnaireId', async (request, reply) => {
    await requireRole(db, request, 'manager');
    const { questionnaireId } = parseWith(MonitoringParams, request.params, 'path');
    return reply.header('cache-control', 'no-store').send(await qualityReportOf(db, questionnaireId));
  });
}
