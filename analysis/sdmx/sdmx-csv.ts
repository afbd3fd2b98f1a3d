/**
 * SDMX-CSV for the SDG global dataflow (DF_SDG_GLH) from indicator estimates, and a validator
 * that checks a file against the kept DSD (sdg-dsd.json).
 *
 * SDMX-CSV (SDMX 2.1 "CSV format for data", v1): one row per observation; the first column
 * DATAFLOW holds `AGENCY:ID(VERSION)`, then every dimension in DSD order, the time dimension,
 * OBS_VALUE, then attribute columns (only those used). Dimensions a domain does not break down
 * carry the DSD's "no breakdown" code `_T`.
 *
 * Attributes written (all defined by the SDG DSD):
 *   UNIT_MEASURE PT, UNIT_MULT 0        the series are percentages
 *   LOWER_BOUND / UPPER_BOUND           the confidence interval of the estimate (its level in COMMENT_OBS)
 *   OBS_STATUS  A normal, U low reliability (CV flag), Q suppressed (too few cases: no value)
 *   NATURE      C country data (the office's own survey)
 *   COMMENT_OBS interval level, coefficient of variation, unweighted n, reliability flags
 *   SOURCE_DETAIL the survey's name when given
 */
import { AnalysisError } from '../errors';
import type { IndicatorEstimate } from '../indicators';
import { readCsv } from '../io/csv';
import { csvField } from '../tables/csv';
import { codelistOf, dataflowRef, SDG_DSD, type SdgDsd } from './dsd';
import { DIMENSIONS, M49, SERIES } from './mapping';

export interface SdgExportOptions {
  /** ISO 3166 alpha-2 code (AL, BA, HR, ME, MK, RS, XK) or the M49 code itself. */
  readonly country: string;
  /** Reference year, e.g. `2025`. */
  readonly period: string;
  /** Name of the survey (SOURCE_DETAIL). */
  readonly source?: string;
}

export interface SdmxObservation {
  /** Dimension id → code, every dimension of the DSD. */
  readonly key: Readonly<Record<string, string>>;
  readonly time: string;
  /** Undefined when suppressed (OBS_STATUS Q). */
  readonly value: number | undefined;
  readonly attributes: Readonly<Record<string, string>>;
}

export interface SdgExport {
  readonly observations: readonly SdmxObservation[];
  /** Estimates not written, with the reason (no series, domain outside the DSD, not estimable). */
  readonly skipped: readonly { indicator: string; domain: string; reason: string }[];
}

/** The attribute columns this writer fills, in DSD order. */
const WRITTEN_ATTRIBUTES = ['OBS_STATUS', 'UNIT_MULT', 'UNIT_MEASURE', 'NATURE', 'COMMENT_OBS', 'UPPER_BOUND', 'LOWER_BOUND', 'SOURCE_DETAIL'];
/** OBS_STATUS codes that stand for a missing value (OBS_VALUE empty). */
const MISSING_STATUS = new Set(['H', 'L', 'M', 'O', 'Q']);

export function refArea(country: string, dsd: SdgDsd = SDG_DSD): string {
  const c = country.trim().toUpperCase();
  const code = M49[c] ?? c.replace(/^0+(?=\d)/, '');
  if (!(code in (dsd.codelists.CL_AREA?.codes ?? {}))) {
    throw new AnalysisError('bad-option', `country ${country}: not one of ${Object.entries(M49).map(([k, v]) => `${k} (${v})`).join(', ')}`);
  }
  return code;
}

const domainText = (d: Readonly<Record<string, string>>): string => Object.entries(d).map(([k, v]) => `${k}=${v}`).join(';');

/** Turns estimates into SDG observations; see the module comment for the attributes. */
export function sdgObservations(estimates: readonly IndicatorEstimate[], options: SdgExportOptions, dsd: SdgDsd = SDG_DSD): SdgExport {
  const area = refArea(options.country, dsd);
  if (!/^\d{4}$/.test(options.period)) throw new AnalysisError('bad-option', `period ${options.period}: a year such as 2025 (annual data)`);
  const observations: SdmxObservation[] = [];
  const skipped: { indicator: string; domain: string; reason: string }[] = [];
  const seen = new Set<string>();
  for (const e of estimates) {
    const skip = (reason: string): void => { skipped.push({ indicator: e.indicator, domain: domainText(e.domain), reason }); };
    const series = SERIES[e.indicator];
    if (!series) continue; // not an SDG series: silently outside the transmission, by design
    const key: Record<string, string> = {};
    for (const d of dsd.dimensions) key[d.id] = '_T';
    Object.assign(key, { FREQ: 'A', REPORTING_TYPE: 'N', SERIES: series.series, REF_AREA: area });
    let outside: string | undefined;
    for (const [variable, value] of Object.entries(e.domain)) {
      const dim = DIMENSIONS[variable];
      if (!dim) { outside = `no SDG dimension for "${variable}"`; break; }
      const code = dim.codes ? dim.codes[value] : value;
      const list = codelistOf(dim.dimension, dsd);
      if (code === undefined || !list || !(code in list.codes)) { outside = `${variable}=${value} has no code in ${dim.dimension}`; break; }
      key[dim.dimension] = code;
    }
    if (outside) { skip(outside); continue; }
    if (!Number.isFinite(e.estimate)) { skip('not estimable'); continue; }
    const id = dsd.dimensions.map((d) => key[d.id]).join('.');
    if (seen.has(id)) { skip(`duplicate of series key ${id}`); continue; }
    seen.add(id);
    const suppressed = e.flags.some((f) => f.startsWith('suppress'));
    const lowReliability = e.flags.some((f) => f.startsWith('cv-over'));
    const level = Math.round(e.level * 1000) / 10;
    const comment = [`${level}% confidence interval`, Number.isFinite(e.cv) ? `CV ${(e.cv * 100).toFixed(1)}%` : '', `n = ${e.n}`, e.flags.length > 0 ? `flags: ${e.flags.join(', ')}` : '']
      .filter((s) => s !== '').join('; ');
    const attributes: Record<string, string> = {
      OBS_STATUS: suppressed ? 'Q' : lowReliability ? 'U' : 'A',
      UNIT_MULT: series.unitMult,
      UNIT_MEASURE: series.unit,
      NATURE: 'C',
      COMMENT_OBS: comment,
    };
    if (!suppressed && Number.isFinite(e.ciLow) && Number.isFinite(e.ciHigh)) {
      attributes.UPPER_BOUND = String(e.ciHigh);
      attributes.LOWER_BOUND = String(e.ciLow);
    }
    if (options.source) attributes.SOURCE_DETAIL = options.source;
    observations.push({ key, time: options.period, value: suppressed ? undefined : e.estimate, attributes });
  }
  return { observations, skipped };
}

/** The SDMX-CSV header: DATAFLOW, dimensions, TIME_PERIOD, OBS_VALUE, written attributes. */
export function sdmxCsvHeader(dsd: SdgDsd = SDG_DSD): string[] {
  return ['DATAFLOW', ...dsd.dimensions.map((d) => d.id), dsd.timeDimension, 'OBS_VALUE', ...WRITTEN_ATTRIBUTES];
}

export function renderSdmxCsv(observations: readonly SdmxObservation[], dsd: SdgDsd = SDG_DSD): string {
  const flow = dataflowRef(dsd);
  const lines = [sdmxCsvHeader(dsd).join(',')];
  for (const o of observations) {
    lines.push([
      flow, ...dsd.dimensions.map((d) => o.key[d.id]), o.time, o.value === undefined ? '' : String(o.value),
      ...WRITTEN_ATTRIBUTES.map((a) => o.attributes[a] ?? ''),
    ].map(csvField).join(','));
  }
  return lines.join('\n') + '\n';
}

export interface SdmxIssue {
  /** 1-based line of the file (1 = header). */
  readonly line: number;
  readonly column: string;
  readonly code: 'header' | 'dataflow' | 'code' | 'mandatory' | 'number' | 'time' | 'duplicate' | 'bounds';
  readonly message: string;
}

/**
 * Checks an SDMX-CSV file against the DSD: the header (DATAFLOW, every dimension in order, the
 * time dimension, OBS_VALUE, known attributes), the dataflow reference, every dimension and coded
 * attribute value against its code list, the mandatory attributes, numbers, the annual period,
 * unique series keys, and LOWER_BOUND ≤ OBS_VALUE ≤ UPPER_BOUND.
 */
export function validateSdmxCsv(bytes: Uint8Array, dsd: SdgDsd = SDG_DSD): SdmxIssue[] {
  const table = readCsv(bytes, { columns: (header) => Object.fromEntries(header.map((h) => [h, 'category' as const])) });
  const issues: SdmxIssue[] = [];
  const header = table.names;
  const expected = ['DATAFLOW', ...dsd.dimensions.map((d) => d.id), dsd.timeDimension, 'OBS_VALUE'];
  expected.forEach((name, k) => {
    if (header[k] !== name) issues.push({ line: 1, column: header[k] ?? '', code: 'header', message: `column ${k + 1} must be ${name}, found ${header[k] ?? 'nothing'}` });
  });
  const attributes = new Map(dsd.attributes.map((a) => [a.id, a]));
  for (const h of header.slice(expected.length)) {
    if (!attributes.has(h)) issues.push({ line: 1, column: h, code: 'header', message: `${h} is not an attribute of ${dsd.source.dsd ?? 'the DSD'}` });
  }
  for (const a of dsd.attributes) {
    if (a.assignmentStatus === 'Mandatory' && !header.includes(a.id)) issues.push({ line: 1, column: a.id, code: 'mandatory', message: `mandatory attribute ${a.id} has no column` });
  }
  if (issues.some((i) => i.code === 'header')) return issues;
  const cell = (name: string, row: number): string => {
    const c = table.columns.get(name);
    if (!c || c.kind !== 'category') return '';
    const k = c.codes[row];
    return k < 0 ? '' : c.levels[k];
  };
  const flow = dataflowRef(dsd);
  const keys = new Set<string>();
  for (let r = 0; r < table.rowCount; r++) {
    const line = r + 2;
    const add = (column: string, code: SdmxIssue['code'], message: string): void => { issues.push({ line, column, code, message }); };
    if (cell('DATAFLOW', r) !== flow) add('DATAFLOW', 'dataflow', `"${cell('DATAFLOW', r)}" is not ${flow}`);
    for (const d of dsd.dimensions) {
      const v = cell(d.id, r), list = dsd.codelists[d.codelist];
      if (!list) add(d.id, 'code', `code list ${d.codelist} is not kept; cannot check "${v}"`);
      else if (!(v in list.codes)) add(d.id, 'code', `"${v}" is not a code of ${d.codelist}(${list.version})${list.complete ? '' : ' (kept subset)'}`);
    }
    const time = cell(dsd.timeDimension, r);
    if (cell('FREQ', r) === 'A' && !/^\d{4}$/.test(time)) add(dsd.timeDimension, 'time', `"${time}" is not a year (FREQ A)`);
    const key = [...dsd.dimensions.map((d) => cell(d.id, r)), time].join('.');
    if (keys.has(key)) add('OBS_VALUE', 'duplicate', `series key ${key} appears twice`);
    keys.add(key);
    for (const a of dsd.attributes) {
      if (!header.includes(a.id)) continue;
      const v = cell(a.id, r);
      if (v === '') { if (a.assignmentStatus === 'Mandatory') add(a.id, 'mandatory', `mandatory attribute ${a.id} is empty`); continue; }
      if (a.codelist) {
        const list = dsd.codelists[a.codelist];
        if (!list || !(v in list.codes)) add(a.id, 'code', `"${v}" is not a code of ${a.codelist}`);
      } else if (a.textType === 'Double' && !Number.isFinite(Number(v))) add(a.id, 'number', `"${v}" is not a number`);
    }
    const value = cell('OBS_VALUE', r);
    if (value === '') {
      if (!MISSING_STATUS.has(cell('OBS_STATUS', r))) add('OBS_VALUE', 'number', 'empty OBS_VALUE without a missing-value OBS_STATUS');
    } else if (!Number.isFinite(Number(value))) add('OBS_VALUE', 'number', `"${value}" is not a number`);
    else {
      const x = Number(value), lo = Number(cell('LOWER_BOUND', r) || NaN), hi = Number(cell('UPPER_BOUND', r) || NaN);
      if ((Number.isFinite(lo) && lo > x) || (Number.isFinite(hi) && hi < x)) add('OBS_VALUE', 'bounds', `${value} is outside [${cell('LOWER_BOUND', r)}, ${cell('UPPER_BOUND', r)}]`);
    }
  }
  return issues;
}
