import { describe, expect, it } from 'vitest';
import type { Model, Question } from 'survey-core';
import { jhaAdmin, OFFENCE_ROWS, PARTS, VICTIM_ROWS } from '../../../surveys/src/jha-admin';
import { newModel, readQuestionnaire, titlesByLocale, translationProblems, visibleQuestions } from './helpers';

const FILE = 'jha-admin.json';
const meta = { adm_country: 'MK', adm_institution: 1, adm_year: 2024, adm_unit: 3, adm_stage: 1, adm_principal: 1, adm_attempts: 1, adm_population: 1830000 };

interface MatrixRow {
  rowName?: unknown;
  cells: { column: { name: string }; question: Question }[];
}

/** Validation messages (English) of the visible questions, matrix cells included, as `name[.row.column]: text`. */
function errors(model: Model): string[] {
  model.validate(true, false);
  const out: string[] = [];
  for (const q of model.getAllQuestions(true)) {
    for (const e of q.errors) out.push(`${q.name}: ${e.text}`);
    const rows = (q as unknown as { visibleRows?: MatrixRow[] }).visibleRows;
    if (!Array.isArray(rows)) continue;
    rows.forEach((row, i) => {
      for (const cell of row.cells) {
        const rowName = q.getType() === 'matrixdynamic' ? i : row.rowName;
        for (const e of cell.question.errors) out.push(`${q.name}.${String(rowName)}.${cell.column.name}: ${e.text}`);
      }
    });
  }
  return out;
}

const person = (total: number, parts: Partial<Record<string, number>> = {}): Record<string, number> => {
  const full: Record<string, number> = { total, male: total, female: 0, sex_unknown: 0, juvenile: 0, adult: total, age_unknown: 0, national: total, foreign: 0, stateless: 0, ctz_unknown: 0 };
  for (const [k, v] of Object.entries(parts)) if (v !== undefined) full[k] = v;
  return full;
};

// Generous timeout: survey-core models of these sizes take seconds to build when the CPU is shared.
describe('jha-admin.json', { timeout: 30_000 }, () => {
  it('is the output of its generator (run `npx tsx surveys/src/build.ts` after editing surveys/src/)', () => {
    expect(readQuestionnaire(FILE)).toEqual(JSON.parse(JSON.stringify(jhaAdmin())));
  });

  it('loads in survey-core without JSON errors', () => {
    expect(newModel(FILE).jsonErrors ?? []).toEqual([]);
  });

  it('shows its questions in each of the eight locales', () => {
    const { shown, expected } = titlesByLocale(newModel(FILE), readQuestionnaire(FILE), 'adm_principal');
    expect(shown).toEqual(expected);
    expect(new Set(shown).size).toBeGreaterThanOrEqual(6);
  });

  it('has every string in all eight locales, none left in English', () => {
    expect(translationProblems(readQuestionnaire(FILE))).toEqual([]);
  });

  it('has the ICCS rows and count columns of the contract', () => {
    const model = newModel(FILE);
    const convicted = model.getQuestionByName('adm_convicted') as unknown as { rows: { value: string }[]; columns: { name: string }[] };
    expect(convicted.rows.map((r) => r.value)).toEqual(OFFENCE_ROWS.map((c) => `i${c}`));
    expect(convicted.columns.map((c) => c.name)).toEqual(['total', 'male', 'female', 'sex_unknown', 'juvenile', 'adult', 'age_unknown', 'national', 'foreign', 'stateless', 'ctz_unknown']);
    for (const code of ['total', '0101', '0102', '0401', '05012', '050211', '0601', '06011', '06012', '0703', '07031', '08051']) expect(OFFENCE_ROWS).toContain(code);
    for (const [parent, parts] of PARTS) for (const code of [parent, ...parts]) expect([...OFFENCE_ROWS, ...VICTIM_ROWS]).toContain(code);
    const victims = model.getQuestionByName('adm_victims') as unknown as { rows: { value: string }[]; columns: { name: string }[] };
    expect(victims.rows.map((r) => r.value)).toEqual(VICTIM_ROWS.map((c) => `i${c}`));
    for (const code of ['02041', '02042', '02043', '02044']) expect(VICTIM_ROWS).toContain(code);
    expect(victims.columns.map((c) => c.name).slice(-5)).toEqual(['rel_partner', 'rel_family', 'rel_known', 'rel_stranger', 'rel_unknown']);
    const smugglers = model.getQuestionByName('adm_smugglers') as unknown as { columns: { name: string }[] };
    expect(smugglers.columns.map((c) => c.name)).toEqual(['citizenship', ...['suspected', 'prosecuted', 'convicted'].flatMap((s) => [s, `${s}_male`, `${s}_female`, `${s}_juvenile`, `${s}_adult`])]);
  });

  it('shows the tables of the reporting institution only', () => {
    const model = newModel(FILE);
    const shown = (institution: number): string[] => {
      model.clear();
      model.data = { ...meta, adm_institution: institution };
      return ['adm_offences', 'adm_suspects', 'adm_prosecuted', 'adm_convicted', 'adm_victims', 'adm_smugglers'].filter((n) => visibleQuestions(model).has(n));
    };
    expect(shown(1)).toEqual(['adm_offences', 'adm_suspects', 'adm_victims', 'adm_smugglers']);
    expect(shown(2)).toEqual(['adm_prosecuted', 'adm_smugglers']);
    expect(shown(3)).toEqual(['adm_convicted', 'adm_smugglers']);
    expect(shown(4)).toEqual(['adm_offences', 'adm_suspects', 'adm_victims', 'adm_smugglers']);
  });

  it('accepts a consistent return', () => {
    const model = newModel(FILE);
    model.data = {
      ...meta,
      adm_offences: { i0703: { total: 40, attempts: 2 }, i07031: { total: 31, attempts: 1 }, i0501: { total: 900 }, i05012: { total: 600, attempts: 80 } },
      adm_suspects: {
        i0401: person(12, { male: 10, female: 2, juvenile: 3, adult: 9, national: 11, ctz_unknown: 1 }),
        i08051: person(5, { national: 2, foreign: 3 }),
        i0501: { total: 7 },
      },
      adm_smugglers: [{ citizenship: 'AF', suspected: 3, suspected_male: 3 }, { citizenship: 'MK', suspected: 2, suspected_male: 1, suspected_female: 1 }],
    };
    expect(errors(model)).toEqual([]);
  });

  it('fires when breakdowns do not add up to the row total', () => {
    const model = newModel(FILE);
    model.data = { ...meta, adm_institution: 3, adm_convicted: { i0401: person(10, { male: 6, female: 3 }), i0101: person(4, { juvenile: 1, adult: 1, national: 5 }) } };
    expect(errors(model).sort()).toEqual([
      'adm_convicted.i0101.age_unknown: Juveniles + adults + age unknown must equal the total.',
      'adm_convicted.i0101.ctz_unknown: Nationals + foreign citizens + stateless persons + citizenship unknown must equal the total.',
      'adm_convicted.i0401.sex_unknown: Male + female + sex unknown must equal the total.',
    ]);
  });

  it('fires when a breakdown is given without a total', () => {
    const model = newModel(FILE);
    model.data = { ...meta, adm_institution: 2, adm_prosecuted: { i0701: { male: 3, female: 1 } } };
    expect(errors(model)).toEqual(['adm_prosecuted.i0701.sex_unknown: Male + female + sex unknown must equal the total.']);
  });

  it('fires when a category exceeds the category that contains it', () => {
    const model = newModel(FILE);
    model.data = {
      ...meta,
      adm_offences: { i0703: { total: 10 }, i07031: { total: 11 }, i0501: { total: 5 }, i05012: { total: 5 }, i05021: { total: 3 }, i050211: { total: 4 }, i0502: { total: 100 } },
    };
    expect(errors(model).sort()).toEqual([
      'adm_offences: ICCS 050211: the total cannot exceed the total of ICCS 05021, which includes it.',
      'adm_offences: ICCS 07031: the total cannot exceed the total of ICCS 0703, which includes it.',
    ]);
  });

  it('checks rape + sexual assault against sexual violence in the person tables too', () => {
    const model = newModel(FILE);
    model.data = { ...meta, adm_victims: { i0301: { total: 5 }, i03011: { total: 3 }, i03012: { total: 3 } } };
    expect(errors(model)).toEqual(['adm_victims: ICCS 03011 + 03012: the total cannot exceed the total of ICCS 0301, which includes it.']);
  });

  it('fires when attempts exceed the total', () => {
    const model = newModel(FILE);
    model.data = { ...meta, adm_offences: { i0102: { total: 2, attempts: 3 } } };
    expect(errors(model)).toEqual(['adm_offences.i0102.attempts: Attempts cannot exceed the total.']);
  });

  it('migrant smugglers: ISO codes, no duplicate citizenship, sex within suspected, sum equal to ICCS 08051', () => {
    const model = newModel(FILE);
    model.data = {
      ...meta,
      adm_suspects: { i08051: person(6) },
      adm_prosecuted: { i08051: person(2) },
      adm_smugglers: [{ citizenship: 'af', suspected: 3 }, { citizenship: 'TR', suspected: 1, suspected_male: 1, suspected_female: 1 }, { citizenship: 'STLS', suspected: 1, prosecuted: 1, prosecuted_juvenile: 1, prosecuted_adult: 1 }],
    };
    expect(errors(model).sort()).toEqual([
      'adm_smugglers.0.citizenship: Enter the two-letter ISO 3166 code in capital letters (e.g. AF), STLS for stateless persons or UNK when not known.',
      'adm_smugglers.1.suspected_adult: Men + women, and juveniles + adults, cannot exceed the number of persons at that stage.',
      'adm_smugglers.2.prosecuted_adult: Men + women, and juveniles + adults, cannot exceed the number of persons at that stage.',
      'adm_smugglers: The persons prosecuted for smuggling of migrants, listed by citizenship, must add up to ICCS 08051 in table C.',
      'adm_smugglers: The persons suspected of smuggling of migrants, listed by citizenship, must add up to ICCS 08051 in table B.',
    ]);
    model.data = { ...meta, adm_smugglers: [{ citizenship: 'TR', suspected: 1 }, { citizenship: 'TR', suspected: 2 }] };
    expect(errors(model).join('\n')).toContain('This citizenship is already listed.');
  });

  it('keeps attempted homicide out of 0101, checks the total row and the victim–offender relationship', () => {
    const model = newModel(FILE);
    model.data = {
      ...meta,
      adm_offences: { itotal: { total: 10 }, i0101: { total: 4, attempts: 1 }, i0102: { total: 2, attempts: 2 }, i0401: { total: 5 } },
      adm_victims: { i0101: { ...person(3), rel_partner: 1, rel_family: 1 }, i0204: { total: 2 }, i02041: { total: 2 }, i02042: { total: 1 } },
    };
    expect(errors(model).sort()).toEqual([
      'adm_offences.i0101.attempts: Attempted intentional homicide is counted in row 0102, not as attempts of 0101: leave this cell empty.',
      'adm_offences: The categories listed below cannot add up to more than the total of all criminal offences.',
      'adm_victims.i0101.rel_unknown: The victims by relationship to the offender must add up to the total.',
      'adm_victims: ICCS 02041 + 02042 + 02043 + 02044: the total cannot exceed the total of ICCS 0204, which includes it.',
    ]);
  });

  it('rejects negative counts', () => {
    const model = newModel(FILE);
    model.data = { ...meta, adm_offences: { i0601: { total: -1 } } };
    expect(errors(model).some((e) => e.startsWith('adm_offences.i0601.total:'))).toBe(true);
  });
});
