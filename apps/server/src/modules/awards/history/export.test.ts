import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportRows } from '../../../test/exportRows.ts';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeOrg,
  makePerson,
  makeUser,
  rootOrgId,
  signIn,
  type Client,
  type Harness,
} from '../../../test/harness.ts';
import { cellText, loadWorkbook } from '../../../platform/documents/xlsx.ts';

describe.each(DIALECTS)("a subject's award history exported to Excel (%s)", (dialect) => {
  let h: Harness;
  let admin: Client;
  let outsider: Client;
  let personId: string;
  let otherId: string;
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    const root = await rootOrgId(h);
    const a = await makeOrg(admin, root, 'PA', 'Phòng A');
    const b = await makeOrg(admin, root, 'PB', 'Phòng B');
    personId = (await makePerson(admin, a.id, { familyName: 'Hoàng', middleName: 'Thị', givenName: 'Lan' })).id;
    otherId = (await makePerson(admin, a.id, { familyName: 'Vũ', middleName: 'Văn', givenName: 'Nam' })).id;
    await makeUser(admin, 'donvi.b', [{ role: 'unit_officer', orgId: b.id }], 'Lich-su@2026');
    outsider = await signIn(h.app, 'donvi.b', 'Lich-su@2026');
    for (const [awardCode, year, decisionNumber] of [
      ['advanced_worker', 2023, '12/QĐ-SCT'],
      ['advanced_worker', 2025, '30/QĐ-SCT'],
      ['advanced_worker', 2024, '21/QĐ-SCT'],
    ] as const) {
      const res = await admin.send('POST', '/api/v1/history/awards', {
        subjectId: personId,
        awardCode,
        year,
        decisionNumber,
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    await admin.send('POST', '/api/v1/history/awards', {
      subjectId: otherId,
      awardCode: 'advanced_worker',
      year: 2025,
    });
    const period = await admin.send('POST', '/api/v1/history/periods', {
      subjectId: personId,
      category: 'discipline',
      kind: 'warning',
      from: '2022-03-01',
      to: '2023-02-28',
      decisionNumber: '15/QĐ-SCT',
    });
    expect(period.statusCode, period.body).toBe(201);
  });
  afterAll(() => h.close());

  it("holds the subject's awards, newest year first as the timeline, and its periods", async () => {
    const url = `/api/v1/history/export.xlsx?subjectId=${personId}`;
    const hist = (await admin.get(`/api/v1/history?subjectId=${personId}`)).json();
    const rows = await exportRows(admin, url);
    // Only this person's awards (not the other's), each once, newest first.
    expect(rows.map((r) => r[4])).toEqual(['30/QĐ-SCT', '21/QĐ-SCT', '12/QĐ-SCT']);
    expect(rows).toHaveLength(hist.awards.length);
    expect(rows.map((r) => r[1])).toEqual(['2025', '2024', '2023']);
    expect(rows[0]![2]).toBe(hist.awards[0].awardName);
    const ws = (await loadWorkbook((await admin.get(url)).rawPayload)).worksheets[1]!;
    expect(ws.rowCount).toBe(5);
    expect((ws.getRow(5).values as Parameters<typeof cellText>[0][]).slice(1).map(cellText)).toEqual([
      '1',
      'Kỷ luật',
      'Cảnh cáo',
      '01/03/2022',
      '28/02/2023',
      '15/QĐ-SCT',
      '',
    ]);
  });

  it('is refused to whom the history is refused, as the panel is', async () => {
    const list = await outsider.get(`/api/v1/history?subjectId=${personId}`);
    const file = await outsider.get(`/api/v1/history/export.xlsx?subjectId=${personId}`);
    expect([403, 404]).toContain(list.statusCode);
    expect(file.statusCode).toBe(list.statusCode);
    const missing = '00000000-0000-7000-8000-000000000000';
    expect((await admin.get(`/api/v1/history/export.xlsx?subjectId=${missing}`)).statusCode).toBe(
      (await admin.get(`/api/v1/history?subjectId=${missing}`)).statusCode,
    );
  });
});
