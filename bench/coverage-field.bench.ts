// `npm run bench -- coverage-field [REPLICATIONS] [N]`: coverage study of the whole field chain
// (issue 11): REPLICATIONS (default 300) runs of simulate --field (sample drawn by analysis/sampling,
// field outcome with covariate-driven nonresponse, the server's CSV export) → weight (nonresponse,
// selection, raking to region × sex × age group, trimming) → analyze indicators, on one population
// whose truth is computed once. For every indicator: the share of 95 % intervals covering the
// population value (target 93–97 %), the relative bias of the weighted estimator and, beside it,
// of the unadjusted one (base weight × selection factor of the respondents: no nonresponse
// adjustment, no calibration), and the empirical SD over the mean SE.
// The export carries the three standard modules (victimization, corruption, safety) as one
// omnibus interview, so the SDG indicators are in the study; `--victimization` exports that module only.
import {
  fieldFrame, fieldMargins, fieldPlan, makePopulation, populationTruth, runField, FIELD_WEIGHTING_PLAN,
} from '../analysis/simulate';
import { compileCatalogue, domainKey, runIndicators, standardCatalogue } from '../analysis/indicators';
import { parseDesignSpec, type DesignSpec } from '../analysis/design-spec';
import { readCsv, type ColumnKind, type DataTable } from '../analysis/io';
import { sampleFileCsv } from '../analysis/sampling';
import { parseWeightingPlan, weightSurvey, weightedMicrodataTable } from '../analysis/weighting';
import { fieldExportCsv, FIELD_DEFINITION } from '../src/cli/commands/field-export';
import corruption from '../surveys/corruption.json';
import safety from '../surveys/safety.json';

interface Tally { covered: number; total: number; sum: number; sumSq: number; seSum: number; unadjusted: number; unadjustedN: number }

const enc = new TextEncoder();

/** The export's text columns (metadata and the simulator's text answers); every other column is read as numbers, as `analyze` reads it. */
const TEXT_COLUMNS = new Set(['instance_id', 'interviewer', 'questionnaire_id', 'case_id', 'disposition', 'started_at', 'ended_at', 'review_state', 'region', 'brb_last_official', 'sel_kish_table', 'hh_roster']);
const exportKinds = (header: readonly string[]): Record<string, ColumnKind> => Object.fromEntries(header.map((h) => [h, TEXT_COLUMNS.has(h) ? 'category' : 'number']));

export async function run(args: string[]): Promise<void> {
  const nums = args.filter((a) => /^\d+$/.test(a)).map(Number);
  const reps = nums[0] ?? 300;
  const n = nums[1] ?? 2500;
  const onlyVictimization = args.includes('--victimization');
  const definitions = onlyVictimization ? [{ version: 1, definition: FIELD_DEFINITION }] : [
    { version: 3, definition: FIELD_DEFINITION },
    { version: 2, definition: corruption as unknown as Record<string, unknown> },
    { version: 1, definition: safety as unknown as Record<string, unknown> },
  ];
  const catalogue = standardCatalogue();
  const start = performance.now();
  const population = makePopulation(20261202, { psus: 2000 });
  const truth = populationTruth(population, compileCatalogue(catalogue));
  const frame = fieldFrame(population);
  const plan = fieldPlan(n, population);
  const margins = fieldMargins(population);
  const marginsTable = readCsv(enc.encode(['variable,level,total', ...margins.map((m) => `${m.variable},${m.level},${m.total}`)].join('\n')));
  const wplan = parseWeightingPlan(FIELD_WEIGHTING_PLAN);
  console.log(`population: ${population.householdCount} households; truth, frame and margins in ${((performance.now() - start) / 1000).toFixed(1)} s; ${reps} replications of ~${n} interviews${onlyVictimization ? ' (victimization module only)' : ''}`);
  const tallies = new Map<string, Tally>();
  const unadjustedDesign: DesignSpec = parseDesignSpec({ weight: 'w_unadjusted', weight_hh: 'base_weight', strata: 'stratum', psu: 'psu', nest: true });
  const loop = performance.now();
  let interviews = 0;
  for (let s = 0; s < reps; s++) {
    const seed = 5000 + s;
    const { sample, cases } = runField(population, frame, plan, seed);
    const data = readCsv(enc.encode(fieldExportCsv(cases, seed, 'victimization', definitions)), { columns: exportKinds });
    const sampleTable = readCsv(enc.encode(sampleFileCsv(sample, frame.table)));
    const weighted = weightSurvey({ sample: sampleTable, data, population: marginsTable, plan: wplan });
    interviews += weighted.units.caseId.length;
    // microdata.csv as a table in memory (weightedMicrodataTable: the same columns, no file round trip).
    const micro = weightedMicrodataTable(weighted, data);
    const adjusted = await runIndicators(() => Promise.resolve(micro), { design: parseDesignSpec(weighted.design), by: [] });
    const plain = await runIndicators(() => Promise.resolve(withUnadjusted(micro)), { design: unadjustedDesign, by: [] });
    const plainById = new Map(plain.estimates.filter((e) => domainKey(e.domain) === '').map((e) => [e.indicator, e.estimate]));
    for (const e of adjusted.estimates) {
      if (domainKey(e.domain) !== '') continue;
      const t = truth[e.indicator]?.[''];
      if (t === undefined || !Number.isFinite(e.estimate) || !(e.se > 0)) continue;
      const w = tallies.get(e.indicator) ?? { covered: 0, total: 0, sum: 0, sumSq: 0, seSum: 0, unadjusted: 0, unadjustedN: 0 };
      w.covered += e.ciLow <= t && t <= e.ciHigh ? 1 : 0; w.total++; w.sum += e.estimate; w.sumSq += e.estimate ** 2; w.seSum += e.se;
      const u = plainById.get(e.indicator);
      if (u !== undefined && Number.isFinite(u)) { w.unadjusted += u; w.unadjustedN++; }
      tallies.set(e.indicator, w);
    }
    if ((s + 1) % 25 === 0) console.log(`  ${s + 1} replications, ${((performance.now() - loop) / 1000 / (s + 1)).toFixed(2)} s each`);
  }
  const header = `${'indicator'.padEnd(34)} ${'truth'.padStart(8)} ${'weighted'.padStart(9)} ${'bias%'.padStart(7)} ${'unadj.'.padStart(8)} ${'bias%'.padStart(7)} ${'SD/SE'.padStart(6)} ${'cover%'.padStart(7)}`;
  console.log(`\nmean of ${interviews / reps | 0} interviews per replication\n${header}`);
  let inTarget = 0, sdg = 0, sdgIn = 0;
  const pooled = { c: 0, t: 0 };
  for (const ind of catalogue.indicators) {
    const w = tallies.get(ind.id);
    if (!w) continue;
    const mean = w.sum / w.total, t = truth[ind.id][''];
    const sd = Math.sqrt(Math.max(0, (w.sumSq - w.total * mean * mean) / (w.total - 1)));
    const cov = (100 * w.covered) / w.total;
    const ok = cov >= 93 && cov <= 97;
    if (ok) inTarget++;
    if (ind.sdg) { sdg++; if (ok) sdgIn++; }
    pooled.c += w.covered; pooled.t += w.total;
    const um = w.unadjusted / Math.max(1, w.unadjustedN);
    const rb = (x: number): string => (t === 0 ? '–' : (100 * (x - t) / t).toFixed(1));
    console.log(`${ind.id.padEnd(34)} ${t.toFixed(3).padStart(8)} ${mean.toFixed(3).padStart(9)} ${rb(mean).padStart(7)} ${um.toFixed(3).padStart(8)} ${rb(um).padStart(7)} ${(sd / (w.seSum / w.total)).toFixed(2).padStart(6)} ${cov.toFixed(1).padStart(7)}${ok ? '' : '  ← outside 93–97'}`);
  }
  console.log(`\n${inTarget}/${tallies.size} indicators within 93–97 % (SDG: ${sdgIn}/${sdg}); pooled coverage ${(100 * pooled.c / Math.max(1, pooled.t)).toFixed(1)} %; ${((performance.now() - start) / 1000).toFixed(0)} s in all`);
}

/** The unadjusted person weight: base weight × within-household selection factor. */
function withUnadjusted(table: DataTable): DataTable {
  const b = table.columns.get('base_weight'), s = table.columns.get('selection_factor');
  if (b?.kind !== 'number' || s?.kind !== 'number') throw new Error('microdata without base_weight/selection_factor');
  const values = Float64Array.from(b.values, (x, i) => x * s.values[i]);
  const columns = new Map(table.columns);
  columns.set('w_unadjusted', { kind: 'number', name: 'w_unadjusted', values });
  return { rowCount: table.rowCount, names: [...table.names, 'w_unadjusted'], columns };
}
