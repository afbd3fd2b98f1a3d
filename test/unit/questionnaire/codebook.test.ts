import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildCodebook, codebookLocales, codebookRows, codebookToCsv, codebookToMarkdown, codebookToXlsx, codebookWords, expressionInWords,
  type VariableLookup,
} from '../../../src/questionnaire';

const root = join(__dirname, '../../..');
const householdPath = 'test/fixtures/questionnaires/clean/household.json';
const household: unknown = JSON.parse(readFileSync(join(root, householdPath), 'utf8'));

/** Minimal RFC 4180 reader, enough to read the codebook back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('expressionInWords', () => {
  const lookup: VariableLookup = (name) => ({
    sex: { label: 'Sex', values: new Map([['1', 'Male'], ['2', 'Female']]) },
    age: { label: 'Age', values: new Map<string, string>() },
    region: { label: 'Region', values: new Map([['north', 'North'], ['south', 'South']]) },
  } as Record<string, { label: string; values: Map<string, string> }>)[name];

  it('uses question labels, choice labels and symbols', () => {
    expect(expressionInWords('{sex} = 2 and {age} >= 18', codebookWords.en, lookup)).toBe('Sex = Female and Age ≥ 18');
  });
  it('says it in the chosen language', () => {
    expect(expressionInWords('{sex} = 2 and {age} >= 18', codebookWords.mk, lookup)).toBe('Sex = Female и Age ≥ 18');
    expect(expressionInWords("{age} < 18 or {region} anyof ['north', 'south']", codebookWords.sq, lookup))
      .toBe('Age < 18 ose Region është një nga: North, South');
  });
  it('keeps the grouping of mixed and/or', () => {
    expect(expressionInWords('({sex} = 1 or {age} > 60) and {region} notempty', codebookWords.en, lookup))
      .toBe('(Sex = Male or Age > 60) and Region is answered');
  });
  it('puts the constant on either side through the variable\'s labels', () => {
    expect(expressionInWords("'north' <> {region}", codebookWords.en, lookup)).toBe('North ≠ Region');
  });
  it('returns the text unchanged when it does not parse', () => {
    expect(expressionInWords('{sex} = = 2', codebookWords.en, lookup)).toBe('{sex} = = 2');
  });
});

describe('codebook words', () => {
  it('translate every word into every locale', () => {
    const keys = Object.keys(codebookWords.en);
    for (const locale of codebookLocales) {
      expect(Object.keys(codebookWords[locale])).toEqual(keys);
      if (locale === 'en') continue;
      for (const key of keys) {
        const text = codebookWords[locale][key as keyof typeof codebookWords.en];
        expect(text, `${locale}.${key}`).not.toBe('');
        expect(text, `${locale}.${key}`).not.toBe(codebookWords.en[key as keyof typeof codebookWords.en]);
      }
    }
  });
});

describe('buildCodebook', () => {
  const codebook = buildCodebook(household, 'en');
  const byName = new Map(codebookRows(codebook).map((v) => [v.name, v]));

  it('lists the export variables in questionnaire order, a repeated group as one variable with its members', () => {
    expect(codebook.variables.map((v) => v.name)).toEqual([
      'consent', 'sex', 'age', 'region', 'vic_burglary_5y', 'vic_burglary_when', 'vic_burglary_times', 'incidents',
      'trust__police__level', 'trust__police__why', 'trust__courts__level', 'trust__courts__why',
      'contacts__1', 'contacts__2', 'contacts__3', 'vic_burglary_12m', 'first_incident_home',
    ]);
    expect(byName.get('incidents')?.members?.map((m) => m.name)).toEqual([
      'incidents[].inc_where', 'incidents[].inc_reported', 'incidents[].inc_why_not__1', 'incidents[].inc_why_not__2',
    ]);
  });

  it('gives labels, value labels and the universe in words', () => {
    expect(byName.get('sex')).toMatchObject({
      label: 'Sex', type: 'single choice', universe: 'consent = Yes', page: 'About you',
      values: [{ value: '1', label: 'Male' }, { value: '2', label: 'Female' }],
    });
    expect(byName.get('vic_burglary_times')?.universe).toBe('consent = Yes and vic_burglary_when = In the past 12 months');
    expect(byName.get('incidents[].inc_why_not__2')?.universe)
      .toBe('consent = Yes and vic_burglary_when = In the past 12 months and inc_reported = No');
    expect(byName.get('trust__courts__why')?.universe).toBe('consent = Yes and Trust = Not at all');
    expect(byName.get('consent')?.universe).toBe('All respondents');
    expect(byName.get('vic_burglary_12m')?.definition).toBe('iif(vic_burglary_when = In the past 12 months, 1, 0)');
    expect(byName.get('first_incident_home')?.definition).toBe('iif(incidents[0].inc_where = At home, 1, 0)');
  });

  it('speaks the chosen language', () => {
    const sr = buildCodebook(household, 'sr');
    const sex = sr.variables.find((v) => v.name === 'sex');
    expect(sex).toMatchObject({ label: 'Пол', type: 'један одговор', universe: 'consent = Да' });
    expect(sex?.values.map((v) => v.label)).toEqual(['Мушко', 'Женско']);
  });
});

describe('codebook renderers', () => {
  it('writes CSV that reads back to the same variables', () => {
    const codebook = buildCodebook(household, 'hr');
    const rows = parseCsv(codebookToCsv(codebook));
    expect(rows[0]).toEqual(['Varijabla', 'Vrsta', 'Oznaka', 'Oznake vrijednosti', 'Obuhvat', 'Definicija', 'Stranica']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(codebookRows(codebook).map((v) => v.name));
    expect(rows.map((r) => r[0])).toContain('incidents[].inc_where');
    const when = rows.find((r) => r[0] === 'vic_burglary_5y');
    expect(when?.[3]).toBe('1 = Da; 2 = Ne; 8 = Ne znam');
    expect(when?.[2]).toBe('Je li vam u posljednjih pet godina netko provalio u dom?');
  });

  it('writes Markdown tables per page and a section of calculated values', () => {
    const md = codebookToMarkdown(buildCodebook(household, 'en'));
    expect(md).toContain('# Codebook: Household safety survey (test)');
    expect(md).toContain('## About you');
    expect(md).toContain('| `sex` | single choice | Sex | 1 = Male<br>2 = Female | consent = Yes |');
    expect(md).toContain('## Calculated values');
    expect(md).toContain('| `vic_burglary_12m` | iif(vic_burglary_when = In the past 12 months, 1, 0) |');
  });

  it('writes XLSX with a variables sheet and a value-label sheet', async () => {
    const codebook = buildCodebook(household, 'sq');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await codebookToXlsx(codebook)).buffer as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Libri i kodeve', 'Etiketat e vlerave']);
    const [variables, values] = workbook.worksheets;
    expect(variables.getRow(1).getCell(1).value).toBe('Ndryshorja');
    expect(variables.getRow(3).values).toEqual([undefined, 'sex', 'zgjedhje e vetme', 'Gjinia', '1 = Mashkull; 2 = Femër', 'consent = Po', '', 'Për ju']);
    expect(variables.rowCount).toBe(codebookRows(codebook).length + 1);
    const sexRows = values.getSheetValues().filter((r) => Array.isArray(r) && r[1] === 'sex').map((r) => (r as unknown[]).slice(2));
    expect(sexRows).toEqual([['1', 'Mashkull'], ['2', 'Femër']]);
  });
});

describe('jha-survey codebook', { timeout: 30_000 }, () => {
  let scratch: string;
  const run = (...args: string[]) => spawnSync(process.execPath, ['bin/jha-survey.mjs', 'codebook', ...args], { cwd: root, encoding: 'utf8' });
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'jha-codebook-'));
  }, 60_000);

  it('writes an XLSX file', async () => {
    const out = join(scratch, 'household.xlsx');
    const r = run(householdPath, '--format', 'xlsx', '--lang', 'sr-Latn', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets[0].getRow(3).getCell(3).value).toBe('Pol');
  });

  it('prints Markdown on stdout', () => {
    const r = run(householdPath, '--format', 'md', '--lang', 'cnr');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('# Šifarnik: Anketa o bezbjednosti domaćinstva (test)');
  });

  it('refuses an unknown format or language with exit 2 and one line', () => {
    for (const args of [['--format', 'pdf'], ['--format', 'csv', '--lang', 'de'], ['--format', 'xlsx']]) {
      const r = run(householdPath, ...args);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('codebooks of the questionnaires in surveys/', { timeout: 60_000 }, () => {
  const dir = join(root, 'surveys');
  const questionnaires = ['victimization.json', 'corruption.json', 'safety.json', 'jha-admin.json'];
  for (const file of questionnaires) {
    it(`${file}: the same variables in every locale, each with a label`, () => {
      const definition: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      const english = buildCodebook(definition, 'en').variables.map((v) => v.name);
      expect(english.length).toBeGreaterThan(0);
      expect(new Set(english).size).toBe(english.length);
      for (const locale of codebookLocales) {
        const codebook = buildCodebook(definition, locale);
        expect(codebook.variables.map((v) => v.name)).toEqual(english);
        for (const v of codebook.variables) expect(v.label.trim(), `${locale} ${v.name}`).not.toBe('');
      }
    });
  }
});
