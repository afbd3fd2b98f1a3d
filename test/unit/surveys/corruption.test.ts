import { describe, expect, it } from 'vitest';
import { corruption, OFFICIALS } from '../../../surveys/src/corruption';
import { newModel, readQuestionnaire, titlesByLocale, translationProblems, visibleQuestions } from './helpers';

const FILE = 'corruption.json';
const consented = { consent: 1, resp_consent: 1, region: 'MK007', urban: 1, sex: 2, age: 40, education: 3 };
const noContact = Object.fromEntries(OFFICIALS.map(([o]) => [`brb_contact_${o}`, 2]));

// Generous timeout: survey-core models of these sizes take seconds to build when the CPU is shared.
describe('corruption.json', { timeout: 30_000 }, () => {
  it('is the output of its generator (run `npx tsx surveys/src/build.ts` after editing surveys/src/)', () => {
    expect(readQuestionnaire(FILE)).toEqual(JSON.parse(JSON.stringify(corruption())));
  });

  it('loads in survey-core without JSON errors', () => {
    const model = newModel(FILE);
    expect(model.jsonErrors ?? []).toEqual([]);
    expect(model.getAllQuestions().length).toBeGreaterThan(60);
  });

  it('shows its questions in each of the eight locales', () => {
    const { shown, expected } = titlesByLocale(newModel(FILE), readQuestionnaire(FILE), 'brb_paid_nurse');
    expect(shown).toEqual(expected);
    expect(new Set(shown).size).toBeGreaterThanOrEqual(6);
  });

  it('has every string in all eight locales, none left in English', () => {
    expect(translationProblems(readQuestionnaire(FILE))).toEqual([]);
  });

  it('asks one contact question per official type, doctors and nurses apart', () => {
    const model = newModel(FILE);
    const names = model.getAllQuestions().map((q) => q.name);
    expect(OFFICIALS).toHaveLength(16);
    for (const [o] of OFFICIALS) {
      for (const v of ['contact', 'paid', 'asked', 'times']) expect(names).toContain(`brb_${v}_${o}`);
    }
    expect(names).toContain('brb_contact_doctor');
    expect(names).toContain('brb_contact_nurse');
  });

  it('ends after the introduction when consent is refused', () => {
    const model = newModel(FILE);
    model.data = { consent: 2 };
    expect(model.visiblePages.map((p) => p.name)).toEqual(['intro']);
    expect(model.processedCompletedHtml).toContain('ended');
  });

  it('no contact: no bribery questions, all flags 0', () => {
    const model = newModel(FILE);
    model.data = { ...consented, ...noContact };
    const visible = visibleQuestions(model);
    expect([...visible].filter((n) => /^brb_(paid|asked|times|last|why)/.test(n))).toEqual([]);
    expect(model.visiblePages.map((p) => p.name)).toEqual(['intro', 'household', 'selection', 'respondent', 'disability', 'contacts', 'perceptions']);
    for (const v of ['brb_contact_any', 'brb_paid_any', 'brb_asked_any', 'brb_any', 'brb_times_total', 'brb_reported']) {
      expect(model.getVariable(v), v).toBe(0);
    }
  });

  it('contact and paid: follow-ups for that official and the most recent bribe', () => {
    const model = newModel(FILE);
    model.data = { ...consented, ...noContact, brb_contact_police: 1, brb_contact_doctor: 1 };
    let visible = visibleQuestions(model);
    expect(visible.has('brb_paid_police')).toBe(true);
    expect(visible.has('brb_asked_doctor')).toBe(true);
    expect(visible.has('brb_paid_nurse')).toBe(false);
    expect(visible.has('brb_times_police')).toBe(false);
    expect(model.getVariable('brb_contact_any')).toBe(1);

    model.setValue('brb_paid_police', 1);
    model.setValue('brb_asked_police', 2);
    model.setValue('brb_times_police', 3);
    model.setValue('brb_paid_doctor', 1);
    model.setValue('brb_asked_doctor', 1);
    model.setValue('brb_times_doctor', 2);
    visible = visibleQuestions(model);
    expect(visible.has('brb_times_police')).toBe(true);
    expect(visible.has('brb_last_official')).toBe(true);
    const official = model.getQuestionByName('brb_last_official');
    expect(official.visibleChoices.map((c: { value: unknown }) => c.value)).toEqual(['police', 'doctor', 'dontknow', 'refused']);
    expect(model.getVariable('brb_paid_any')).toBe(1);
    expect(model.getVariable('brb_asked_any')).toBe(1);
    expect(model.getVariable('brb_any')).toBe(1);
    expect(model.getVariable('brb_times_total')).toBe(5);

    model.setValue('brb_last_official', 'doctor');
    model.setValue('brb_last_form', 2);
    expect(visibleQuestions(model).has('brb_last_amount')).toBe(false);
    model.setValue('brb_last_form', 1);
    expect(visibleQuestions(model).has('brb_last_amount')).toBe(true);
    model.setValue('brb_last_reported', 3);
    expect(visibleQuestions(model).has('brb_why_not_rep')).toBe(true);
    expect(model.getVariable('brb_reported')).toBe(0);
    model.setValue('brb_last_reported', 2);
    expect(visibleQuestions(model).has('brb_why_not_rep')).toBe(false);
    expect(model.getVariable('brb_reported')).toBe(1);
  });

  it('asked but did not give: counts for SDG 16.5.1, not for paid-only; no most-recent-bribe block', () => {
    const model = newModel(FILE);
    model.data = { ...consented, ...noContact, brb_contact_tax: 1, brb_paid_tax: 2, brb_asked_tax: 1 };
    expect(model.getVariable('brb_any')).toBe(1);
    expect(model.getVariable('brb_paid_any')).toBe(0);
    expect(model.getVariable('brb_times_total')).toBe(0);
    expect(visibleQuestions(model).has('brb_last_official')).toBe(false);
  });

  it('answers left behind after contact is changed to no do not count', () => {
    const model = newModel(FILE);
    model.data = { ...consented, ...noContact, brb_contact_customs: 1, brb_paid_customs: 1, brb_times_customs: 4 };
    expect(model.getVariable('brb_times_total')).toBe(4);
    model.setValue('brb_contact_customs', 2);
    expect(model.getVariable('brb_paid_any')).toBe(0);
    expect(model.getVariable('brb_times_total')).toBe(0);
  });

  it('stores the derived flags in the completed data', () => {
    const model = newModel(FILE);
    model.data = { ...consented, ...noContact, brb_contact_nurse: 1, brb_paid_nurse: 1, brb_asked_nurse: 2, brb_times_nurse: 1 };
    model.doComplete();
    expect(model.data).toMatchObject({ brb_contact_any: 1, brb_paid_any: 1, brb_asked_any: 0, brb_any: 1, brb_times_total: 1 });
  });
});

describe('corruption.json most recent bribe and refused requests', () => {
  it('asks when it was given and whether the service was obtained; asks those who refused a request about reporting', () => {
    const model = newModel('corruption.json');
    model.data = { consent: 1, resp_consent: 1, brb_contact_police: 1, brb_paid_police: 1, brb_asked_police: 2, brb_last_official: 'police' };
    let visible = visibleQuestions(model);
    expect(visible.has('brb_last_timing')).toBe(true);
    expect(visible.has('brb_last_obtained')).toBe(true);
    expect(visible.has('brb_refused_reported')).toBe(false);
    model.data = { consent: 1, resp_consent: 1, brb_contact_police: 1, brb_paid_police: 2, brb_asked_police: 1 };
    visible = visibleQuestions(model);
    expect(visible.has('brb_refused_reported')).toBe(true);
    expect(visible.has('brb_last_timing')).toBe(false);
  });
});
