// The analysis screen labels collected data with the variable dictionary the server ships beside
// the export: downloaded with the CSV, passed to the worker's run, carried by the report model
// (so the page's charts need no labels of their own).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDesignSpec } from '../../../analysis/design-spec';
import { drawSample, makePopulation, sampleCsv, SIMULATED_DESIGN } from '../../../analysis/simulate';
import { downloadCollectedDictionary } from '../../../src/app/analysis/collected-data';
import { AnalysisRunError } from '../../../src/app/analysis/failure';
import { indicatorHtml, runIndicatorAnalysis } from '../../../src/app/analysis/indicator-run';
import { exportDictionary } from '../../../src/questionnaire/dictionary';

const victimization: unknown = JSON.parse(readFileSync('surveys/victimization.json', 'utf8'));
const dictionary: unknown = JSON.parse(JSON.stringify(exportDictionary('victimization', [{ version: 1, definition: victimization }])));
const data = new TextEncoder().encode(sampleCsv(drawSample(makePopulation(11, { psus: 120 }), 3, { n: 700 })));
const request = { data, format: 'csv' as const, design: parseDesignSpec(SIMULATED_DESIGN), by: [['region']], groups: ['sdg16'], locale: 'mk' as const };

describe('collected data and its dictionary', () => {
  it('labels the report\'s codes with the dictionary of the run, and only of that run', async () => {
    const labelled = await runIndicatorAnalysis({ ...request, dictionary });
    const northeast = labelled.report.sections.flatMap((s) => s.indicators).flatMap((i) => i.rows).find((r) => r.domain.region === 'MK007');
    expect(northeast?.domainValues.region).toBe('Североисточен регион');
    expect(northeast?.domainLabel).toBe('Регион: Североисточен регион');
    expect(await indicatorHtml(labelled)).toContain('Североисточен регион');
    const bare = await runIndicatorAnalysis(request);
    expect(bare.report.sections.flatMap((s) => s.indicators).flatMap((i) => i.rows).find((r) => r.domain.region === 'MK007')?.domainValues.region).toBe('MK007');
  }, 60_000);

  it('refuses a dictionary that is not one with the engine\'s code', async () => {
    await expect(runIndicatorAnalysis({ ...request, dictionary: { format: 'x' } })).rejects.toMatchObject({ code: 'bad-dictionary' });
  });

  it('downloads the dictionary beside the export with the session\'s token; a refusal keeps the server\'s code', async () => {
    const asked: string[] = [];
    const ok = await downloadCollectedDictionary('tok', 'victimization', async (url, init) => {
      asked.push(`${url} ${String((init?.headers as Record<string, string>).authorization)}`);
      return new Response(JSON.stringify({ format: 'jha-survey-dictionary' }), { status: 200 });
    });
    expect(ok).toEqual({ format: 'jha-survey-dictionary' });
    expect(asked).toEqual(['/api/v1/exports/victimization.dictionary.json Bearer tok']);
    const refused = downloadCollectedDictionary('tok', 'x', async () => new Response(JSON.stringify({ type: 'https://jha-survey.dev/problems/forbidden', code: 'forbidden', title: 'Forbidden', status: 403 }), { status: 403 }));
    await expect(refused).rejects.toBeInstanceOf(AnalysisRunError);
    await expect(refused).rejects.toMatchObject({ code: 'forbidden' });
  });
});
