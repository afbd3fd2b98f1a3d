// The design form of the analysis screen: the columns an analyst picks become the same
// DesignSpec object a design.json describes (analysis/design-spec.ts).
import type { DesignSpec } from '../../../analysis/design-spec';
import { UNWEIGHTED } from '../../../analysis/design';
import { LONELY_PSU_POLICIES, type LonelyPsuPolicy } from '../../../analysis/design';

// "No weights" (every interview counts once) and the lonely-PSU choices are the design spec's.
export { UNWEIGHTED, LONELY_PSU_POLICIES, type LonelyPsuPolicy };

export interface DesignForm {
  /** A column, or UNWEIGHTED. */
  readonly weight: string;
  /** A column, or '' for the person weight divided by hh_eligible (design.json's default). */
  readonly weightHh: string;
  /** A column, or '' for none. */
  readonly strata: string;
  readonly psu: string;
  readonly fpc: string;
  readonly lonelyPsu: LonelyPsuPolicy;
}

const CONVENTIONAL = {
  weight: ['weight', 'wgt', 'pweight', 'w'],
  weightHh: ['weight_hh', 'hh_weight', 'hweight'],
  strata: ['stratum', 'strata'],
  psu: ['psu', 'cluster', 'ea'],
  fpc: ['fpc'],
} as const;

function firstPresent(columns: readonly string[], names: readonly string[]): string {
  const lower = new Map(columns.map((c) => [c.toLowerCase(), c]));
  for (const n of names) {
    const hit = lower.get(n);
    if (hit !== undefined) return hit;
  }
  return '';
}

/** The form filled from columns with the conventional names (as `simulate` and most agencies write them). */
export function prefillDesignForm(columns: readonly string[]): DesignForm {
  const weight = firstPresent(columns, CONVENTIONAL.weight);
  return {
    weight: weight === '' ? UNWEIGHTED : weight,
    weightHh: weight === '' ? '' : firstPresent(columns, CONVENTIONAL.weightHh),
    strata: firstPresent(columns, CONVENTIONAL.strata),
    psu: firstPresent(columns, CONVENTIONAL.psu),
    fpc: firstPresent(columns, CONVENTIONAL.fpc),
    lonelyPsu: 'fail',
  };
}

/** Keeps a prefilled form's choices that still name a column of new data, and prefills the rest. */
export function adaptDesignForm(form: DesignForm | undefined, columns: readonly string[]): DesignForm {
  const fresh = prefillDesignForm(columns);
  if (!form) return fresh;
  const keep = (value: string, fallback: string) => (value === '' || columns.includes(value) ? value : fallback);
  return {
    weight: form.weight === UNWEIGHTED || columns.includes(form.weight) ? form.weight : fresh.weight,
    weightHh: keep(form.weightHh, fresh.weightHh),
    strata: keep(form.strata, fresh.strata),
    psu: keep(form.psu, fresh.psu),
    fpc: keep(form.fpc, fresh.fpc),
    lonelyPsu: form.lonelyPsu,
  };
}

/** The DesignSpec the form describes. PSU labels are nested in strata (safe when they are unique). */
export function designFromForm(form: DesignForm): DesignSpec {
  const unweighted = form.weight === UNWEIGHTED;
  return {
    weight: form.weight,
    ...(unweighted ? { weight_hh: UNWEIGHTED } : form.weightHh !== '' ? { weight_hh: form.weightHh } : {}),
    ...(form.strata !== '' ? { strata: form.strata } : {}),
    ...(form.psu !== '' ? { psu: form.psu } : {}),
    ...(form.fpc !== '' ? { fpc: form.fpc } : {}),
    ...(form.strata !== '' && form.psu !== '' ? { nest: true } : {}),
    lonelyPsu: form.lonelyPsu,
  };
}

/** True when the design weighs every interview equally because the analyst chose no weights. */
export function isUnweighted(design: DesignSpec): boolean {
  return design.weight === UNWEIGHTED;
}
