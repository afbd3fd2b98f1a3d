// Country profiles (analysis/profiles) and their use in the questionnaires: no placeholder is left
// for a respondent to see; the office, regions, helpline and currency follow the interview's country.
import { describe, expect, it } from 'vitest';
import { JURISDICTIONS, PROFILES, PROFILE_LOCALES, countryProfile, regionCodes, regionIndex, toEuro } from '../../../analysis/profiles';
import { serbianLatin } from '../../../analysis/text/serbian-latin';
import { localizedStrings, newModel, readQuestionnaire, visibleQuestions } from './helpers';

const PERSON_LEVEL = ['victimization.json', 'corruption.json', 'safety.json'];

describe('country profiles', () => {
  it('cover the seven jurisdictions with every text in every locale, Serbian Latin transliterated', () => {
    expect(Object.keys(PROFILES).sort()).toEqual([...JURISDICTIONS].sort());
    for (const p of Object.values(PROFILES)) {
      const texts = [p.name, p.office.name, p.currency.name, p.helpline.name, ...p.regions.map((r) => r.name)];
      for (const text of texts) {
        for (const l of PROFILE_LOCALES) expect(text[l].length, `${p.code} ${l}`).toBeGreaterThan(1);
        expect(text['sr-Latn']).toBe(serbianLatin(text.sr));
        expect(text.mk).toMatch(/[\u0400-\u04FF]|^[A-Z0-9 ()–-]+$/);
      }
      expect(p.regions.length).toBeGreaterThan(1);
      expect(p.currency.eurRate).toBeGreaterThan(0);
      expect(p.helpline.number).toMatch(/^[0-9 ()/A-Za-z]+$/);
      expect(p.locales.length).toBeGreaterThan(0);
    }
  });

  it('names the offices as they name themselves (MONSTAT is "Uprava za statistiku")', () => {
    expect(PROFILES.ME.office.name.cnr).toContain('Uprava za statistiku');
    expect(PROFILES.RS.office.name.sr).toBe('Републички завод за статистику');
    expect(PROFILES.HR.office.name.hr).toBe('Državni zavod za statistiku');
    expect(PROFILES.MK.office.name.mk).toBe('Државен завод за статистика');
    expect(PROFILES.AL.office.name.sq).toContain('Instituti i Statistikave');
    expect(PROFILES.XK.office.name.sq).toBe('Agjencia e Statistikave të Kosovës');
  });

  it('keeps region codes unique across profiles and converts at the profile rate', () => {
    const all = Object.values(PROFILES).flatMap((p) => p.regions.map((r) => r.code));
    expect(new Set(all).size).toBe(all.length);
    expect(regionIndex().get('RS11')?.jurisdiction).toBe('RS');
    expect(regionCodes('HR')).toEqual(['HR02', 'HR03', 'HR05', 'HR06']);
    expect(toEuro(195.583, 'BA')).toBeCloseTo(100, 12);
    expect(toEuro(50, 'ME')).toBe(50);
    expect(() => countryProfile('YU')).toThrow(/unknown jurisdiction "YU"/);
  });
});

describe('profiles in the questionnaires', () => {
  for (const file of PERSON_LEVEL) {
    it(`${file}: shows respondents no bracketed placeholder`, () => {
      for (const s of localizedStrings(readQuestionnaire(file))) {
        for (const [l, text] of Object.entries(s.value)) expect(String(text), `${s.path} ${l}`).not.toMatch(/\[[^\]]*[A-Za-zА-я][^\]]*\]|%[A-Z]+%/);
      }
    });

    it(`${file}: introduces the office of the interview's country and offers only its regions`, () => {
      const model = newModel(file);
      model.locale = 'cnr';
      model.data = { country: 'ME' };
      const intro = model.getQuestionByName('intro_text_me');
      expect(intro.isVisible).toBe(true);
      expect(String(intro.html)).toContain('Uprava za statistiku');
      expect(model.getQuestionByName('intro_text_rs').isVisible).toBe(false);
      model.setValue('consent', 1);
      expect(model.getQuestionByName('region').visibleChoices.map((c: { value: unknown }) => c.value)).toEqual(['ME01', 'ME02', 'ME03']);
    });
  }

  it('victimization.json: the self-completion block gives the helpline of the country', () => {
    const model = newModel('victimization.json');
    model.data = { country: 'MK', consent: 1, resp_consent: 1 };
    expect(visibleQuestions(model)).toContain('casi_help_mk');
    expect(visibleQuestions(model)).not.toContain('casi_help_hr');
    expect(String(model.getQuestionByName('casi_help_mk').html)).toContain('15 315');
  });

  it('corruption.json: the bribe is recorded in the national currency and converted at the profile rate', () => {
    const model = newModel('corruption.json');
    model.data = { country: 'RS', consent: 1, resp_consent: 1, brb_last_form: 1, brb_last_amount: 1172 };
    expect(model.getQuestionByName('brb_last_amount').locTitle.renderedHtml).toContain('RSD');
    expect(model.getVariable('brb_last_amount_eur')).toBeCloseTo(1172 / PROFILES.RS.currency.eurRate, 2);
  });
});
