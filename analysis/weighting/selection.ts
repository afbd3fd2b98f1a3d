/**
 * Within-household selection factor: one adult is interviewed in each responding household, so the
 * person's weight is the household's weight times 1 / P(this adult was selected | household).
 *
 *   last birthday (sel_method 2):  P = 1/k   → factor k, the number of eligible adults
 *   Kish table (sel_method 1):     P = Σ shares of the tables that give the recorded Kish number
 *                                      for min(k, 6) adults (kish.ts) → factor 1/P
 *                                      (1/k for k ≤ 4 and k = 6; 6 or 4 for k = 5; 6 for k > 6)
 *   one eligible adult:            factor 1, whatever the method.
 *
 * The method used is the one the interviewer recorded, household by household (the UNODC–UNECE
 * manual §V.D: weight by the selection actually applied, not the one prescribed).
 */
import { AnalysisError } from '../errors';
import { kishSelectionProbability } from '../sampling/kish';

export const SELECTION_METHODS = { kish: 1, lastBirthday: 2 } as const;

export function selectionFactor(caseId: string, adults: number, method: number, kishNumber: number): number {
  if (!(Number.isInteger(adults) && adults >= 1)) {
    throw new AnalysisError('missing-selection', `case ${caseId}: no number of eligible adults (${Number.isNaN(adults) ? 'empty' : adults}); a responding household needs it for the person weight`);
  }
  if (adults === 1) return 1;
  if (method === SELECTION_METHODS.lastBirthday) return adults;
  if (method === SELECTION_METHODS.kish) {
    const p = Number.isInteger(kishNumber) ? kishSelectionProbability(adults, kishNumber) : 0;
    if (p === 0) throw new AnalysisError('missing-selection', `case ${caseId}: Kish selection with ${adults} adults but the Kish number is ${Number.isNaN(kishNumber) ? 'empty' : kishNumber}`);
    return 1 / p;
  }
  throw new AnalysisError('missing-selection', `case ${caseId}: ${adults} eligible adults but no selection method recorded (${Number.isNaN(method) ? 'empty' : method}; 1 Kish, 2 last birthday)`);
}
