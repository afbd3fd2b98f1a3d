// The JSON body parser of the API (issue 13 item 3). Some bodies can never be stored: PostgreSQL's
// jsonb refuses a NUL character (\u0000) and an unpaired UTF-16 surrogate (\ud800), and a body
// nested 10,000 levels deep overflows the stack of every recursive walk after the parse. Without
// this check each such upload was a 500, which the tablet retries forever; here it is a 400 with a
// stable code, so the device keeps the interview and shows why. No detail names a value: only
// the key under which it was found (a variable name, never an answer).
import { HttpProblem } from './problems';

/** Deeper than any questionnaire or answer set (SurveyJS panels in matrices reach ~15). */
export const MAX_JSON_DEPTH = 64;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored, or undefined. */
export function unstorableText(text: string): string | undefined {
  if (text.includes('\u0000')) return 'a NUL character (\\u0000)';
  if (LONE_SURROGATE.test(text)) return 'an unpaired surrogate (a half of a UTF-16 pair)';
  return undefined;
}

/** The deepest nesting of arrays and objects in JSON text, counted without parsing (so without recursion). */
export function jsonDepth(text: string, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

function where(key: string): string {
  return key === '' ? 'the body' : `the value of "${unstorableText(key) === undefined ? key.slice(0, 64) : '(a key)'}"`;
}

/**
 * Parses a JSON request body, refusing what no database could store. `__proto__` and
 * `constructor` keys holding objects are refused as Fastify's own parser does (prototype poisoning).
 */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') throw new HttpProblem('malformed-json', 'the body is empty');
  if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    throw new HttpProblem('nesting-too-deep', `arrays and objects may be nested at most ${MAX_JSON_DEPTH} levels deep`, { maxDepth: MAX_JSON_DEPTH });
  }
  try {
    return JSON.parse(text, (key: string, value: unknown) => {
      const badKey = unstorableText(key);
      if (badKey !== undefined) throw new HttpProblem('invalid-text', `a key holds ${badKey}`);
      if (typeof value === 'string') {
        const bad = unstorableText(value);
        if (bad !== undefined) throw new HttpProblem('invalid-text', `${where(key)} holds ${bad}; remove it and send again`);
      }
      if (key === '__proto__' || (key === 'constructor' && typeof value === 'object' && value !== null)) {
        throw new HttpProblem('validation-failed', `the key "${key}" is not allowed`);
      }
      return value;
    });
  } catch (err) {
    if (err instanceof HttpProblem) throw err;
    throw new HttpProblem('malformed-json', 'the body could not be parsed as JSON');
  }
}
