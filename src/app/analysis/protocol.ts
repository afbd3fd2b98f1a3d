// Messages between the analysis screen and its worker (structured-cloned; file bytes transferred).
import type { Locale } from '../../../analysis/indicators';
import type { DesignSpec } from '../../../analysis/design-spec';
import type { AnalysisFailure } from './failure';
import type { AnalysisResult, AnalysisStage, DataFormat, SourceSummary } from './indicator-run';

export type WorkerRequest =
  | { readonly kind: 'inspect'; readonly data: Uint8Array; readonly format: DataFormat }
  | {
    readonly kind: 'run'; readonly data: Uint8Array; readonly format: DataFormat; readonly design: DesignSpec;
    readonly by?: readonly (readonly string[])[]; readonly groups?: readonly string[]; readonly locale: Locale; readonly notes?: readonly string[];
    /** The variable dictionary served beside the collected data (parsed JSON). */
    readonly dictionary?: unknown;
  };

/** What a run hands back: the report model (HTML is drawn in the page) and the CSV and XLSX files. */
export interface RunOutput extends AnalysisResult {
  readonly csv: string;
  readonly xlsx: Uint8Array;
}

export type WorkerResponse =
  | { readonly kind: 'progress'; readonly stage: AnalysisStage; readonly done: number; readonly total: number }
  | { readonly kind: 'inspected'; readonly summary: SourceSummary }
  | { readonly kind: 'done'; readonly output: RunOutput }
  | { readonly kind: 'failed'; readonly failure: AnalysisFailure };
