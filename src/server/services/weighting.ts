// The manager's weighting of a questionnaire's collected cases: the server's own export (one row
// per interview and per case closed without one) through the same pure chain as `jha-survey weight`
// (analysis/weighting), with the sample and the population margins the manager uploads.
import { AnalysisError } from '../../../analysis/errors';
import { readCsv } from '../../../analysis/io';
import { parseDesignSpec } from '../../../analysis/design-spec';
import { renderTablesHtml } from '../../../analysis/tables';
import { DEFAULT_WEIGHTING_PLAN, parseWeightingPlan, weightedMicrodataCsv, weightingTables, weightSurvey } from '../../../analysis/weighting';
import type { WeightingRequest, WeightingResponse } from '../../protocol';
import type { Queryable } from '../db';
import { HttpProblem } from '../problems';
import { renderCsv } from './csv-export';
import { microdata } from './microdata';

const encoder = new TextEncoder();

/** A file the manager uploaded, or the export, as a table; a bad file is the manager's to fix (422). */
function table(what: string, text: string) {
  try {
    return readCsv(encoder.encode(text));
  } catch (err) {
    if (err instanceof AnalysisError) throw new HttpProblem('weighting-failed', `${what}: ${err.message}`, { reason: err.code });
    throw err;
  }
}

export async function weighCollectedCases(db: Queryable, questionnaireId: string, request: WeightingRequest, now = new Date()): Promise<WeightingResponse> {
  const exported = renderCsv(await microdata(db, questionnaireId));
  const data = table('the export', exported);
  const sample = table('sample.csv', request.sample);
  const population = table('margins', request.population);
  try {
    const plan = request.plan === undefined ? DEFAULT_WEIGHTING_PLAN : parseWeightingPlan(request.plan);
    const result = weightSurvey({ sample, data, population, plan });
    const design = parseDesignSpec(result.design);
    const report = weightingTables(result.report, request.lang, now.toISOString().slice(0, 19).replace('T', ' '));
    return {
      respondingUnits: result.report.respondingUnits,
      sampledCases: result.report.sampledCases,
      outsideSample: result.report.outsideSample,
      kishDeff: result.report.stages.final.deff,
      microdataCsv: weightedMicrodataCsv(result, data),
      design: design as unknown as Record<string, unknown>,
      reportHtml: renderTablesHtml(report),
    };
  } catch (err) {
    if (err instanceof AnalysisError) throw new HttpProblem('weighting-failed', err.message, { reason: err.code });
    throw err;
  }
}
