// `jha-survey admin …`: administrative JHA returns outside the tablet — a national record file
// aggregated into the template through the criminal-code → ICCS mapping, and the file store that
// keeps every submission of a country, year and institution as a version (docs/admin-statistics.md).
import type { Command } from 'commander';
import { CliError } from '../errors';

interface AggregateOptions { records: string; country: string; year: string; map?: string; out: string }
interface SubmitOptions { store: string; file: string; accept?: boolean }
interface DecideOptions { store: string; country: string; year: string; institution?: string; version: string; note?: string }

const MANIFEST = 'manifest.json';

/** The rows of a jha-admin export (.csv or .xlsx) as column → cell text. */
export async function readSubmissions(file: string): Promise<Record<string, string>[]> {
  const { loadMicrodata } = await import('./analyze/indicators');
  const table = await loadMicrodata(file, (header) => {
    for (const c of ['adm_country', 'adm_year']) if (!header.includes(c)) throw new CliError(`${file}: no "${c}" column (is it a jha-admin export?)`);
    return Object.fromEntries(header.filter((h) => h.startsWith('adm_')).map((h) => [h, 'category' as const]));
  });
  const cols = [...table.columns.values()];
  return Array.from({ length: table.rowCount }, (_, i) => Object.fromEntries(cols.map((c) => {
    if (c.kind === 'category') { const k = c.codes[i]; return [c.name, k < 0 ? '' : c.levels[k]]; }
    return [c.name, Number.isNaN(c.values[i]) ? '' : String(c.values[i])];
  })));
}

/**
 * The template's rows and labels from the export's variable dictionary (--dictionary, or
 * NAME.dictionary.json beside the data); undefined without one (the analysis then takes the rows
 * from the column names and shows codes).
 */
export async function adminTemplateFor(data: string | undefined, dictionaryFile: string | undefined) {
  const admin = await import('../../../analysis/admin');
  const { readDictionary } = await import('./analyze/indicators');
  const dictionary = data !== undefined || dictionaryFile !== undefined ? await readDictionary(data ?? '', dictionaryFile) : undefined;
  return dictionary ? admin.adminTemplate(dictionary) : undefined;
}

/** The template of the questionnaire shipped with the tool (all its rows), through its dictionary. */
async function shippedTemplate() {
  const admin = await import('../../../analysis/admin');
  const { exportDictionary } = await import('../../questionnaire/dictionary/versions');
  const { parseDictionary } = await import('../../../analysis/tables');
  const { default: definition } = await import('../../../surveys/jha-admin.json');
  return admin.adminTemplate(parseDictionary(JSON.parse(JSON.stringify(exportDictionary('jha-admin', [{ version: 1, definition }])))));
}

/** Submissions as CSV: the union of their columns, in first-seen order. */
async function submissionsCsv(rows: readonly Readonly<Record<string, string>>[]): Promise<string> {
  const { csvField } = await import('../../../analysis/tables/csv');
  const header: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!header.includes(k)) header.push(k);
  return [header.join(','), ...rows.map((r) => header.map((h) => csvField(r[h] ?? '')).join(','))].join('\n') + '\n';
}

function year(text: string): number {
  const y = Number(text);
  if (!Number.isInteger(y) || y < 1900 || y > 2200) throw new CliError(`--year ${text}: a year such as 2024`);
  return y;
}

async function loadStore(dir: string) {
  const { readFile } = await import('node:fs/promises');
  const admin = await import('../../../analysis/admin');
  try {
    return admin.parseManifest(JSON.parse(await readFile(`${dir}/${MANIFEST}`, 'utf8')));
  } catch (err) {
    if (err instanceof Error && 'code' in err && (err as { code: unknown }).code === 'ENOENT') return admin.emptyManifest();
    throw err;
  }
}

async function saveStore(dir: string, manifest: unknown): Promise<void> {
  const { writeFile, rename } = await import('node:fs/promises');
  // Write then rename: a crash never leaves a half-written manifest.
  await writeFile(`${dir}/${MANIFEST}.tmp`, JSON.stringify(manifest, null, 1) + '\n');
  await rename(`${dir}/${MANIFEST}.tmp`, `${dir}/${MANIFEST}`);
}

/** The submissions of the latest accepted versions in a store (what `analyze admin --store` reads). */
export async function storeSubmissions(dir: string): Promise<Record<string, string>[]> {
  const admin = await import('../../../analysis/admin');
  const manifest = await loadStore(dir);
  const latest = admin.latestAccepted(manifest);
  if (latest.length === 0) throw new CliError(`${dir}: no accepted submission in the store (jha-survey admin accept …)`);
  const out: Record<string, string>[] = [];
  for (const v of latest) out.push(...await readSubmissions(`${dir}/${v.file}`));
  return out;
}

export function registerAdminReturns(program: Command): void {
  const admin = program.command('admin').description('administrative JHA returns: national records → ICCS template, submission versions');

  admin.command('aggregate')
    .description('aggregate a national record file (article, stage, sex, age, citizenship, attempt, count) into the jha-admin template through the criminal-code → ICCS mapping')
    .requiredOption('--records <file>', 'national records (.csv or .xlsx)')
    .requiredOption('--country <code>', 'ISO 3166 code of the reporting country')
    .requiredOption('--year <year>', 'reference year')
    .option('--map <file.json>', 'criminal-code → ICCS mapping (default: the one shipped for the country)')
    .requiredOption('--out <file.csv>', 'the submission, in the jha-admin export format')
    .action(async (o: AggregateOptions) => {
      const { toCliError, loadMicrodata } = await import('./analyze/indicators');
      try {
        const { readFile, writeFile } = await import('node:fs/promises');
        const a = await import('../../../analysis/admin');
        const country = o.country.toUpperCase();
        const map = o.map ? a.parseIccsMap(JSON.parse(await readFile(o.map, 'utf8'))) : a.shippedIccsMap(country);
        if (!map) throw new CliError(`no ICCS mapping is shipped for ${country}: pass --map FILE.json`);
        const columns = ['article', 'stage', 'sex', 'age', 'citizenship', 'attempt', 'count'];
        const table = await loadMicrodata(o.records, (header) => {
          for (const c of ['article', 'stage']) if (!header.includes(c)) throw new CliError(`${o.records}: no "${c}" column`);
          return Object.fromEntries(header.filter((h) => columns.includes(h)).map((h) => [h, 'category' as const]));
        });
        const records = Array.from({ length: table.rowCount }, (_, i) => a.parseRecord(Object.fromEntries([...table.columns.values()].map((c) => {
          const k = c.kind === 'category' ? c.codes[i] : -1;
          return [c.name, c.kind === 'category' && k >= 0 ? c.levels[k] : ''];
        })), i + 2));
        // Every row of the template, whatever the records contain.
        const template = await shippedTemplate();
        const result = a.aggregateRecords(records, map, { country, year: year(o.year), rows: template.rows('adm_offences'), victimRows: template.rows('adm_victims') });
        await writeFile(o.out, await submissionsCsv([result.submission]));
        for (const u of result.unmapped) process.stderr.write(`unmapped article ${u.article} (${u.stage}): ${u.count} not counted — add it to the mapping\n`);
        for (const u of result.outside) process.stderr.write(`article ${u.article} → ${u.iccs ?? 'outside ICCS'} (${u.stage}): ${u.count} outside the template${u.note ? ` — ${u.note}` : ''}\n`);
        for (const p of result.partial) process.stderr.write(`partial mapping: article ${p.article} → ${p.iccs}: ${p.count} counted — ${p.note}\n`);
        process.stderr.write(`${records.length} record lines aggregated into ${o.out} (${result.unmapped.length} unmapped article/stage pairs)\n`);
      } catch (err) { throw toCliError(err); }
    });

  admin.command('submit')
    .description('keep a jha-admin submission (export or aggregate output) in the store as a new version')
    .requiredOption('--store <dir>', 'submission store directory (created if missing)')
    .requiredOption('--file <file>', 'the submission (.csv or .xlsx), one country, year and institution')
    .option('--accept', 'accept this version at once (after the checks were reviewed)')
    .action(async (o: SubmitOptions) => {
      const { toCliError } = await import('./analyze/indicators');
      try {
        const { mkdir, readFile, writeFile } = await import('node:fs/promises');
        const { createHash } = await import('node:crypto');
        const a = await import('../../../analysis/admin');
        const rows = await readSubmissions(o.file);
        const keys = new Set(rows.map((r) => `${(r.adm_country ?? '').toUpperCase()}|${r.adm_year ?? ''}|${r.adm_institution ?? ''}`));
        if (rows.length === 0 || keys.size !== 1) throw new CliError(`${o.file}: a submission is one country, year and institution (found ${keys.size})`);
        const [country, yearText, institution] = [...keys][0].split('|');
        if (!/^[A-Z]{2}$/.test(country)) throw new CliError(`${o.file}: adm_country "${country}" is not an ISO 3166 code`);
        const y = year(yearText);
        await mkdir(`${o.store}/files`, { recursive: true });
        const manifest = await loadStore(o.store);
        const version = a.nextVersion(manifest, country, y, institution);
        const file = `files/${country}-${y}-${institution || 'all'}-v${version}${/\.xlsx$/i.test(o.file) ? '.xlsx' : '.csv'}`;
        const bytes = await readFile(o.file);
        await writeFile(`${o.store}/${file}`, bytes, { flag: 'wx' });
        const now = new Date().toISOString();
        const entry = {
          country, year: y, institution, version, file, sha256: createHash('sha256').update(bytes).digest('hex'),
          status: o.accept ? 'accepted' as const : 'received' as const, received: now, ...(o.accept ? { decided: now } : {}),
        };
        await saveStore(o.store, { ...manifest, versions: [...manifest.versions, entry] });
        process.stdout.write(`${country} ${y}${institution ? ` institution ${institution}` : ''}: version ${version} ${entry.status}\n`);
      } catch (err) { throw toCliError(err); }
    });

  for (const status of ['accepted', 'rejected'] as const) {
    admin.command(status === 'accepted' ? 'accept' : 'reject')
      .description(`mark a submission version ${status}`)
      .requiredOption('--store <dir>', 'submission store directory')
      .requiredOption('--country <code>', 'ISO 3166 code')
      .requiredOption('--year <year>', 'reference year')
      .option('--institution <code>', 'institution code of the submission (empty for a national file)', '')
      .requiredOption('--version <n>', 'version number (admin list)')
      .option('--note <text>', 'why (kept in the manifest)')
      .action(async (o: DecideOptions) => {
        const { toCliError } = await import('./analyze/indicators');
        try {
          const a = await import('../../../analysis/admin');
          const manifest = await loadStore(o.store);
          const updated = a.decide(manifest, { country: o.country.toUpperCase(), year: year(o.year), institution: o.institution ?? '', version: Number(o.version) }, status, new Date().toISOString(), o.note);
          await saveStore(o.store, updated);
          process.stdout.write(`${o.country.toUpperCase()} ${o.year} version ${o.version} ${status}\n`);
        } catch (err) { throw toCliError(err); }
      });
  }

  admin.command('uncts')
    .description('one country and year shaped like the UN-CTS / Eurostat–UNODC joint collection (police, prosecution, courts; ICCS rows; sex, adult/juvenile, citizenship) as XLSX or HTML')
    .option('--data <files...>', 'jha-admin exports (.csv or .xlsx)')
    .option('--store <dir>', 'submission store: the latest accepted versions')
    .requiredOption('--country <code>', 'ISO 3166 code')
    .requiredOption('--year <year>', 'reference year')
    .option('--lang <locale>', 'language: en, sq, bs, hr, mk, cnr, sr (Cyrillic), sr-Latn', 'en')
    .requiredOption('--out <file>', 'FILE.xlsx or FILE.html')
    .option('--dictionary <file>', 'variable dictionary of the jha-admin export (default: NAME.dictionary.json beside the first --data, else the shipped template)')
    .action(async (o: { data?: string[]; store?: string; dictionary?: string; country: string; year: string; lang: string; out: string }) => {
      const { toCliError } = await import('./analyze/indicators');
      try {
        const { LOCALES } = await import('../../../analysis/indicators');
        const locale = LOCALES.find((l) => l === o.lang);
        if (!locale) throw new CliError(`--lang ${o.lang}: use one of ${LOCALES.join(', ')}`);
        const format = /\.(xlsx|html?)$/i.exec(o.out)?.[1].toLowerCase();
        if (!format) throw new CliError(`--out ${o.out}: the file name must end in .xlsx or .html`);
        if (!o.data === !o.store) throw new CliError('give either --data or --store');
        const { writeFile } = await import('node:fs/promises');
        const a = await import('../../../analysis/admin');
        const tables = await import('../../../analysis/tables');
        const submissions = o.store ? await storeSubmissions(o.store) : [];
        for (const f of o.data ?? []) submissions.push(...await readSubmissions(f));
        const report = a.unctsReport(a.analyzeAdmin(submissions, await adminTemplateFor(o.data?.[0], o.dictionary)), o.country, year(o.year), locale);
        await writeFile(o.out, format === 'xlsx' ? await tables.renderTablesXlsx(report) : tables.renderTablesHtml(report));
        process.stderr.write(`${report.tables.length} sheets written to ${o.out}\n`);
      } catch (err) { throw toCliError(err); }
    });

  admin.command('list')
    .description('list the versions in a submission store; * marks the one the regional table reads')
    .requiredOption('--store <dir>', 'submission store directory')
    .action(async (o: { store: string }) => {
      const { toCliError } = await import('./analyze/indicators');
      try {
        const a = await import('../../../analysis/admin');
        const manifest = await loadStore(o.store);
        const used = new Set(a.latestAccepted(manifest).map((v) => v.file));
        for (const v of manifest.versions) {
          process.stdout.write(`${used.has(v.file) ? '*' : ' '} ${v.country} ${v.year} ${v.institution || 'all'} v${v.version} ${v.status} ${v.received}${v.note ? ` ${v.note}` : ''}\n`);
        }
      } catch (err) { throw toCliError(err); }
    });
}
