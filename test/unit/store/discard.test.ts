import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalStore } from '../../../src/store';
import type { CaseSummary } from '../../../src/protocol';

let store: LocalStore;
let n = 0;
beforeEach(async () => {
  n += 1;
  store = new LocalStore(`test-discard-${n}`);
  await store.open();
});
afterEach(async () => {
  await store.destroy();
});

const serverCase: CaseSummary = {
  assignmentId: 'as-1', interviewer: 'ana', questionnaireId: 'demo', caseId: 'HH-7', address: 'Ul. Makedonija 3, Skopje', prefill: null,
  quantity: 1, status: 'todo', interviews: [], attempts: [], disposition: null, nextAppointment: null, createdAt: '2026-11-20T08:00:00.000Z',
};

describe('discarding a draft', () => {
  it('keeps it on the device with the reason, out of the outbox, and frees its case for a new interview', async () => {
    await store.replaceCases('ana', [serverCase]);
    const r = await store.startCaseInterview('as-1', {
      instanceId: '01936f0e-8b1a-7c2d-9e3f-000000000001', questionnaireId: 'demo', version: 1, owner: 'ana', locale: 'mk', caseId: 'HH-7',
      paradata: { startedAt: '2026-11-25T10:00:00.000Z' },
    });
    expect((await store.listCases('ana'))[0]).toMatchObject({ status: 'in-progress', mayStart: false });
    const discard = { at: '2026-11-25T10:30:00.000Z', reason: 'breakoff' as const, note: 'went to work' };
    await store.discardDraft(r.instanceId, discard);
    const kept = await store.getInterview(r.instanceId);
    expect(kept).toMatchObject({ state: 'discarded', discard, data: r.data });
    expect(await store.countPending('ana')).toBe(0);
    expect(await store.listDue(Date.now())).toHaveLength(0);
    expect((await store.listCases('ana'))[0]).toMatchObject({ status: 'todo', mayStart: true, interviewCount: 0 });
    // Only a draft (or finalized, not yet queued) interview may be discarded, and only once.
    await expect(store.discardDraft(r.instanceId, discard)).rejects.toThrow(/only a draft/);
    await expect(store.removeAcknowledged(r.instanceId)).rejects.toThrow();
  });
});
