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

/** Maps the analysis engine's errors (and a few others) to a code and a one-line message. */
export function toFailure(err: unknown): AnalysisFailure {
  if (err instanceof AnalysisRunError) return { code: err.code, message: firstLine(err.message) };
  if (err instanceof Error) {
    if (err.name === 'AnalysisError' && 'code' in err && typeof err.code === 'string') return { code: err.code, message: firstLine(err.message) };
    if (err.name === 'ExpressionError') return { code: 'bad-expression', message: firstLine(err.message) };
    if (err.message.startsWith('design file:')) return { code: 'bad-design', message: firstLine(err.message) };
    if (err.message.startsWith('indicator catalogue:')) return { code: 'bad-catalogue', message: firstLine(err.message) };
    if (err instanceof SyntaxError) return { code: 'bad-json', message: `not valid JSON: ${firstLine(err.message)}` };
    return { code: 'internal-error', message: firstLine(err.message) };
  }
  return { code: 'internal-error', message: firstLine(String(err)) };
}

export function isFailure(value: unknown): value is AnalysisFailure {
  return typeof value === 'object' && value !== null && typeof (value as AnalysisFailure).code === 'string' && typeof (value as AnalysisFailure).message === 'string';
}
