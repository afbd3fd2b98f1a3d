/**
 * The person and household designs of an indicator run, both from one design spec
 * (design-spec.ts). Households: one adult per household is interviewed with probability 1/k,
 * so the person weight = household weight × k; the household design is the person design with
 * every weight (and replicate weight) × 1/k, or × weight_hh / weight when the spec names a
 * household weight column. Calibration (the design's targets are persons) applies to the person
 * design only.
 */
import { AnalysisError } from '../errors';
import type { SurveyDesign } from '../design';
import { designFromTable, weightValues } from '../design-build';
import type { DesignSpec } from '../design-spec';
import { numericValues, type DataTable } from '../io/table';
import { ExpressionEvaluator, parseExpression } from './expression';

export interface IndicatorDesigns {
  readonly person: SurveyDesign;
  /** Built on first use (household indicators only). */
  readonly household: () => SurveyDesign;
  /** Rows that are completed interviews (design file `respondents`), or all rows. */
  readonly respondents?: Uint8Array;
}

/** weight_hh / weight, or 1/hh_eligible, per row: what turns person weights into household weights. */
function householdFactor(table: DataTable, spec: DesignSpec): Float64Array {
  const weights = weightValues(table, spec.weight);
  const hw = spec.weight_hh ? weightValues(table, spec.weight_hh) : undefined;
  const k = hw ? undefined : numericValues(table, 'hh_eligible');
  const f = new Float64Array(table.rowCount);
  for (let i = 0; i < f.length; i++) {
    f[i] = hw ? (weights[i] === 0 ? 0 : hw[i] / weights[i]) : 1 / k![i];
    if (!Number.isFinite(f[i]) && weights[i] !== 0) {
      throw new AnalysisError('missing-weight', `row ${i + 1}: no household weight (${spec.weight_hh ? `column "${spec.weight_hh}"` : 'hh_eligible'} is missing or zero)`);
    }
  }
  return f;
}

/** Builds the person and household designs that a design spec describes. */
export function buildDesigns(table: DataTable, spec: DesignSpec): IndicatorDesigns {
  const respondents = spec.respondents ? new ExpressionEvaluator(table).mask(parseExpression(spec.respondents)) : undefined;
  const person = designFromTable(table, spec);
  let household: SurveyDesign | undefined;
  return {
    person,
    household: () => {
      household ??= designFromTable(table, spec, { rowFactor: householdFactor(table, spec), calibrate: false });
      return household;
    },
    ...(respondents ? { respondents } : {}),
  };
}
