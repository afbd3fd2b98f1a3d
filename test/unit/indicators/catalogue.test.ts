import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DESIGN_VARIABLES, LOCALES, compileCatalogue, lintCatalogue, parseCatalogue, questionnaireVariableNames, standardCatalogue,
} from '../../../analysis/indicators';

const STANDARD = ['victimization', 'corruption', 'safety'];
const known = new Set<string>(DESIGN_VARIABLES);
for (const f of STANDARD) for (const n of questionnaireVariableNames(JSON.parse(readFileSync(`surveys/${f}.json`, 'utf8')))) known.add(n);

describe('indicator catalogue (surveys/indicators.json)', () => {
  const cat = standardCatalogue();
  it('has at least 30 indicators of every type it promises, with unique ids', () => {
    expect(cat.indicators.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cat.indicators.map((i) => i.id)).size).toBe(cat.indicators.length);
    expect(new Set(cat.indicators.map((i) => i.type))).toEqual(new Set(['prevalence', 'incidence-per-100', 'mean', 'ratio']));
    for (const id of ['SDG16_1_3a', 'SDG16_1_3b', 'SDG16_1_3c', 'SDG16_1_4', 'SDG16_3_1a', 'SDG16_5_1', 'COR_PREV_PAID', 'COR_FREQ', 'COR_AMOUNT', 'COR_REPORT', 'VIC_SAT_POL', 'VIC_INC_burglary', 'VIC_INC_burglary_UNCAPPED']) {
      expect(cat.indicators.some((i) => i.id === id), id).toBe(true);
    }
  });
  it('has a title in each of the eight locales, in the right script', () => {
    for (const i of cat.indicators) {
      for (const l of LOCALES) expect(i.title[l].length, `${i.id} ${l}`).toBeGreaterThan(5);
      expect(i.title.mk, i.id).toMatch(/[\u0400-\u04FF]/);
      expect(i.title.sr, i.id).toMatch(/[\u0400-\u04FF]/);
      expect(i.title['sr-Latn'], i.id).not.toMatch(/[\u0400-\u04FF]/);
      expect(i.title.sq, i.id).not.toBe(i.title.en);
    }
  });
  it('parses every expression', () => {
    expect(compileCatalogue(cat).length).toBe(cat.indicators.length);
  });
  it('reads only variables of the standard questionnaires (a renamed question fails here)', () => {
    expect(known.size).toBeGreaterThan(200);
    expect(lintCatalogue(cat, known)).toEqual([]);
  });
  it('reports unknown variables, bad expressions and type mistakes', () => {
    const broken = parseCatalogue({
      ...cat,
      indicators: [
        { ...cat.indicators[0], id: 'X1', numerator: 'vic_burglery_12m == 1' },
        { ...cat.indicators[0], id: 'X2', universe: 'brb_contact_any ==' },
        { ...cat.indicators[0], id: 'X3', type: 'ratio' },
        { ...cat.indicators[0], id: 'X4', disaggregations: ['regoin'] },
      ],
    });
    const findings = lintCatalogue(broken, known);
    expect(findings.map((f) => f.indicator)).toEqual(['X1', 'X2', 'X3', 'X4']);
    expect(findings[0].message).toMatch(/unknown variable "vic_burglery_12m"/);
    expect(findings[1].message).toMatch(/expected a value/);
    expect(findings[2].message).toMatch(/needs a denominator/);
    expect(findings[3].message).toMatch(/"regoin"/);
  });
  it('collects matrix cells as the export names them', () => {
    const names = questionnaireVariableNames(JSON.parse(readFileSync('surveys/jha-admin.json', 'utf8')));
    expect(names.has('adm_convicted__i0401__female')).toBe(true);
  });
});
