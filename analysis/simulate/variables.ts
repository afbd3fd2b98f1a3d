/**
 * The variables the simulator writes: the standard questionnaires' names (surveys/VARIABLES.md).
 * Two are text: `region` and `brb_last_official`; the rest are numbers.
 */
export const HOUSEHOLD_CRIMES = ['car_theft', 'theft_from_car', 'car_vandalism', 'moto_theft', 'bicycle_theft', 'burglary', 'attempted_burglary'] as const;
export const PERSONAL_CRIMES = ['robbery', 'personal_theft', 'assault', 'threat', 'sexual', 'consumer_fraud'] as const;
export const CRIMES = [...HOUSEHOLD_CRIMES, ...PERSONAL_CRIMES] as const;
export type Crime = (typeof CRIMES)[number];

export const OFFICIALS = ['police', 'judge', 'land_registry', 'tax', 'customs', 'doctor', 'nurse', 'teacher', 'municipal', 'utility',
  'vehicle_reg', 'social_security', 'inspector', 'embassy', 'politician', 'other_official'] as const;
export type Official = (typeof OFFICIALS)[number];

export const VIOLENCE = ['physical', 'psych', 'sexual'] as const;
export const INSTITUTIONS = ['police', 'courts', 'prosecution', 'government', 'parliament'] as const;
/** SDG 16.6.2 service areas and their five attributes (surveys/src/services.ts; primary and secondary education apart). */
export const SERVICES = ['health', 'primary', 'secondary', 'govdocs'] as const;
export const SERVICE_ATTRIBUTES: Readonly<Record<(typeof SERVICES)[number], readonly string[]>> = {
  health: ['access', 'afford', 'facility', 'equal', 'courtesy'],
  primary: ['access', 'afford', 'facility', 'equal', 'delivery'],
  secondary: ['access', 'afford', 'facility', 'equal', 'delivery'],
  govdocs: ['access', 'afford', 'delivery', 'equal', 'timely'],
};

export const TEXT_VARIABLES: ReadonlySet<string> = new Set(['region', 'brb_last_official']);

const CRIME_FOLLOW_UPS = ['where', 'offenders', 'known', 'weapon', 'injury', 'rep_police', 'rep_other', 'rep_comp', 'police_sat', 'serious'] as const;

export const VARIABLES: readonly string[] = [
  'consent', 'region', 'urban', 'hh_size', 'hh_eligible', 'sel_method', 'sel_line', 'sex', 'age', 'education', 'employment',
  'disability', 'citizenship', 'hh_car', 'hh_moto', 'hh_bicycle',
  ...CRIMES.flatMap((c) => ['5y', 'when', 'times', '12m', ...CRIME_FOLLOW_UPS].map((s) => `vic_${c}_${s}`)),
  ...OFFICIALS.flatMap((o) => ['contact', 'paid', 'asked', 'times'].map((s) => `brb_${s}_${o}`)),
  'brb_contact_any', 'brb_paid_any', 'brb_asked_any', 'brb_any', 'brb_times_total', 'brb_last_official', 'brb_last_form',
  'brb_last_amount_eur', 'brb_last_initiative', 'brb_last_purpose', 'brb_last_reported', 'brb_reported',
  'safe_dark', 'safe_dark_would', 'safe_day', 'safe_home_dark', 'safe_feel',
  ...VIOLENCE.map((t) => `vio_${t}_12m`), ...VIOLENCE.flatMap((t) => [`vio_${t}_reported`, `vio_${t}_rep_comp`]),
  ...INSTITUTIONS.map((i) => `trust_${i}`),
  ...SERVICES.flatMap((s) => [`svc_${s}_used`, `svc_${s}_sat`]),
  // Appended last so that the columns before them keep their positions.
  'age_group',
  ...SERVICES.flatMap((s) => SERVICE_ATTRIBUTES[s].map((a) => `svc_${s}_${a}`)),
  'rec_applied', 'rec_hired', 'rec_bribe', 'vote_offered', 'vote_accepted', 'vote_reported',
  'hh_income', 'hh_income_nr',
];

/** `age_group` codes as the questionnaires compute them: 1 18–24, 2 25–34, 3 35–44, 4 45–54, 5 55–64, 6 65+. */
export function ageGroup(age: number): number {
  return age <= 24 ? 1 : age <= 34 ? 2 : age <= 44 ? 3 : age <= 54 ? 4 : age <= 64 ? 5 : 6;
}

/** Column index of each variable in a simulated record. */
export const VAR_INDEX: ReadonlyMap<string, number> = new Map(VARIABLES.map((v, i) => [v, i]));

export function varIndex(name: string): number {
  const i = VAR_INDEX.get(name);
  if (i === undefined) throw new Error(`simulator: unknown variable ${name}`);
  return i;
}
