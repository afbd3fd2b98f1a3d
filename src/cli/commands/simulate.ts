import type { Command } from 'commander';
import { CliError } from '../errors';

interface SimulateOptions {
  n: string;
  seed: string;
  out: string;
  psus?: string;
  field?: boolean;
}

export function registerSimulate(program: Command): void {
  program
    .command('simulate')
    .description('synthetic population + stratified two-stage sample: DIR/microdata.csv with its microdata.dictionary.json, design.json, truth.json, dispositions.csv')
    .option('--n <interviews>', 'target number of completed interviews', '5000')
    .option('--seed <integer>', 'random seed (population and sample)', '1')
    .option('--psus <count>', 'PSUs in the synthetic population (default 3000)')
    .option('--field', 'also the field chain: DIR/frame.csv, plan.json, population.csv, weighting.json, sample/ (drawn by `jha-survey sample`\'s code) and field/export.csv (the server\'s export: every sampled case with its disposition)')
    .requiredOption('--out <dir>', 'output directory (created if needed)')
    .action(async (options: SimulateOptions) => {
      const n = Number(options.n), seed = Number(options.seed), psus = options.psus === undefined ? undefined : Number(options.psus);
      if (!Number.isInteger(n) || n < 100) throw new CliError(`--n ${options.n}: give an integer of at least 100`);
      if (!Number.isInteger(seed)) throw new CliError(`--seed ${options.seed}: give an integer`);
      if (psus !== undefined && (!Number.isInteger(psus) || psus < 100)) throw new CliError(`--psus ${options.psus}: give an integer of at least 100`);
      const { mkdir, writeFile } = await import('node:fs/promises');
      const { join } = await import('node:path');
      const sim = await import('../../../analysis/simulate');
      const { standardCatalogue, compileCatalogue } = await import('../../../analysis/indicators');
      const population = sim.makePopulation(seed, psus === undefined ? {} : { psus });
      const sample = sim.drawSample(population, seed, { n });
      if (sample.records.length < 2) throw new CliError('the sample is empty: raise --n or --psus');
      await mkdir(options.out, { recursive: true });
      await writeFile(join(options.out, 'microdata.csv'), sim.sampleCsv(sample));
      await writeFile(join(options.out, 'dispositions.csv'), sim.dispositionsCsv(sample));
      await writeFile(join(options.out, 'design.json'), `${JSON.stringify(sim.SIMULATED_DESIGN, null, 2)}\n`);
      await writeFile(join(options.out, 'microdata.dictionary.json'), `${JSON.stringify(await simulatedDictionary(), null, 1)}\n`);
      if (options.field) await writeField(population, n, seed, options.out);
      const truth = sim.populationTruth(population, compileCatalogue(standardCatalogue()));
      await writeFile(join(options.out, 'truth.json'), `${JSON.stringify(truth, null, 1)}\n`);
      process.stderr.write(`${sample.records.length} interviews from ${population.householdCount} households written to ${options.out}\n`);
    });
}

/**
 * The variable dictionary beside microdata.csv, where `analyze indicators` looks for it: the simulated
 * interview is an omnibus of the three standard person-level questionnaires (as the coverage benchmark
 * treats it), so their variables are merged as versions of one questionnaire. It labels the report's
 * codes as the questionnaires word them: the regions by the country profile's names, not as codes.
 */
async function simulatedDictionary(): Promise<unknown> {
  const { exportDictionary } = await import('../../questionnaire/dictionary');
  const [victimization, safety, corruption] = await Promise.all([
    import('../../../surveys/victimization.json'), import('../../../surveys/safety.json'), import('../../../surveys/corruption.json'),
  ]);
  return exportDictionary('simulated', [victimization.default, safety.default, corruption.default].map((definition, i) => ({ version: 3 - i, definition })));
}

/** `--field`: frame, plan, margins, the sample (analysis/sampling) and the server-format export of the field outcome. */
async function writeField(population: import('../../../analysis/simulate').Population, n: number, seed: number, out: string): Promise<void> {
  const { mkdir, writeFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const sim = await import('../../../analysis/simulate');
  const sampling = await import('../../../analysis/sampling');
  const { fieldExportCsv } = await import('./field-export');
  const frame = sim.fieldFrame(population);
  const plan = sim.fieldPlan(n, population);
  const { sample, cases } = sim.runField(population, frame, plan, seed);
  await mkdir(join(out, 'sample'), { recursive: true });
  await mkdir(join(out, 'field'), { recursive: true });
  await writeFile(join(out, 'frame.csv'), sim.frameCsv(frame));
  await writeFile(join(out, 'plan.json'), `${JSON.stringify(plan, null, 2)}\n`);
  await writeFile(join(out, 'weighting.json'), `${JSON.stringify(sim.FIELD_WEIGHTING_PLAN, null, 2)}\n`);
  await writeFile(join(out, 'population.csv'), sim.marginsCsv(sim.fieldMargins(population)));
  await writeFile(join(out, 'sample', 'sample.csv'), sampling.sampleFileCsv(sample, frame.table));
  await writeFile(join(out, 'sample', 'assignments.csv'), sampling.assignmentsCsv(sample, frame.table, plan.prefill ?? []));
  await writeFile(join(out, 'field', 'export.csv'), fieldExportCsv(cases, seed));
  const interviews = cases.filter((c) => c.answers).length;
  process.stderr.write(`field: ${cases.length} sampled cases, ${interviews} interviews (seed ${seed}); sample and export written under ${out}\n`);
}
