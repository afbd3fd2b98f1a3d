// Loads the R-produced fixtures (test/fixtures/analysis, made by make-fixtures.R).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import {
  asReplicateDesign, calibrate, categoryValues, designFromTable, modelMatrix, numericValues, parseDesignSpec, postStratify, rake, readCsv, trimWeights,
  type DataTable, type LinearizationDesign, type SurveyDesign, type QuantileRule, type QuantileInterval,
} from '../../../analysis';

export const fixtureDir = join(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures/analysis');

export interface CalibrationSpec {
  kind: 'poststratify' | 'rake' | 'linear';
  variables?: string[];
  population?: { levels: string[]; counts: number[] }[];
  factors?: string[];
  numeric?: string[];
  totals?: { intercept: number; factors: Record<string, Record<string, number>>; numeric: Record<string, number> };
}

export interface DesignSpec {
  data: string; weights: string; strata?: string; psu?: string; fpc?: string; nest?: boolean;
  stages?: { cluster: string; fpc?: string }[];
  replicate_weights?: string; replicate_type?: 'JK1' | 'JKn' | 'BRR' | 'Fay' | 'bootstrap'; rho?: number; mse?: boolean; rscales?: number[]; scale?: number;
  calibration?: CalibrationSpec; trim?: { lower: number; upper: number };
  convert?: { type: 'JK1' | 'JKn' | 'BRR' | 'Fay'; rho?: number };
}

export interface FixtureResult {
  domain: Record<string, string>; estimate: number | null; se: number | null; df: number; n: number;
  ci_low: number | null; ci_high: number | null; deff?: number | null;
}

export interface FixtureCase {
  id: string; data: string; design_call: string; design: DesignSpec;
  estimator: 'mean' | 'total' | 'ratio' | 'proportion' | 'quantile';
  variable: string; denominator?: string; by?: string[] | string; missing: 'fail' | 'exclude';
  method?: 'logit' | 'likelihood' | 'asin' | 'beta' | 'mean' | 'xlogit'; level: number; quantile?: number;
  qrule?: QuantileRule; interval_type?: QuantileInterval;
  lonely_psu: 'fail' | 'remove' | 'certainty' | 'adjust' | 'average';
  calls: string[]; results?: FixtureResult[]; error?: string; error_detail?: string;
}

export function loadCases(): FixtureCase[] {
  const json = JSON.parse(readFileSync(join(fixtureDir, 'cases.json'), 'utf8')) as { cases: FixtureCase[] };
  return json.cases;
}

const tables = new Map<string, DataTable>();
export function loadTable(name: string): DataTable {
  let t = tables.get(name);
  if (!t) {
    t = readCsv(readFileSync(join(fixtureDir, `${name}.csv`)));
    tables.set(name, t);
  }
  return t;
}

/** The design a fixture's spec describes, built as the CLI and design.json build it. */
export function buildDesign(s: DesignSpec, table: DataTable, lonelyPsu: FixtureCase['lonely_psu'] = 'fail'): SurveyDesign {
  // The design as a design.json would describe it, through the one builder (design-build.ts).
  let design = designFromTable(table, parseDesignSpec({
    weight: s.weights,
    ...(s.strata ? { strata: s.strata } : {}), ...(s.psu ? { psu: s.psu } : {}), ...(s.fpc ? { fpc: s.fpc } : {}),
    ...(s.stages ? { stages: s.stages } : {}),
    nest: s.nest ?? false, lonelyPsu,
    ...(s.replicate_weights ? {
      replicate: {
        columns: s.replicate_weights, type: s.replicate_type!,
        ...(s.rho !== undefined ? { rho: s.rho } : {}), ...(s.mse ? { mse: true } : {}), ...(s.rscales ? { rscales: s.rscales } : {}),
        ...(s.scale !== undefined ? { scale: s.scale } : {}),
      },
    } : {}),
  }));
  const cal = s.calibration;
  if (cal) {
    if (cal.kind === 'poststratify') {
      design = postStratify(design, { ...categoryValues(table, cal.variables![0]) }, cal.population![0]);
    } else if (cal.kind === 'rake') {
      design = rake(design, cal.variables!.map((v) => categoryValues(table, v)), cal.population!);
    } else {
      const mm = modelMatrix(table.rowCount, cal.factors!.map((f) => ({ ...categoryValues(table, f), name: f })),
        cal.numeric!.map((x) => ({ name: x, values: numericValues(table, x) })));
      const t = cal.totals!;
      const totals = mm.names.map((name) => {
        if (name === '(Intercept)') return t.intercept;
        if (name in t.numeric) return t.numeric[name];
        for (const [f, levels] of Object.entries(t.factors)) if (name.startsWith(f) && name.slice(f.length) in levels) return levels[name.slice(f.length)];
        throw new Error(`no total for ${name}`);
      });
      design = calibrate(design, mm, totals);
    }
  }
  if (s.trim) design = trimWeights(design as LinearizationDesign, s.trim);
  if (s.convert) design = asReplicateDesign(design as LinearizationDesign, { type: s.convert.type, ...(s.convert.rho !== undefined ? { rho: s.convert.rho } : {}) });
  return design;
}
