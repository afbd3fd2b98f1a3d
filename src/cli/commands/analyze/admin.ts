import type { Command } from 'commander';
import { CliError } from '../../errors';

interface AdminOptions {
  data: string[];
  out: string;
  lang: string;
  dictionary?: string;
}

export function registerAdmin(analyze: Command): void {
  analyze
    .command('admin')
    .description('regional table of the JHA priority indicators from jha-admin exports, with consistency checks')
    .requiredOption('--data <files...>', 'jha-admin exports (.csv or .xlsx), one or more (countries, years)')
    .requiredOption('--out <file>', 'report.xlsx, report.html or report.csv')
    .option('--lang <locale>', 'language: en, sq, bs, hr, mk, cnr, sr (Cyrillic), sr-Latn', 'en')
    .option('--dictionary <file>', 'variable dictionary of the jha-admin export: template rows and labels (default: NAME.dictionary.json beside the first --data, if there)')
    .action(async (options: AdminOptions) => {
      const { loadMicrodata, readDictionary, toCliError } = await import('./indicators');
      try {
        const { LOCALES } = await import('../../../../analysis/indicators');
        const locale = LOCALES.find((l) => l === options.lang);
        if (!locale) throw new CliError(`--lang ${options.lang}: use one of ${LOCALES.join(', ')}`);
        const format = /\.(csv|xlsx|html?)$/i.exec(options.out)?.[1].toLowerCase();
        if (!format) throw new CliError(`--out ${options.out}: the file name must end in .csv, .xlsx or .html`);
        const { writeFile } = await import('node:fs/promises');
        const admin = await import('../../../../analysis/admin');
        const submissions: Record<string, string>[] = [];
        for (const file of options.data) {
          const table = await loadMicrodata(file, (header) => {
            for (const c of ['adm_country', 'adm_year']) if (!header.includes(c)) throw new CliError(`${file}: no "${c}" column (is it a jha-admin export?)`);
            return Object.fromEntries(header.filter((h) => h.startsWith('adm_')).map((h) => [h, 'category' as const]));
          });
          const cols = [...table.columns.values()];
          for (let i = 0; i < table.rowCount; i++) {
            const row: Record<string, string> = {};
            for (const c of cols) {
              if (c.kind === 'category') { const k = c.codes[i]; row[c.name] = k < 0 ? '' : c.levels[k]; } else row[c.name] = Number.isNaN(c.values[i]) ? '' : String(c.values[i]);
            }
            submissions.push(row);
          }
        }
        const dictionary = await readDictionary(options.data[0], options.dictionary);
        const analysis = admin.analyzeAdmin(submissions, dictionary ? admin.adminTemplate(dictionary) : undefined);
        if (format === 'csv') await writeFile(options.out, admin.adminCsv(analysis));
        else {
          const tables = await import('../../../../analysis/tables');
          const report = admin.adminReport(analysis, locale);
          await writeFile(options.out, format === 'xlsx' ? await tables.renderTablesXlsx(report) : tables.renderTablesHtml(report));
        }
        for (const f of analysis.findings.slice(0, 20)) process.stderr.write(`check ${f.code}: ${f.country} ${f.year} ${f.table} ${f.iccs}: ${f.message}\n`);
        if (analysis.findings.length > 20) process.stderr.write(`… ${analysis.findings.length - 20} more findings in the report\n`);
        process.stderr.write(`${analysis.data.length} country-years, ${analysis.regional.length} table rows, ${analysis.findings.length} check findings written to ${options.out}\n`);
      } catch (err) {
        throw toCliError(err);
      }
    });
}
