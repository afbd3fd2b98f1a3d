import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readCsv, readXlsx } from '../../analysis/io';
import { canonicalJson } from '../../src/protocol';
import { createAccount } from '../../src/server';
import { backends } from './support/backends';
import { call, expectProblem, login, startTestServer, type TestServer, HOOK_TIMEOUT } from './support/http';

const sha = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex');

function interview(data: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    questionnaireId: 'household',
    version: 1,
    caseId: 'C-001',
    data,
    paradata: { startedAt: '2026-11-20T08:00:00.000Z', endedAt: '2026-11-20T08:20:00.000Z', deviceId: 'tab-1' },
    disposition: '1.1',
    ...extra,
  };
}

describe.each(backends)('submissions, review, export and monitoring on %s', (backend) => {
  let t: TestServer;
  let ivan: string; // the demo interviewer
  let maja: string; // a second interviewer
  let manager: string;
  let analyst: string;
  beforeAll(async () => {
    t = await startTestServer(backend);
    await createAccount(t.server.db, 'maja', 'interviewer', 'tall birch river');
    ivan = await login(t.base, 'interviewer', t.passwords.interviewer);
    maja = await login(t.base, 'maja', 'tall birch river');
    manager = await login(t.base, 'manager', t.passwords.manager);
    analyst = await login(t.base, 'analyst', t.passwords.analyst);
  }, HOOK_TIMEOUT);
  afterAll(async () => {
    await t?.stop();
  }, HOOK_TIMEOUT);

  it('201 for a new interview with a receipt carrying the SHA-256 of the canonical body', async () => {
    const id = uuidv7();
    const body = interview({ sex: 1, age: 34 });
    const res = await call(t.base, 'PUT', `/submissions/${id}`, { token: ivan, body });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ instanceId: id, sha256: sha(body), reviewState: 'received' });
  });

  it('200 for an identical repeat (keys in another order), still one row and one revision', async () => {
    const id = uuidv7();
    const body = interview({ sex: 2, age: 51 });
    expect((await call(t.base, 'PUT', `/submissions/${id}`, { token: ivan, body })).status).toBe(201);
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const again = await call(t.base, 'PUT', `/submissions/${id}`, { token: ivan, body: reordered });
    expect(again.status).toBe(200);
    expect((again.body as { sha256: string }).sha256).toBe(sha(body));
    const rows = await t.server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM submission_revisions WHERE instance_id = $1', [id]);
    expect(rows[0].n).toBe(1);
    const subs = await t.server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM submissions WHERE instance_id = $1', [id]);
    expect(subs[0].n).toBe(1);
  });

  it('409 submission-conflict for the same id with other content, naming both hashes', async () => {
    const id = uuidv7();
    const first = interview({ sex: 1 });
    const second = interview({ sex: 2 });
    await call(t.base, 'PUT', `/submissions/${id}`, { token: ivan, body: first });
    const body = expectProblem(await call(t.base, 'PUT', `/submissions/${id}`, { token: ivan, body: second }), 409, 'submission-conflict');
    expect(body.detail).toBe(`instance ${id}: stored sha256 ${sha(first)}, received ${sha(second)}`);
  });

  it('403 when another interviewer, or a manager, puts to an instance', async () => {
    const id = uuidv7();
    const body = interview({ sex: 1 });
    await call(t.base, 'PUT', `/submissions/${id}`, { token: ivan, body });
    expectProblem(await call(t.base, 'PUT', `/submissions/${id}`, { token: maja, body }), 403, 'forbidden');
    expectProblem(await call(t.base, 'PUT', `/submissions/${uuidv7()}`, { token: manager, body }), 403, 'forbidden');
  });

  it('403 for a case assigned to another interviewer; 201 for the one it is assigned to', async () => {
    const assigned = await call(t.base, 'POST', '/assignments', { token: manager, body: { interviewer: 'maja', questionnaireId: 'household', caseId: 'HH-MAJA' } });
    expect(assigned.status).toBe(201);
    const body = interview({ sex: 2 }, { caseId: 'HH-MAJA' });
    expectProblem(await call(t.base, 'PUT', `/submissions/${uuidv7()}`, { token: ivan, body }), 403, 'case-not-assigned');
    expect((await call(t.base, 'PUT', `/submissions/${uuidv7()}`, { token: maja, body })).status).toBe(201);
  });

  it('400 validation-failed for a non-UUIDv7 id, a bad body, or an unpublished version', async () => {
    const body = interview({ sex: 1 });
    expectProblem(await call(t.base, 'PUT', '/submissions/3f1c2a4e-0b7d-4c3e-9a55-1d2e3f4a5b6c', { token: ivan, body }), 400, 'validation-failed');
    expectProblem(await call(t.base, 'PUT', `/submissions/${uuidv7()}`, { token: ivan, body: { ...body, disposition: 'complete' } }), 400, 'validation-failed');
    const res = expectProblem(await call(t.base, 'PUT', `/submissions/${uuidv7()}`, { token: ivan, body: { ...body, version: 7 } }), 400, 'validation-failed');
    expect(res.detail).toContain('version 7');
  });

  it('413 payload-too-large above 5 MB', async () => {
    const body = interview({ remarks: 'x'.repeat(5 * 1024 * 1024 + 10) });
    expectProblem(await call(t.base, 'PUT', `/submissions/${uuidv7()}`, { token: ivan, body }), 413, 'payload-too-large');
  });

  it('lists submissions: managers and analysts all, an interviewer only her own, an admin nothing', async () => {
    const mine = uuidv7();
    await call(t.base, 'PUT', `/submissions/${mine}`, { token: maja, body: interview({ sex: 2 }, { caseId: 'C-M1' }) });
    const all = (await call(t.base, 'GET', '/submissions?questionnaire=household', { token: manager })).body as { instanceId: string; interviewer: string }[];
    expect(all.some((s) => s.instanceId === mine)).toBe(true);
    expect(new Set(all.map((s) => s.interviewer))).toEqual(new Set(['interviewer', 'maja']));
    expect(((await call(t.base, 'GET', '/submissions', { token: analyst })).body as unknown[]).length).toBe(all.length);
    const own = (await call(t.base, 'GET', '/submissions?questionnaire=household', { token: maja })).body as { interviewer: string }[];
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((s) => s.interviewer === 'maja')).toBe(true);
    const admin = await login(t.base, 'admin', t.passwords.admin);
    expectProblem(await call(t.base, 'GET', '/submissions', { token: admin }), 403, 'forbidden');
    expectProblem(await call(t.base, 'GET', `/submissions/${mine}`, { token: ivan }), 403, 'forbidden');
  });

  it('review: approve and reject by a manager only; a rejected interview re-submitted becomes revision 2', async () => {
    const id = uuidv7();
    const first = interview({ sex: 1, age: 200 });
    await call(t.base, 'PUT', `/submissions/${id}`, { token: ivan, body: first });
    expectProblem(await call(t.base, 'POST', `/submissions/${id}/review`, { token: ivan, body: { decision: 'approve' } }), 403, 'forbidden');
    expectProblem(await call(t.base, 'POST', `/submissions/${uuidv7()}/review`, { token: manager, body: { decision: 'approve' } }), 404, 'not-found');
    expectProblem(await call(t.base, 'POST', `/submissions/${id}/review`, { token: manager, body: { decision: 'maybe' } }), 400, 'validation-failed');

    const rejected = await call(t.base, 'POST', `/submissions/${id}/review`, { token: manager, body: { decision: 'reject', comment: 'age 200 is impossible' } });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ reviewState: 'rejected', reviewComment: 'age 200 is impossible', reviewedBy: 'manager' });
    const seen = (await call(t.base, 'GET', `/submissions/${id}`, { token: ivan })).body;
    expect(seen).toMatchObject({ reviewState: 'rejected', reviewComment: 'age 200 is impossible' });

    // The device that no longer holds it takes the rejected content back, byte for byte in canonical form.
    const content = await call(t.base, 'GET', `/submissions/${id}/content`, { token: ivan });
    expect(content.status).toBe(200);
    expect(sha(content.body)).toBe(sha(first));
    expectProblem(await call(t.base, 'GET', `/submissions/${id}/content`, { token: maja }), 403, 'forbidden');
    expectProblem(await call(t.base, 'GET', `/submissions/${uuidv7()}/content`, { token: ivan }), 404, 'not-found');

    // Another interviewer may not take it over, even when rejected.
    expectProblem(await call(t.base, 'PUT', `/submissions/${id}`, { token: maja, body: interview({ sex: 1, age: 20 }) }), 403, 'forbidden');
    const fixed = interview({ sex: 1, age: 20 });
    const again = await call(t.base, 'PUT', `/submissions/${id}`, { token: ivan, body: fixed });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ sha256: sha(fixed), reviewState: 'received', revision: 2 });
    expect((await call(t.base, 'PUT', `/submissions/${id}`, { token: ivan, body: fixed })).status).toBe(200);

    expect(sha((await call(t.base, 'GET', `/submissions/${id}/content`, { token: manager })).body)).toBe(sha(fixed));

    // A reviewer who read revision 1 cannot approve revision 2 unread: 409, and nothing changes.
    const stale = expectProblem(await call(t.base, 'POST', `/submissions/${id}/review`, { token: manager, body: { decision: 'approve', comment: '', revision: 1 } }), 409, 'review-stale');
    expect(String(stale.detail)).toContain('revision 2 has arrived');
    expect((await call(t.base, 'GET', `/submissions/${id}`, { token: manager })).body).toMatchObject({ reviewState: 'received', revision: 2 });
    const approved = await call(t.base, 'POST', `/submissions/${id}/review`, { token: manager, body: { decision: 'approve', comment: '', revision: 2 } });
    expect(approved.body).toMatchObject({ reviewState: 'approved', revision: 2 });
    // Approved: other content is a conflict again.
    expectProblem(await call(t.base, 'PUT', `/submissions/${id}`, { token: ivan, body: interview({ sex: 1, age: 21 }) }), 409, 'submission-conflict');

    const history = (await call(t.base, 'GET', `/submissions/${id}`, { token: manager })).body as {
      revisions: { revision: number; sha256: string }[];
      reviews: { revision: number; decision: string; comment: string }[];
    };
    expect(history.revisions.map((r) => [r.revision, r.sha256])).toEqual([[1, sha(first)], [2, sha(fixed)]]);
    expect(history.reviews.map((r) => [r.revision, r.decision, r.comment])).toEqual([[1, 'reject', 'age 200 is impossible'], [2, 'approve', '']]);
  });

  it('monitoring counts interviews by review state and interviewer, cases by disposition, with AAPOR rates (manager only)', async () => {
    await call(t.base, 'PUT', `/submissions/${uuidv7()}`, { token: maja, body: interview({}, { caseId: 'R-1', disposition: '2.11' }) });
    await call(t.base, 'PUT', `/submissions/${uuidv7()}`, { token: maja, body: interview({}, { caseId: 'N-1', disposition: '4.1' }) });
    const res = await call(t.base, 'GET', '/monitoring/household', { token: manager });
    expect(res.status).toBe(200);
    const report = res.body as {
      total: number;
      byReviewState: Record<string, number>;
      byInterviewer: { interviewer: string; total: number }[];
      byDisposition: Record<string, number>;
      responseRates: { counts: Record<string, number>; e: number; rates: Record<string, number | null> };
    };
    const list = (await call(t.base, 'GET', '/submissions?questionnaire=household', { token: manager })).body as {
      reviewState: string; interviewer: string; instanceId: string; caseId: string | null; disposition: string;
    }[];
    expect(report.total).toBe(list.length);
    expect(report.byReviewState.approved).toBe(list.filter((s) => s.reviewState === 'approved').length);
    expect(report.byInterviewer.find((r) => r.interviewer === 'maja')?.total).toBe(list.filter((s) => s.interviewer === 'maja').length);
    // Dispositions and rates count cases, not uploads: interviews sharing a case id are one case.
    const complete = new Set(list.filter((s) => s.disposition === '1.1').map((s) => s.caseId ?? s.instanceId)).size;
    expect(complete).toBeLessThan(list.length - 2);
    expect(report.byDisposition).toEqual({ '1.1': complete, '2.11': 1, '4.1': 1 });
    // AAPOR Standard Definitions: e = eligible / (eligible + not eligible); RR1 = I / (I + P + R + NC + O + UH + UO).
    const rr = report.responseRates;
    expect(rr.counts).toEqual({ I: complete, P: 0, R: 1, NC: 0, O: 0, UH: 0, UO: 0, NE: 1 });
    expect(rr.e).toBeCloseTo((complete + 1) / (complete + 2), 12);
    expect(rr.rates.RR1).toBeCloseTo(complete / (complete + 1), 12);
    expect(rr.rates.COOP3).toBeCloseTo(complete / (complete + 1), 12);
    expect(rr.rates.CON3).toBe(1);
    expectProblem(await call(t.base, 'GET', '/monitoring/household', { token: analyst }), 403, 'forbidden');
    expectProblem(await call(t.base, 'GET', '/monitoring/nothing', { token: manager }), 404, 'not-found');
  });
});

describe.each(backends)('CSV export on %s', (backend) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(backend);
  }, HOOK_TIMEOUT);
  afterAll(async () => {
    await t?.stop();
  }, HOOK_TIMEOUT);

  it('CSV, XLSX, SAV and DTA: one row per interview (latest revision), choice values, checkbox 0/1 columns, RFC 4180 quoting, no BOM, labels', async () => {
    const ivan = await login(t.base, 'interviewer', t.passwords.interviewer);
    const manager = await login(t.base, 'manager', t.passwords.manager);
    const a = '01936b2e-0000-7000-8000-000000000001';
    const b = '01936b2e-0000-7000-8000-000000000002';
    await call(t.base, 'PUT', `/submissions/${a}`, {
      token: ivan,
      body: interview(
        { sex: 2, age: 41, vic_burglary: 1, officials: ['police', 'health'], reported: true, trust: { police: 3, courts: 1 }, remarks: 'said "no", then\nyes', vic_any: 1 },
        { caseId: 'C-1' },
      ),
    });
    await call(t.base, 'PUT', `/submissions/${b}`, { token: ivan, body: interview({ sex: 1, vic_burglary: 2, officials: ['none'], reported: false, vic_any: 0 }, { caseId: 'C-2', disposition: '1.2' }) });
    // b is rejected and corrected: the export shows only its latest revision.
    await call(t.base, 'POST', `/submissions/${b}/review`, { token: manager, body: { decision: 'reject', comment: 'age missing' } });
    await call(t.base, 'PUT', `/submissions/${b}`, { token: ivan, body: interview({ sex: 1, age: 67, vic_burglary: 2, officials: ['none'], reported: false, vic_any: 0 }, { caseId: 'C-2', disposition: '1.2' }) });
    await call(t.base, 'POST', `/submissions/${a}/review`, { token: manager, body: { decision: 'approve' } });

    const analyst = await login(t.base, 'analyst', t.passwords.analyst);
    const res = await fetch(`${t.base}/exports/household.csv`, { headers: { authorization: `Bearer ${analyst}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const meta = 'instance_id,interviewer,questionnaire_id,questionnaire_version,case_id,disposition,started_at,ended_at,review_state';
    const vars = 'sex,age,vic_burglary,officials__police,officials__court,officials__health,officials__none,reported,trust__police,trust__courts,remarks,vic_any';
    const times = '2026-11-20T08:00:00.000Z,2026-11-20T08:20:00.000Z';
    expect(text).toBe(
      `${meta},${vars}\r\n` +
        `${a},interviewer,household,1,C-1,1.1,${times},approved,2,41,1,1,0,1,0,1,3,1,"said ""no"", then\nyes",1\r\n` +
        `${b},interviewer,household,1,C-2,1.2,${times},received,1,67,2,0,0,0,1,0,,,,0\r\n`,
    );

    // The analysis reads it as typed columns: numbers, missing values, multi-line quoted text.
    const table = readCsv(bytes, { columns: { age: 'number', officials__none: 'number', trust__police: 'number', remarks: 'category', instance_id: 'category' } });
    expect(table.rowCount).toBe(2);
    const num = (name: string) => [...(table.columns.get(name) as { values: Float64Array }).values];
    expect(num('age')).toEqual([41, 67]);
    expect(num('officials__none')).toEqual([0, 1]);
    expect(num('trust__police')).toEqual([3, NaN]);
    const remarks = table.columns.get('remarks') as { codes: Int32Array; levels: string[] };
    expect(remarks.levels[remarks.codes[0]]).toBe('said "no", then\nyes');
    expect(remarks.codes[1]).toBe(-1);

    // XLSX: the same table on the first sheet (numbers typed), then variable and value labels.
    const xres = await fetch(`${t.base}/exports/household.xlsx`, { headers: { authorization: `Bearer ${manager}` } });
    expect(xres.status).toBe(200);
    expect(xres.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const xbytes = new Uint8Array(await xres.arrayBuffer());
    const xtable = await readXlsx(xbytes, { age: 'number', officials__none: 'number', trust__police: 'number', case_id: 'category' });
    expect(xtable.names).toEqual(text.split('\r\n')[0].split(','));
    expect([...(xtable.columns.get('age') as { values: Float64Array }).values]).toEqual([41, 67]);
    expect([...(xtable.columns.get('trust__police') as { values: Float64Array }).values]).toEqual([3, NaN]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xbytes.buffer.slice(xbytes.byteOffset, xbytes.byteOffset + xbytes.byteLength) as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['data', 'variables', 'value_labels']);
    const sheetRows = (name: string) => {
      const rows: unknown[][] = [];
      workbook.getWorksheet(name)?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };
    const variables = sheetRows('variables');
    expect(variables[0]).toEqual(['variable', 'question', 'type', 'label_en', 'label_sq', 'label_mk']);
    expect(variables).toContainEqual(['officials__court', 'officials', 'checkbox', 'officials: Court', 'officials: Gjykata', 'officials: Суд']);
    expect(variables).toContainEqual(['sex', 'sex', 'radiogroup', 'Sex', 'Gjinia', 'Пол']);
    const valueLabels = sheetRows('value_labels');
    expect(valueLabels).toContainEqual(['sex', 2, 'Female', 'Femër', 'Женско']);
    expect(valueLabels).toContainEqual(['trust__courts', 3, '3', '3', '3']);
    expect(valueLabels.some((r) => String(r[0]).startsWith('officials__'))).toBe(false);

    const interviewer = await call(t.base, 'GET', '/exports/household.csv', { token: ivan });
    expectProblem(interviewer, 403, 'forbidden');

    // The variable dictionary beside the export: one entry per column after the metadata, labels in every locale.
    const dres = await fetch(`${t.base}/exports/household.dictionary.json`, { headers: { authorization: `Bearer ${analyst}` } });
    expect(dres.status).toBe(200);
    expect(dres.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(dres.headers.get('content-disposition')).toBe('attachment; filename="household.dictionary.json"');
    const dictionary = await dres.json() as { questionnaireId: string; metadataColumns: string[]; variables: { name: string; label: Record<string, string>; values: { value: unknown; label: Record<string, string> }[] }[] };
    expect(dictionary.questionnaireId).toBe('household');
    expect([...dictionary.metadataColumns, ...dictionary.variables.map((v) => v.name)]).toEqual(text.split('\r\n')[0].split(','));
    expect(dictionary.variables.find((v) => v.name === 'sex')?.values).toContainEqual({ value: 2, label: expect.objectContaining({ en: 'Female', mk: 'Женско' }) });
    expectProblem(await call(t.base, 'GET', '/exports/household.dictionary.json', { token: ivan }), 403, 'forbidden');
    expectProblem(await call(t.base, 'GET', '/exports/nothing.dictionary.json', { token: manager }), 404, 'not-found');
    expectProblem(await call(t.base, 'GET', '/exports/nothing.csv', { token: manager }), 404, 'not-found');
    expectProblem(await call(t.base, 'GET', '/exports/household.por', { token: manager }), 404, 'not-found');

    // SPSS and Stata: the same table with labels in ?lang= (the writers are checked against haven in
    // test/unit/server/stat-exports.test.ts); here the route, content types, magic bytes and the language.
    for (const [format, contentType, magic] of [
      ['sav', 'application/x-spss-sav', '$FL2'],
      ['dta', 'application/x-stata-dta', '<stata_dta>'],
    ] as const) {
      const sres = await fetch(`${t.base}/exports/household.${format}?lang=mk`, { headers: { authorization: `Bearer ${analyst}` } });
      expect(sres.status).toBe(200);
      expect(sres.headers.get('content-type')).toBe(contentType);
      expect(sres.headers.get('content-disposition')).toBe(`attachment; filename="household.${format}"`);
      const file = Buffer.from(await sres.arrayBuffer());
      expect(file.subarray(0, magic.length).toString('latin1')).toBe(magic);
      expect(file.includes(Buffer.from('Женско'))).toBe(true);
      const english = Buffer.from(await (await fetch(`${t.base}/exports/household.${format}`, { headers: { authorization: `Bearer ${analyst}` } })).arrayBuffer());
      expect(english.includes(Buffer.from('Female'))).toBe(true);
      expect(english.includes(Buffer.from('Женско'))).toBe(false);
    }
    expectProblem(await call(t.base, 'GET', '/exports/household.sav?lang=xx', { token: manager }), 400, 'validation-failed');
  });
});
