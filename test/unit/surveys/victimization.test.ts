import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Model, Question, QuestionMatrixDynamicModel } from 'survey-core';
import { buildVictimization } from '../../../surveys/src/victimization';
import { KISH_TABLES } from '../../../surveys/src/household';
import { newModel, readQuestionnaire, surveysDir, translationProblems, visibleQuestions } from './helpers';

const FILE = 'victimization.json';

/** The crime list of the variable contract, read from VARIABLES.md rather than from the generator. */
function contractCrimes(): string[] {
  const md = readFileSync(`${surveysDir}VARIABLES.md`, 'utf8');
  const sentence = /Crimes `c` \(([^)]*)\)/.exec(md);
  if (!sentence) throw new Error('VARIABLES.md: crime list not found');
  return [...sentence[1].matchAll(/`([a-z_]+)`/g)].map((m) => m[1]);
}

/**
 * Interview past the household and selection pages: consent, one adult selected and agreeing. The
 * roster rows carry `member_line`, as the app stores them (the expression column fills it).
 */
function interviewed(extra: Record<string, unknown> = {}): Model {
  const model = newModel(FILE);
  model.data = {
    consent: 1, region: 'MK007', urban: 1, hh_size: 1,
    hh_roster: [{ member_line: 1, member_name: 'A', member_sex: 2, member_age: 40 }],
    sel_method: 2, sel_line: 1, resp_consent: 1,
    ...extra,
  };
  return model;
}

const question = (model: Model, name: string): Question => {
  const q = model.getQuestionByName(name);
  if (!q) throw new Error(`no question ${name}`);
  return q;
};

// Building the model from the 650 kB JSON takes about a second; more on a busy machine.
describe('victimization.json', { timeout: 30_000 }, () => {
  it('is the output of its generator (run `npx tsx surveys/src/victimization/index.ts` after editing it)', () => {
    expect(readQuestionnaire(FILE)).toEqual(JSON.parse(JSON.stringify(buildVictimization())));
  });

  it('loads in survey-core without JSON errors', () => {
    expect(newModel(FILE).jsonErrors ?? []).toEqual([]);
  });

  it('has every string in all eight locales, none left in English', () => {
    expect(translationProblems(readQuestionnaire(FILE))).toEqual([]);
  });

  it('asks every crime of the contract with screener, when, times, reporting and the derived flags', () => {
    const model = newModel(FILE);
    const names = new Set(model.getAllQuestions().map((q) => q.name));
    const calculated = new Set(model.calculatedValues.map((c) => c.name));
    const crimes = contractCrimes();
    expect(crimes).toContain('threat');
    expect(crimes).toContain('assault');
    for (const c of crimes) {
      for (const item of ['5y', 'when', 'times', 'rep_police', 'rep_other', 'why_not', 'serious', 'police_sat']) {
        expect(names, `vic_${c}_${item}`).toContain(`vic_${c}_${item}`);
      }
      expect(calculated, `vic_${c}_12m`).toContain(`vic_${c}_12m`);
      expect(calculated, `vic_${c}_rep_comp`).toContain(`vic_${c}_rep_comp`);
    }
    for (const name of ['consent', 'region', 'urban', 'hh_size', 'hh_eligible', 'sel_method', 'sel_line', 'sex', 'age', 'education', 'employment', 'citizenship', 'hh_car', 'hh_moto', 'hh_bicycle']) {
      expect(names, name).toContain(name);
    }
    expect(calculated).toContain('disability');
  });

  it('uses the contract codes for the screener and the reporting items', () => {
    const model = newModel(FILE);
    const values = (name: string) => question(model, name).choices.map((c: { value: unknown }) => c.value);
    expect(values('vic_robbery_5y')).toEqual([1, 2, 8, 9]);
    // Every follow-up offers 8 "don't know" and 9 refused / prefer not (never read out).
    expect(values('vic_robbery_when')).toEqual([1, 2, 8, 9]);
    expect(values('vic_robbery_where')).toEqual([1, 2, 3, 4, 5, 8, 9]);
    expect(values('vic_robbery_weapon')).toEqual([1, 2, 3, 4, 8, 9]);
    expect(values('vic_robbery_rep_police')).toEqual([1, 2, 3, 4, 8, 9]);
    expect(values('vic_robbery_why_not')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(values('vic_robbery_police_sat')).toEqual([1, 2, 3, 4, 8, 9]);
    expect(values('vic_robbery_serious')).toEqual([1, 2, 3, 8, 9]);
    expect(values('vic_robbery_support')).toEqual([1, 2, 3, 8, 9]);
    expect(values('vic_sexual_rep_police')).toEqual([1, 2, 3, 4, 8, 9]);
    expect(values('sel_method')).toEqual([1, 2, 3]);
  });

  it('ends politely on refusal: no page after the introduction is shown', () => {
    const model = newModel(FILE);
    model.setValue('consent', 2);
    expect(model.visiblePages.map((p) => p.name)).toEqual(['intro']);
    const selected = interviewed({ resp_consent: 2 });
    expect(selected.visiblePages.map((p) => p.name)).toEqual(['intro', 'household', 'selection']);
  });

  it('counts the adults of the roster and accepts only an adult as respondent', () => {
    const model = newModel(FILE);
    model.data = { consent: 1, hh_size: 3 };
    const roster = question(model, 'hh_roster') as QuestionMatrixDynamicModel;
    roster.addRow();
    roster.addRow();
    const members: [string, number, number][] = [['A', 1, 44], ['B', 2, 12], ['C', 2, 71]];
    members.forEach(([name, sex, age], i) => {
      const row = roster.visibleRows[i];
      row.getQuestionByColumnName('member_name').value = name;
      row.getQuestionByColumnName('member_sex').value = sex;
      row.getQuestionByColumnName('member_age').value = age;
    });
    expect(model.getValue('hh_roster').map((r: { member_line: number }) => r.member_line)).toEqual([1, 2, 3]);
    model.setValue('sel_method', 1);
    expect(model.getValue('hh_eligible')).toBe(2);
    expect(question(model, 'hh_roster').validate()).toBe(true);
    expect(question(model, 'sel_line').visibleChoices.map((c: { value: unknown }) => c.value)).toEqual([1, 2, 3]);
    model.setValue('sel_line', 2);
    expect(question(model, 'sel_line').validate()).toBe(false);
    model.setValue('sel_line', 3);
    expect(question(model, 'sel_line').validate()).toBe(true);
    model.setValue('resp_consent', 1);
    model.setValue('hh_size', 4);
    expect(question(model, 'hh_roster').validate()).toBe(false);
    model.setValue('hh_size', 3);

    const resumed = newModel(FILE);
    resumed.data = model.data;
    expect([resumed.getValue('sel_line'), resumed.getValue('resp_consent')]).toEqual([3, 1]);
    expect(resumed.getPageByName('respondent').isVisible).toBe(true);
  });

  it('Kish tables select each adult with probability 1/n for 1–4 and 6 adults (table shares 1/6, 1/12 …)', () => {
    const share: Record<string, number> = { A: 2, B1: 1, B2: 1, C: 2, D: 2, E1: 1, E2: 1, F: 2 };
    expect(Object.keys(KISH_TABLES).sort()).toEqual(Object.keys(share).sort());
    for (const adults of [1, 2, 3, 4, 6]) {
      const chance = new Map<number, number>();
      for (const [table, numbers] of Object.entries(KISH_TABLES)) {
        const person = numbers[adults - 1];
        chance.set(person, (chance.get(person) ?? 0) + share[table] / 12);
      }
      expect([...chance.keys()].sort(), `${adults} adults`).toEqual(Array.from({ length: adults }, (_, i) => i + 1));
      for (const p of chance.values()) expect(p).toBeCloseTo(1 / adults, 12);
    }
  });

  it('shows the Kish number of the person to interview from the address’s table and the adults in the roster', () => {
    const adults = (n: number) => Array.from({ length: n }, (_, i) => ({ member_line: i + 1, member_name: `P${i + 1}`, member_sex: 1, member_age: 30 + i }));
    const cases: [number, string, number][] = [[1, 'F', 1], [3, 'C', 2], [4, 'D', 3], [5, 'E1', 3], [6, 'F', 6], [8, 'B2', 2]];
    for (const [n, table, expected] of cases) {
      const model = newModel(FILE);
      model.data = { consent: 1, hh_size: n, hh_roster: adults(n), sel_method: 1, sel_kish_table: table };
      expect(model.getValue('hh_eligible')).toBe(n);
      expect(model.getValue('sel_kish_number'), `${n} adults, table ${table}`).toBe(expected);
    }
    const birthday = newModel(FILE);
    birthday.data = { consent: 1, hh_size: 1, hh_roster: adults(1), sel_method: 2 };
    expect(visibleQuestions(birthday)).not.toContain('sel_kish_table');
    expect(visibleQuestions(birthday)).not.toContain('sel_kish_number');
  });

  it('shows the selection instruction of the chosen method', () => {
    const model = interviewed({ sel_method: 1 });
    expect(visibleQuestions(model)).toContain('sel_kish_note');
    expect(visibleQuestions(model)).not.toContain('sel_birthday_note');
    model.setValue('sel_method', 2);
    expect(visibleQuestions(model)).toContain('sel_birthday_note');
    expect(visibleQuestions(model)).not.toContain('sel_kish_note');
  });

  it('warns, without blocking, when sex or age differ from the roster entry of the selected person', () => {
    const model = interviewed();
    const warnings = (name: string) => {
      const q = question(model, name);
      const valid = q.validate();
      return { valid, warnings: q.errors.filter((e) => e.notificationType === 'warning').length };
    };
    model.setValue('sex', 2);
    model.setValue('age', 41);
    expect(warnings('sex')).toEqual({ valid: true, warnings: 0 });
    expect(warnings('age')).toEqual({ valid: true, warnings: 0 });
    model.setValue('sex', 1);
    model.setValue('age', 45);
    expect(warnings('sex')).toEqual({ valid: true, warnings: 1 });
    expect(warnings('age')).toEqual({ valid: true, warnings: 1 });
  });

  it('accepts ages 18–110 only', () => {
    const model = interviewed();
    const age = question(model, 'age');
    for (const [value, ok] of [[17, false], [18, true], [110, true], [111, false], [30.5, false]] as const) {
      model.setValue('age', value);
      expect(age.validate(), String(value)).toBe(ok);
    }
  });

  it('derives disability from the Washington Group short set', () => {
    const model = interviewed({ wg_seeing: 2, wg_hearing: 1, wg_walking: 1, wg_cognition: 2, wg_selfcare: 1, wg_communication: 1 });
    expect(model.getVariable('disability')).toBe(2);
    model.setValue('wg_walking', 3);
    expect(model.getVariable('disability')).toBe(1);
    model.setValue('wg_walking', 8);
    model.setValue('wg_communication', 4);
    expect(model.getVariable('disability')).toBe(1);
  });

  it('asks vehicle crimes only of households that had the vehicle', () => {
    const model = interviewed({ hh_car: 2, hh_moto: 2, hh_bicycle: 1 });
    const visible = visibleQuestions(model);
    for (const c of ['car_theft', 'theft_from_car', 'car_vandalism', 'moto_theft']) expect(visible).not.toContain(`vic_${c}_5y`);
    expect(visible).toContain('vic_bicycle_theft_5y');
    expect(visible).toContain('vic_burglary_5y');
    expect(model.getVariable('vic_car_theft_12m')).toBe(0);
    model.setValue('hh_car', 1);
    expect(visibleQuestions(model)).toContain('vic_car_theft_5y');
    expect(visibleQuestions(model)).toContain('vic_car_vandalism_5y');
  });

  it('burglary in the past 12 months: times and the incident follow-ups are asked, vic_burglary_12m = 1', () => {
    const model = interviewed({ hh_car: 2, hh_moto: 2, hh_bicycle: 2 });
    expect(visibleQuestions(model)).not.toContain('vic_burglary_when');
    expect(visibleQuestions(model)).not.toContain('vic_burglary_rep_police');
    model.setValue('vic_burglary_5y', 1);
    model.setValue('vic_burglary_when', 1);
    model.setValue('vic_burglary_times', 2);
    const visible = visibleQuestions(model);
    for (const item of ['times', 'rep_police', 'rep_other', 'serious', 'support']) expect(visible).toContain(`vic_burglary_${item}`);
    expect(visible).not.toContain('vic_burglary_why_not');
    expect(model.getVariable('vic_burglary_12m')).toBe(1);
    expect(model.getVariable('vic_attempted_burglary_12m')).toBe(0);

    model.setValue('vic_burglary_when', 2);
    expect(visibleQuestions(model)).not.toContain('vic_burglary_times');
    expect(model.getVariable('vic_burglary_12m')).toBe(0);
  });

  it('reporting: why-not only if not reported, satisfaction only if reported, 16.3.1 flag', () => {
    const model = interviewed({ vic_assault_5y: 1, vic_assault_when: 1, vic_assault_times: 1 });
    expect(visibleQuestions(model)).toContain('vic_assault_injury');
    expect(visibleQuestions(model)).toContain('vic_assault_weapon');
    model.setValue('vic_assault_rep_police', 4);
    model.setValue('vic_assault_rep_other', 2);
    expect(visibleQuestions(model)).toContain('vic_assault_why_not');
    expect(visibleQuestions(model)).not.toContain('vic_assault_police_sat');
    expect(model.getVariable('vic_assault_rep_comp')).toBe(0);
    model.setValue('vic_assault_rep_other', 1);
    expect(model.getVariable('vic_assault_rep_comp')).toBe(1);
    model.setValue('vic_assault_rep_other', 2);
    model.setValue('vic_assault_rep_police', 2);
    expect(visibleQuestions(model)).toContain('vic_assault_police_sat');
    expect(visibleQuestions(model)).not.toContain('vic_assault_why_not');
    expect(model.getVariable('vic_assault_rep_comp')).toBe(1);
    model.setValue('vic_assault_rep_police', 3);
    expect(model.getVariable('vic_assault_rep_comp')).toBe(0);
  });

  it('keeps assault and threat apart, with the threat follow-ups not asking about injury', () => {
    const model = interviewed({ vic_threat_5y: 1, vic_threat_when: 1 });
    const visible = visibleQuestions(model);
    expect(visible).toContain('vic_threat_weapon');
    expect(visible).not.toContain('vic_threat_injury');
    expect(model.getVariable('vic_threat_12m')).toBe(1);
    expect(model.getVariable('vic_assault_12m')).toBe(0);
  });

  it('times: 1–996, 997 for too many to count, whole numbers only', () => {
    const model = interviewed({ vic_robbery_5y: 1, vic_robbery_when: 1 });
    const times = question(model, 'vic_robbery_times');
    for (const [value, ok] of [[0, false], [1, true], [997, true], [998, false], [2.5, false]] as const) {
      model.setValue('vic_robbery_times', value);
      expect(times.validate(), String(value)).toBe(ok);
    }
  });

  it('puts sexual and partner violence on one self-completion page after the interviewer’s hand-over note', () => {
    const model = interviewed();
    const names = model.pages.map((p) => p.name);
    const casi = model.pages.filter((p) => p.name.startsWith('casi_'));
    expect(casi).toHaveLength(1);
    expect(names[names.indexOf(casi[0].name) - 1]).toBe('handover');
    const onCasi = casi[0].questions.map((q) => q.name);
    for (const item of ['5y', 'when', 'times', 'rep_police', 'rep_other', 'why_not']) expect(onCasi).toContain(`vic_sexual_${item}`);
    expect(onCasi.filter((n) => n.startsWith('vic_') && !n.startsWith('vic_sexual_'))).toEqual([]);
    expect(onCasi).toContain('ipv_psych_12m');
    expect(onCasi).toContain('ipv_physical_12m');
    const elsewhere = model.pages.filter((p) => !p.name.startsWith('casi_')).flatMap((p) => p.questions.map((q) => q.name));
    expect(elsewhere.filter((n) => n.startsWith('vic_sexual_') || n.startsWith('ipv_'))).toEqual([]);
    model.setValue('vic_sexual_5y', 1);
    model.setValue('vic_sexual_when', 1);
    expect(model.getVariable('vic_sexual_12m')).toBe(1);
  });

  it('names every question by the export rule', () => {
    const bad = newModel(FILE).getAllQuestions().map((q) => q.name).filter((n) => !/^[a-z][a-z0-9_]{0,62}$/.test(n));
    expect(bad).toEqual([]);
  });
});

describe('victimization.json incident details (UNODC-UNECE manual, ICCS sub-categories)', () => {
  it('asks offender sex, age group and relationship (partner and family apart) after a known offender', () => {
    const model = newModel(FILE);
    model.data = { consent: 1, resp_consent: 1, vic_assault_5y: 1, vic_assault_when: 1, vic_assault_known: 1 };
    const visible = visibleQuestions(model);
    for (const item of ['off_sex', 'off_age', 'relation', 'medical']) expect(visible.has(`vic_assault_${item}`), item).toBe(item !== 'medical');
    const relation = question(model, 'vic_assault_relation').choices.map((c: { value: unknown }) => c.value);
    expect(relation).toEqual([1, 2, 3, 4, 5, 6, 8, 9]);
    model.setValue('vic_assault_injury', 1);
    expect(visibleQuestions(model).has('vic_assault_medical')).toBe(true);
  });

  it('separates completed and attempted robbery, rape and other sexual assault; asks property losses and burglary entry', () => {
    const model = newModel(FILE);
    model.data = { consent: 1, resp_consent: 1, vic_robbery_5y: 1, vic_burglary_5y: 1, vic_sexual_5y: 1 };
    let visible = visibleQuestions(model);
    expect(visible.has('vic_robbery_completed')).toBe(true);
    expect(visible.has('vic_robbery_loss')).toBe(false);
    model.setValue('vic_robbery_completed', 1);
    visible = visibleQuestions(model);
    for (const item of ['loss', 'recovered', 'insured']) expect(visible.has(`vic_robbery_${item}`), item).toBe(true);
    for (const item of ['loss', 'recovered', 'insured', 'at_home', 'entry']) expect(visible.has(`vic_burglary_${item}`), item).toBe(true);
    expect(question(model, 'vic_sexual_type').choices.map((c: { value: unknown }) => c.value)).toEqual([1, 2, 3, 8, 9]);
  });
});
