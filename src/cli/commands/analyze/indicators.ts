import type { Command } from 'commander';
import { CliError } from '../../errors';

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
}

export function registerIndicators(analyze: Command): void {
  analyze
    .command('indicators')
    .description('indicator tables (SDG 16, victimization, bribery) with SE, CI and reliability flags, as CSV, XLSX or HTML')
    .requiredOption('--data <file>', 'microdata (.csv or .xlsx)')
    .requiredOption('--design <design.json>', 'design file: weights, strata, PSU, fpc, replicate weights, calibration')
    .option('--by <vars>', 'disaggregation: comma-separated by-variables crossed with each other; repeat for several tables (default: each indicator\'s own)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--lang <locale>', 'language of XLSX/HTML: en, sq, bs, hr, mk, cnr, sr (Cyrillic), sr-Latn', 'en')
    .option('--only <ids>', 'comma-separated indicator ids (default: all the data allows)')
    .option('--dispositions <file>', 'CSV of issued cases with a `disposition` column: adds AAPOR response rates to the report')
    .option('--country <code>', 'for .sdmx.csv: the country (ISO code AL, BA, HR, ME, MK, RS, XK, or its M49 code)')
    .option('--period <year>', 'for .sdmx.csv: the reference year (TIME_PERIOD)')
    .option('--source <text>', 'for .sdmx.csv: the survey\'s name (SOURCE_DETAIL)')
    .requiredOption('--out <file>', 'report.csv, report.xlsx, report.html, or FILE.sdmx.csv (SDG 16 series for the UN, IAEG-SDGs:DF_SDG_GLH)')
    .action(async (options: IndicatorsOptions) => {
      await runIndicators(options).catch((err: unknown) => { throw toCliError(err); });
    });
}

/** Turns the analysis engine's coded errors into one-line CLI errors. */
export function toCliError(err: unknown): unknown {
  if (err instanceof CliError) return err;
  if (err instanceof Error && ['AnalysisError', 'ExpressionError'].includes(err.name)) return new CliError(err.message);
  if (err instanceof Error && /^(design file|indicator catalogue):/.test(err.message)) return new CliError(err.message);
  if (err instanceof SyntaxError) return new CliError(`not valid JSON: ${err.message}`);
  if (err instanceof Error && 'code' in err && ['ENOENT', 'EISDIR', 'EACCES'].includes(String((err as { code: unknown }).code))) {
    return new CliError(err.message.replace(/^E[A-Z]+: /, ''));
  }
  return err;
}

type Kind = 'number' | 'category';

/** The header of a CSV file (first record; RFC 4180 quotes). */
function csvHeader(bytes: Uint8Array): string[] {
  let end = bytes.indexOf(10);
  if (end < 0) end = bytes.length;
  let line = new TextDecoder().decode(bytes.subarray(0, Math.min(end, 1 << 20))).replace(/^\uFEFF/, '').replace(/\r$/, '');
  const fields: string[] = [];
  while (line.length > 0 || fields.length === 0) {
    if (line.startsWith('"')) {
      let i = 1, value = '';
      for (; i < line.length; i++) {
        if (line[i] === '"') { if (line[i + 1] === '"') { value += '"'; i++; } else break; } else value += line[i];
      }
      fields.push(value);
      line = line.slice(i + 1).replace(/^,/, '');
    } else {
      const comma = line.indexOf(',');
      fields.push((comma < 0 ? line : line.slice(0, comma)).trim());
      if (comma < 0) break;
      line = line.slice(comma + 1);
      if (line === '') fields.push('');
    }
  }
  return fields;
}

/**
 * Reads microdata (CSV or XLSX); `columns` picks which columns to load and how, given the header.
 */
export async function loadMicrodata(path: string, columns: (header: readonly string[]) => Record<string, Kind>) {
  const { readFile } = await import('node:fs/promises');
  const { readCsv, readXlsx } = await import('../../../../analysis/io');
  const bytes: Uint8Array = await readFile(path); // a Buffer is a Uint8Array: no 100 MB copy
  if (/\.xlsx$/i.test(path)) return readXlsx(bytes, columns);
  return readCsv(bytes, { columns: columns(csvHeader(bytes)) });
}

async function runIndicators(options: IndicatorsOptions): Promise<void> {
  const { readFile, writeFile } = await import('node:fs/promises');
  const ind = await import('../../../../analysis/indicators');
  const { LOCALES } = ind;
  const locale = LOCALES.find((l) => l === options.lang);
  if (!locale) throw new CliError(`--lang ${options.lang}: use one of ${LOCALES.join(', ')}`);
  const format = /\.(sdmx\.csv|csv|xlsx|html?)$/i.exec(options.out)?.[1].toLowerCase();
  if (!format) throw new CliError(`--out ${options.out}: the file name must end in .csv, .sdmx.csv, .xlsx or .html`);
  if (format === 'sdmx.csv' && (!options.country || !options.period)) throw new CliError(`--out ${options.out}: SDMX-CSV needs --country and --period`);
  const designFile = ind.parseDesignFile(JSON.parse(await readFile(options.design, 'utf8')));
  const catalogue = ind.standardCatalogue();
  const by = options.by?.map((b) => b.split(',').map((s) => s.trim()).filter((s) => s !== ''));
  const only = options.only?.split(',').map((s) => s.trim()).filter((s) => s !== '');

  // Load the columns the design, the by-variables and the indicators need; indicators whose
  // variables the data lacks are skipped with a note.
  const compiled = ind.compileCatalogue(catalogue, only);
  let skipped: { id: string; missing: string[] }[] = [];
  const table = await loadMicrodata(options.data, (header) => {
    const have = new Set(header);
    const kinds: Record<string, Kind> = {};
    const { numeric, text } = ind.designColumns(designFile);
    for (const c of numeric) kinds[c] = 'number';
    for (const c of text) kinds[c] = 'category';
    if (designFile.replicate) {
      const re = new RegExp(designFile.replicate.columns);
      for (const h of header) if (re.test(h)) kinds[h] = 'number';
    }
    if (!designFile.weight_hh && have.has('hh_eligible')) kinds.hh_eligible = 'category';
    if (designFile.respondents) for (const v of ind.expressionVariables(ind.parseExpression(designFile.respondents))) kinds[v] ??= 'category';
    for (const b of (by ?? []).flat()) {
      if (!have.has(b)) {
        const close = header.filter((h) => h.startsWith(b.slice(0, 3))).slice(0, 5);
        throw new CliError(`--by ${b}: no such column in ${options.data}${close.length > 0 ? ` (did you mean ${close.join(', ')}?)` : ''}`);
      }
      kinds[b] ??= 'category';
    }
    skipped = [];
    for (const c of compiled) {
      const vars = ind.indicatorVariables(c);
      const missing = vars.filter((v) => !have.has(v));
      const dis = by ? [] : c.disaggregations.filter((d) => have.has(d));
      if (missing.length > 0) { skipped.push({ id: c.id, missing }); continue; }
      for (const v of [...vars, ...dis]) kinds[v] ??= 'category';
    }
    return kinds;
  });
  const usable = compiled.filter((c) => !skipped.some((s) => s.id === c.id));
  if (usable.length === 0) throw new CliError(`no indicator can be computed from ${options.data} (first missing column: ${skipped[0]?.missing[0] ?? '—'})`);
  if (skipped.length > 0) {
    process.stderr.write(`jha-survey: skipped ${skipped.length} indicator(s) whose variables are not in the data: ${skipped.slice(0, 5).map((s) => `${s.id} (${s.missing[0]})`).join(', ')}${skipped.length > 5 ? ', …' : ''}\n`);
  }
  // Default disaggregations that the data lacks are dropped rather than failing the report.
  const present = new Set(table.columns.keys());
  const trimmed = { ...catalogue, indicators: catalogue.indicators.map((d) => ({ ...d, disaggregations: d.disaggregations.filter((v) => present.has(v)) })) };
  const designs = ind.buildDesigns(table, designFile);
  const estimates = ind.estimateIndicators(table, trimmed, designs, {
    ...(by ? { by } : {}), only: usable.map((c) => c.id),
    ...(designFile.ciMethod ? { ciMethod: designFile.ciMethod } : {}),
    ...(designFile.level ? { level: designFile.level } : {}),
    ...(designFile.reliability ? { reliability: designFile.reliability } : {}),
  });
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
    const extras = await responseRateExtras(options, table, locale);
    const report = tables.buildIndicatorReport(trimmed, estimates, {
      locale, extras, ...(designFile.level ? { level: designFile.level } : {}), ...(designFile.reliability ? { reliability: designFile.reliability } : {}),
    });
    if (format === 'xlsx') await writeFile(options.out, await tables.renderIndicatorXlsx(report, trimmed));
    else await writeFile(options.out, await tables.renderIndicatorReportHtml(report, trimmed));
  }
  process.stderr.write(`${estimates.length} estimates of ${usable.length} indicators written to ${options.out}\n`);
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

/** Response-rate tables for the report: from --dispositions, else from a `disposition` column of the data. */
async function responseRateExtras(options: IndicatorsOptions, table: import('../../../../analysis/io').DataTable, locale: import('../../../../analysis/indicators').Locale) {
  const rr = await import('../../../../analysis/response-rates');
  const { categoryValues } = await import('../../../../analysis/io');
  let source = table;
  if (options.dispositions) {
    source = await loadMicrodata(options.dispositions, (header) => {
      if (!header.includes('disposition')) throw new CliError(`${options.dispositions}: no "disposition" column`);
      return Object.fromEntries(header.filter((h) => ['disposition', 'region', 'interviewer'].includes(h)).map((h) => [h, 'category' as Kind]));
    });
  } else if (!table.columns.has('disposition')) {
    return [];
  }
  const codes = categoryValues(source, 'disposition');
  const dispositions = Array.from(codes.codes, (c) => (c < 0 ? '' : codes.levels[c]));
  // Microdata of completed interviews only say nothing about non-response: no table then.
  if (!options.dispositions && dispositions.every((d) => rr.dispositionCategory(d) === 'I' || rr.dispositionCategory(d) === 'P')) return [];
  const groups = ['region', 'interviewer'].filter((g) => source.columns.has(g)).map((g) => {
    const col = categoryValues(source, g);
    return { name: g, values: Array.from(col.codes, (c) => (c < 0 ? '' : col.levels[c])) };
  });
  return rr.responseRateTables(dispositions, groups, locale);
}
