/**
 * The rows and domains an indicator is estimated on: its universe among the respondents, with
 * numerator (and denominator) observed, crossed with the by-variables of each table.
 */
import { domainsOf, wholePopulation, type Domains } from '../domains';
import { categoryValues, type DataTable } from '../io/table';
import type { ExpressionEvaluator } from './expression';
import type { CompiledIndicator } from './catalogue';

/** Disaggregations: each entry a list of by-variables crossed with each other ([] = the whole population). */
export type BySets = readonly (readonly string[])[];

/** `var=value;var=value` — the domain as the CSV report and truth.json write it. */
export function domainKey(domain: Readonly<Record<string, string>>): string {
  return Object.entries(domain).map(([k, v]) => `${k}=${v}`).join(';');
}

/** The by-sets an indicator is tabulated over. */
export function indicatorBySets(ind: CompiledIndicator, by: BySets | undefined): (readonly string[])[] {
  return by ? [[], ...by.filter((b) => b.length > 0)] : [[], ...ind.disaggregations.map((d) => [d])];
}

/** Domains of a by-set with its per-row codes (missing by-values in no domain); cached by key. */
export class DomainCache {
  private readonly cache = new Map<string, Domains>();
  constructor(private readonly table: DataTable) {}
  get(by: readonly string[]): Domains {
    const key = by.join('\u0000');
    let d = this.cache.get(key);
    if (!d) {
      d = by.length === 0 ? wholePopulation(this.table.rowCount) : domainsOf(by.map((b) => ({ ...categoryValues(this.table, b), name: b })), 'exclude');
      this.cache.set(key, d);
    }
    return d;
  }
}

/** Rows in the universe with numerator (and denominator) observed, and among respondents. */
export function usableRows(ev: ExpressionEvaluator, ind: CompiledIndicator, y: Float64Array, x: Float64Array | undefined, respondents: Uint8Array | undefined): Uint8Array {
  const u = ev.mask(ind.universeExpr);
  for (let i = 0; i < u.length; i++) {
    if (u[i] && (Number.isNaN(y[i]) || (x !== undefined && Number.isNaN(x[i])) || (respondents !== undefined && !respondents[i]))) u[i] = 0;
  }
  return u;
}

/**
 * The by-set's domains restricted to the usable rows, with domains left without a row dropped
 * (the others renumbered in order), so every domain passed to the estimator has rows. The codes
 * are written into `of` (a work array the caller may reuse once the estimate is made).
 */
export function usableDomains(domains: Domains, rows: Uint8Array, of = new Int32Array(rows.length)): Domains {
  const counts = new Int32Array(domains.count);
  for (let i = 0; i < of.length; i++) {
    const d = rows[i] ? domains.of[i] : -1;
    of[i] = d;
    if (d >= 0) counts[d]++;
  }
  if (counts.every((c) => c > 0)) return { ...domains, of };
  const renumber = new Int32Array(domains.count).fill(-1);
  const labels: Readonly<Record<string, string>>[] = [];
  for (let d = 0; d < domains.count; d++) if (counts[d] > 0) { renumber[d] = labels.length; labels.push(domains.labels[d]); }
  for (let i = 0; i < of.length; i++) if (of[i] >= 0) of[i] = renumber[of[i]];
  return { count: labels.length, of, labels };
}

