// `jha-survey sample --frame FRAME.csv --plan PLAN.json --seed S --out DIR`: the stratified two-stage
// sample of analysis/sampling, written as DIR/sample.csv and DIR/assignments.csv (the supervision
// desk's import format). Errors: one line `code: message`, exit 2.
import type { Command } from 'commander';
import { CliError } from '../errors';

interface SampleOptions {
  frame: string;
  plan: string;
  seed: string;
  out: string;
  interviewers?: string;
}

/** An analysis error as the CLI's one line: its stable code, then the message. */
export function codedCliError(err: unknown): unknown {
  if (err instanceof CliError) return err;
  if (err instanceof Error && err.name === 'AnalysisError' && 'code' in err) return new CliError(`${String(err.code)}: ${err.message}`);
  if (err instanceof SyntaxError) return new CliError(`bad-plan: not valid JSON: ${err.message}`);
  return err;
}

export function registerSample(program: Command): void {
  program
    .command('sample')
    .description('stratified two-stage sample (areas by systematic PPS, households by systematic or SRS): DIR/sample.csv, DIR/assignments.csv')
    .requiredOption('--frame <FRAME.csv>', 'frame: one row per listed household, with stratum, area and the area\'s measure of size')
    .requiredOption('--plan <PLAN.json>', 'sampling plan (see analysis/README.md, "Sampling")')
    .requiredOption('--seed <integer>', 'random seed: the same frame, plan and seed give the same sample')
    .option('--interviewers <a,b,c>', 'interviewers, one per selected area in turn (round-robin); overrides the plan')
    .requiredOption('--out <dir>', 'output directory (created if needed)')
    .action(async (options: SampleOptions) => {
      await runSample(options).catch((err: unknown) => { throw codedCliError(err); });
    });
}

async function runSample(options: SampleOptions): Promise<void> {
  const seed = Number(options.seed);
  if (!Number.isInteger(seed)) throw new CliError(`bad-option: --seed ${options.seed}: give an integer`);
  const { readFile, mkdir, writeFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const { loadTable } = await import('../../../analysis/io/load');
  const sampling = await import('../../../analysis/sampling');
  const planText = await readFile(options.plan, 'utf8').catch(() => { throw new CliError(`unreadable-file: cannot read ${options.plan}`); });
  const plan = sampling.parseSamplingPlan(JSON.parse(planText) as unknown);
  const frame = await loadTable(options.frame);
  const interviewers = options.interviewers?.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (interviewers && interviewers.length === 0) throw new CliError('bad-option: --interviewers: give a comma-separated list of user names');
  const sample = sampling.drawTwoStageSample(frame, plan, { seed, ...(interviewers ? { interviewers } : {}) });
  const assignments = sampling.assignmentsCsv(sample, frame, plan.prefill ?? []);
  await mkdir(options.out, { recursive: true });
  await writeFile(join(options.out, 'sample.csv'), sampling.sampleFileCsv(sample, frame));
  await writeFile(join(options.out, 'assignments.csv'), assignments);
  const areas = sample.strata.reduce((a, s) => a + s.selected.length, 0);
  const certainty = sample.strata.reduce((a, s) => a + s.certainty, 0);
  process.stderr.write(`jha-survey: ${sample.households.length} households in ${areas} areas (${certainty} with certainty) of ${sample.strata.length} strata written to ${options.out}\n`);
}
