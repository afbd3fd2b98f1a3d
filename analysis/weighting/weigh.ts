/**
 * The weighting chain of a household survey with one interviewed adult per household (UNODC–UNECE
 * Manual on Victimization Surveys §V.D; Valliant, Dever & Kreuter 2018, ch. 13–14):
 *
 *   w_i = d_i · f_c(i) · s_i · g_i
 *
 *   d_i   base weight 1/π_i of the household (sample.csv, from `jha-survey sample`)
 *   f_c   nonresponse adjustment of its weighting class, unknown eligibility through AAPOR's e
 *         (nonresponse.ts); d_i · f_c is the household weight
 *   s_i   within-household selection factor of the interviewed adult (selection.ts)
 *   g_i   calibration to population margins, raking (R `survey::rake`) or linear (R
 *         `survey::calibrate`), then trimming to bounds and calibrating again (R `trimWeights`)
 *
 * A pure function of parsed tables and a plan, so the CLI (`jha-survey weight`) and the server's
 * manager screen run the same code.
 */
import { AnalysisError } from '../errors';
import { compareLabels, linearizationDesign, type Labelled, type LinearizationDesign, type ReplicateDesign } from '../design';
import { categoryValues, numericValues, type DataTable } from '../io/table';
import { calibrate, modelMatrix } from '../calibration/calibrate';
import { asReplicateDesign } from '../replicates';
import { rake } from '../calibration/rake';
import { trimWeights } from '../calibration/trim';
import type { PopulationCounts } from '../calibration/poststratify';
import { dispositionCategory, type DispositionCategory } from '../response-rates/aapor';
import type { DesignSpec } from '../design-spec';
import { groupLabel, type WeightingPlan } from './plan';
import { nonresponseAdjustment, type CaseStatus, type NonresponseResult } from './nonresponse';
import { selectionFactor } from './selection';
import { weightingReport, type WeightingReport } from './report';

export interface WeightingInput {
  /** sample.csv as written by `jha-survey sample` (case_id, stratum, psu, base_weight, frame columns). */
  readonly sample: DataTable;
  /** The server's CSV export: one row per interview and per case closed without one (case_id, disposition, questionnaire_id, answers). */
  readonly data: DataTable;
  /** MARGINS.csv: variable, level, total. */
  readonly population: DataTable;
  readonly plan: WeightingPlan;
}

/** The responding units and their weights, in sample order. */
export interface WeightedUnits {
  readonly caseId: readonly string[];
  /** Row of each unit in the export and in the sample. */
  readonly dataRow: Int32Array;
  readonly sampleRow: Int32Array;
  readonly stratum: readonly string[];
  readonly psu: readonly string[];
  readonly base: Float64Array;
  readonly nonresponse: Float64Array;
  readonly selection: Float64Array;
  readonly calibration: Float64Array;
  /** Final person weight d·f·s·g, and household weight d·f. */
  readonly weight: Float64Array;
  readonly weightHh: Float64Array;
  /** Derived variables (age_group …) by name, one label per unit. */
  readonly derived: ReadonlyMap<string, readonly string[]>;
  /** Replicate person weights (full analysis weights), when the plan asks for them. */
  readonly replicates?: readonly Float64Array[];
}

/** Names of the replicate-weight columns of microdata.csv (`repw_1` …) and the pattern design.json gives. */
export const REPLICATE_COLUMN = (r: number): string => `repw_${r + 1}`;
export const REPLICATE_PATTERN = '^repw_[0-9]+$';

export interface WeightingResult {
  readonly units: WeightedUnits;
  /** design.json for `analyze indicators` (the columns microdataCsv writes). */
  readonly design: DesignSpec;
  readonly report: WeightingReport;
}

/** Column names of the sample file and of the export this chain reads. */
export const WEIGHTING_COLUMNS = {
  caseId: 'case_id', stratum: 'stratum', psu: 'psu', baseWeight: 'base_weight', disposition: 'disposition', questionnaire: 'questionnaire_id',
} as const;

const STATUS: Record<DispositionCategory, CaseStatus> = { I: 'R', P: 'N', R: 'N', NC: 'N', O: 'N', UH: 'U', UO: 'U', NE: 'X' };

function texts(table: DataTable, name: string, file: string): string[] {
  if (!table.columns.has(name)) throw new AnalysisError('missing-column', `${file} has no column "${name}" (columns: ${table.names.slice(0, 12).join(', ')}${table.names.length > 12 ? ', …' : ''})`);
  const c = categoryValues(table, name);
  return Array.from(c.codes, (k) => (k < 0 ? '' : c.levels[k]));
}

export function weightSurvey(input: WeightingInput): WeightingResult {
  const { sample, data, population, plan } = input;
  const C = WEIGHTING_COLUMNS;
  const sel = { eligible: plan.selection?.eligible ?? 'hh_eligible', method: plan.selection?.method ?? 'sel_method', kishNumber: plan.selection?.kishNumber ?? 'sel_kish_number' };

  // The export must come from the questionnaire the plan weights, and record the selection.
  const qids = data.columns.has(C.questionnaire) ? [...new Set(texts(data, C.questionnaire, 'the export').filter((q) => q !== ''))] : [];
  if (qids.length > 1) throw new AnalysisError('wrong-questionnaire', `the export mixes questionnaires ${qids.join(', ')}: export one questionnaire`);
  if (plan.questionnaire && qids.length === 1 && qids[0] !== plan.questionnaire) {
    throw new AnalysisError('wrong-questionnaire', `the export is from questionnaire "${qids[0]}" but the weighting plan is for "${plan.questionnaire}"`);
  }
  const lacking = [sel.eligible, sel.method].filter((c) => !data.columns.has(c));
  if (lacking.length > 0) {
    throw new AnalysisError('wrong-questionnaire', `the export${qids.length === 1 ? ` of questionnaire "${qids[0]}"` : ''} has no ${lacking.join(', ')}: it does not record the within-household selection (export the questionnaire that does, or name its columns in the plan's "selection")`);
  }

  // Every sampled case must be in the export, with its final disposition.
  const sampleIds = texts(sample, C.caseId, 'the sample');
  const strata = texts(sample, C.stratum, 'the sample');
  const psus = texts(sample, C.psu, 'the sample');
  if (!sample.columns.has(C.baseWeight)) throw new AnalysisError('missing-column', `the sample has no column "${C.baseWeight}" (write it with jha-survey sample)`);
  const base = numericValues(sample, C.baseWeight);
  const dataIds = texts(data, C.caseId, 'the export');
  const dispositions = texts(data, C.disposition, 'the export');
  const respondentCodes = new Set<DispositionCategory>((plan.respondents ?? ['1.1']).map((c) => (c === '1.1' ? 'I' : 'P')));
  const rowsOf = new Map<string, number[]>();
  dataIds.forEach((id, r) => { if (id !== '') rowsOf.set(id, [...(rowsOf.get(id) ?? []), r]); });
  const seen = new Set<string>();
  const missing: string[] = [];
  const status: CaseStatus[] = [];
  const categories: DispositionCategory[] = [];
  const dataRowOf = new Int32Array(sample.rowCount).fill(-1);
  for (let i = 0; i < sample.rowCount; i++) {
    const id = sampleIds[i];
    if (seen.has(id)) throw new AnalysisError('duplicate-case', `the sample lists case ${id} twice`);
    seen.add(id);
    const rows = rowsOf.get(id);
    if (!rows) { missing.push(id); continue; }
    const parsed = rows.map((r) => {
      const cat = dispositionCategory(dispositions[r]);
      if (!cat) throw new AnalysisError('bad-option', `export row ${r + 2} (case ${id}): "${dispositions[r]}" is not an AAPOR final disposition code`);
      return { r, cat, responding: respondentCodes.has(cat) };
    });
    const responding = parsed.filter((p) => p.responding);
    if (responding.length > 1) throw new AnalysisError('duplicate-case', `case ${id} has ${responding.length} interviews in the export (rows ${responding.map((p) => p.r + 2).join(', ')}): keep one (review) before weighting`);
    const chosen = responding[0] ?? parsed[parsed.length - 1];
    dataRowOf[i] = chosen.r;
    categories.push(chosen.cat);
    status.push(chosen.responding ? 'R' : STATUS[chosen.cat] === 'R' ? 'N' : STATUS[chosen.cat]);
  }
  if (missing.length > 0) {
    throw new AnalysisError('case-missing-from-export', `${missing.length} sampled case${missing.length === 1 ? ' is' : 's are'} not in the export (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}): every case needs its interview or its final disposition`);
  }
  const outside = dataIds.filter((id) => !seen.has(id)).length;

  // Nonresponse adjustment in weighting classes of sample variables.
  const classVars = plan.nonresponse?.classes ?? [C.stratum];
  const classCols = classVars.map((v) => texts(sample, v, 'the sample'));
  const classLabels = sampleIds.map((_, i) => classCols.map((c) => c[i]).join(' × '));
  const nr: NonresponseResult = nonresponseAdjustment(status, base, classLabels, {
    ...(plan.nonresponse?.eligibility !== undefined ? { eligibility: plan.nonresponse.eligibility } : {}),
    ...(plan.nonresponse?.minRespondents !== undefined ? { minRespondents: plan.nonresponse.minRespondents } : {}),
    ...(plan.nonresponse?.collapse !== undefined ? { collapse: plan.nonresponse.collapse } : {}),
  });

  // Responding units.
  const idx: number[] = [];
  for (let i = 0; i < status.length; i++) if (status[i] === 'R') idx.push(i);
  const n = idx.length;
  if (n === 0) throw new AnalysisError('no-respondents', 'no sampled case has a responding disposition');
  const dataRow = Int32Array.from(idx, (i) => dataRowOf[i]);
  const eligible = numericValues(data, sel.eligible), method = numericValues(data, sel.method);
  const kish = data.columns.has(sel.kishNumber) ? numericValues(data, sel.kishNumber) : new Float64Array(data.rowCount).fill(NaN);
  const unitBase = Float64Array.from(idx, (i) => base[i]);
  const unitNr = Float64Array.from(idx, (i) => nr.factors[i]);
  const selection = Float64Array.from(dataRow, (r, j) => selectionFactor(sampleIds[idx[j]], eligible[r], method[r], kish[r]));
  const weightHh = Float64Array.from(unitBase, (d, j) => d * unitNr[j]);
  const prior = Float64Array.from(weightHh, (w, j) => w * selection[j]);

  // Derived variables (age groups …) for the margins.
  const derived = new Map<string, string[]>();
  for (const [name, spec] of Object.entries(plan.derive ?? {})) {
    if (!data.columns.has(spec.from)) throw new AnalysisError('missing-column', `the export has no column "${spec.from}" (derive.${name}.from)`);
    const x = numericValues(data, spec.from);
    derived.set(name, Array.from(dataRow, (r) => groupLabel(spec.breaks, x[r]) ?? ''));
  }
  const unitValues = (v: string): string[] => {
    const d = derived.get(v);
    if (d) return d;
    const col = texts(data, v, 'the export');
    return Array.from(dataRow, (r) => col[r]);
  };

  // Calibration, trimming, calibration again.
  const design0 = linearizationDesign({
    weights: prior,
    strata: labelled(idx.map((i) => strata[i]), C.stratum), psu: labelled(idx.map((i) => psus[i]), C.psu), nest: true,
    names: { weights: 'weight', strata: C.stratum, psu: C.psu },
  });
  let final: LinearizationDesign = design0;
  // The weights the last calibration started from (the replicates repeat that calibration).
  let start: Float64Array = prior;
  let calibrateReplicates: ((d: ReplicateDesign) => ReplicateDesign) | undefined;
  let calibrationInfo: WeightingReport['calibration'];
  let marginSpecs: { variable: string; totals: Record<string, number> }[] = [];
  if (plan.calibration) {
    const cal = plan.calibration;
    const method = cal.method ?? 'rake';
    marginSpecs = readMargins(population, cal.margins);
    const factors = cal.margins.map((v) => {
      const values = unitValues(v);
      const empty = values.findIndex((x) => x === '');
      if (empty >= 0) throw new AnalysisError('bad-calibration', `case ${sampleIds[idx[empty]]}: no value of margin variable "${v}"`);
      return labelled(values, v);
    });
    factors.forEach((f, k) => {
      const inSample = new Set(f.levels);
      for (const [level, total] of Object.entries(marginSpecs[k].totals)) {
        if (total > 0 && !inSample.has(level)) throw new AnalysisError('bad-calibration', `margin ${f.name} = ${level} (population ${total}) has no respondent: collapse it with a neighbour in MARGINS.csv and the plan`);
      }
      for (const level of inSample) {
        if (!(level in marginSpecs[k].totals)) throw new AnalysisError('bad-calibration', `respondents have ${f.name} = ${level}, which MARGINS.csv does not list`);
      }
    });
    const pops: PopulationCounts[] = marginSpecs.map((m) => ({ levels: Object.keys(m.totals), counts: Object.values(m.totals) }));
    const maxit = cal.maxit ?? 50;
    const calibrateOnce = (d: LinearizationDesign): LinearizationDesign => {
      if (method === 'rake') {
        const r = rake(d, factors, pops, { maxit, epsilon: cal.epsilon ?? 1e-7 });
        if (!r.converged) throw new AnalysisError('raking-not-converged', `raking to ${cal.margins.join(' + ')} did not converge in ${maxit} iterations (calibration.maxit): margins may contradict each other or a cell is nearly empty`);
        return r;
      }
      const model = modelMatrix(n, factors, []);
      const totals = [marginSpecs[0] ? sum(Object.values(marginSpecs[0].totals)) : 0];
      factors.forEach((f, k) => {
        const order = [...f.levels].sort(compareLabels);
        for (const level of order.slice(1)) totals.push(marginSpecs[k].totals[level]);
      });
      return calibrate(d, model, totals);
    };
    final = calibrateOnce(design0);
    calibrateReplicates = (d) => {
      if (method !== 'rake') throw new AnalysisError('bad-plan', 'weighting plan: replicate weights are calibrated by raking (calibration.method "rake"); linear calibration of replicates is not supported');
      const r = rake(d, factors, pops, { maxit, epsilon: cal.epsilon ?? 1e-7 });
      if (!r.converged) throw new AnalysisError('raking-not-converged', `raking the replicate weights did not converge in ${maxit} iterations (calibration.maxit)`);
      return r;
    };
    let rounds = 0, trimmedUnits = 0;
    let bounds: { lower: number; upper: number } | undefined;
    if (plan.trimming) {
      const mean = sum(final.weights) / n;
      bounds = { lower: (plan.trimming.lower ?? 0) * mean, upper: (plan.trimming.upper ?? Infinity) * mean };
      const maxRounds = plan.trimming.rounds ?? 10;
      const outside = (w: Float64Array): number => w.reduce((a, x) => a + (x < bounds!.lower * (1 - 1e-9) || x > bounds!.upper * (1 + 1e-9) ? 1 : 0), 0);
      while (rounds < maxRounds && outside(final.weights) > 0) {
        trimmedUnits += outside(final.weights);
        const trimmed = trimWeights(final, { lower: bounds.lower, upper: bounds.upper, strict: true });
        start = trimmed.weights;
        final = calibrateOnce({ ...design0, weights: trimmed.weights });
        rounds++;
      }
    }
    calibrationInfo = {
      method, margins: cal.margins, rounds, trimmedUnits,
      ...(bounds ? { bounds, withinBounds: final.weights.every((x) => x >= bounds.lower * (1 - 1e-6) && x <= bounds.upper * (1 + 1e-6)) } : {}),
      table: factors.map((f, k) => ({
        variable: f.name,
        levels: Object.keys(marginSpecs[k].totals).sort(compareLabels).map((level) => {
          const code = f.levels.indexOf(level);
          let before = 0, after = 0;
          for (let j = 0; j < n; j++) if (f.codes[j] === code) { before += prior[j]; after += final.weights[j]; }
          return { level, population: marginSpecs[k].totals[level], before, after };
        }),
      })),
    };
  } else if (plan.trimming) {
    throw new AnalysisError('bad-plan', 'weighting plan: trimming needs calibration (weights are re-calibrated after trimming)');
  }
  // Replicate weights (R as.svrepdesign on the design of the responding units, then the same
  // calibration in every replicate, R's rake on a svyrep.design). The nonresponse and selection
  // factors are held fixed across replicates.
  let replicates: ReplicateDesign | undefined;
  if (plan.replicates) {
    const rep = plan.replicates;
    const converted = asReplicateDesign({ ...design0, weights: start }, { type: rep.type, ...(rep.count !== undefined ? { replicates: rep.count } : {}), seed: rep.seed ?? 1 });
    replicates = calibrateReplicates ? calibrateReplicates(converted) : converted;
  }
  const weight = final.weights;
  const calibrationFactor = Float64Array.from(weight, (w, j) => w / prior[j]);

  const units: WeightedUnits = {
    caseId: idx.map((i) => sampleIds[i]), dataRow, sampleRow: Int32Array.from(idx),
    stratum: idx.map((i) => strata[i]), psu: idx.map((i) => psus[i]),
    base: unitBase, nonresponse: unitNr, selection, calibration: calibrationFactor, weight, weightHh, derived,
    ...(replicates ? { replicates: replicates.replicates } : {}),
  };
  const design: DesignSpec = {
    weight: 'weight', weight_hh: 'weight_hh', strata: C.stratum, psu: C.psu, nest: true, lonelyPsu: plan.lonelyPsu ?? 'fail',
    // Replicate columns carry the calibration themselves; a linearization design names the margins.
    ...(replicates ? {
      replicate: { columns: REPLICATE_PATTERN, type: replicates.type, scale: replicates.scale, ...(replicates.type === 'JKn' ? { rscales: [...replicates.rscales] } : {}) },
    } : plan.calibration ? { calibration: { method: 'rake' as const, margins: marginSpecs } } : {}),
    ciMethod: 'logit', level: 0.95,
  };
  const report = weightingReport({
    units, categories, status, nonresponse: nr, prior, calibration: calibrationInfo,
    classLabels, exportRows: data.rowCount, outsideSample: outside, eligibleAdults: Array.from(dataRow, (r) => eligible[r]), methods: Array.from(dataRow, (r) => method[r]),
  });
  return { units, design, report };
}

const sum = (x: ArrayLike<number>): number => { let s = 0; for (let i = 0; i < x.length; i++) s += x[i]; return s; };

function labelled(values: readonly string[], name: string): Labelled & { name: string } {
  const levels: string[] = [];
  const index = new Map<string, number>();
  const codes = Int32Array.from(values, (v) => {
    let c = index.get(v);
    if (c === undefined) { c = levels.length; levels.push(v); index.set(v, c); }
    return c;
  });
  return { codes, levels, name };
}

/**
 * MARGINS.csv: one row per margin cell, `variable,level,total` (e.g. `sex,2,1043200`). Each
 * margin must add up to the same population total (`margins-disagree` otherwise: raking could
 * not meet both, and linear calibration would fit one of them only).
 */
export function readMargins(population: DataTable, variables: readonly string[]): { variable: string; totals: Record<string, number> }[] {
  const variable = texts(population, 'variable', 'MARGINS.csv'), level = texts(population, 'level', 'MARGINS.csv');
  const total = numericValues(population, 'total');
  const out = variables.map((v) => {
    const totals: Record<string, number> = {};
    for (let r = 0; r < population.rowCount; r++) {
      if (variable[r] !== v) continue;
      if (!(total[r] >= 0)) throw new AnalysisError('bad-calibration', `MARGINS.csv row ${r + 2}: total of ${v} = ${level[r]} is not a non-negative number`);
      if (level[r] in totals) throw new AnalysisError('bad-calibration', `MARGINS.csv row ${r + 2}: ${v} = ${level[r]} is listed twice`);
      totals[level[r]] = total[r];
    }
    if (Object.keys(totals).length === 0) {
      const known = [...new Set(variable)].filter((x) => x !== '');
      throw new AnalysisError('missing-column', `MARGINS.csv has no margin "${v}" (it has: ${known.join(', ')})`);
    }
    return { variable: v, totals };
  });
  const sums = out.map((m) => sum(Object.values(m.totals)));
  for (let k = 1; k < sums.length; k++) {
    if (Math.abs(sums[k] - sums[0]) > 1e-6 * Math.max(1, sums[0])) {
      throw new AnalysisError('margins-disagree', `margins disagree: ${out[0].variable} adds up to ${sums[0]} but ${out[k].variable} to ${sums[k]} (every margin must total the same population)`);
    }
  }
  return out;
}
