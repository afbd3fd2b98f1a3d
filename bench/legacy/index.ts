// The export writers before issue 14, for bench/exports.bench.ts's baseline only.
import type { MicrodataTable } from '../../src/server/services';
import { renderCsv } from '../../src/server/services';
import type { ExportFormat } from '../../src/protocol/exports';
import { renderDta } from './dta-export';
import { renderSav } from './sav-export';
import { renderXlsx } from './xlsx-export';

/** The previous approach: the whole table in memory, the whole file in one buffer. */
export async function legacyRender(table: MicrodataTable, format: ExportFormat, locale: string): Promise<string | Buffer> {
  switch (format) {
    case 'csv': return renderCsv(table);
    case 'xlsx': return renderXlsx(table);
    case 'sav': return renderSav(table, { locale });
    case 'dta': return renderDta(table, { locale });
  }
}
