/**
 * Population values of the indicators: one streaming pass over every adult of the simulated
 * population, evaluated with the same catalogue definitions as the estimates (each adult has
 * person weight 1 and household weight 1/k, so every household counts once).
 */
import type { DataTable } from '../io/table';
import { accumulatePopulation, populationValues, type PopulationSums, type IndicatorRunOptions } from '../indicators/evaluate';
import { indicatorVariables, type CompiledIndicator } from '../indicators/catalogue';
import { householdAdults, type Population } from './population';
import { recordColumns } from './sample';
import { VARIABLES } from './variables';

/** `{indicator: {"": value, "region=North": value, …}}` over the whole finite population. */
export function populationTruth(pop: Population, indicators: readonly CompiledIndicator[], by?: IndicatorRunOptions['by'], chunkSize = 25_000): Record<string, Record<string, number>> {
  const sums: PopulationSums = new Map();
  const needed = new Set(indicators.flatMap((ind) => [...indicatorVariables(ind), ...ind.disaggregations, ...(by ?? []).flat()]));
  let records: Float64Array[] = [];
  let hhWeights: number[] = [];
  const flush = (): void => {
    if (records.length === 0) return;
    const table: DataTable = { rowCount: records.length, names: [...VARIABLES], columns: recordColumns(records, needed) };
    accumulatePopulation(sums, table, indicators, { person: new Float64Array(records.length).fill(1), household: Float64Array.from(hhWeights) }, by);
    records = []; hhWeights = [];
  };
  for (let p = 0; p < pop.psuHouseholds.length; p++) {
    for (let k = 0; k < pop.psuHouseholds[p]; k++) {
      householdAdults(pop, p, pop.psuFirstHousehold[p] + k, (rec, _adult, adults) => { records.push(rec); hhWeights.push(1 / adults); });
    }
    if (records.length >= chunkSize) flush();
  }
  flush();
  return populationValues(sums, indicators);
}
