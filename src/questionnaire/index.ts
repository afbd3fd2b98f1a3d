export type { LintFinding, LintOptions } from './types';
