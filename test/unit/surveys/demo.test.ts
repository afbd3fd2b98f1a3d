// The demo questionnaire (surveys/demo.json, published on every server) offers the statistical
// regions of a country profile, not generic capital/north/south/east/west (issue 12 item 11): the
// codes and names the profile gives, in every locale, and the codes the simulator writes.
import { describe, expect, it } from 'vitest';
import type { ItemValue } from 'survey-core';
import { PROFILES, PROFILE_LOCALES } from '../../../analysis/profiles';
import { REGIONS, SIMULATED_COUNTRY } from '../../../analysis/simulate';
import { demo, DEMO_COUNTRY } from '../../../surveys/src/demo';
import { lintQuestionnaire } from '../../../src/questionnaire';
import { newModel, readQuestionnaire, translationProblems } from './helpers';

const FILE = 'demo.json';
const profile = PROFILES[DEMO_COUNTRY];

/** The region choices as the committed JSON has them. */
function regionChoices(): { value: unknown; text: Record<string, string>; visibleIf?: string }[] {
  const json = readQuestionnaire(FILE) as { pages: { elements: { name: string; choices?: unknown }[] }[] };
  const region = json.pages.flatMap((p) => p.elements).find((e) => e.name === 'region');
  return region?.choices as { value: unknown; text: Record<string, string> }[];
}

describe('demo.json', () => {
  it('is the output of its generator (run `npx tsx surveys/src/build.ts` after editing surveys/src/)', () => {
    expect(readQuestionnaire(FILE)).toEqual(JSON.parse(JSON.stringify(demo())));
  });

  it('is the simulator\'s country, so demo interviews and simulated microdata code region alike', () => {
    expect(DEMO_COUNTRY).toBe(SIMULATED_COUNTRY);
    const codes = regionChoices().map((c) => c.value);
    for (const code of REGIONS) expect(codes).toContain(code);
  });

  it('offers every statistical region of the profile with its code and its name in the eight locales, shown without condition', () => {
    const offered = regionChoices().filter((c) => c.visibleIf === undefined);
    expect(offered.map((c) => c.value)).toEqual(profile.regions.map((r) => r.code));
    for (const [i, r] of profile.regions.entries()) {
      for (const locale of PROFILE_LOCALES) expect(offered[i].text[locale === 'en' ? 'default' : locale], `${r.code} ${locale}`).toBe(r.name[locale]);
    }
  });

  it('keeps the generic codes of the earlier demo only hidden from everyone, so a server that published it takes this version', () => {
    const retired = regionChoices().filter((c) => c.visibleIf !== undefined);
    expect(retired.map((c) => [c.value, c.visibleIf])).toEqual(['capital', 'north', 'south', 'east', 'west'].map((v) => [v, 'false']));
    // The earlier demo: the same questionnaire offering the generic regions alone.
    const current = readQuestionnaire(FILE) as { pages: { elements: { name: string; choices?: unknown }[] }[] };
    const earlier = JSON.parse(JSON.stringify(current)) as typeof current;
    const region = earlier.pages.flatMap((p) => p.elements).find((e) => e.name === 'region')!;
    region.choices = retired.map(({ value, text }) => ({ value, text }));
    expect(lintQuestionnaire(current, { previous: earlier })).toEqual([]);
    // Without them the server refuses the new version and keeps offering the generic list.
    const dropped = JSON.parse(JSON.stringify(current)) as typeof current;
    const droppedRegion = dropped.pages.flatMap((p) => p.elements).find((e) => e.name === 'region')!;
    droppedRegion.choices = (droppedRegion.choices as { visibleIf?: string }[]).filter((c) => c.visibleIf === undefined);
    expect(lintQuestionnaire(dropped, { previous: earlier }).map((f) => f.rule)).toEqual(Array(5).fill('version-removed-value'));
  });

  it('survey-core shows the profile\'s region names in each locale once the respondent consents', () => {
    const model = newModel(FILE);
    model.setValue('consent', 1);
    const region = model.getQuestionByName('region');
    expect(region.isVisible).toBe(true);
    for (const locale of PROFILE_LOCALES) {
      model.locale = locale === 'en' ? '' : locale;
      expect(region.visibleChoices.map((c: ItemValue) => c.text), locale).toEqual(profile.regions.map((r) => r.name[locale]));
    }
    model.locale = '';
  });

  it('is translated in every locale, in the right script', () => {
    expect(translationProblems(readQuestionnaire(FILE))).toEqual([]);
  });
});
