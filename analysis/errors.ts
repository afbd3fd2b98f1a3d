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
  | 'bad-encoding';

export class AnalysisError extends Error {
  constructor(readonly code: AnalysisErrorCode, message: string) {
    super(message);
    this.name = 'AnalysisError';
  }
}
