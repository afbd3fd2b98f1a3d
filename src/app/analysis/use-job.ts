// The analysis screen's one running job (reading a file's columns, or a run): what it is doing,
// its progress, its failure, and cancelling it. A job is a worker (./job.ts); leaving the screen
// cancels it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { isFailure, toFailure, type AnalysisFailure } from './failure';
import { CANCELLED, type Job, type Progress } from './job';

export type JobKind = 'data' | 'run';

export interface JobState {
  readonly busy: JobKind | undefined;
  readonly progress: Progress | undefined;
  readonly failure: AnalysisFailure | undefined;
  /** Waits for a job, tracking it; undefined when it failed (the failure is kept) or was cancelled. */
  track<T>(started: Job<T>, kind: JobKind): Promise<T | undefined>;
  /** Marks work outside a worker (a download) as busy; `undefined` ends it. */
  setBusy(kind: JobKind | undefined): void;
  setProgress(progress: Progress | undefined): void;
  setFailure(failure: AnalysisFailure | undefined): void;
  cancel(): void;
}

export function useAnalysisJob(): JobState {
  const [busy, setBusy] = useState<JobKind>();
  const [progress, setProgress] = useState<Progress>();
  const [failure, setFailure] = useState<AnalysisFailure>();
  const job = useRef<Job<unknown> | undefined>(undefined);
  useEffect(() => () => job.current?.cancel(), []);

  const track = useCallback(async <T,>(started: Job<T>, kind: JobKind): Promise<T | undefined> => {
    job.current = started;
    setBusy(kind);
    setFailure(undefined);
    try {
      return await started.result;
    } catch (err) {
      if (!(isFailure(err) && err.code === CANCELLED.code)) setFailure(isFailure(err) ? err : toFailure(err));
      return undefined;
    } finally {
      if (job.current === started) job.current = undefined;
      setBusy(undefined);
      setProgress(undefined);
    }
  }, []);

  return { busy, progress, failure, track, setBusy, setProgress, setFailure, cancel: () => job.current?.cancel() };
}
