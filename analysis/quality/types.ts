/**
 * Inputs and outputs of the field-work data-quality measures (docs/data-quality.md defines each
 * measure). The inputs are plain data so the server, the CLI and tests can build them: the server
 * from stored submissions and the questionnaire's variable dictionary, a test by hand.
 */

/** One uploaded interview as the quality measures see it. */
export interface QualityInterview {
  readonly instanceId: string;
  readonly interviewer: string;
  readonly caseId?: string;
  /** AAPOR final disposition code (1.1 complete, 1.2 partial, …). */
  readonly disposition: string;
  /** ISO 8601 instants from the device's paradata. */
  readonly startedAt: string;
  readonly endedAt?: string;
  /** Answers by variable (SurveyJS `data`: a grid answer is an object row → value). */
  readonly answers: Readonly<Record<string, unknown>>;
  /** Milliseconds spent on each question (paradata `questionTimes`). */
  readonly questionTimes?: Readonly<Record<string, number>>;
}

/** A contact attempt on a case (time and AAPOR outcome), for contacts per case. */
export interface QualityContact {
  readonly caseId: string;
  readonly interviewer: string;
  readonly at: string;
  readonly outcome: string;
}

/** What of the questionnaire the measures need, taken from its variable dictionary. */
export interface QualitySpec {
  /** Sections (pages) and their questions, for section durations. */
  readonly sections: readonly { readonly name: string; readonly questions: readonly string[] }[];
  /**
   * Grids judged for straight-lining. A single-choice matrix: the answer of `name` is an object
   * row → value. A battery (`battery: true`): questions asked one after another on one page on the
   * same rating scale (the trust and public-service items), each answered at the top level of the
   * data, so `rows` are the questions' names and `name` names the battery.
   */
  readonly grids: readonly { readonly name: string; readonly rows: readonly string[]; readonly battery?: boolean }[];
  /** Screener questions and the value that means "no". */
  readonly screeners: readonly { readonly name: string; readonly no: string | number }[];
  /** Values that are item non-response ("don't know", "refused") by variable. */
  readonly nonresponse: Readonly<Record<string, readonly (string | number)[]>>;
  /**
   * Main prevalences whose intra-interviewer correlation is estimated: 1 when any listed
   * variable has one of its values, 0 when none has, missing when no listed variable was answered.
   */
  readonly prevalences: readonly {
    readonly id: string;
    readonly anyOf: readonly { readonly variable: string; readonly values: readonly (string | number)[] }[];
  }[];
}

/** The thresholds of the flags; every one is stated in the report. */
export interface QualityThresholds {
  /** A speeder takes less than this share of the median duration of complete interviews. */
  readonly speederShare: number;
  /** A grid is straight-lined when at least this many rows are answered, all with one value. */
  readonly straightLineMinRows: number;
  /** Odd hours: an interview that starts at or after `from` or before `to` (local hours, 0–23). */
  readonly oddHours: { readonly from: number; readonly to: number; readonly timeZone: string };
  /** Two interviews of one interviewer agreeing on at least this share of their common answers. */
  readonly duplicateShare: number;
  /** Pairs compared need at least this many common answered variables. */
  readonly duplicateMinCommon: number;
  /**
   * An interviewer's screener "no" share is flagged when its z against the others exceeds this for
   * one comparison; with k interviewers compared the cut is raised by Bonferroni (`screenerCut`).
   */
  readonly screenerZ: number;
  /** A case closed as non-contact (2.2x) with fewer attempts than this is flagged. */
  readonly minNonContactAttempts: number;
}

export const DEFAULT_QUALITY_THRESHOLDS: QualityThresholds = {
  speederShare: 1 / 3,
  straightLineMinRows: 5,
  oddHours: { from: 22, to: 7, timeZone: 'Europe/Belgrade' },
  duplicateShare: 0.95,
  duplicateMinCommon: 20,
  screenerZ: 2.58,
  minNonContactAttempts: 3,
};

export type QualityFlagKind = 'speeder' | 'straight-lining' | 'odd-hours' | 'duplicate' | 'screener-no' | 'few-contacts';

/** One flag on one interview (or case); the console links it to the interview's review. */
export interface QualityFlag {
  readonly kind: QualityFlagKind;
  readonly interviewer: string;
  readonly instanceId?: string;
  readonly caseId?: string;
  /** Machine-readable particulars (minutes, grid name, the other interview, …). */
  readonly detail: Readonly<Record<string, string | number>>;
}

export interface Quartiles { readonly q1: number; readonly median: number; readonly q3: number }

export interface InterviewerQuality {
  readonly interviewer: string;
  readonly interviews: number;
  /** Interview duration in minutes (interviews with a start and an end). */
  readonly duration: Quartiles | null;
  /** Median minutes per section. */
  readonly sectionMinutes: Readonly<Record<string, number>>;
  readonly speeders: number;
  /** Grids straight-lined ÷ grids with enough answered rows. */
  readonly straightLining: number | null;
  /** Non-response values ÷ answered variables that can take one. */
  readonly itemNonresponse: number | null;
  /** Screener answers "no" ÷ screener answers. */
  readonly screenerNo: number | null;
  readonly screenerZ: number | null;
  readonly oddHours: number;
  readonly duplicates: number;
  /** Mean contact attempts per case of this interviewer. */
  readonly contactsPerCase: number | null;
}

export interface InterviewerEffect {
  readonly id: string;
  /** Interviewers with at least one interview giving the prevalence. */
  readonly interviewers: number;
  readonly n: number;
  /** Share with the prevalence; null without any interview giving it. */
  readonly prevalence: number | null;
  /** ANOVA estimator of the intra-interviewer correlation (may be negative). */
  readonly rho: number | null;
  /** Mean workload m̄ (interviews per interviewer). */
  readonly meanWorkload: number;
  /** Design effect due to interviewers, 1 + (m̄ − 1) ρ. */
  readonly deff: number | null;
}

export interface QualityReport {
  readonly thresholds: QualityThresholds;
  /** Median duration of complete interviews (minutes), the speeders' reference. */
  readonly medianMinutes: number | null;
  readonly byInterviewer: readonly InterviewerQuality[];
  readonly interviewerEffects: readonly InterviewerEffect[];
  readonly flags: readonly QualityFlag[];
}
