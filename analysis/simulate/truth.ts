/**
 * Population values of the indicators: one streaming pass over every adult of the simulated
 * population, evaluated with the same catalogue definitions as the estimates (each adult has
 * person weight 1 and household weight 1/k, so every household counts once).
 */
import type { DataTable } from '../io/table';
import { accumulatePopulation, populationValues, type PopulationSums } from '../indicators/population';
import type { IndicatorRunOptions } from '../indicators/estimate';
import { indicatorVariables, type CompiledIndicator } from '../indicators/catalogue';
import { INCOME_QUINTILE } from '../indicators/income';
import { householdAdults, type Population } from './population';
import { flatRecordColumns } from './sample';
import { VARIABLES } from './variables';

/**
 * `{indicator: {"": value, "region=north": value, …}}` over the whole finite population.
 *
 * Income-quintile domains have no population value here: an estimate's quintiles are cut at
 * limits estimated from the sample (analysis/indicators/income.ts), so the domain itself is
 * random and no fixed population domain is what it estimates; the streaming pass could not cut
 * the population's own limits before seeing every household anyway.
 */
export function populationTruth(pop: Population, catalogue: readonly CompiledIndicator[], by?: IndicatorRunOptions['by'], chunkSize = 25_000): Record<string, Record<string, number>> {
  const indicators = catalogue.map((ind) => (ind.disaggregations.includes(INCOME_QUINTILE)
    ? { ...ind, disaggregations: ind.disaggregations.filter((d) => d !== INCOME_QUINTILE) } : ind));
  const sums: PopulationSums = new Map();
  const needed = new Set(indicators.flatMap((ind) => [...indicatorVariables(ind), ...ind.disaggregations, ...(by ?? []).flat()]));
  const V = VARIABLES.length;
  const flat = new Float64Array((chunkSize + 8) * V);
  const hhWeights = new Float64Array(chunkSize + 8);
  let n = 0;
  const flush = (): void => {
    if (n === 0) return;
    const table: DataTable = { rowCount: n, names: [...VARIABLES], columns: flatRecordColumns(flat, n, needed) };
    accumulatePopulation(sums, table, indicators, { person: new Float64Array(n).fill(1), household: hhWeights.slice(0, n) }, by);
    n = 0;
  };
  for (let p = 0; p < pop.psuHouseholds.length; p++) {
    for (let k = 0; k < pop.psuHouseholds[p]; k++) {
      if (n + 5 > chunkSize) flush();
      householdAdults(pop, p, pop.psuFirstHousehold[p] + k, (rec, _adult, adults) => { flat.set(rec, n * V); hhWeights[n] = 1 / adults; n++; });
    }
  }
  flush();
  return populationValues(sums, indicators);
}
