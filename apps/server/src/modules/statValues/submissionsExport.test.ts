import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportRows } from '../../test/exportRows.ts';
import { DIALECTS } from '../../test/harness.ts';
import { grid, makeStatKit, type StatKit } from './testkit.ts';

describe.each(DIALECTS)("a period's submissions exported to Excel (%s)", (dialect) => {
  let k: StatKit;
  beforeAll(async () => {
    k = await makeStatKit(dialect);
    await k.reporter.send('PUT', '/api/v1/stat-entry', grid(k, [10, 20, 30, 60]));
    const res = await k.reporter.send('POST', '/api/v1/stat-submissions/transitions', {
      dataset: k.ids.dataset,
      unit: k.ids.u1,
      period: '2026-03',
      action: 'submit',
    });
    expect(res.statusCode, res.body).toBe(200);
  });
  afterAll(() => k.h.close());

  const both = async (query: string) => {
    const url = `/api/v1/stat-submissions?dataset=${k.ids.dataset}&period=2026-03${query}`;
    const list = (await k.planner.get(`${url}&pageSize=500`)).json() as {
      items: { unitCode: string }[];
      total: number;
    };
    const rows = await exportRows(k.planner, url.replace('/stat-submissions?', '/stat-submissions/export.xlsx?'));
    expect(rows.map((r) => r[1])).toEqual(list.items.map((i) => i.unitCode));
    expect(rows).toHaveLength(list.total);
    return rows;
  };

  it('holds the rows of the list as filtered and sorted, every one of them', async () => {
    expect((await both('')).map((r) => r.slice(1, 5))).toEqual([
      ['U1', 'Thành phố Thái Nguyên', 'Đã gửi, chờ duyệt', '4/4'],
      ['U2', 'Thành phố Sông Công', 'Đang nhập', '0/4'],
    ]);
    expect((await both('&status=submitted')).map((r) => r[1])).toEqual(['U1']);
    expect((await both('&status=open')).map((r) => r[1])).toEqual(['U2']);
    expect((await both('&sort=-unit')).map((r) => r[1])).toEqual(['U2', 'U1']);
  });

  it('refuses a period of the wrong kind, naming it, as the list does', async () => {
    const res = await k.planner.get(`/api/v1/stat-submissions/export.xlsx?dataset=${k.ids.dataset}&period=2026Q1`);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('period');
  });
});
