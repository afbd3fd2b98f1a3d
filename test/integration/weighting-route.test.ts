// The manager's weighting (POST /weighting/:questionnaireId) on cases collected through the real
// server — assignments, interviews uploaded, non-interviews closed by contact attempts — gives the
// same weights as `jha-survey weight`'s chain on the simulator's own export of the same field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv, numericValues, categoryValues } from '../../analysis/io';
import { sampleFileCsv } from '../../analysis/sampling';
import { FIELD_WEIGHTING_PLAN, fieldFrame, fieldMargins, fieldPlan, makePopulation, marginsCsv, runField, type FieldCase } from '../../analysis/simulate';
import { parseWeightingPlan, weightSurvey } from '../../analysis/weighting';
import { fieldExportCsv } from '../../src/cli/commands/field-export';
import { createAccount } from '../../src/server';
import { backends } from './support/backends';
import { call, expectProblem, login, startTestServer, type TestServer, HOOK_TIMEOUT } from './support/http';

const root = join(import.meta.dirname, '..', '..');
const SEED = 77;
const population = makePopulation(SEED, { psus: 200 });
const frame = fieldFrame(population);
const plan = fieldPlan(160, population);
const { sample, cases } = runField(population, frame, plan, SEED);
const sampleCsv = sampleFileCsv(sample, frame.table);
const marginsText = marginsCsv(fieldMargins(population));

function weightsByCase(csv: string): Map<string, number> {
  const t = readCsv(new TextEncoder().encode(csv), { columns: { case_id: 'category', weight: 'number' } });
  const ids = categoryValues(t, 'case_id');
  const w = numericValues(t, 'weight');
  return new Map(Array.from(ids.codes, (c, i) => [ids.levels[c], w[i]]));
}

describe.each(backends)('weighting collected cases from the manager\'s screen on %s', (backend) => {
  let t: TestServer;
  let manager: string;
  beforeAll(async () => {
    t = await startTestServer(backend);
    manager = await login(t.base, 'manager', t.passwords.manager);
    const definition: unknown = JSON.parse(readFileSync(join(root, 'surveys', 'victimization.json'), 'utf8'));
    const published = await call(t.base, 'POST', '/questionnaires', { token: manager, body: { id: 'victimization', definition } });
    expect(published.status, published.text.slice(0, 500)).toBe(201);
    const tokens = new Map<string, string>();
    for (const name of new Set(cases.map((c) => c.interviewer))) {
      await createAccount(t.server.db, name, 'interviewer', `quiet harbour lamp ${name.length}`);
      tokens.set(name, await login(t.base, name, `quiet harbour lamp ${name.length}`));
    }
    const field = async (c: FieldCase): Promise<void> => {
      const assigned = await call(t.base, 'POST', '/assignments', { token: manager, body: { interviewer: c.interviewer, questionnaireId: 'victimization', caseId: c.caseId } });
      expect(assigned.status).toBe(201);
      const token = tokens.get(c.interviewer)!;
      if (c.answers) {
        const body = { questionnaireId: 'victimization', version: 1, caseId: c.caseId, data: c.answers, paradata: { startedAt: '2026-11-20T08:00:00.000Z' }, disposition: c.disposition };
        const put = await call(t.base, 'PUT', `/submissions/${uuidv7()}`, { token, body });
        expect(put.status, put.text.slice(0, 300)).toBe(201);
      } else {
        const body = { at: '2026-11-20T10:00:00.000Z', outcome: c.disposition, final: true, note: '' };
        const put = await call(t.base, 'PUT', `/cases/${(assigned.body as { id: string }).id}/attempts/${uuidv7()}`, { token, body });
        expect(put.status, put.text.slice(0, 300)).toBe(201);
      }
    };
    for (let k = 0; k < cases.length; k += 8) await Promise.all(cases.slice(k, k + 8).map(field));
  }, HOOK_TIMEOUT * 2);
  afterAll(async () => {
    await t?.stop();
  }, HOOK_TIMEOUT);

  it('gives the CLI chain\'s weights for every responding unit, with the report and a design.json', async () => {
    expect(cases.some((c) => !c.answers)).toBe(true);
    const res = await call(t.base, 'POST', '/weighting/victimization', { token: manager, body: { sample: sampleCsv, population: marginsText, plan: FIELD_WEIGHTING_PLAN, lang: 'sr' } });
    expect(res.status, res.text.slice(0, 500)).toBe(200);
    const body = res.body as { respondingUnits: number; sampledCases: number; outsideSample: number; kishDeff: number; microdataCsv: string; design: Record<string, unknown>; reportHtml: string };

    // The reference: the same chain on the simulator's export of the same field (what `jha-survey weight` reads).
    const bytes = (s: string) => new TextEncoder().encode(s);
    const reference = weightSurvey({ sample: readCsv(bytes(sampleCsv)), data: readCsv(bytes(fieldExportCsv(cases, SEED))), population: readCsv(bytes(marginsText)), plan: parseWeightingPlan(structuredClone(FIELD_WEIGHTING_PLAN)) });
    expect(body.sampledCases).toBe(cases.length);
    expect(body.outsideSample).toBe(0);
    expect(body.respondingUnits).toBe(reference.report.respondingUnits);
    expect(body.respondingUnits).toBe(cases.filter((c) => c.disposition === '1.1').length);
    expect(body.kishDeff).toBeCloseTo(reference.report.stages.final.deff, 12);
    const got = weightsByCase(body.microdataCsv);
    expect(got.size).toBe(reference.units.caseId.length);
    reference.units.caseId.forEach((id, j) => {
      expect(got.get(id), id).toBeCloseTo(reference.units.weight[j], 9);
    });
    expect(body.design).toMatchObject({ weight: 'weight', weight_hh: 'weight_hh', strata: 'stratum', psu: 'psu' });
    expect(body.reportHtml).toMatch(/^<!doctype html>/i);
    expect(body.reportHtml).toContain('lang="sr');
    // The weighted microdata went to the manager: a read of microdata, in the audit log.
    const audited = await t.server.db.query<{ actor: string; target: string; detail: { rows: number } }>("SELECT actor, target, detail FROM audit_log WHERE action = 'microdata-exported'");
    expect(audited).toEqual([{ actor: 'manager', target: 'victimization.weighted.csv', detail: { rows: body.respondingUnits, weighting: true } }]);
  }, 300_000);

  it('bad files are a 422 naming what is wrong; only managers may weight', async () => {
    const noWeights = sampleCsv.replace('base_weight', 'weight_of_base');
    const bad = expectProblem(await call(t.base, 'POST', '/weighting/victimization', { token: manager, body: { sample: noWeights, population: marginsText } }), 422, 'weighting-failed');
    expect(String(bad.detail)).toMatch(/base_weight/);
    expectProblem(await call(t.base, 'POST', '/weighting/victimization', { token: manager, body: { sample: sampleCsv } }), 400, 'validation-failed');
    expectProblem(await call(t.base, 'POST', '/weighting/nothing', { token: manager, body: { sample: sampleCsv, population: marginsText } }), 404, 'not-found');
    const analyst = await login(t.base, 'analyst', t.passwords.analyst);
    expectProblem(await call(t.base, 'POST', '/weighting/victimization', { token: analyst, body: { sample: sampleCsv, population: marginsText } }), 403, 'forbidden');
  }, 300_000);
});
