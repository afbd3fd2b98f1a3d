// The page's side of the analysis worker: one worker per job, cancelled by terminating it.
import type { AnalysisFailure } from './failure';
import type { AnalysisStage, DataFormat, SourceSummary } from './indicator-run';
import type { RunOutput, WorkerRequest, WorkerResponse } from './protocol';

export interface Progress {
  readonly stage: AnalysisStage;
  readonly done: number;
  readonly total: number;
}

export interface Job<T> {
  /** Resolves with the result, or rejects with an AnalysisFailure (or a `cancelled` one). */
  readonly result: Promise<T>;
  cancel(): void;
}

export const CANCELLED: AnalysisFailure = { code: 'cancelled', message: 'cancelled' };

function start<T>(request: WorkerRequest, pick: (r: WorkerResponse) => T | undefined, onProgress: (p: Progress) => void): Job<T> {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'analysis' });
  let settle: { ok: (v: T) => void; fail: (f: AnalysisFailure) => void } | undefined;
  const result = new Promise<T>((ok, fail) => { settle = { ok, fail }; });
  const finish = (outcome: { value: T } | { failure: AnalysisFailure }) => {
    worker.terminate();
    const s = settle;
    settle = undefined;
    if (!s) return;
    if ('value' in outcome) s.ok(outcome.value); else s.fail(outcome.failure);
  };
  worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    if (message.kind === 'progress') { onProgress(message); return; }
    if (message.kind === 'failed') { finish({ failure: message.failure }); return; }
    const value = pick(message);
    if (value !== undefined) finish({ value });
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    finish({ failure: { code: 'worker-failed', message: event.message || 'the analysis worker could not start' } });
  });
  // A copy goes to the worker, so the page keeps its file for the next run.
  const data = request.data.slice();
  worker.postMessage({ ...request, data }, [data.buffer]);
  return { result, cancel: () => finish({ failure: CANCELLED }) };
}

export function inspectJob(data: Uint8Array, format: DataFormat): Job<SourceSummary> {
  return start({ kind: 'inspect', data, format }, (r) => (r.kind === 'inspected' ? r.summary : undefined), () => undefined);
}

export function runJob(request: Extract<WorkerRequest, { kind: 'run' }>, onProgress: (p: Progress) => void): Job<RunOutput> {
  return start(request, (r) => (r.kind === 'done' ? r.output : undefined), onProgress);
}
