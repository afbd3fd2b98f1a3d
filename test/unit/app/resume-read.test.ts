// Issue 17 item 9: a resumed interview's record and questionnaire are read at launch, beside the
// session read; the interview screen takes that read once, and only while it is fresh.
import { describe, expect, it } from 'vitest';
import { EARLY_READ_MS, readInterview, startEarlyRead, takeInterviewRead } from '../../../src/app/runner/resume-read';
import type { CachedQuestionnaire, InterviewRecord } from '../../../src/store';

function fakeStore(records: Record<string, Partial<InterviewRecord>>, questionnaires: string[] = ['q@1']) {
  const reads: string[] = [];
  const store = {
    reads,
    getInterviewWithAnswers: (id: string) => {
      reads.push(id);
      const r = records[id];
      return Promise.resolve(r ? ({ instanceId: id, questionnaireId: 'q', version: 1, ...r } as InterviewRecord) : undefined);
    },
    getQuestionnaire: (id: string, version: number) => Promise.resolve(questionnaires.includes(`${id}@${version}`)
      ? ({ id, version, definition: { pages: [] } } as unknown as CachedQuestionnaire) : undefined),
  };
  return store;
}

describe('readInterview', () => {
  it('tells a draft with its questionnaire from a missing record, a missing questionnaire and a closed interview', async () => {
    const store = fakeStore({ a: { state: 'draft' }, b: { state: 'finalized' }, c: { state: 'draft', version: 2 } });
    const a = await readInterview(store, 'a');
    expect(a.kind).toBe('draft');
    expect(a.kind === 'draft' && a.questionnaire.definition).toEqual({ pages: [] });
    expect(await readInterview(store, 'b')).toEqual({ kind: 'closed', state: 'finalized' });
    expect(await readInterview(store, 'c')).toEqual({ kind: 'no-questionnaire' });
    expect(await readInterview(store, 'x')).toEqual({ kind: 'missing' });
  });
});

describe('the early read', () => {
  it('is taken once by the screen of the same interview and store', async () => {
    const store = fakeStore({ a: { state: 'draft' } });
    startEarlyRead(store, 'a', 1000);
    expect(store.reads).toEqual(['a']);
    expect((await takeInterviewRead(store, 'a', 2000)).kind).toBe('draft');
    expect(store.reads).toEqual(['a']);
    await takeInterviewRead(store, 'a', 2000);
    expect(store.reads).toEqual(['a', 'a']);
  });
  it('is read again when stale, for another interview or from another store', async () => {
    const store = fakeStore({ a: { state: 'draft' }, b: { state: 'draft' } });
    startEarlyRead(store, 'a', 1000);
    await takeInterviewRead(store, 'a', 1000 + EARLY_READ_MS + 1);
    expect(store.reads).toEqual(['a', 'a']);
    startEarlyRead(store, 'a', 1000);
    await takeInterviewRead(store, 'b', 1000);
    expect(store.reads).toEqual(['a', 'a', 'a', 'b']);
    const other = fakeStore({ a: { state: 'draft' } });
    startEarlyRead(store, 'a', 1000);
    await takeInterviewRead(other, 'a', 1000);
    expect(other.reads).toEqual(['a']);
  });
});
