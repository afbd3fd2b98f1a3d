import type { LintFinding } from '../types';

/** A finding before the file name is attached. */
export type RawFinding = Omit<LintFinding, 'file'>;
