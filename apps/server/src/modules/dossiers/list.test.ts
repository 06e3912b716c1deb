import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/harness.ts';
import { makeDossier, makeProcedure, type MadeDossier } from '../../test/factories/onestop.ts';
import { makeDesk, type Desk } from './testkit.ts';

/** The desk's list on Monday 2 March 2026, 09:00: queues, filters, order by due time, who sees what. */
describe.each(DIALECTS)('the dossier list (%s)', (dialect) => {
  let k: Desk;
  const d: Record<string, MadeDossier> = {};
  let other: string;
  beforeAll(async () => {
    k = await makeDesk(dialect);
    const db = k.h.db.kysely;
    const p = k.procedure;
    d.waiting = await makeDossier(db, { procedure: p, status: 'submitted', receivedAt: '2026-03-02T01:00:00.000Z' });
    d.ready = await makeDossier(db, { procedure: p, status: 'finished', receivedAt: '2026-02-03T02:00:00.000Z' });
    d.paused = await makeDossier(db, { procedure: p, status: 'supplement', receivedAt: '2026-02-24T02:00:00.000Z' });
    d.late = await makeDossier(db, {
      procedure: p,
      status: 'in_process',
      receivedAt: '2026-02-02T02:00:00.000Z',
      dueAt: '2026-02-27T10:00:00.000Z',
      assigneeId: k.ids.officer,
      applicant: { name: 'Lê Văn Đức' },
    });
    d.soon = await makeDossier(db, {
      procedure: p,
      status: 'in_process',
      receivedAt: '2026-02-10T02:00:00.000Z',
      dueAt: '2026-03-03T10:00:00.000Z',
    });
    d.division = await makeDossier(db, {
      procedure: p,
      status: 'in_process',
      receivedAt: '2026-02-26T02:00:00.000Z',
      dueAt: '2026-03-20T10:00:00.000Z',
      orgId: k.ids.division,
    });
    const second = await makeProcedure(db, { name: 'Cấp giấy phép bán lẻ rượu' });
    other = (await makeDossier(db, { procedure: second, status: 'accepted', receivedAt: '2026-03-02T01:30:00.000Z' }))
      .id;
  });
  afterAll(() => k.h.close());

  const ids = async (query: string, c = k.clerk) => {
    const res = await c.get(`/api/v1/dossiers${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items.map((x: { id: string }) => x.id);
  };

  it('holds each queue and flags what is overdue or due within two working days', async () => {
    expect(await ids('?queue=receipt')).toEqual([d.waiting!.id]);
    expect(await ids('?queue=result')).toEqual([d.ready!.id]);
    expect(await ids('?queue=paused')).toEqual([d.paused!.id]);
    expect(await ids('?queue=overdue')).toEqual([d.late!.id]);
    expect(await ids('?queue=due_soon')).toEqual([d.soon!.id]);
    expect(await ids('?queue=mine', k.officer)).toEqual([d.late!.id]);
    expect(await ids('?queue=mine', k.officer2)).toEqual([]);
    const all = (await k.clerk.get('/api/v1/dossiers?pageSize=50')).json();
    const late = all.items.find((x: { id: string }) => x.id === d.late!.id);
    expect(late).toMatchObject({ overdue: true, dueSoon: false, status: 'in_process', portalCode: 4 });
    expect(late.assigneeName).toBe('thuly');
    expect(all.items.find((x: { id: string }) => x.id === d.soon!.id)).toMatchObject({ overdue: false, dueSoon: true });
    expect(all.items.find((x: { id: string }) => x.id === d.division!.id)).toMatchObject({
      overdue: false,
      dueSoon: false,
    });
  });

  it('orders by due time, the soonest first and those without one last, and filters', async () => {
    const all = (await k.clerk.get('/api/v1/dossiers?pageSize=50')).json();
    expect(all.total).toBe(7);
    const dues = all.items.map((x: { dueAt: string | null }) => x.dueAt);
    const set = dues.filter((x: string | null) => x !== null);
    expect(set).toEqual([...set].sort());
    expect(dues.at(-1)).toBeNull();
    expect(await ids('?status=supplement')).toEqual([d.paused!.id]);
    expect(await ids(`?procedureId=${k.procedure.id}&status=accepted`)).toEqual([]);
    expect((await ids(`?procedureId=${k.procedure.id}`)).includes(other)).toBe(false);
    expect(await ids('?from=2026-02-01&to=2026-02-09&sort=received')).toEqual([d.late!.id, d.ready!.id]);
    expect(await ids('?q=le van duc')).toEqual([d.late!.id]);
    const bad = await k.clerk.get('/api/v1/dossiers?queue=everything');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Hàng đợi');
  });

  it('shows an officer the dossiers of his division and those assigned to him; a viewer none', async () => {
    expect((await ids('', k.officer2)).sort()).toEqual([d.division!.id]);
    expect((await ids('', k.officer)).sort()).toEqual([d.division!.id, d.late!.id].sort());
    expect((await k.officer2.get(`/api/v1/dossiers/${d.late!.id}`)).statusCode).toBe(404);
    expect((await k.officer.get(`/api/v1/dossiers/${d.late!.id}`)).statusCode).toBe(200);
    expect((await k.viewer.get('/api/v1/dossiers')).statusCode).toBe(403);
    expect((await k.viewer.get(`/api/v1/dossiers/${d.late!.id}`)).statusCode).toBe(403);
    expect((await ids('', k.leader)).length).toBe(7);
  });
});
