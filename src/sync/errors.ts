// The two ways a request fails, apart from the client that makes it: the tablet's first screen
// (the log-in form, the problem texts) tells them apart without loading the client and its
// response schemas (zod), which come with the first sync (issue 17 item 9).
import type { Problem } from '../protocol';

/** A request that reached the server and was answered with a Problem, or did not reach it. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly problem: Problem) {
    super(problem.detail ? `${problem.title} (${problem.detail})` : problem.title);
    this.name = 'ApiError';
  }
}

/** The network or the server is unreachable: worth retrying later. */
export class NetworkError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'NetworkError';
  }
}
