// Codebook renderers: CSV (RFC 4180), Markdown, and XLSX (exceljs, loaded only when asked for).
import { codebookRows, type Codebook, type CodebookVariable } from './build';

function valueList(v: CodebookVariable): string {
  return v.values.map((x) => `${x.value} = ${x.label}`).join('; ');
}

function headers(codebook: Codebook): string[] {
  const w = codebook.words;
  return [w.variable, w.type, w.label, w.values, w.universe, w.definition, w.page];
}

function cells(v: CodebookVariable): string[] {
  return [v.name, v.type, v.label, valueList(v), v.universe, v.definition, v.page];
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function codebookToCsv(codebook: Codebook): string {
  const lines = [headers(codebook), ...codebookRows(codebook).map(cells)].map((row) => row.map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function mdCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function codebookToMarkdown(codebook: Codebook): string {
  const w = codebook.words;
  const title = codebook.title === '' ? w.codebook : `${w.codebook}: ${codebook.title}`;
  const head = [w.variable, w.type, w.label, w.values, w.universe];
  const out = [`# ${mdCell(title)}`, ''];
  const rows = codebookRows(codebook);
  const questions = rows.filter((v) => v.page !== '' || v.definition === '');
  const calculated = rows.filter((v) => !questions.includes(v));
  let page: string | undefined;
  for (const v of questions) {
    if (v.page !== page) {
      page = v.page;
      out.push(`## ${mdCell(page === '' ? w.page : page)}`, '', `| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
    }
    const values = v.values.map((x) => `${x.value} = ${x.label}`).join('<br>');
    const label = v.definition === '' ? v.label : `${v.label}<br>${w.definition}: ${v.definition}`;
    out.push(`| \`${v.name}\` | ${mdCell(v.type)} | ${mdCell(label)} | ${mdCell(values)} | ${mdCell(v.universe)} |`);
    const next = questions[questions.indexOf(v) + 1];
    if (!next || next.page !== page) out.push('');
  }
  if (calculated.length > 0) {
    out.push(`## ${w.calculatedValues}`, '', `| ${w.variable} | ${w.definition} |`, '|---|---|');
    for (const v of calculated) out.push(`| \`${v.name}\` | ${mdCell(v.definition)} |`);
    out.push('');
  }
  return out.join('\n');
}

/** The codebook as an XLSX workbook: one sheet of variables, one of value labels (long form). */
export async function codebookToXlsx(codebook: Codebook): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'jha-survey';
  const w = codebook.words;
  const sheetName = (text: string): string => text.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
  const variables = workbook.addWorksheet(sheetName(w.codebook), { views: [{ state: 'frozen', ySplit: 1 }] });
  variables.addRow(headers(codebook));
  for (const v of codebookRows(codebook)) variables.addRow(cells(v));
  variables.getRow(1).font = { bold: true };
  [24, 18, 50, 50, 50, 40, 24].forEach((width, i) => {
    variables.getColumn(i + 1).width = width;
  });
  variables.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 7 } };
  const values = workbook.addWorksheet(sheetName(w.values), { views: [{ state: 'frozen', ySplit: 1 }] });
  values.addRow([w.variable, w.value, w.label]);
  values.getRow(1).font = { bold: true };
  for (const v of codebookRows(codebook)) for (const x of v.values) values.addRow([v.name, x.value, x.label]);
  [24, 12, 50].forEach((width, i) => {
    values.getColumn(i + 1).width = width;
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
