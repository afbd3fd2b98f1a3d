// The AAPOR codes an interviewer chooses from, with their labels in the interviewer's language.
import type { MessageKey, Translate } from '../i18n';

/**
 * Outcomes of a contact attempt, and final codes of a case closed without an interview (AAPOR
 * Standard Definitions, in-person household surveys): refusal 2.11, non-contact 2.2x, other 2.3x,
 * unknown eligibility 3.x, not eligible 4.x. Interviews (1.x) close a case by being uploaded.
 */
export const attemptOutcomes: ReadonlyArray<{ code: string; label: MessageKey }> = [
  { code: '2.24', label: 'disp_2_24' },
  { code: '2.25', label: 'disp_2_25' },
  { code: '2.21', label: 'disp_2_21' },
  { code: '2.23', label: 'disp_2_23' },
  { code: '2.11', label: 'disp_2_11' },
  { code: '2.31', label: 'disp_2_31' },
  { code: '2.32', label: 'disp_2_32' },
  { code: '2.33', label: 'disp_2_33' },
  { code: '3.11', label: 'disp_3_11' },
  { code: '3.21', label: 'disp_3_21' },
  { code: '4.51', label: 'disp_4_51' },
  { code: '4.70', label: 'disp_4_70' },
];

const labelled: Readonly<Record<string, MessageKey>> = {
  '1.1': 'disp_1_1', '1.2': 'disp_1_2', '2.12': 'disp_2_12',
  ...Object.fromEntries(attemptOutcomes.map((o) => [o.code, o.label])),
};

/** "2.11 Refusal" in the interviewer's language; a code without a label is shown as itself. */
export function outcomeLabel(code: string, t: Translate): string {
  const key = labelled[code];
  return key ? t(key) : code;
}
