import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { QuestionnaireIdSchema } from '../../protocol';
import { requireRole } from '../auth';
import type { ServerContext } from '../context';
import { HttpProblem } from '../problems';
import { microdata, monitoringReport, renderCsv, renderXlsx } from '../services';
import { parseWith } from '../validate';

const ExportParams = z.object({ file: z.string().regex(/^[a-z][a-z0-9-]{0,62}\.[a-z]+$/) });
const MonitoringParams = z.object({ questionnaireId: QuestionnaireIdSchema });

export function exportRoutes(app: FastifyInstance, { db }: ServerContext): void {
  app.get('/exports/:file', async (request, reply) => {
    await requireRole(db, request, 'manager', 'analyst');
    const { file } = parseWith(ExportParams, request.params, 'path');
    const dot = file.lastIndexOf('.');
    const [id, format] = [file.slice(0, dot), file.slice(dot + 1)];
    if (format !== 'csv' && format !== 'xlsx') throw new HttpProblem('not-found', `export format .${format} is not available; use .csv or .xlsx`);
    const table = await microdata(db, id);
    reply.header('content-disposition', `attachment; filename="${id}.${format}"`).header('cache-control', 'no-store');
    if (format === 'csv') return reply.header('content-type', 'text/csv; charset=utf-8').send(renderCsv(table));
    return reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await renderXlsx(table));
  });

  app.get('/monitoring/:questionnaireId', async (request) => {
    await requireRole(db, request, 'manager');
    const { questionnaireId } = parseWith(MonitoringParams, request.params, 'path');
    return monitoringReport(db, questionnaireId);
  });
}
