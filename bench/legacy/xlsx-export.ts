// The whole-buffer writer as it was before issue 14's streamed exports (commit 2d1c023), kept
// callable in the bench only, as the baseline that bench/exports.bench.ts measures in the same run.
// The microdata as an XLSX workbook: sheet `data` first (what `jha-survey analyze` reads:
// numbers as numbers, missing as empty cells), then `variables` (question text per locale)
// and `value_labels` (each choice value's label per locale), so labels travel with the data.
// Both come from the export's variable dictionary.
import { typedCell, valueLabels, variableLabel } from '../../src/server/services/labels';
import type { MicrodataTable } from '../../src/server/services/microdata';
import { META_COLUMNS } from '../../src/server/services/microdata';

export async function renderXlsx(table: MicrodataTable): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'jha-survey';
  const locales = table.dictionary.locales;

  const data = workbook.addWorksheet('data');
  data.addRow(table.header);
  const metaCount = META_COLUMNS.length;
  for (const row of table.rows) {
    data.addRow(row.map((cell, j) => (j < metaCount && table.header[j] !== 'questionnaire_version' ? cell || null : typedCell(cell))));
  }

  const variables = workbook.addWorksheet('variables');
  variables.addRow(['variable', 'question', 'type', ...locales.map((l) => `label_${l}`)]);
  for (const spec of table.variables) {
    const type = spec.source.type === 'calculatedValue' ? 'calculated' : spec.source.type;
    variables.addRow([spec.name, spec.source.question, type, ...locales.map((l) => variableLabel(spec, l))]);
  }

  // Checkbox flags are 1 (chosen) / 0; their meaning is the variable label above.
  const labels = workbook.addWorksheet('value_labels');
  labels.addRow(['variable', 'value', ...locales.map((l) => `label_${l}`)]);
  for (const spec of table.variables) {
    const perLocale = locales.map((l) => valueLabels(spec, l));
    (perLocale[0] ?? []).forEach((item, i) => labels.addRow([spec.name, item.value, ...perLocale.map((list) => list[i]?.label ?? String(item.value))]));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
