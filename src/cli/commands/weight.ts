// `jha-survey weight --sample SAMPLE.csv --data EXPORT.csv --population MARGINS.csv [--plan WEIGHTING.json] --out DIR`:
// the weighting chain of analysis/weighting (base weight × nonresponse × within-household selection ×
// calibration, trimmed and re-calibrated). Writes DIR/microdata.csv (responding units with person and
// household weights), DIR/design.json (read by `analyze indicators`), DIR/weighting.html and .xlsx.
import type { Command } from 'commander';
import { CliError } from '../errors';
import { codedCliError } from './sample';
import { LOCALES, type Locale } from '../../../analysis/locales';

interface WeightOptions {
  sample: string;
  data: string;
  population: string;
  plan?: string;
  out: string;
  lang: string;
}

export function registerWeight(program: Command): void {
  program
    .command('weight')
    .description('weights for collected interviews: base × nonresponse × within-household selection × calibration (trimmed): DIR/microdata.csv, design.json, weighting.html, weighting.xlsx')
    .requiredOption('--sample <SAMPLE.csv>', 'sample.csv written by `jha-survey sample`')
    .requiredOption('--data <EXPORT.csv>', 'the server\'s CSV export of the questionnaire: interviews and cases closed without one, each with its AAPOR disposition')
    .requiredOption('--population <MARGINS.csv>', 'population margins: variable,level,total (e.g. region, sex, age_group from the census)')
    .option('--plan <WEIGHTING.json>', 'weighting plan (see analysis/README.md, "Weighting"); default: stratum classes, raking to region × sex × age group')
    .option('--lang <locale>', `language of the report: ${LOCALES.join(', ')}`, 'en')
    .requiredOption('--out <dir>', 'output directory (created if needed)')
    .action(async (options: WeightOptions) => {
      await runWeight(options).catch((err: unknown) => { throw codedCliError(err); });
    });
}

async function runWeight(options: WeightOptions): Promise<void> {
  if (!(LOCALES as readonly string[]).includes(options.lang)) throw new CliError(`bad-option: --lang ${options.lang}: one of ${LOCALES.join(', ')}`);
  const locale = options.lang as Locale;
  const { readFile, mkdir, writeFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const { loadTable } = await import('../../../analysis/io/load');
  const weighting = await import('../../../analysis/weighting');
  const { parseDesignSpec } = await import('../../../analysis/design-spec');
  const { renderTablesHtml, renderTablesXlsx } = await import('../../../analysis/tables');
  const plan = options.plan === undefined
    ? weighting.DEFAULT_WEIGHTING_PLAN
    : weighting.parseWeightingPlan(JSON.parse(await readFile(options.plan, 'utf8').catch(() => { throw new CliError(`unreadable-file: cannot read ${options.plan}`); })) as unknown);
  const [sample, data, population] = await Promise.all([loadTable(options.sample), loadTable(options.data), loadTable(options.population)]);
  const result = weighting.weightSurvey({ sample, data, population, plan });
  const design = parseDesignSpec(result.design);
  const tables = weighting.weightingTables(result.report, locale, new Date().toISOString().slice(0, 19).replace('T', ' '));
  await mkdir(options.out, { recursive: true });
  await writeFile(join(options.out, 'microdata.csv'), weighting.weightedMicrodataCsv(result, data));
  await writeFile(join(options.out, 'design.json'), `${JSON.stringify(design, null, 2)}\n`);
  await writeFile(join(options.out, 'weighting.html'), renderTablesHtml(tables));
  await writeFile(join(options.out, 'weighting.xlsx'), await renderTablesXlsx(tables));
  const r = result.report;
  process.stderr.write(`jha-survey: ${r.respondingUnits} responding units of ${r.sampledCases} sampled cases weighted (Kish deff ${r.stages.final.deff.toFixed(3)})${r.outsideSample > 0 ? `; ${r.outsideSample} export rows of cases not in the sample ignored` : ''}; written to ${options.out}\n`);
}
