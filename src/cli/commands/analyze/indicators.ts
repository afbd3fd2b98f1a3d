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
    .requiredOption('--out <file>', 'report.csv, report.xlsx or report.html')
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
  const format = /\.(csv|xlsx|html?)$/i.exec(options.out)?.[1].toLowerCase();
  if (!format) throw new CliError(`--out ${options.out}: the file name must end in .csv, .xlsx or .html`);
  let designFile = ind.parseDesignFile(JSON.parse(await readFile(options.design, 'utf8')));
  const { RESPONDENTS_CONDITION } = await import('../../../../analysis/response-rates');
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
    // An export of collected cases carries refusals and non-contacts (rows with a non-interview
    // disposition): only responding units (1.1, 1.2) are estimated from, unless the design says otherwise.
    if (have.has('disposition')) {
      kinds.disposition = 'category';
      if (!designFile.respondents) {
        designFile = { ...designFile, respondents: RESPONDENTS_CONDITION };
        process.stderr.write(`jha-survey: the data has a disposition column: estimating from responding units only (${RESPONDENTS_CONDITION}); set "respondents" in the design file to change this\n`);
      }
    }
    if (have.has('case_id')) kinds.case_id = 'category';
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

/** Response-rate tables for the report: from --dispositions, else from a `disposition` column of the data. */
async function responseRateExtras(options: IndicatorsOptions, table: import('../../../../analysis/io').DataTable, locale: import('../../../../analysis/indicators').Locale) {
  const rr = await import('../../../../analysis/response-rates');
  const { categoryValues } = await import('../../../../analysis/io');
  let source = table;
  if (options.dispositions) {
    source = await loadMicrodata(options.dispositions, (header) => {
      if (!header.includes('disposition')) throw new CliError(`${options.dispositions}: no "disposition" column`);
      return Object.fromEntries(header.filter((h) => ['disposition', 'case_id', 'region', 'interviewer'].includes(h)).map((h) => [h, 'category' as Kind]));
    });
  } else if (!table.columns.has('disposition')) {
    return [];
  }
  const codes = categoryValues(source, 'disposition');
  const dispositions = Array.from(codes.codes, (c) => (c < 0 ? '' : codes.levels[c]));
  // Microdata of completed interviews only say nothing about non-response: no table then.
  if (!options.dispositions && dispositions.every((d) => rr.dispositionCategory(d) === 'I' || rr.dispositionCategory(d) === 'P')) return [];
  const texts = (name: string): string[] => {
    const col = categoryValues(source, name);
    return Array.from(col.codes, (c) => (c < 0 ? '' : col.levels[c]));
  };
  // Rates count cases, not rows (a case with two interviews is one case).
  const cases = source.columns.has('case_id') ? rr.collapseToCases(texts('case_id'), dispositions) : { rows: dispositions.map((_, i) => i), codes: dispositions };
  const groups = ['region', 'interviewer'].filter((g) => source.columns.has(g)).map((g) => {
    const values = texts(g);
    return { name: g, values: cases.rows.map((i) => values[i]) };
  });
  return rr.responseRateTables(cases.codes, groups, locale);
}
