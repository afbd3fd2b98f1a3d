// Loads the R-produced fixtures (test/fixtures/analysis, made by make-fixtures.R).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readCsv, type DataTable } from '../../../analysis';

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
  replicate_weights?: string; replicate_type?: 'JK1' | 'JKn' | 'BRR' | 'Fay' | 'bootstrap'; rho?: number; mse?: boolean; rscales?: number[];
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
