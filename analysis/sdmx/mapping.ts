/**
 * How the indicator catalogue's estimates become SDG series (the one place this is decided).
 *
 * SERIES: indicator id → SDG series code and unit. The survey indicators match the series'
 * definitions in the SDG metadata (DOMAIN.md §4, §6b):
 *   16.1.3  VC_VOV_PHYL / VC_VOV_PSYCHL / VC_VOV_SEXL — victims of physical / psychological /
 *           sexual violence, 12 months, % of the population; VC_VOV_ROBB — robbery victims.
 *   16.1.4  VC_SNS_WALN_DRK — feel safe walking alone after dark (% of the population).
 *   16.3.1  VC_PRR_PHYV / VC_PRR_PSYCHV / VC_PRR_SEXV — victims of that violence who reported to
 *           competent authorities; VC_PRR_ROBB — robbery victims who reported to the police.
 *   16.5.1  IU_COR_BRIB — paid or were asked for a bribe, among persons with contact.
 *
 * DIMENSIONS: a by-variable of the microdata → SDG dimension, with its codes
 * (surveys/VARIABLES.md → the DSD's code lists). `age_group` is an analyst's recode whose values
 * are CL_AGE codes themselves (e.g. Y18T29, Y_GE65), so no table is needed. A domain over a
 * variable without a dimension here (region, citizenship) has no place in the global DSD and is
 * not written (the writer reports it).
 */
export interface SeriesMapping {
  readonly series: string;
  readonly sdg: string;
  readonly unit: string;
  readonly unitMult: string;
}

const percent = (series: string, sdg: string): SeriesMapping => ({ series, sdg, unit: 'PT', unitMult: '0' });

export const SERIES: Readonly<Record<string, SeriesMapping>> = {
  SDG16_1_3a: percent('VC_VOV_PHYL', '16.1.3'),
  SDG16_1_3b: percent('VC_VOV_PSYCHL', '16.1.3'),
  SDG16_1_3c: percent('VC_VOV_SEXL', '16.1.3'),
  VIC_P_PREV_robbery: percent('VC_VOV_ROBB', '16.1.3'),
  SDG16_1_4: percent('VC_SNS_WALN_DRK', '16.1.4'),
  SDG16_3_1a: percent('VC_PRR_PHYV', '16.3.1'),
  SDG16_3_1b: percent('VC_PRR_PSYCHV', '16.3.1'),
  SDG16_3_1c: percent('VC_PRR_SEXV', '16.3.1'),
  VIC_REP_robbery: percent('VC_PRR_ROBB', '16.3.1'),
  SDG16_5_1: percent('IU_COR_BRIB', '16.5.1'),
};

export interface DimensionMapping {
  readonly dimension: string;
  /** Data value → code; undefined: the values are codes of the dimension's list already. */
  readonly codes?: Readonly<Record<string, string>>;
}

export const DIMENSIONS: Readonly<Record<string, DimensionMapping>> = {
  sex: { dimension: 'SEX', codes: { 1: 'M', 2: 'F' } },
  urban: { dimension: 'URBANISATION', codes: { 1: 'U', 2: 'R' } },
  // 1 no school or primary not completed; 2 8/9-year primary completed (= lower secondary);
  // 3 secondary (ISCED 3–4); 4 tertiary (ISCED 5–8).
  education: { dimension: 'EDUCATION_LEV', codes: { 1: 'ISCED11A_0', 2: 'ISCED11A_2', 3: 'AGG_3_4', 4: 'AGG_5T8' } },
  disability: { dimension: 'DISABILITY_STATUS', codes: { 1: 'PD', 2: 'PWD' } },
  age_group: { dimension: 'AGE' },
  income_quintile: { dimension: 'INCOME_WEALTH_QUANTILE', codes: { 1: 'Q1', 2: 'Q2', 3: 'Q3', 4: 'Q4', 5: 'Q5' } },
};

/** ISO 3166 alpha-2 (what the tool and the admin template use) → M49 code of CL_AREA. */
export const M49: Readonly<Record<string, string>> = {
  AL: '8', BA: '70', HR: '191', XK: '412', ME: '499', MK: '807', RS: '688',
};
