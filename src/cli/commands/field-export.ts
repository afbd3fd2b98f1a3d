// The simulated field's export, written by the server's own export code (microdataTable +
// renderCsv): one row per interview, and one per case closed without one (no answers, its final
// AAPOR code) — the export `jha-survey weight` reads. Also used by the coverage benchmark.
import { microdataTable, renderCsv, type ExportRow } from '../../server/services';
import type { FieldCase } from '../../../analysis/simulate';
import victimization from '../../../surveys/victimization.json';

export const FIELD_DEFINITION = victimization as unknown as Record<string, unknown>;

/** Deterministic interview ids (UUIDv7-shaped, from the case's position) so that a seed reproduces the file. */
function instanceId(seed: number, k: number): string {
  const hex = (x: number, width: number): string => (x >>> 0).toString(16).padStart(width, '0').slice(-width);
  return `${hex(seed, 8)}-${hex(k >>> 16, 4)}-7${hex(k, 3)}-8${hex(seed >>> 8, 3)}-${hex(k * 2654435761, 8)}${hex(seed ^ k, 4)}`;
}

/**
 * The export file. `definitions` are the questionnaire's versions (default: victimization v1); the
 * coverage benchmark passes the three standard modules as versions of one omnibus interview, so
 * that the SDG indicators of the safety and corruption modules are estimated from the same persons.
 */
export function fieldExportCsv(cases: readonly FieldCase[], seed: number, questionnaireId = 'victimization', definitions: { version: number; definition: Record<string, unknown> }[] = [{ version: 1, definition: FIELD_DEFINITION }]): string {
  const version = definitions[0].version;
  const rows: ExportRow[] = cases.map((c, k) => ({
    instance_id: c.answers ? instanceId(seed, k) : '',
    interviewer: c.interviewer,
    questionnaire_id: questionnaireId,
    version,
    case_id: c.caseId,
    disposition: c.disposition,
    started_at: null,
    ended_at: null,
    review_state: c.answers ? 'approved' : '',
    data: c.answers ? { ...c.answers } : null,
  }));
  return renderCsv(microdataTable(questionnaireId, definitions, rows));
}
