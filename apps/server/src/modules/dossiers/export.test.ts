import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/harness.ts';
import { makeDossier } from '../../test/factories/onestop.ts';
import { loadWorkbook } from '../../platform/documents/xlsx.ts';
import { makeDesk, type Desk } from './testkit.ts';

/** The desk's Excel button exports the queue on screen; a dossier's page lists who a step may go to. */
describe.each(DIALECTS)('the desk export and the officers of a dossier (%s)', (dialect) => {
  let k: Desk;
  let late: string;
  let onTime: string;
  beforeAll(async () => {
    k = await makeDesk(dialect);
    const db = k.h.db.kysely;
    late = (
      await makeDossier(db, {
        procedure: k.procedure,
        status: 'in_process',
        receivedAt: '2026-02-02T02:00:00.000Z',
        dueAt: '2026-02-27T10:00:00.000Z',
        assigneeId: k.ids.officer,
        applicant: { name: 'Lê Văn Đức' },
      })
    ).code;
    onTime = (
      await makeDossier(db, {
        procedure: k.procedure,
        status: 'in_process',
        receivedAt: '2026-02-26T02:00:00.000Z',
        dueAt: '2026-03-20T10:00:00.000Z',
      })
    ).code;
  });
  afterAll(() => k.h.close());

  it('writes the overdue queue, every row of it and nothing else, with its Vietnamese status and flag', async () => {
    const res = await k.leader.get('/api/v1/dossiers/export.xlsx?queue=overdue');
    expect(res.statusCode, res.body).toBe(200);
    const ws = (await loadWorkbook(res.rawPayload)).worksheets[0]!;
    const text = (r: number) => (ws.getRow(r).values as unknown[]).map((v) => String(v ?? '')).join('|');
    expect(text(2)).toContain('DANH SÁCH HỒ SƠ THỦ TỤC HÀNH CHÍNH');
    expect(text(5)).toContain(late);
    expect(text(5)).toContain('Lê Văn Đức');
    expect(text(5)).toContain('Đang giải quyết');
    expect(text(5)).toContain('Quá hạn');
    expect(ws.actualRowCount).toBe(5);
    const all = await k.leader.get('/api/v1/dossiers/export.xlsx');
    const rows = (await loadWorkbook(all.rawPayload)).worksheets[0]!;
    expect(JSON.stringify(rows.getSheetValues())).toContain(onTime);
  });

  it('refuses the export to a viewer, as the list', async () => {
    expect((await k.viewer.get('/api/v1/dossiers/export.xlsx')).statusCode).toBe(403);
  });

  it("names on a dossier's page the officers and leaders a step may be handed to, not the clerk", async () => {
    const list = (await k.clerk.get('/api/v1/dossiers?queue=overdue')).json();
    const view = (await k.leader.get(`/api/v1/dossiers/${list.items[0].id}`)).json();
    const ids = view.officers.map((o: { id: string }) => o.id);
    // The two officers and the leader; neither the clerk nor the viewer nor the administrator.
    expect([...ids].sort()).toEqual([k.ids.officer, k.ids.officer2, k.ids.leader].sort());
  });
});
