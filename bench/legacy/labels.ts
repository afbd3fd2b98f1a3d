// The column typing of the whole-buffer SPSS/Stata writers before issue 14 (commit 2d1c023): every
// column's values held in memory. Kept for the bench's baseline only.
import { labelledVariables, META_COLUMNS, typedCell, type LabelledVariable, type MicrodataTable } from '../../src/server/services';

export type StatColumn = LabelledVariable &
  ({ kind: 'numeric'; values: (number | null)[]; integer: boolean } | { kind: 'text'; values: string[]; maxBytes: number });

const TEXT_META = new Set<string>(META_COLUMNS.filter((c) => c !== 'questionnaire_version'));

export function statColumns(table: MicrodataTable, locale: string): StatColumn[] {
  return labelledVariables(table, locale).map((variable, j) => {
    const cells = table.rows.map((row) => row[j] ?? '');
    const typed = cells.map(typedCell);
    if (!TEXT_META.has(variable.name) && typed.every((v) => v === null || typeof v === 'number')) {
      const values = typed as (number | null)[];
      return { ...variable, kind: 'numeric', values, integer: values.every((v) => v === null || Number.isInteger(v)) };
    }
    const maxBytes = cells.reduce((n, c) => Math.max(n, Buffer.byteLength(c, 'utf8')), 1);
    return { ...variable, kind: 'text', values: cells, maxBytes };
  });
}
