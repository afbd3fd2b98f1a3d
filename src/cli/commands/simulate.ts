import type { Command } from 'commander';
import { CliError } from '../errors';

interface SimulateOptions {
  n: string;
  seed: string;
  out: string;
  psus?: string;
}

export function registerSimulate(program: Command): void {
  program
    .command('simulate')
    .description('synthetic population + stratified two-stage sample: DIR/microdata.csv, design.json, truth.json, dispositions.csv')
    .option('--n <interviews>', 'target number of completed interviews', '5000')
    .option('--seed <integer>', 'random seed (population and sample)', '1')
    .option('--psus <count>', 'PSUs in the synthetic population (default 3000)')
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
      const truth = sim.populationTruth(population, compileCatalogue(standardCatalogue()));
      await writeFile(join(options.out, 'truth.json'), `${JSON.stringify(truth, null, 1)}\n`);
      process.stderr.write(`${sample.records.length} interviews from ${population.householdCount} households written to ${options.out}\n`);
    });
}
