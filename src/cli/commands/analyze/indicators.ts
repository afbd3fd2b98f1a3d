import type { Command } from 'commander';
import { AnalysisError } from '../../../../analysis/errors';
import { CliError } from '../../errors';
import { csvDialectOptions } from './estimate';

interface IndicatorsOptions {
  data: string;
  design: string;
  by?: string[];
  lang: string;
  out: string;
  only?: string;
  dispositions?: string;
  country?: string;
  period?: string;
  source?: string;
  dictionary?: string;
  delimiter?: string;
  decimal?: '.' | ',';
  encoding?: 'utf-8' | 'windows-1250' | 'iso-8859-2';
}

export function registerIndicators(analyze: Command): void {
  csvDialectOptions(analyze
    .command('indicators')
    .description('indicator tables (SDG 16, victimization, bribery) with SE, CI and reliability flags, as CSV, XLSX or HTML')
    .requiredOption('--data <file>', 'microdata (.csv or .xlsx)')
    .requiredOption('--design <design.json>', 'design file: weights, strata, PSU, fpc, replicate weights, calibration')
    .option('--by <vars>', 'disaggregation: comma-separated by-variables crossed with each other; repeat for several tables (default: each indicator\'s own)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--lang <locale>', 'language of XLSX/HTML: en, sq, bs, hr, mk, cnr, sr (Cyrillic), sr-Latn', 'en')
    .option('--only <ids>', 'comma-separated indicator ids (default: all the data allows)')
    .option('--dispositions <file>', 'CSV of issued cases with a `disposition` column: adds AAPOR response rates to the report')
    .option('--dictionary <file>', 'variable dictionary of the data, for value labels (default: NAME.dictionary.json beside --data, if there)')
    .option('--country <code>', 'for .sdmx.csv: the country (ISO code AL, BA, HR, ME, MK, RS, XK, or its M49 code)')
    .option('--period <year>', 'for .sdmx.csv: the reference year (TIME_PERIOD)')
    .option('--source <text>', 'for .sdmx.csv: the survey\'s name (SOURCE_DETAIL)'))
    .requiredOption('--out <file>', 'report.csv, report.xlsx, report.html, or FILE.sdmx.csv (SDG 16 series for the UN, IAEG-SDGs:DF_SDG_GLH)')
    .action(async (options: IndicatorsOptions) => {
      await runIndicators(options).catch((err: unknown) => { throw toCliError(err); });
    });
}

/**
 * Turns the analysis engine's coded errors (every one an `AnalysisError`, classified by its
 * code, never by its message) into one-line CLI errors.
 */
export function toCliError(err: unknown): unknown {
  if (err instanceof CliError) return err;
  if (err instanceof AnalysisError) return new CliError(err.message);
  if (err instanceof Error && 'code' in err && ['ENOENT', 'EISDIR', 'EACCES'].includes(String((err as { code: unknown }).code))) {
    return new CliError(err.message.replace(/^E[A-Z]+: /, ''));
  }
  return err;
}

type Kind = 'number' | 'category';

/**
 * Reads microdata (CSV or XLSX) through the one reader of every analysis command (`loadTable`);
 * `columns` picks which columns to load and how, given the header; `dialect` is the CSV dialect
 * flags (separator and decimal mark detected, UTF-8, and any other encoding refused, when absent).
 */
export async function loadMicrodata(path: string, columns: (header: readonly string[]) => Record<string, Kind>, dialect: { delimiter?: string; decimal?: '.' | ','; encoding?: 'utf-8' | 'windows-1250' | 'iso-8859-2' } = {}) {
  const { loadTable } = await import('../../../../analysis/io/load');
  const { csvDialect } = await import('../../../../analysis/cli/estimate');
  return loadTable(path, columns, csvDialect(dialect));
}

/**
 * The variable dictionary of the data: `--dictionary FILE`, else `NAME.dictionary.json` beside
 * `--data NAME.csv` (as the server and `jha-survey export --dictionary` name it) when there
 * (undefined when not). A named file that is missing, or any file that is not a dictionary, is an error.
 */
export async function readDictionary(data: string, named: string | undefined) {
  const { readFile } = await import('node:fs/promises');
  const { parseDictionary } = await import('../../../../analysis/tables');
  const path = named ?? data.replace(/\.[A-Za-z]+$/, '') + '.dictionary.json';
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if (named === undefined && (err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CliError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new CliError(`${path}: not JSON (${(err as Error).message})`);
  }
  return parseDictionary(json, path);
}

/** Labels the report's codes with the data's variable dictionary, when there is one. */
async function useDictionary(data: string, named: string | undefined): Promise<void> {
  const dictionary = await readDictionary(data, named);
  if (!dictionary) return;
  const tables = await import('../../../../analysis/tables');
  tables.setValueLabels(tables.dictionaryValueLabels(dictionary));
}

async function runIndicators(options: IndicatorsOptions): Promise<void> {
  const { readFile, writeFile } = await import('node:fs/promises');
  const ind = await import('../../../../analysis/indicators');
  const { readDesignSpec } = await import('../../../../analysis/design-spec');
  const { LOCALES } = ind;
  const locale = LOCALES.find((l) => l === options.lang);
  if (!locale) throw new CliError(`--lang ${options.lang}: use one of ${LOCALES.join(', ')}`);
  const format = /\.(sdmx\.csv|csv|xlsx|html?)$/i.exec(options.out)?.[1].toLowerCase();
  if (!format) throw new CliError(`--out ${options.out}: the file name must end in .csv, .sdmx.csv, .xlsx or .html`);
  if (format === 'sdmx.csv' && (!options.country || !options.period)) throw new CliError(`--out ${options.out}: SDMX-CSV needs --country and --period`);
  await useDictionary(options.data, options.dictionary);
  const designBytes = await readFile(options.design).catch((err: NodeJS.ErrnoException) => {
    throw new CliError(`cannot read ${options.design}: ${err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'it is a directory' : err.message}`);
  });
  const design = readDesignSpec(designBytes);
  const by = options.by?.map((b) => b.split(',').map((s) => s.trim()).filter((s) => s !== ''));
  const only = options.only?.split(',').map((s) => s.trim()).filter((s) => s !== '');

  const run = await ind.runIndicators((columns) => loadMicrodata(options.data, columns, options), { design, ...(by ? { by } : {}), ...(only ? { only } : {}) });
  const { skipped, estimates } = run;
  if (run.respondentsRule) {
    process.stderr.write(`jha-survey: the data have a disposition column: estimates use responding units only (${run.respondentsRule}); name "respondents" in the design to change this\n`);
  }
  if (skipped.length > 0) {
    process.stderr.write(`jha-survey: skipped ${skipped.length} indicator(s) whose variables are not in the data: ${skipped.slice(0, 5).map((s) => `${s.id} (${s.missing[0]})`).join(', ')}${skipped.length > 5 ? ', …' : ''}\n`);
  }
  if (format === 'sdmx.csv') {
    await writeSdmx(options, estimates);
    return;
  }
  if (format === 'csv') {
    // Only the CSV writer: the tables index would load Observable Plot for the charts.
    const { renderIndicatorCsv } = await import('../../../../analysis/tables/csv');
    await writeFile(options.out, renderIndicatorCsv(estimates));
  } else {
    const tables = await import('../../../../analysis/tables');
    const extras = options.dispositions
      ? ind.responseRateExtras(await loadDispositions(options.dispositions, options), locale, true)
      : ind.responseRateExtras(run.table, locale);
    const report = ind.indicatorReport(run, design, { locale, extras });
    if (format === 'xlsx') await writeFile(options.out, await tables.renderIndicatorXlsx(report, run.catalogue));
    else await writeFile(options.out, await tables.renderIndicatorReportHtml(report, run.catalogue));
  }
  process.stderr.write(`${estimates.length} estimates of ${run.computed.length} indicators written to ${options.out}\n`);
}

/** SDG series as SDMX-CSV, checked against the kept DSD before the file is written. */
async function writeSdmx(options: IndicatorsOptions, estimates: readonly import('../../../../analysis/indicators').IndicatorEstimate[]): Promise<void> {
  const { writeFile } = await import('node:fs/promises');
  const sdmx = await import('../../../../analysis/sdmx');
  const run = sdmx.sdgObservations(estimates, { country: options.country ?? '', period: options.period ?? '', ...(options.source ? { source: options.source } : {}) });
  if (run.observations.length === 0) throw new CliError(`no SDG series among the estimates (series are written for ${Object.keys(sdmx.SERIES).join(', ')})`);
  const text = sdmx.renderSdmxCsv(run.observations);
  const issues = sdmx.validateSdmxCsv(new TextEncoder().encode(text));
  if (issues.length > 0) throw new CliError(`SDMX-CSV does not validate against the DSD: line ${issues[0].line} ${issues[0].column}: ${issues[0].message}`);
  await writeFile(options.out, text);
  const outside = new Map<string, number>();
  for (const s of run.skipped) outside.set(s.reason, (outside.get(s.reason) ?? 0) + 1);
  for (const [reason, n] of outside) process.stderr.write(`jha-survey: ${n} estimate(s) not written: ${reason}\n`);
  process.stderr.write(`${run.observations.length} observations of ${new Set(run.observations.map((o) => o.key.SERIES)).size} SDG series written to ${options.out}\n`);
}

/** The issued cases of --dispositions: their disposition codes, and region and interviewer when present. */
async function loadDispositions(path: string, dialect: IndicatorsOptions) {
  const { DISPOSITION_COLUMNS } = await import('../../../../analysis/indicators');
  return loadMicrodata(path, (header) => {
    if (!header.includes('disposition')) throw new CliError(`${path}: no "disposition" column`);
    return Object.fromEntries(header.filter((h) => (DISPOSITION_COLUMNS as readonly string[]).includes(h)).map((h) => [h, 'category' as Kind]));
  }, dialect);
}
