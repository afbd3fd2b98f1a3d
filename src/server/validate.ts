import type { z } from 'zod';
import { HttpProblem } from './problems';

/** Parses a request part with a protocol schema; a mismatch is a 400 validation-failed listing the zod issues. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what = 'body'): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors = result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message, code: i.code }));
  const first = errors[0];
  throw new HttpProblem('validation-failed', `${what}${first.path ? '.' + first.path : ''}: ${first.message}`, { errors });
}
