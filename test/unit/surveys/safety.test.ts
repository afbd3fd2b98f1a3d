import { describe, expect, it } from 'vitest';
import { safety } from '../../../surveys/src/safety';
import { ATTRIBUTE_NAMES, SERVICES } from '../../../surveys/src/services';
import { standardCatalogue } from '../../../analysis/indicators';
import { LOCALES } from '../../../surveys/src/i18n';
import { registerSurveyLocales } from '../../../src/questionnaire/ui-locales/register';
import { newModel, readQuestionnaire, titlesByLocale, translationProblems, visibleQuestions } from './helpers';

const FILE = 'safety.json';
const consented = { consent: 1, resp_consent: 1, region: 'MK008', urban: 2, sex: 1, age: 67, education: 2 };
const noViolence = { vio_physical_12m: 2, vio_psych_12m: 2, vio_sexual_12m: 2 };

// Generous timeout: survey-core models of these sizes take seconds to build when the CPU is shared.
describe('safety.json', { timeout: 30_000 }, () => {
  it('is the output of its generator (run `npx tsx surveys/src/build.ts` after editing surveys/src/)', () => {
    expect(readQuestionnaire(FILE)).toEqual(JSON.parse(JSON.stringify(safety())));
  });

  it('loads in survey-core without JSON errors', () => {
    const model = newModel(FILE);
    expect(model.jsonErrors ?? []).toEqual([]);
  });

  it('shows its questions in each of the eight locales', () => {
    const { shown, expected } = titlesByLocale(newModel(FILE), readQuestionnaire(FILE), 'safe_dark');
    expect(shown).toEqual(expected);
    expect(new Set(shown).size).toBeGreaterThanOrEqual(6);
  });

  it('has every string in all eight locales, none left in English', () => {
    expect(translationProblems(readQuestionnaire(FILE))).toEqual([]);
  });

  it('puts sexual violence, and only it, on a self-completion page', () => {
    const model = newModel(FILE);
    const casi = model.pages.filter((p) => p.name.startsWith('casi_'));
    expect(casi).toHaveLength(1);
    expect(casi[0].questions.map((q) => q.name)).toEqual(['vio_sexual_12m', 'vio_sexual_reported']);
  });

  it('the self-completion page names, in each locale, the button SurveyJS shows there', () => {
    // Issue 12 item 12: the text told respondents in five locales to press a button that had another name.
    // The button is read from the rendered model (the app's SurveyJS dictionaries registered), not from
    // the word the generator inserted, and the page must not be the last one (its button would be Complete).
    registerSurveyLocales();
    const shown: Record<string, string> = {};
    for (const locale of LOCALES) {
      const model = newModel(FILE);
      model.locale = locale === 'default' ? '' : locale;
      model.data = { ...consented, ...noViolence };
      const page = model.getPageByName('casi_violence');
      model.currentPage = page;
      expect(model.currentPage.name, locale).toBe('casi_violence');
      expect(model.isLastPage, locale).toBe(false);
      const next = model.navigationBar.getActionById('sv-nav-next');
      expect(next?.isVisible, locale).toBe(true);
      const button = String(next?.title ?? '');
      expect(button, locale).not.toBe('');
      expect(page.locDescription.renderedHtml, locale).toMatch(new RegExp(`[“„]${button}[”“]`));
      shown[locale] = button;
    }
    expect(shown.sr).toBe('Даље');
    expect(shown['sr-Latn']).toBe('Dalje');
    expect(shown.mk).toBe('Следна');
  });

  it('16.1.4: safe_feel from safe_dark, and from the probe for those who never go out', () => {
    const model = newModel(FILE);
    const cases: [Record<string, number>, number, boolean][] = [
      [{ safe_dark: 1 }, 1, false],
      [{ safe_dark: 2 }, 1, false],
      [{ safe_dark: 3 }, 0, false],
      [{ safe_dark: 4 }, 0, false],
      [{ safe_dark: 99 }, 0, false],
      [{ safe_dark: 5, safe_dark_would: 2 }, 1, true],
      [{ safe_dark: 5, safe_dark_would: 3 }, 0, true],
      [{ safe_dark: 5, safe_dark_would: 99 }, 0, true],
    ];
    for (const [answers, expected, probe] of cases) {
      model.clear();
      model.data = { ...consented, ...answers };
      expect(model.getVariable('safe_feel'), JSON.stringify(answers)).toBe(expected);
      expect(visibleQuestions(model).has('safe_dark_would')).toBe(probe);
    }
    model.clear();
    model.data = { ...consented, safe_dark: 4 };
    expect(visibleQuestions(model).has('safe_dark_reason')).toBe(true);
  });

  it('no violence: no reporting questions, reporting flags left empty', () => {
    const model = newModel(FILE);
    model.data = { ...consented, ...noViolence };
    const visible = visibleQuestions(model);
    expect([...visible].filter((n) => n.endsWith('_reported'))).toEqual([]);
    model.doComplete();
    for (const t of ['physical', 'psych', 'sexual']) expect(model.data).not.toHaveProperty(`vio_${t}_rep_comp`);
  });

  it('16.3.1: victims are asked about reporting; reported to a competent or recognised body counts', () => {
    const model = newModel(FILE);
    model.data = { ...consented, ...noViolence, vio_physical_12m: 1, vio_sexual_12m: 1, vio_psych_12m: 1 };
    const visible = visibleQuestions(model);
    for (const t of ['physical', 'psych', 'sexual']) expect(visible.has(`vio_${t}_reported`)).toBe(true);
    model.setValue('vio_physical_reported', 1);
    model.setValue('vio_psych_reported', 2);
    model.setValue('vio_sexual_reported', 3);
    expect(model.getVariable('vio_physical_rep_comp')).toBe(1);
    expect(model.getVariable('vio_psych_rep_comp')).toBe(1);
    expect(model.getVariable('vio_sexual_rep_comp')).toBe(0);
    model.doComplete();
    expect(model.data).toMatchObject({ vio_physical_rep_comp: 1, vio_psych_rep_comp: 1, vio_sexual_rep_comp: 0 });
  });

  it('16.6.2: satisfaction only for users of the service', () => {
    const model = newModel(FILE);
    model.data = { ...consented, svc_health_used: 1, svc_primary_used: 2, svc_secondary_used: 1, svc_govdocs_used: 1 };
    const visible = visibleQuestions(model);
    for (const [s, used] of [['health', true], ['primary', false], ['secondary', true], ['govdocs', true]] as const) {
      expect(visible.has(`svc_${s}_used`)).toBe(true);
      expect(visible.has(`svc_${s}_sat`), `svc_${s}_sat`).toBe(used);
      const service = SERVICES.find((x) => x.id === s)!;
      for (const [attribute] of service.attributes) expect(visible.has(`svc_${s}_${attribute}`), `svc_${s}_${attribute}`).toBe(used);
    }
    for (const i of ['police', 'courts', 'prosecution', 'government', 'parliament']) expect(visible.has(`trust_${i}`)).toBe(true);
  });

  it('16.6.2: the service areas and five attributes of the UN metadata (2021-04), primary and secondary education apart', () => {
    // Metadata 2.a: health — accessibility, affordability, quality of facilities, equal treatment for
    // everyone, courtesy and treatment; education — the same four, then effective delivery of service
    // (quality of teaching); government services — accessibility, affordability, equal treatment,
    // effective delivery of service, timeliness.
    const names = (id: string) => SERVICES.find((x) => x.id === id)!.attributes.map(([a]) => ATTRIBUTE_NAMES[a]).sort();
    expect(SERVICES.map((x) => x.id)).toEqual(['health', 'primary', 'secondary', 'govdocs']);
    expect(names('health')).toEqual(['Accessibility', 'Affordability', 'Courtesy and treatment', 'Equal treatment for everyone', 'Quality of facilities']);
    for (const level of ['primary', 'secondary']) {
      expect(names(level)).toEqual(['Accessibility', 'Affordability', 'Effective delivery of service', 'Equal treatment for everyone', 'Quality of facilities']);
    }
    expect(names('govdocs')).toEqual(['Accessibility', 'Affordability', 'Effective delivery of service', 'Equal treatment for everyone', 'Timeliness']);
    // The catalogue publishes, per service, the share positive on each attribute, the share satisfied overall and
    // the mean of the five attribute shares (the metadata's 4.c estimates 1, 3 and 2) — no more, no less.
    const catalogue = standardCatalogue();
    const published = catalogue.indicators.filter((i) => i.sdg === '16.6.2').map((i) => i.id).sort();
    expect(published).toEqual(SERVICES.flatMap((x) => [`SDG16_6_2_${x.id}`, `SDG16_6_2_${x.id}_MEAN`, ...x.attributes.map(([a]) => `SDG16_6_2_${x.id}_${a}`)]).sort());
    // The mean averages exactly the service's five attribute shares, each defined once (its own entry).
    for (const x of SERVICES) {
      const mean = catalogue.indicators.find((i) => i.id === `SDG16_6_2_${x.id}_MEAN`)!;
      expect(mean.type).toBe('mean-of-shares');
      expect([...mean.components!].sort()).toEqual(x.attributes.map(([a]) => `SDG16_6_2_${x.id}_${a}`).sort());
      expect(mean.disaggregations).toEqual(catalogue.indicators.find((i) => i.id === `SDG16_6_2_${x.id}`)!.disaggregations);
    }
    // Four points without a midpoint, DK and refusal recorded but not read out (codes 8 and 9).
    const json = safety() as unknown as { pages: { name: string; elements: { name: string; choices?: { value: number }[] }[] }[] };
    const services = json.pages.find((p) => p.name === 'services')!;
    for (const q of services.elements.filter((e) => /^svc_.*_(?!used$)[a-z]+$/.test(e.name) && e.choices)) {
      expect(q.choices!.map((c) => c.value), q.name).toEqual([1, 2, 3, 4, 8, 9]);
    }
  });

  it('ends after the introduction when consent is refused', () => {
    const model = newModel(FILE);
    model.data = { consent: 2 };
    expect(model.visiblePages.map((p) => p.name)).toEqual(['intro']);
  });
});
