import { Dexie, type EntityTable } from 'dexie';
import type { CachedAssignment, CachedQuestionnaire, ContactAttemptRecord, InterviewRecord } from './types';

export interface KeyValue {
  key: string;
  value: unknown;
}

export type JhaDatabase = Dexie & {
  interviews: EntityTable<InterviewRecord, 'instanceId'>;
  questionnaires: Dexie.Table<CachedQuestionnaire, [string, number]>;
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
  return db;
}
