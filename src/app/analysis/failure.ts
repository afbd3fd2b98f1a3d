import { AnalysisError } from '../../../analysis/errors';

/** What the analysis screen shows when a run fails: a stable code and one line, never a stack. */
export interface AnalysisFailure {
  readonly code: string;
  readonly message: string;
}

/** A run that cannot start or finish for a reason of the app's own (the engine has AnalysisError). */
export class AnalysisRunError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'AnalysisRunError';
  }
}

const firstLine = (s: string): string => s.split('\n')[0].slice(0, 500);

/**
 * Maps an error to a code and a one-line message: the engine's `AnalysisError` (design file,
 * expression and catalogue errors included) and the app's `AnalysisRunError` by their code;
 * anything else is an internal error.
 */
export function toFailure(err: unknown): AnalysisFailure {
  if (err instanceof AnalysisRunError || err instanceof AnalysisError) return { code: err.code, message: firstLine(err.message) };
  if (err instanceof Error) return { code: 'internal-error', message: firstLine(err.message) };
  return { code: 'internal-error', message: firstLine(String(err)) };
}

export function isFailure(value: unknown): value is AnalysisFailure {
  return typeof value === 'object' && value !== null && typeof (value as AnalysisFailure).code === 'string' && typeof (value as AnalysisFailure).message === 'string';
}
