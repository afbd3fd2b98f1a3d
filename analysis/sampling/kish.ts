/**
 * Kish (1949) selection tables, the one definition the victimization questionnaire
 * (surveys/src/victimization/household.ts computes `sel_kish_number` from them) and the weighting
 * (the within-household selection probability) both read.
 *
 * For 1, 2, …, 6 or more eligible adults, each table gives the number of the adult to interview in
 * the Kish order (men oldest to youngest, then women oldest to youngest). Each address carries one
 * table, assigned at sampling in the shares of KISH_TABLE_SHARES (A 1/6, B1 1/12, B2 1/12, C 1/6,
 * D 1/6, E1 1/12, E2 1/12, F 1/6); selection is then equiprobable for 1–4 and for 6 adults, not
 * for 5 (adults 3 and 5 have 1/4, the others 1/6), and adults after the sixth are never chosen.
 */
export const KISH_TABLES: Record<string, number[]> = {
  A: [1, 1, 1, 1, 1, 1],
  B1: [1, 1, 1, 1, 2, 2],
  B2: [1, 1, 1, 2, 2, 2],
  C: [1, 1, 2, 2, 3, 3],
  D: [1, 2, 2, 3, 4, 4],
  E1: [1, 2, 3, 3, 3, 5],
  E2: [1, 2, 3, 4, 5, 5],
  F: [1, 2, 3, 4, 5, 6],
};

/** The share of addresses that carry each table (Kish 1949). */
export const KISH_TABLE_SHARES: Readonly<Record<string, number>> = {
  A: 1 / 6, B1: 1 / 12, B2: 1 / 12, C: 1 / 6, D: 1 / 6, E1: 1 / 12, E2: 1 / 12, F: 1 / 6,
};

/**
 * P(the adult numbered `number` in the Kish order is selected | `adults` eligible adults), over
 * the random assignment of tables to addresses: Σ of the shares of the tables whose entry for
 * min(adults, 6) is `number`. Zero for a number no table gives.
 */
export function kishSelectionProbability(adults: number, number: number): number {
  const column = Math.min(adults, 6) - 1;
  let p = 0;
  for (const [table, numbers] of Object.entries(KISH_TABLES)) if (numbers[column] === number) p += KISH_TABLE_SHARES[table];
  return p;
}
