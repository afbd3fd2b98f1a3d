import type { z } from 'zod';
import { unstorableText } from './json-body';
import { HttpProblem } from './problems';

/** The first string in a parsed path or query that PostgreSQL cannot take as text (NUL, lone surrogate). */
function unstorableIn(value: unknown): string | undefined {
  if (typeof value === 'string') return unstorableText(value);
  if (typeof value !== 'object' || value === null) return undefined;
  for (const v of Object.values(value)) {
    const bad = unstorableIn(v);
    if (bad !== undefined) return bad;
  }
  return undefined;
}

/** Parses a request part with a protocol schema; a mismatch is a 400 validation-failed listing the zod issues. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what = 'body'): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) {
    // Bodies were checked by the JSON parser; a path or query (%00) is checked here, before any SQL.
    const bad = what === 'body' ? undefined : unstorableIn(result.data);
    if (bad !== undefined) throw new HttpProblem('invalid-text', `the ${what} holds ${bad}`);
    return result.data;
  }
  const errors = result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message, code: i.code }));
  const first = errors[0];
  throw new HttpProblem('validation-failed', `${what}${first.path ? '.' + first.path : ''}: ${first.message}`, { errors });
}
