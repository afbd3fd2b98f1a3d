// Every error the API returns is an RFC 9457 problem from the catalogue in src/protocol.
// Routes and services throw HttpProblem; the error handler (app.ts) is the one place
// that turns it — or anything else — into an application/problem+json response.
import { problem, type Problem, type ProblemCode } from '../protocol';

export class HttpProblem extends Error {
  readonly problem: Problem;
  constructor(code: ProblemCode, detail?: string, extensions: Record<string, unknown> = {}, readonly headers: Record<string, string> = {}) {
    super(detail ?? code);
    this.name = 'HttpProblem';
    this.problem = problem(code, detail, extensions);
  }
}

/** Maps Fastify's own errors (body parsing, limits) onto catalogue problems. */
export function problemFromFastifyError(err: { code?: string; statusCode?: number; message?: string }): Problem {
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problem('malformed-json', err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? 'the body is empty' : 'the body could not be parsed as JSON');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problem('payload-too-large', 'the request body exceeds the limit of this route');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problem('unsupported-media-type', 'send the body as application/json');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return problem('validation-failed', 'the Content-Length header does not match the body');
    default:
      if (err.statusCode === 404) return problem('not-found');
      if (err.statusCode === 413) return problem('payload-too-large');
      if (err.statusCode === 415) return problem('unsupported-media-type');
      if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500) {
        return problem('validation-failed', err.message?.split('\n')[0]);
      }
      return problem('internal-error');
  }
}
