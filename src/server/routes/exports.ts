import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { LocaleSchema, QuestionnaireIdSchema, type ResponseBody } from '../../protocol';
import { requireRole } from '../auth';
import type { ServerContext } from '../context';
import { HttpProblem } from '../problems';
import { EXPORT_CONTENT_TYPES, EXPORT_FORMATS, isExportFormat, microdata, monitoringReport, renderMicrodata } from '../services';
import { parseWith } from '../validate';

const ExportParams = z.object({ file: z.string().regex(/^[a-z][a-z0-9-]{0,62}\.[a-z]+$/) });
const ExportQuery = z.object({ lang: LocaleSchema.default('en') });
const MonitoringParams = z.object({ questionnaireId: QuestionnaireIdSchema });

export function exportRoutes(app: FastifyInstance, { db }: ServerContext): void {
  app.get('/exports/:file', async (request, reply) => {
    await requireRole(db, request, 'manager', 'analyst');
    const { file } = parseWith(ExportParams, request.params, 'path');
    const dot = file.lastIndexOf('.');
    const [id, format] = [file.slice(0, dot), file.slice(dot + 1)];
    if (!isExportFormat(format)) throw new HttpProblem('not-found', `export format .${format} is not available; use ${EXPORT_FORMATS.map((f) => `.${f}`).join(', ')}`);
    const { lang } = parseWith(ExportQuery, request.query, 'query');
    const table = await microdata(db, id);
    return reply
      .header('content-disposition', `attachment; filename="${id}.${format}"`)
      .header('cache-control', 'no-store')
      .header('content-type', EXPORT_CONTENT_TYPES[format])
      .send(await renderMicrodata(table, format, lang));
  });

  app.get<{ Reply: ResponseBody<'GET /monitoring/:questionnaireId'> }>('/monitoring/:questionnaireId', async (request) => {
    await requireRole(db, request, 'manager');
    const { questionnaireId } = parseWith(MonitoringParams, request.params, 'path');
    return monitoringReport(db, questionnaireId);
  });
}
