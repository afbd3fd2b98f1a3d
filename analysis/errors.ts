/**
 * Every problem the analysis engine reports to a user: a stable `code` and a one-line message.
 * The CLI prints the message; the server can map the code to a Problem.
 */
export type AnalysisErrorCode =
  | 'missing-column'
  | 'ragged-row'
  | 'not-numeric'
  | 'negative-weight'
  | 'missing-weight'
  | 'missing-design-value'
  | 'empty-file'
  | 'unreadable-file'
  | 'lonely-psu'
  | 'missing-values'
  | 'not-nested'
  | 'bad-fpc'
  | 'bad-option'
  | 'bad-calibration'
  // Sampling and weighting (analysis/sampling, analysis/weighting).
  | 'bad-plan'
  | 'no-measure-of-size'
  | 'allocation-exceeds-stratum'
  | 'margins-disagree'
  | 'raking-not-converged'
  | 'case-missing-from-export'
  | 'wrong-questionnaire'
  | 'duplicate-case'
  | 'no-respondents'
  | 'missing-selection'
  | 'bad-encoding'
  /** design.json (or a design spec built in code) is not valid. */
  | 'bad-design'
  /** An indicator expression does not parse (ExpressionError). */
  | 'bad-expression'
  /** A variable dictionary (ID.dictionary.json) is not valid. */
  | 'bad-dictionary'
  /** The indicator catalogue is not valid. */
  | 'bad-catalogue'
  /** No indicator of the catalogue can be computed from the data (every one lacks a variable). */
  | 'nothing-computable';

export class AnalysisError extends Error {
  constructor(readonly code: AnalysisErrorCode, message: string) {
    super(message);
    this.name = 'AnalysisError';
  }
}
