import { AnalysisError } from './errors';
import { compareLabels, type Labelled } from './design';

/**
 * Domains (sub-populations) as a code per row. Estimation never subsets the data: a row
 * outside a domain simply contributes nothing (z = 0) to that domain's estimate.
 */
export interface Domains {
  readonly count: number;
  /** Domain of each row, or −1 when the row is in none (e.g. a missing by-value). */
  readonly of: Int32Array;
  /** `{variable: value}` for each domain; `{}` for the whole population. */
  readonly labels: readonly Readonly<Record<string, string>>[];
}

/** The whole population as a single domain. */
export function wholePopulation(rowCount: number): Domains {
  return { count: 1, of: new Int32Array(rowCount), labels: [{}] };
}

/**
 * Domains formed by every observed combination of one or more by-variables, ordered by
 * the first variable, then the next (numeric labels in numeric order). Rows with a missing
 * by-value belong to no domain, as in R's `svyby` (default `exclude`); with `missing: 'fail'`
 * they are an error naming the column.
 */
export function domainsOf(by: readonly (Labelled & { name: string })[], missing: 'fail' | 'exclude' = 'exclude'): Domains {
  if (by.length === 0) throw new AnalysisError('bad-option', 'domainsOf needs at least one by-variable');
  const n = by[0].codes.length;
  if (missing === 'fail') for (const b of by) {
    let m = 0;
    for (let i = 0; i < n; i++) if (b.codes[i] < 0) m++;
    if (m > 0) {
      throw new AnalysisError('missing-values', `by-variable "${b.name}" has ${m} missing value${m === 1 ? '' : 's'} (use --missing exclude to leave those rows out)`);
    }
  }
  // Rank of each level within its variable, so combinations sort as the labels do.
  const ranks = by.map((b) => {
    const order = [...b.levels.keys()].sort((x, y) => compareLabels(b.levels[x], b.levels[y]));
    const rank = new Int32Array(b.levels.length);
    order.forEach((k, r) => { rank[k] = r; });
    return rank;
  });
  const strides = new Float64Array(by.length);
  let stride = 1;
  for (let k = by.length - 1; k >= 0; k--) { strides[k] = stride; stride *= Math.max(1, by[k].levels.length); }
  // Keys are rank-ordered, so ascending keys list the domains sorted by their labels.
  if (stride > 1 << 22) return sparseDomains(by, ranks, strides, n);
  const of = new Int32Array(n);
  if (by.length === 1) {
    // One by-variable: the key is the level's rank.
    const codes = by[0].codes, rank = ranks[0];
    for (let i = 0; i < n; i++) { const c = codes[i]; of[i] = c < 0 ? -1 : rank[c]; }
  } else for (let j = 0; j < by.length; j++) {
    const codes = by[j].codes, rank = ranks[j], st = strides[j];
    for (let i = 0; i < n; i++) {
      const c = codes[i];
      if (c < 0) of[i] = -1;
      else if (of[i] >= 0) of[i] += rank[c] * st;
    }
  }
  const firstRowOfKey = new Int32Array(stride).fill(-1);
  for (let i = 0; i < n; i++) { const k = of[i]; if (k >= 0 && firstRowOfKey[k] < 0) firstRowOfKey[k] = i; }
  const domainOfKey = new Int32Array(stride).fill(-1);
  const firstRow: number[] = [];
  for (let k = 0; k < stride; k++) if (firstRowOfKey[k] >= 0) { domainOfKey[k] = firstRow.length; firstRow.push(firstRowOfKey[k]); }
  for (let i = 0; i < n; i++) { const k = of[i]; if (k >= 0) of[i] = domainOfKey[k]; }
  const labels = firstRow.map((i) => Object.fromEntries(by.map((b) => [b.name, b.levels[b.codes[i]]])));
  return { count: firstRow.length, of, labels };
}

/** The same for huge key spaces (many by-variables with many levels): keys through a Map. */
function sparseDomains(by: readonly (Labelled & { name: string })[], ranks: Int32Array[], strides: Float64Array, n: number): Domains {
  const key = new Float64Array(n);
  for (let j = 0; j < by.length; j++) {
    const codes = by[j].codes, rank = ranks[j], st = strides[j];
    for (let i = 0; i < n; i++) {
      const c = codes[i];
      if (c < 0) key[i] = -1;
      else if (key[i] >= 0) key[i] += rank[c] * st;
    }
  }
  const keyToDomain = new Map<number, number>();
  const firstRow: number[] = [];
  const domainKeys: number[] = [];
  for (let i = 0; i < n; i++) {
    const k = key[i];
    if (k >= 0 && !keyToDomain.has(k)) { keyToDomain.set(k, domainKeys.length); domainKeys.push(k); firstRow.push(i); }
  }
  const order = domainKeys.map((_, d) => d).sort((a, b) => domainKeys[a] - domainKeys[b]);
  const renumber = new Int32Array(order.length);
  order.forEach((d, r) => { renumber[d] = r; });
  const of = new Int32Array(n);
  for (let i = 0; i < n; i++) of[i] = key[i] < 0 ? -1 : renumber[keyToDomain.get(key[i])!];
  const labels = order.map((d) => Object.fromEntries(by.map((b) => [b.name, b.levels[b.codes[firstRow[d]]]])));
  return { count: order.length, of, labels };
}

/**
 * The domain codes with rows whose analysis values are missing taken out (R `na.rm = TRUE`);
 * the same domains when no domain row has a missing value (nothing is copied then).
 */
export function excludeMissing(domains: Domains, ...columns: Float64Array[]): Domains {
  const dom = domains.of;
  const anyMissing = columns.some((c) => {
    for (let i = 0; i < dom.length; i++) if (dom[i] >= 0 && Number.isNaN(c[i])) return true;
    return false;
  });
  if (!anyMissing) return domains;
  const of = Int32Array.from(dom);
  for (const c of columns) for (let i = 0; i < of.length; i++) if (Number.isNaN(c[i])) of[i] = -1;
  return { ...domains, of };
}

/** Throws naming the column and the count when it has missing values (the default policy). */
export function failOnMissing(name: string, values: Float64Array): void {
  let m = 0;
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i])) m++;
  if (m > 0) throw new AnalysisError('missing-values', `column "${name}" has ${m} missing value${m === 1 ? '' : 's'} (use --missing exclude to estimate over the observed rows)`);
}

/** The domains that still have rows (after excluding missing values), renumbered in order. */
export function dropEmptyDomains(domains: Domains): Domains {
  const counts = new Int32Array(domains.count);
  for (let i = 0; i < domains.of.length; i++) if (domains.of[i] >= 0) counts[domains.of[i]]++;
  if (counts.every((c) => c > 0)) return domains;
  const map = new Int32Array(domains.count).fill(-1);
  const labels: Readonly<Record<string, string>>[] = [];
  for (let d = 0; d < domains.count; d++) if (counts[d] > 0) { map[d] = labels.length; labels.push(domains.labels[d]); }
  const of = Int32Array.from(domains.of, (d) => (d >= 0 ? map[d] : -1));
  return { count: labels.length, of, labels };
}
