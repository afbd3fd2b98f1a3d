import type { LintFinding } from './types';

/** One line: `FILE: QUESTION: what is wrong — how to fix [rule]`. */
export function formatFinding(finding: LintFinding): string {
  const where = [finding.file, finding.question].filter((s) => s !== undefined && s !== '').join(': ');
  const text = `${finding.message} — ${finding.fix} [${finding.rule}]`.replace(/\s*\n\s*/g, ' ');
  return where === '' ? text : `${where}: ${text}`;
}
