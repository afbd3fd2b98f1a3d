/**
 * A synthetic finite population of households and adults for testing the whole analysis chain.
 *
 * Regions × urban/rural form the strata; each stratum holds enumeration areas (PSUs) of varying
 * size with random effects on crime, bribery and feeling of safety (clustering). Every
 * household's members and answers are a deterministic function of (population seed, household
 * index), so the population never has to be held in memory: a sample regenerates the records of
 * the households it drew, and the truth is computed in one streaming pass.
 *
 * Answers follow the questionnaires' skip patterns: vehicle crimes are not asked of households
 * without the vehicle (empty), follow-ups only of victims in the past 12 months, bribery items
 * only for officials contacted, calculated flags as the questionnaire computes them.
 */
import { Random, mixSeed, plogis, qlogis } from './random';
import { ageGroup, CRIMES, HOUSEHOLD_CRIMES, PERSONAL_CRIMES, INSTITUTIONS, OFFICIALS, SERVICE_ATTRIBUTES, SERVICES, VARIABLES, varIndex, type Crime } from './variables';

/**
 * Region codes as the questionnaires code `region`: five statistical regions of the North Macedonia
 * country profile (analysis/profiles) — Northeast, Southeast, East, Polog (west) and Skopje, the
 * capital region, which is the most urban and has the most crime. A minimal use of the profile:
 * the simulator's five regional parameters are kept; a full country (every region of a profile)
 * is for the sampling simulator (`regionCodes(code)`).
 */
export const SIMULATED_COUNTRY = 'MK';
export const CAPITAL_REGION = 'MK008';
export const REGIONS = ['MK007', 'MK004', 'MK002', 'MK006', CAPITAL_REGION] as const;

export interface Stratum {
  readonly label: string;
  readonly region: number;
  readonly urban: 1 | 2;
  /** PSU indices of the stratum. */
  readonly psus: readonly number[];
  /** Frame units (households + vacant dwellings) in the stratum. */
  readonly frameSize: number;
}

export interface Population {
  readonly seed: number;
  readonly strata: readonly Stratum[];
  readonly psuStratum: Int32Array;
  /** Households in each PSU. */
  readonly psuHouseholds: Int32Array;
  /** Vacant dwellings in each PSU (frame units that are not households). */
  readonly psuVacant: Int32Array;
  /** Index of the PSU's first household. */
  readonly psuFirstHousehold: Int32Array;
  readonly psuCrime: Float64Array;
  readonly psuBribe: Float64Array;
  readonly psuSafety: Float64Array;
  readonly householdCount: number;
}

export interface PopulationOptions {
  /** PSUs in the population (default 3000). */
  readonly psus?: number;
}

const REGION_SHARE = [0.22, 0.18, 0.2, 0.15, 0.25];
const REGION_URBAN = [0.55, 0.45, 0.5, 0.4, 0.8];
const REGION_CRIME = [0.1, -0.15, 0, -0.1, 0.25];
const REGION_BRIBE = [-0.2, 0.3, 0.1, 0.2, -0.1];

export function makePopulation(seed: number, options: PopulationOptions = {}): Population {
  const rng = new Random(mixSeed(seed, 1));
  const P = options.psus ?? 3000;
  const psuStratum = new Int32Array(P);
  const psuHouseholds = new Int32Array(P);
  const psuVacant = new Int32Array(P);
  const psuFirstHousehold = new Int32Array(P);
  const psuCrime = new Float64Array(P), psuBribe = new Float64Array(P), psuSafety = new Float64Array(P);
  const strataPsus: number[][] = [];
  const strataMeta: { region: number; urban: 1 | 2 }[] = [];
  REGIONS.forEach((_, r) => { for (const u of [1, 2] as const) { strataMeta.push({ region: r, urban: u }); strataPsus.push([]); } });
  const shares = strataMeta.map((s) => REGION_SHARE[s.region] * (s.urban === 1 ? REGION_URBAN[s.region] : 1 - REGION_URBAN[s.region]));
  let households = 0;
  for (let p = 0; p < P; p++) {
    const h = rng.pick(shares);
    psuStratum[p] = h;
    strataPsus[h].push(p);
    const urban = strataMeta[h].urban === 1;
    psuHouseholds[p] = urban ? rng.int(30, 80) : rng.int(20, 55);
    psuVacant[p] = Math.round(psuHouseholds[p] * (0.02 + 0.05 * rng.next()));
    psuFirstHousehold[p] = households;
    households += psuHouseholds[p];
    psuCrime[p] = 0.35 * rng.normal() + REGION_CRIME[strataMeta[h].region];
    psuBribe[p] = 0.45 * rng.normal() + REGION_BRIBE[strataMeta[h].region];
    psuSafety[p] = 0.3 * rng.normal();
  }
  const strata = strataMeta.map((s, h) => ({
    label: `${REGIONS[s.region]}-${s.urban === 1 ? 'urban' : 'rural'}`,
    region: s.region, urban: s.urban, psus: strataPsus[h],
    frameSize: strataPsus[h].reduce((a, p) => a + psuHouseholds[p] + psuVacant[p], 0),
  }));
  return { seed, strata, psuStratum, psuHouseholds, psuVacant, psuFirstHousehold, psuCrime, psuBribe, psuSafety, householdCount: households };
}

/** Per-crime parameters: 5-year prevalence (logit base), share in the last 12 months, reporting to police. */
const CRIME_PARAMS: Record<Crime, { p5: number; report: number }> = {
  car_theft: { p5: 0.09, report: 0.85 }, theft_from_car: { p5: 0.13, report: 0.45 }, car_vandalism: { p5: 0.15, report: 0.35 },
  moto_theft: { p5: 0.12, report: 0.7 }, bicycle_theft: { p5: 0.13, report: 0.45 }, burglary: { p5: 0.09, report: 0.7 },
  attempted_burglary: { p5: 0.08, report: 0.45 }, robbery: { p5: 0.08, report: 0.5 }, personal_theft: { p5: 0.13, report: 0.35 },
  assault: { p5: 0.08, report: 0.4 }, threat: { p5: 0.11, report: 0.38 }, sexual: { p5: 0.06, report: 0.35 },
  consumer_fraud: { p5: 0.2, report: 0.1 },
};
const OWNER: Partial<Record<Crime, 'hh_car' | 'hh_moto' | 'hh_bicycle'>> = { car_theft: 'hh_car', theft_from_car: 'hh_car', car_vandalism: 'hh_car', moto_theft: 'hh_moto', bicycle_theft: 'hh_bicycle' };
const WEAPON: ReadonlySet<Crime> = new Set(['robbery', 'assault', 'threat', 'sexual']);
const INJURY: ReadonlySet<Crime> = new Set(['robbery', 'assault', 'sexual']);
const CONTACT: Record<string, number> = {
  police: 0.25, judge: 0.12, land_registry: 0.15, tax: 0.18, customs: 0.05, doctor: 0.55, nurse: 0.4, teacher: 0.22,
  municipal: 0.25, utility: 0.25, vehicle_reg: 0.15, social_security: 0.1, inspector: 0.04, embassy: 0.03, politician: 0.02, other_official: 0.05,
};
const BRIBE: Record<string, number> = {
  police: 0.12, judge: 0.12, land_registry: 0.12, tax: 0.1, customs: 0.1, doctor: 0.1, nurse: 0.08, teacher: 0.08,
  municipal: 0.07, utility: 0.03, vehicle_reg: 0.06, social_security: 0.04, inspector: 0.08, embassy: 0.03, politician: 0.04, other_official: 0.04,
};
const TRUST: Record<string, number> = { police: 0.55, courts: 0.35, prosecution: 0.35, government: 0.3, parliament: 0.25 };
const SERVICE_USE: Record<string, number> = { health: 0.7, primary: 0.2, secondary: 0.15, govdocs: 0.4 };
const SERVICE_SAT: Record<string, number> = { health: 0.6, primary: 0.7, secondary: 0.65, govdocs: 0.72 };

const iv = (name: string): number => varIndex(name);
const crimeIndices = (c: Crime) => ({
  y5: iv(`vic_${c}_5y`), when: iv(`vic_${c}_when`), times: iv(`vic_${c}_times`), m12: iv(`vic_${c}_12m`), where: iv(`vic_${c}_where`),
  offenders: iv(`vic_${c}_offenders`), known: iv(`vic_${c}_known`), weapon: iv(`vic_${c}_weapon`), injury: iv(`vic_${c}_injury`),
  repPolice: iv(`vic_${c}_rep_police`), repOther: iv(`vic_${c}_rep_other`), repComp: iv(`vic_${c}_rep_comp`),
  sat: iv(`vic_${c}_police_sat`), serious: iv(`vic_${c}_serious`),
});
const CRIME_IDX = Object.fromEntries(CRIMES.map((c) => [c, crimeIndices(c)])) as unknown as Record<Crime, ReturnType<typeof crimeIndices>>;
const OFF_IDX = OFFICIALS.map((o) => ({ o, contact: iv(`brb_contact_${o}`), paid: iv(`brb_paid_${o}`), asked: iv(`brb_asked_${o}`), times: iv(`brb_times_${o}`) }));
const I = Object.fromEntries(VARIABLES.map((v, i) => [v, i])) as Record<string, number>;

const IS_HOUSEHOLD_CRIME: ReadonlySet<Crime> = new Set(HOUSEHOLD_CRIMES);
const VIOLENCE_IDX = [
  { refuse: 0.005, m12: I.vio_physical_12m, reported: I.vio_physical_reported, repComp: I.vio_physical_rep_comp, crimes: [CRIME_IDX.assault, CRIME_IDX.robbery] },
  { refuse: 0.005, m12: I.vio_psych_12m, reported: I.vio_psych_reported, repComp: I.vio_psych_rep_comp, crimes: [CRIME_IDX.threat] },
  { refuse: 0.02, m12: I.vio_sexual_12m, reported: I.vio_sexual_reported, repComp: I.vio_sexual_rep_comp, crimes: [CRIME_IDX.sexual] },
];
const TRUST_IDX = INSTITUTIONS.map((i) => ({ k: I[`trust_${i}`], p: TRUST[i], police: i === 'police' }));
const SERVICE_IDX = SERVICES.map((s) => ({
  used: I[`svc_${s}_used`], sat: I[`svc_${s}_sat`], use: SERVICE_USE[s], satisfied: SERVICE_SAT[s], education: s === 'primary' || s === 'secondary',
  attributes: SERVICE_ATTRIBUTES[s].map((a) => I[`svc_${s}_${a}`]),
}));
const CODES_1238 = [1, 2, 3, 8];
const P_OFFENDERS = [0.6, 0.2, 0.15, 0.05], P_KNOWN = [0.3, 0.2, 0.45, 0.05], P_WEAPON = [0.75, 0.12, 0.04, 0.09];
const P_WHERE = [0.35, 0.25, 0.25, 0.12, 0.03], P_SAT = [0.18, 0.37, 0.28, 0.17], P_SERIOUS = [0.3, 0.45, 0.25];
const P_POS = [0.3, 0.7], P_NEG = [0.55, 0.45], P_SAT_NEG = [0.7, 0.3];
const P_REC_APPLIED = [0.15, 0.83, 0.01, 0.01], P_REC_HIRED = [0.4, 0.45, 0.13, 0.01, 0.01], P_REC_BRIBE = [0.08, 0.04, 0.85, 0.02, 0.01];
const P_VOTE_OFFERED = [0.06, 0.91, 0.01, 0.02], P_VOTE_ACCEPTED = [0.3, 0.67, 0.01, 0.02], P_VOTE_REPORTED = [0.03, 0.95, 0.01, 0.01];
const P_FORM = [0.42, 0.25, 0.13, 0.12, 0.08], P_INITIATIVE = [0.3, 0.2, 0.07, 0.43], P_PURPOSE = [0.4, 0.2, 0.1, 0.12, 0.05, 0.1, 0.03], P_REPORTED = [0.06, 0.06, 0.88];

const HOUSEHOLD_SCRATCH = new Float64Array(VARIABLES.length);
const PERSON_SCRATCH = new Float64Array(VARIABLES.length);

/** The text levels of the two text variables, indexed by the numeric code stored in a record. */
export const TEXT_LEVELS: Readonly<Record<string, readonly string[]>> = { region: REGIONS, brb_last_official: OFFICIALS };

/**
 * Writes the records of household `hh` (one per adult, household answers repeated) through
 * `emit`. A record holds one number per entry of VARIABLES (NaN = empty); text variables hold
 * the index into TEXT_LEVELS. The record is a buffer reused for the next adult: copy what you keep
 * (allocating a record per adult made garbage collection the main cost of a population pass).
 */
export function householdAdults(pop: Population, psu: number, hh: number, emit: (record: Float64Array, adult: number, adults: number) => void): void {
  const rng = new Random(mixSeed(pop.seed, 2, hh));
  const stratum = pop.strata[pop.psuStratum[psu]];
  const urban = stratum.urban;
  const crimeRe = pop.psuCrime[psu], bribeRe = pop.psuBribe[psu], safeRe = pop.psuSafety[psu];
  const adults = 1 + Math.min(4, Math.floor(-Math.log(rng.next()) * 1.1));
  const children = rng.bernoulli(0.45) ? rng.int(1, 3) : 0;
  const hhRecord = HOUSEHOLD_SCRATCH.fill(NaN);
  const set = (k: number, v: number): void => { hhRecord[k] = v; };
  set(I.consent, 1); set(I.region, stratum.region); set(I.urban, urban);
  set(I.hh_size, adults + children); set(I.hh_eligible, adults);
  // Net monthly household income (national currency units): log-normal, rising with household size;
  // 4 % don't know and 8 % refuse (the amount is then empty). Its own random stream, so that adding
  // it left every other draw of the household as it was.
  const incomeRng = new Random(mixSeed(pop.seed, 11, hh));
  const incomeNr = incomeRng.pick([0.88, 0.04, 0.08]);
  if (incomeNr === 0) set(I.hh_income, Math.round(Math.exp(Math.log(450) + 0.6 * Math.log(adults + children) + 0.6 * incomeRng.normal())));
  else set(I.hh_income_nr, incomeNr === 1 ? 8 : 9);
  const owns = {
    hh_car: rng.bernoulli(urban === 1 ? 0.6 : 0.7), hh_moto: rng.bernoulli(0.2), hh_bicycle: rng.bernoulli(urban === 1 ? 0.35 : 0.5),
  };
  set(I.hh_car, owns.hh_car ? 1 : 2); set(I.hh_moto, owns.hh_moto ? 1 : 2); set(I.hh_bicycle, owns.hh_bicycle ? 1 : 2);
  const hhFrailty = 0.4 * rng.normal() + crimeRe + (urban === 1 ? 0.25 : 0);
  for (const c of HOUSEHOLD_CRIMES) {
    const owner = OWNER[c];
    if (owner && !owns[owner]) { hhRecord[CRIME_IDX[c].m12] = 0; continue; }
    crimeAnswers(rng, hhRecord, c, hhFrailty);
  }
  for (let a = 0; a < adults; a++) {
    const rec = PERSON_SCRATCH;
    rec.set(hhRecord);
    personAnswers(rng, rec, urban, crimeRe, bribeRe, safeRe);
    emit(rec, a, adults);
  }
}

function crimeAnswers(rng: Random, rec: Float64Array, c: Crime, frailty: number): void {
  const x = CRIME_IDX[c];
  const par = CRIME_PARAMS[c];
  const u = rng.next();
  if (u < 0.004) { rec[x.y5] = 8; rec[x.m12] = 0; return; }
  if (u < 0.007) { rec[x.y5] = 9; rec[x.m12] = 0; return; }
  const victim = rng.bernoulli(plogis(qlogis(par.p5) + frailty));
  rec[x.y5] = victim ? 1 : 2;
  if (!victim) { rec[x.m12] = 0; return; }
  const recent = rng.bernoulli(0.42);
  rec[x.when] = recent ? 1 : 2;
  rec[x.m12] = recent ? 1 : 0;
  if (!recent) return;
  let times = 1;
  while (times < 40 && rng.bernoulli(0.4)) times++;
  rec[x.times] = rng.bernoulli(0.004) ? 997 : times;
  rec[x.where] = 1 + rng.pick(P_WHERE);
  if (!IS_HOUSEHOLD_CRIME.has(c)) {
    rec[x.offenders] = CODES_1238[rng.pick(P_OFFENDERS)];
    rec[x.known] = CODES_1238[rng.pick(P_KNOWN)];
  }
  if (WEAPON.has(c)) rec[x.weapon] = 1 + rng.pick(P_WEAPON);
  if (INJURY.has(c)) rec[x.injury] = rng.bernoulli(0.3) ? 1 : 2;
  const reported = rng.bernoulli(par.report);
  rec[x.repPolice] = reported ? (rng.bernoulli(0.8) ? 1 : 2) : (rng.bernoulli(0.05) ? 3 : 4);
  const other = rng.bernoulli(0.1);
  rec[x.repOther] = other ? 1 : 2;
  rec[x.repComp] = reported || other ? 1 : 0;
  if (reported) rec[x.sat] = 1 + rng.pick(P_SAT);
  rec[x.serious] = 1 + rng.pick(P_SERIOUS);
}

function personAnswers(rng: Random, rec: Float64Array, urban: 1 | 2, crimeRe: number, bribeRe: number, safeRe: number): void {
  const set = (k: number, v: number): void => { rec[k] = v; };
  const sex = rng.bernoulli(0.52) ? 2 : 1;
  const age = Math.min(95, 18 + Math.floor(70 * Math.pow(rng.next(), 1.25)));
  set(I.sex, sex); set(I.age, age); set(I.age_group, ageGroup(age));
  const eduShift = (urban === 1 ? 0.5 : 0) - (age - 45) * 0.02;
  set(I.education, 1 + rng.pick([Math.exp(-eduShift) * 0.25, 0.25, 0.35, Math.exp(eduShift) * 0.18]));
  set(I.employment, age >= 65 ? (rng.bernoulli(0.85) ? 4 : 1) : age < 24 && rng.bernoulli(0.5) ? 3 : 1 + rng.pick([0.6, 0.15, 0, 0.05, 0.12, 0.08]));
  set(I.disability, rng.bernoulli(0.03 + 0.0025 * (age - 18)) ? 1 : 2);
  set(I.citizenship, rng.bernoulli(0.04) ? 2 : 1);
  set(I.sel_method, 1);
  const frailty = 0.5 * rng.normal() + crimeRe + (urban === 1 ? 0.3 : 0) - 0.025 * (age - 40);
  for (const c of PERSONAL_CRIMES) {
    crimeAnswers(rng, rec, c, frailty + (c === 'sexual' && sex === 2 ? 0.7 : 0) + (c === 'assault' && sex === 1 ? 0.3 : 0));
  }
  // SDG 16.1.3 items follow the screeners; 16.3.1 reporting is that of the most recent incident.
  const m12 = (c: Crime): boolean => rec[CRIME_IDX[c].m12] === 1;
  for (const v of VIOLENCE_IDX) {
    if (rng.bernoulli(v.refuse)) { set(v.m12, 9); continue; }
    const victim = v.crimes.find((c) => rec[c.m12] === 1);
    set(v.m12, victim ? 1 : 2);
    if (victim) {
      const code = rec[victim.repPolice] === 1 || rec[victim.repPolice] === 2 ? 1 : rec[victim.repOther] === 1 ? 2 : 3;
      set(v.reported, code);
      set(v.repComp, code === 3 ? 0 : 1);
    }
  }
  // 16.1.4
  const violent = m12('assault') || m12('robbery') || m12('threat') || m12('sexual');
  const pSafe = plogis(0.7 + safeRe + (sex === 1 ? 0.7 : -0.2) - 0.012 * (age - 40) - (urban === 1 ? 0.3 : 0) - (violent ? 0.8 : 0));
  const safe = rng.bernoulli(pSafe);
  const scale = (s: boolean): number => (s ? (rng.bernoulli(0.35) ? 1 : 2) : (rng.bernoulli(0.65) ? 3 : 4));
  const dk = rng.next();
  if (dk < 0.01) { set(I.safe_dark, 99); set(I.safe_feel, 0); } else if (dk < 0.07) {
    set(I.safe_dark, 5);
    const would = scale(safe);
    set(I.safe_dark_would, would); set(I.safe_feel, would <= 2 ? 1 : 0);
  } else {
    const v = scale(safe);
    set(I.safe_dark, v); set(I.safe_feel, v <= 2 ? 1 : 0);
  }
  set(I.safe_day, scale(rng.bernoulli(plogis(qlogis(pSafe) + 1.8))));
  set(I.safe_home_dark, scale(rng.bernoulli(plogis(qlogis(pSafe) + 1.2))));
  for (const t of TRUST_IDX) {
    set(t.k, rng.bernoulli(0.05) ? 8 : rng.bernoulli(t.p + (t.police && violent ? -0.15 : 0)) ? 1 + rng.pick(P_POS) : 3 + rng.pick(P_NEG));
  }
  for (const s of SERVICE_IDX) {
    const used = rng.bernoulli(s.education && age > 60 ? 0.05 : s.use);
    set(s.used, used ? 1 : 2);
    if (!used) continue;
    // Attributes agree with the overall judgement more often than not; 2% DK (8), 1% refused (9).
    const satisfied = rng.bernoulli(s.satisfied);
    for (const a of s.attributes) {
      set(a, rng.bernoulli(0.02) ? 8 : rng.bernoulli(0.01) ? 9 : rng.bernoulli(satisfied ? 0.8 : 0.3) ? 1 + rng.pick(P_POS) : 3 + rng.pick(P_NEG));
    }
    set(s.sat, rng.bernoulli(0.03) ? 8 : satisfied ? 1 + rng.pick(P_POS) : 3 + rng.pick(P_SAT_NEG));
  }
  // Bribery, official by official.
  let contactAny = 0, paidAny = 0, askedAny = 0, timesTotal = 0;
  const paidTo: number[] = [];
  const bribeFrailty = 0.4 * rng.normal() + bribeRe + (urban === 2 ? 0.35 : 0) - 0.01 * (age - 40);
  for (let k = 0; k < OFF_IDX.length; k++) {
    const { o, contact, paid, asked, times } = OFF_IDX[k];
    const had = rng.bernoulli(CONTACT[o]);
    set(contact, had ? 1 : 2);
    if (!had) continue;
    contactAny = 1;
    const refused = rng.bernoulli(0.01);
    const gave = !refused && rng.bernoulli(plogis(qlogis(BRIBE[o]) + bribeFrailty));
    set(paid, refused ? 9 : gave ? 1 : 2);
    const wasAsked = refused ? false : rng.bernoulli(gave ? 0.5 : 0.03);
    set(asked, refused ? 9 : wasAsked ? 1 : 2);
    if (wasAsked) askedAny = 1;
    if (gave) {
      paidAny = 1;
      let t = 1;
      while (t < 30 && rng.bernoulli(0.6)) t++;
      set(times, t);
      timesTotal += t;
      paidTo.push(k);
    }
  }
  set(I.brb_contact_any, contactAny); set(I.brb_paid_any, paidAny); set(I.brb_asked_any, askedAny);
  set(I.brb_any, paidAny || askedAny ? 1 : 0); set(I.brb_times_total, timesTotal);
  if (paidAny) {
    set(I.brb_last_official, paidTo[rng.int(0, paidTo.length - 1)]);
    const form = 1 + rng.pick(P_FORM);
    set(I.brb_last_form, form);
    if (form === 1) set(I.brb_last_amount_eur, Math.max(5, Math.round(Math.exp(Math.log(60) + 0.8 * rng.normal()))));
    set(I.brb_last_initiative, 1 + rng.pick(P_INITIATIVE));
    set(I.brb_last_purpose, 1 + rng.pick(P_PURPOSE));
    const rep = 1 + rng.pick(P_REPORTED);
    set(I.brb_last_reported, rep); set(I.brb_reported, rep <= 2 ? 1 : 0);
  }
  // Optional corruption blocks (surveys/src/corruption-blocks.ts): recruitment (3 years) and vote-buying.
  const codes = [1, 2, 8, 9];
  const applied = [1, 2, 8, 9][rng.pick(P_REC_APPLIED)];
  set(I.rec_applied, applied);
  if (applied === 1) {
    set(I.rec_hired, [1, 2, 3, 8, 9][rng.pick(P_REC_HIRED)]);
    set(I.rec_bribe, [1, 2, 3, 8, 9][rng.pick(P_REC_BRIBE)]);
  }
  const offered = codes[rng.pick(P_VOTE_OFFERED)];
  set(I.vote_offered, offered);
  if (offered === 1) {
    set(I.vote_accepted, codes[rng.pick(P_VOTE_ACCEPTED)]);
    set(I.vote_reported, codes[rng.pick(P_VOTE_REPORTED)]);
  }
}
