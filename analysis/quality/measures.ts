/**
 * Field-work data-quality measures, by interviewer, with flags on single interviews.
 * Each measure is defined in docs/data-quality.md; the formulas are repeated beside the code.
 * These are screening tools for a supervisor (which interviews to look at first), not tests of
 * fabrication: a flag links to the interview's review, where a person decides.
 */
import { median, quantileSorted } from 'simple-statistics';
import { pnorm, qnorm } from '../distributions';
import {
  DEFAULT_QUALITY_THRESHOLDS,
  type InterviewerEffect, type InterviewerQuality, type QualityContact, type QualityFlag,
  type QualityInterview, type QualityReport, type QualitySpec, type QualityThresholds, type Quartiles,
} from './types';

const MINUTE = 60_000;

function isAnswered(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
}

/** Duration in minutes, or null without a valid start and end (end before start is no duration). */
export function durationMinutes(interview: QualityInterview): number | null {
  if (interview.endedAt === undefined) return null;
  const ms = Date.parse(interview.endedAt) - Date.parse(interview.startedAt);
  return Number.isFinite(ms) && ms >= 0 ? ms / MINUTE : null;
}

function quartiles(values: number[]): Quartiles | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return { q1: quantileSorted(sorted, 0.25), median: median(sorted), q3: quantileSorted(sorted, 0.75) };
}

/** Local hour (0–23) of an instant in a time zone; null for an unreadable instant. */
export function localHour(instant: string, timeZone: string): number | null {
  const time = Date.parse(instant);
  if (!Number.isFinite(time)) return null;
  const hour = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone }).format(time);
  return Number(hour);
}

/** Odd hours wrap midnight when `from > to` (22 → 7 means 22:00–06:59). */
export function isOddHour(hour: number, from: number, to: number): boolean {
  return from > to ? hour >= from || hour < to : hour >= from && hour < to;
}

/** A grid answered on at least `minRows` rows, all with the same value. */
export function isStraightLined(answer: unknown, rows: readonly string[], minRows: number): boolean | null {
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return null;
  const values = rows.map((row) => (answer as Record<string, unknown>)[row]).filter(isAnswered).map((v) => JSON.stringify(v));
  if (values.length < minRows) return null;
  return values.every((v) => v === values[0]);
}

/**
 * Share of agreeing answers between two interviews over the variables both answered
 * ("percent match", Kuriakose & Robbins 2016): agree / common. Null below `minCommon`.
 */
export function answerMatch(a: QualityInterview['answers'], b: QualityInterview['answers'], minCommon: number): number | null {
  let common = 0;
  let agree = 0;
  for (const [name, value] of Object.entries(a)) {
    if (!isAnswered(value) || !isAnswered(b[name])) continue;
    common += 1;
    if (JSON.stringify(value) === JSON.stringify(b[name])) agree += 1;
  }
  return common >= minCommon ? agree / common : null;
}

/**
 * Intra-interviewer correlation by the one-way ANOVA estimator (Kish 1962), for a 0/1 outcome
 * y_ij of interview j of interviewer i (k interviewers, m_i interviews, N = Σ m_i):
 *   MSB = Σ m_i (ȳ_i − ȳ)² / (k − 1)            MSW = Σ_i Σ_j (y_ij − ȳ_i)² / (N − k)
 *   m₀  = (N − Σ m_i² / N) / (k − 1)
 *   ρ̂   = (MSB − MSW) / (MSB + (m₀ − 1) MSW)
 * and the design effect it causes with a mean workload m̄ = N / k:  deff = 1 + (m̄ − 1) ρ̂.
 * ρ̂ is null with fewer than two interviewers, no within-interviewer degrees of freedom, or a
 * constant outcome (0/0).
 */
export function interviewerCorrelation(groups: readonly (readonly number[])[]): { rho: number | null; meanWorkload: number; deff: number | null; n: number; mean: number } {
  const used = groups.filter((g) => g.length > 0);
  const k = used.length;
  const n = used.reduce((s, g) => s + g.length, 0);
  const mean = n > 0 ? used.reduce((s, g) => s + g.reduce((a, b) => a + b, 0), 0) / n : Number.NaN;
  const meanWorkload = k > 0 ? n / k : 0;
  if (k < 2 || n <= k) return { rho: null, meanWorkload, deff: null, n, mean };
  let ssb = 0;
  let ssw = 0;
  let sumSquares = 0;
  for (const g of used) {
    const gMean = g.reduce((a, b) => a + b, 0) / g.length;
    ssb += g.length * (gMean - mean) ** 2;
    for (const y of g) ssw += (y - gMean) ** 2;
    sumSquares += g.length ** 2;
  }
  const msb = ssb / (k - 1);
  const msw = ssw / (n - k);
  const m0 = (n - sumSquares / n) / (k - 1);
  const denominator = msb + (m0 - 1) * msw;
  if (denominator === 0) return { rho: null, meanWorkload, deff: null, n, mean };
  const rho = (msb - msw) / denominator;
  return { rho, meanWorkload, deff: 1 + (meanWorkload - 1) * rho, n, mean };
}

/** 1, 0 or null (no listed variable answered) for one prevalence on one interview. */
function prevalenceValue(answers: QualityInterview['answers'], anyOf: QualitySpec['prevalences'][number]['anyOf']): number | null {
  let answered = false;
  for (const { variable, values } of anyOf) {
    const value = answers[variable];
    if (!isAnswered(value)) continue;
    answered = true;
    if (values.some((v) => String(v) === String(value))) return 1;
  }
  return answered ? 0 : null;
}

const isComplete = (i: QualityInterview): boolean => i.disposition === '1.1';

function sampleVariance(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = values.reduce((a, b) => a + b, 0) / values.length;
  return values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1);
}

/**
 * Compares one interviewer's interview-level screener "no" shares with everyone else's:
 *   z = (x̄_i − x̄_rest) / √(s²_i / n_i + s²_rest / n_rest),
 * each interview one value (its share of "no" among its screener answers), so answers clustered
 * within an interview are not counted as independent. Null when either side has under two
 * interviews or both variances are 0.
 */
export function screenerZ(mine: readonly number[], rest: readonly number[]): number | null {
  if (mine.length < 2 || rest.length < 2) return null;
  const se = Math.sqrt(sampleVariance(mine) / mine.length + sampleVariance(rest) / rest.length);
  if (se === 0) return null;
  const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  return (mean(mine) - mean(rest)) / se;
}

/**
 * The z an interviewer's screener "no" share must exceed when `interviewers` are each compared
 * with the rest: `perInterviewer` is the cut for one comparison (2.58: one-sided 0.5 %), and the
 * family of comparisons keeps that level by Bonferroni, z* = Φ⁻¹(1 − (1 − Φ(z))/k). Without it,
 * an honest field of 15 interviewers — whose areas differ in how much crime they have — flags one
 * of them by chance (the simulated field of test/unit/quality/simulated-field.test.ts did).
 */
export function screenerCut(perInterviewer: number, interviewers: number): number {
  if (interviewers <= 1) return perInterviewer;
  return qnorm(1 - pnorm(-perInterviewer) / interviewers);
}

/**
 * The grids an interview straight-lined, when it straight-lined every grid it answered on enough
 * rows (else none): one straight battery among several answered is common in honest interviews
 * (five institutions trusted alike), every one of them straight is the pattern of a rushed or
 * invented interview. Judged grids and straight ones both count in the interviewer's rate.
 */
function straightLines(interview: QualityInterview, grids: QualitySpec['grids'], minRows: number): { judged: number; straight: string[] } {
  let judged = 0;
  const straight: string[] = [];
  for (const grid of grids) {
    const answer = grid.battery === true ? interview.answers : interview.answers[grid.name];
    const result = isStraightLined(answer, grid.rows, minRows);
    if (result === null) continue;
    judged += 1;
    if (result) straight.push(grid.name);
  }
  return { judged, straight };
}

/** The data-quality report of one questionnaire's interviews (and its cases' contact attempts). */
export function qualityReport(
  interviews: readonly QualityInterview[],
  spec: QualitySpec,
  contacts: readonly QualityContact[] = [],
  thresholds: QualityThresholds = DEFAULT_QUALITY_THRESHOLDS,
): QualityReport {
  const flags: QualityFlag[] = [];
  const flag = (f: QualityFlag): void => { flags.push(f); };

  const completeMinutes = interviews.filter(isComplete).map(durationMinutes).filter((m): m is number => m !== null);
  const medianMinutes = completeMinutes.length > 0 ? median(completeMinutes) : null;

  // Exact duplicates across interviewers: identical answers (canonical JSON of sorted keys).
  const byContent = new Map<string, QualityInterview[]>();
  for (const interview of interviews) {
    const keys = Object.keys(interview.answers).filter((k) => isAnswered(interview.answers[k])).sort();
    if (keys.length < thresholds.duplicateMinCommon) continue;
    const content = JSON.stringify(keys.map((k) => [k, interview.answers[k]]));
    byContent.set(content, [...(byContent.get(content) ?? []), interview]);
  }
  const duplicateOf = new Map<string, { other: string; share: number }>();
  for (const group of byContent.values()) {
    for (let a = 1; a < group.length; a += 1) {
      duplicateOf.set(group[a]!.instanceId, { other: group[0]!.instanceId, share: 1 });
      if (!duplicateOf.has(group[0]!.instanceId)) duplicateOf.set(group[0]!.instanceId, { other: group[a]!.instanceId, share: 1 });
    }
  }

  const interviewers = [...new Set(interviews.map((i) => i.interviewer))].sort();
  const screenerShares = new Map<string, number[]>();
  for (const interview of interviews) {
    let no = 0;
    let answered = 0;
    for (const s of spec.screeners) {
      const value = interview.answers[s.name];
      if (!isAnswered(value)) continue;
      answered += 1;
      if (String(value) === String(s.no)) no += 1;
    }
    if (answered > 0) screenerShares.set(interview.instanceId, [no, answered]);
  }
  // Every interviewer with a screener answer is compared with the rest: that many comparisons.
  const screened = new Set(interviews.filter((i) => screenerShares.has(i.instanceId)).map((i) => i.interviewer)).size;
  const zCut = screenerCut(thresholds.screenerZ, screened);

  const contactsByCase = new Map<string, QualityContact[]>();
  for (const c of contacts) contactsByCase.set(c.caseId, [...(contactsByCase.get(c.caseId) ?? []), c]);

  const byInterviewer: InterviewerQuality[] = interviewers.map((interviewer) => {
    const own = interviews.filter((i) => i.interviewer === interviewer);
    const minutes = own.map(durationMinutes).filter((m): m is number => m !== null);

    // Section durations: Σ of the section's question times in one interview; median over interviews.
    const sectionMinutes: Record<string, number> = {};
    for (const section of spec.sections) {
      const totals = own
        .filter((i) => i.questionTimes !== undefined)
        .map((i) => section.questions.reduce((s, q) => s + (i.questionTimes?.[q] ?? 0), 0) / MINUTE);
      if (totals.length > 0) sectionMinutes[section.name] = median(totals);
    }

    let speeders = 0;
    let gridsJudged = 0;
    let gridsStraight = 0;
    let nrAnswered = 0;
    let nrCount = 0;
    let oddHours = 0;
    let duplicates = 0;
    for (const interview of own) {
      const m = durationMinutes(interview);
      if (isComplete(interview) && m !== null && medianMinutes !== null && m < thresholds.speederShare * medianMinutes) {
        speeders += 1;
        flag({ kind: 'speeder', interviewer, instanceId: interview.instanceId, detail: { minutes: m, medianMinutes } });
      }
      const lines = straightLines(interview, spec.grids, thresholds.straightLineMinRows);
      gridsJudged += lines.judged;
      gridsStraight += lines.straight.length;
      if (lines.judged > 0 && lines.straight.length === lines.judged) {
        flag({ kind: 'straight-lining', interviewer, instanceId: interview.instanceId, detail: { grid: lines.straight.join(', ') } });
      }
      for (const [variable, codes] of Object.entries(spec.nonresponse)) {
        const value = interview.answers[variable];
        if (!isAnswered(value)) continue;
        nrAnswered += 1;
        if (codes.some((c) => String(c) === String(value))) nrCount += 1;
      }
      const hour = localHour(interview.startedAt, thresholds.oddHours.timeZone);
      if (hour !== null && isOddHour(hour, thresholds.oddHours.from, thresholds.oddHours.to)) {
        oddHours += 1;
        flag({ kind: 'odd-hours', interviewer, instanceId: interview.instanceId, detail: { hour, startedAt: interview.startedAt } });
      }
      let duplicate = duplicateOf.get(interview.instanceId);
      if (duplicate === undefined) {
        // Near duplicates within one interviewer (where copying happens): percent match.
        for (const other of own) {
          if (other.instanceId === interview.instanceId) continue;
          const share = answerMatch(interview.answers, other.answers, thresholds.duplicateMinCommon);
          if (share !== null && share >= thresholds.duplicateShare) { duplicate = { other: other.instanceId, share }; break; }
        }
      }
      if (duplicate !== undefined) {
        duplicates += 1;
        flag({ kind: 'duplicate', interviewer, instanceId: interview.instanceId, detail: { other: duplicate.other, share: duplicate.share } });
      }
    }

    const mine: number[] = [];
    const rest: number[] = [];
    let screenerNoCount = 0;
    let screenerAnswers = 0;
    for (const interview of interviews) {
      const shares = screenerShares.get(interview.instanceId);
      if (shares === undefined) continue;
      if (interview.interviewer === interviewer) {
        mine.push(shares[0]! / shares[1]!);
        screenerNoCount += shares[0]!;
        screenerAnswers += shares[1]!;
      } else rest.push(shares[0]! / shares[1]!);
    }
    const z = screenerZ(mine, rest);
    if (z !== null && z > zCut) {
      flag({ kind: 'screener-no', interviewer, detail: { z, cut: zCut, share: screenerNoCount / screenerAnswers } });
    }

    const ownCases = [...contactsByCase.entries()].filter(([, list]) => list.some((c) => c.interviewer === interviewer));
    for (const [caseId, list] of ownCases) {
      const last = [...list].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).at(-1)!;
      if (/^2\.2/.test(last.outcome) && list.length < thresholds.minNonContactAttempts) {
        flag({ kind: 'few-contacts', interviewer, caseId, detail: { attempts: list.length, outcome: last.outcome } });
      }
    }

    return {
      interviewer,
      interviews: own.length,
      duration: quartiles(minutes),
      sectionMinutes,
      speeders,
      straightLining: gridsJudged > 0 ? gridsStraight / gridsJudged : null,
      itemNonresponse: nrAnswered > 0 ? nrCount / nrAnswered : null,
      screenerNo: screenerAnswers > 0 ? screenerNoCount / screenerAnswers : null,
      screenerZ: z,
      oddHours,
      duplicates,
      contactsPerCase: ownCases.length > 0 ? ownCases.reduce((s, [, list]) => s + list.length, 0) / ownCases.length : null,
    };
  });

  const interviewerEffects: InterviewerEffect[] = spec.prevalences.map((p) => {
    const groups = interviewers.map((interviewer) =>
      interviews
        .filter((i) => i.interviewer === interviewer && (i.disposition === '1.1' || i.disposition === '1.2'))
        .map((i) => prevalenceValue(i.answers, p.anyOf))
        .filter((v): v is number => v !== null));
    const r = interviewerCorrelation(groups);
    return { id: p.id, interviewers: groups.filter((g) => g.length > 0).length, n: r.n, prevalence: r.n > 0 ? r.mean : null, rho: r.rho, meanWorkload: r.meanWorkload, deff: r.deff };
  });

  return { thresholds, medianMinutes, byInterviewer, interviewerEffects, flags };
}
