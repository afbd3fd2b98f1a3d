import { Dexie, type EntityTable } from 'dexie';
import { pageCountOf, type CachedAssignment, type ContactAttemptRecord, type InterviewRecord, type QuestionnaireListing, type StoredDefinition } from './types';

export interface KeyValue {
  key: string;
  value: unknown;
}

export type JhaDatabase = Dexie & {
  interviews: EntityTable<InterviewRecord, 'instanceId'>;
  questionnaires: Dexie.Table<QuestionnaireListing, [string, number]>;
  definitions: Dexie.Table<StoredDefinition, [string, number]>;
  settings: EntityTable<KeyValue, 'key'>;
  assignments: EntityTable<CachedAssignment, 'id'>;
  attempts: EntityTable<ContactAttemptRecord, 'id'>;
};

export function createDatabase(name: string): JhaDatabase {
  const db = new Dexie(name) as JhaDatabase;
  db.version(1).stores({
    interviews: 'instanceId, state, owner, questionnaireId, updatedAt, sync.nextAttemptAt',
    questionnaires: '[id+version], id',
    settings: 'key',
  });
  db.version(2).stores({ assignments: 'id, interviewer, questionnaireId' });
  db.version(3).stores({ attempts: 'id, assignmentId, owner, state' });
  // Definitions move out of the questionnaire rows, which lists read, and a case's interviews are
  // found through an index instead of reading every interview of the interviewer (issue 17 item 9).
  db.version(4).stores({
    interviews: 'instanceId, state, owner, questionnaireId, updatedAt, sync.nextAttemptAt, [questionnaireId+caseId]',
    definitions: '[id+version]',
  }).upgrade(async (tx) => {
    const rows = (await tx.table('questionnaires').toArray()) as Array<QuestionnaireListing & { definition?: Record<string, unknown> }>;
    await tx.table('definitions').bulkPut(rows.map((r) => ({ id: r.id, version: r.version, definition: r.definition ?? {} })));
    await tx.table('questionnaires').toCollection().modify((r: QuestionnaireListing & { definition?: Record<string, unknown> }) => {
      const pageCount = pageCountOf(r.definition);
      if (pageCount !== undefined) r.pageCount = pageCount;
      delete r.definition;
    });
  });
  return db;
}
