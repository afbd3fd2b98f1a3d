/**
 * Population values of the indicators (the simulator's truth.json): point values only,
 * Σ w·y / Σ w·x over the universe per domain, accumulated over chunks of a finite population.
 * A mean-of-shares is (1/k) Σ_j Y_j / X_j over its components, each accumulated apart.
 */
import type { DataTable } from '../io/table';
import { ExpressionEvaluator } from './expression';
import type { CompiledIndicator } from './catalogue';
import { DomainCache, domainKey, indicatorBySets, usableRows, type BySets } from './domains';

/** Weighted numerator and denominator sums per domain key, accumulated over chunks of rows. */
export type PopulationSums = Map<string, Map<string, [number, number]>>;

/**
 * Adds one chunk of a finite population to the running sums of each indicator (point values only:
 * Σ w·y / Σ w·x over the universe, per domain), with `weights.person` and `weights.household`
 * the unit weights of each row (1 and 1/k for a population of adults). Call `populationValues` at the end.
 */
export function accumulatePopulation(sums: PopulationSums, table: DataTable, indicators: readonly CompiledIndicator[],
  weights: { person: Float64Array; household: Float64Array }, by?: BySets): void {
  const columnCache = new Map<string, Float64Array>();
  const domainCache = new DomainCache(table);
  for (const ind of indicators) {
    if (ind.componentIndicators) {
      // Each share's sums under its own key (`id#j`), so the mean is formed from population shares.
      const parts = ind.componentIndicators.map((c, j) => ({ ...c, id: componentKey(ind.id, j), disaggregations: ind.disaggregations }));
      accumulatePopulation(sums, table, parts, weights, by);
      continue;
    }
    const ev = new ExpressionEvaluator(table, ind.params ?? {}, columnCache);
    const y = ev.evaluate(ind.numeratorExpr!);
    const x = ind.denominatorExpr ? ev.evaluate(ind.denominatorExpr) : undefined;
    const rows = usableRows(ev, ind, y, x, undefined);
    const w = ind.unit === 'household' ? weights.household : weights.person;
    let acc = sums.get(ind.id);
    if (!acc) { acc = new Map(); sums.set(ind.id, acc); }
    for (const bySet of indicatorBySets(ind, by)) {
      const domains = domainCache.get(bySet);
      const num = new Float64Array(domains.count), den = new Float64Array(domains.count);
      for (let i = 0; i < rows.length; i++) {
        const d = domains.of[i];
        if (!rows[i] || d < 0) continue;
        num[d] += w[i] * y[i];
        den[d] += w[i] * (x ? x[i] : 1);
      }
      for (let d = 0; d < domains.count; d++) {
        if (den[d] === 0) continue;
        const key = domainKey(domains.labels[d]);
        const cell = acc.get(key) ?? [0, 0];
        cell[0] += num[d]; cell[1] += den[d];
        acc.set(key, cell);
      }
    }
  }
}

/** `{indicator: {domainKey: value}}` on each indicator's scale (the truth.json layout). */
export function populationValues(sums: PopulationSums, indicators: readonly CompiledIndicator[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const ind of indicators) {
    if (ind.componentIndicators) { out[ind.id] = meanOfShares(sums, ind.id, ind.componentIndicators.length, ind.scale); continue; }
    const acc = sums.get(ind.id);
    const values: Record<string, number> = {};
    if (acc) for (const [key, [num, den]] of acc) values[key] = (num / den) * ind.scale;
    out[ind.id] = values;
  }
  return out;
}

const componentKey = (id: string, j: number): string => `${id}#${j}`;

/** θ = (1/k) Σ_j Y_j / X_j per domain key where every share has a denominator, × scale. */
function meanOfShares(sums: PopulationSums, id: string, k: number, scale: number): Record<string, number> {
  const parts = Array.from({ length: k }, (_, j) => sums.get(componentKey(id, j)) ?? new Map<string, [number, number]>());
  const values: Record<string, number> = {};
  for (const key of parts[0].keys()) {
    const shares = parts.map((p) => p.get(key));
    if (shares.some((s) => s === undefined)) continue;
    values[key] = (shares.reduce((acc, s) => acc + s![0] / s![1], 0) / k) * scale;
  }
  return values;
}
