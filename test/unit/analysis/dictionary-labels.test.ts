// The analysis reads value labels from the variable dictionary shipped beside the data
// (ID.dictionary.json), never from a questionnaire: its schema check, and `analyze indicators`
// finding the file beside --data or taking --dictionary FILE.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { AnalysisError } from '../../../analysis/errors';
import { drawSample, makePopulation, sampleCsv, SIMULATED_DESIGN } from '../../../analysis/simulate';
import { codeOrder, dictionaryValueLabels, domainLabel, parseDictionary, setValueLabels, valueLabel } from '../../../analysis/tables';
import { registerAdmin } from '../../../src/cli/commands/analyze/admin';
import { registerIndicators } from '../../../src/cli/commands/analyze/indicators';
import { exportDictionary } from '../../../src/questionnaire/dictionary';

const victimization: unknown = JSON.parse(readFileSync('surveys/victimization.json', 'utf8'));
const dictionaryJson = JSON.stringify(exportDictionary('victimization', [{ version: 3, definition: victimization }]));

afterEach(() => setValueLabels(new Map()));

describe('dictionary file', () => {
  it('gives each labelled variable its codes in the questionnaire order, texts in every locale', () => {
    const labels = dictionaryValueLabels(parseDictionary(JSON.parse(dictionaryJson)));
    expect(codeOrder('region', labels)?.[0]).toBe('AL011');
    expect(valueLabel('region', 'MK007', 'mk', labels)).toBe('Североисточен регион');
    expect(valueLabel('sex', '2', 'sq', labels)).toBe('Femër');
    expect(valueLabel('region', 'atlantis', 'en', labels)).toBeUndefined();
  });

  it('marks a code kept for earlier rounds and never offered (visibleIf "false") as retired, still labelled', () => {
    const demo: unknown = JSON.parse(readFileSync('surveys/demo.json', 'utf8'));
    const file = parseDictionary(JSON.parse(JSON.stringify(exportDictionary('demo', [{ version: 1, definition: demo }]))));
    const region = file.variables.find((v) => v.name === 'region');
    expect(region?.values.filter((v) => v.retired === true).map((v) => v.value)).toEqual(['capital', 'north', 'south', 'east', 'west']);
    expect(region?.values.filter((v) => v.retired === undefined).map((v) => v.value)).toEqual(['MK001', 'MK002', 'MK003', 'MK004', 'MK005', 'MK006', 'MK007', 'MK008']);
    expect(valueLabel('region', 'north', 'en', dictionaryValueLabels(file))).toBeDefined();
  });

  const a = { part: 'answer', question: 'a' };
  it.each([
    [[], /not a variable dictionary/],
    [{ format: 'jha-survey-dictionary', formatVersion: 2, questionnaireId: 'x', variables: [] }, /version 2 is not 1/],
    [{ format: 'jha-survey-dictionary', formatVersion: 1, questionnaireId: 'x', variables: [{ name: 'a', source: a, label: { sq: 'A' }, labelParts: [], values: [] }] }, /variables\[0\] \(a\): "label"/],
    [{ format: 'jha-survey-dictionary', formatVersion: 1, questionnaireId: 'x', variables: [{ name: 'a', source: a, label: { en: 'A' }, labelParts: [{ en: 'A' }], values: [{ value: null, label: { en: '?' } }] }] }, /values\[0\]/],
    [{ format: 'jha-survey-dictionary', formatVersion: 1, questionnaireId: 'x', variables: [{ name: 'a', source: { part: 'cell', question: 'a' }, label: { en: 'A' }, labelParts: [], values: [] }] }, /"row" and "column"/],
    [{ format: 'jha-survey-dictionary', formatVersion: 1, questionnaireId: 'x', variables: [{ name: 'a', source: a, label: { en: 'A' }, labelParts: [], values: [{ value: 1, label: { en: 'One' }, retired: 'yes' }] }] }, /values\[0\]\.retired must be true or absent/],
  ])('refuses a file that is not one, with code bad-dictionary (%#)', (json, message) => {
    let error: unknown;
    try {
      parseDictionary(json, 'd.json');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AnalysisError);
    expect((error as AnalysisError).code).toBe('bad-dictionary');
    expect((error as AnalysisError).message).toMatch(message);
  });

  it('without a dictionary, codes are written as they are', () => {
    expect(domainLabel({ region: 'north' }, 'mk')).toBe('Регион: north');
  });
});

describe('analyze indicators and the dictionary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jha-dictionary-labels-'));
  const data = join(dir, 'victimization.csv');
  writeFileSync(data, sampleCsv(drawSample(makePopulation(3, { psus: 60 }), 2, { n: 300 })));
  const design = join(dir, 'design.json');
  writeFileSync(design, JSON.stringify(SIMULATED_DESIGN));

  async function report(extra: string[], out: string): Promise<string> {
    const program = new Command('jha-survey').exitOverride();
    registerIndicators(program.command('analyze'));
    const stderr = process.stderr.write;
    process.stderr.write = () => true;
    try {
      await program.parseAsync(['analyze', 'indicators', '--data', data, '--design', design, '--by', 'region', '--only', 'SDG16_1_4', '--lang', 'mk', ...extra, '--out', join(dir, out)], { from: 'user' });
    } finally {
      process.stderr.write = stderr;
    }
    return readFileSync(join(dir, out), 'utf8');
  }

  it('labels regions from NAME.dictionary.json beside --data, and from --dictionary FILE', async () => {
    const bare = await report([], 'bare.html');
    expect(bare).not.toContain('Север');
    writeFileSync(join(dir, 'elsewhere.json'), dictionaryJson);
    expect(await report(['--dictionary', join(dir, 'elsewhere.json')], 'named.html')).toContain('Север');
    setValueLabels(new Map());
    writeFileSync(join(dir, 'victimization.dictionary.json'), dictionaryJson);
    expect(await report([], 'beside.html')).toContain('Север');
  });

  it('a named dictionary that is missing or not one is a one-line error', async () => {
    await expect(report(['--dictionary', join(dir, 'none.json')], 'x.html')).rejects.toThrow(/cannot read .*none\.json: no such file/);
    writeFileSync(join(dir, 'bad.json'), '{"format": "other"}');
    await expect(report(['--dictionary', join(dir, 'bad.json')], 'x.html')).rejects.toThrow(/bad\.json: not a variable dictionary/);
  });
});

describe('analyze admin and the dictionary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jha-admin-dictionary-'));
  const adminDefinition: unknown = JSON.parse(readFileSync('surveys/jha-admin.json', 'utf8'));
  const dictionary = join(dir, 'jha-admin.dictionary.json');
  writeFileSync(dictionary, JSON.stringify(exportDictionary('jha-admin', [{ version: 1, definition: adminDefinition }])));

  async function report(extra: string[]): Promise<string> {
    const program = new Command('jha-survey').exitOverride();
    registerAdmin(program.command('analyze'));
    const out = join(dir, `admin-${Math.random().toString(36).slice(2)}.html`);
    const stderr = process.stderr.write;
    process.stderr.write = () => true;
    try {
      await program.parseAsync(['analyze', 'admin', '--data', 'test/fixtures/indicators/admin-returns.csv', '--lang', 'mk', ...extra, '--out', out], { from: 'user' });
    } finally {
      process.stderr.write = stderr;
    }
    return readFileSync(out, 'utf8');
  }

  it('names the ICCS rows from --dictionary, codes without one', async () => {
    expect(await report(['--dictionary', dictionary])).toContain('0401 Разбојништво');
    const bare = await report([]);
    expect(bare).not.toContain('Разбојништво');
    expect(bare).toContain('0401');
  });
});
