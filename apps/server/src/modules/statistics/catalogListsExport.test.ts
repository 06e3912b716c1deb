import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportRows } from '../../test/exportRows.ts';
import { DIALECTS } from '../../test/harness.ts';
import { makeDataset, makeStatUnit } from '../../test/factories/statistics.ts';
import { makeStatKit, type StatKit } from '../statValues/testkit.ts';

describe.each(DIALECTS)("the statistics catalog's lists exported to Excel (%s)", (dialect) => {
  let k: StatKit;
  beforeAll(async () => {
    k = await makeStatKit(dialect);
    await makeDataset(k.h, { code: 'BM02', name: 'Báo cáo quý đầu tư', periodType: 'quarter' });
    await makeStatUnit(k.h, { code: 'U1A', name: 'Phường Hoàng Văn Thụ', kind: 'commune', parentId: k.ids.u1 });
  });
  afterAll(() => k.h.close());

  const codes = (rows: string[][]) => rows.map((r) => r[1]);

  it('holds the data sets as filtered and sorted, each with its counts', async () => {
    const both = async (query: string) => {
      const list = (await k.planner.get(`/api/v1/stat-datasets?pageSize=500${query}`)).json();
      const rows = await exportRows(k.planner, `/api/v1/stat-datasets/export.xlsx?${query.slice(1)}`);
      expect(codes(rows)).toEqual(list.items.map((i: { code: string }) => i.code));
      return rows;
    };
    expect(codes(await both(''))).toEqual(['BM01', 'BM02']);
    expect(codes(await both('&periodType=quarter'))).toEqual(['BM02']);
    expect(codes(await both('&sort=-code'))).toEqual(['BM02', 'BM01']);
    expect(codes(await both('&q=cong%20nghiep'))).toEqual(['BM01']);
    expect((await both('&periodType=month'))[0]!.slice(3, 8)).toEqual(['Tháng', 'Tỉnh', '20', '2', '3']);
  });

  it('holds the reporting units valid on the day as the tab shows them, parents first', async () => {
    const both = async (query: string) => {
      const tree = (await k.reporter.get(`/api/v1/stat-units/tree?${query}`)).json();
      const rows = await exportRows(k.reporter, `/api/v1/stat-units/export.xlsx?${query}`);
      expect(codes(rows)).toEqual(tree.items.map((i: { code: string }) => i.code));
      return rows;
    };
    const now = await both('asOf=2026-03-31');
    expect(codes(now)).toContain('U1');
    expect(codes(now)).not.toContain('HOLD');
    expect(now.find((r) => r[1] === 'U1A')![2]).toBe('    Phường Hoàng Văn Thụ');
    expect(codes(await both('asOf=2025-01-01'))).toContain('HOLD');
    expect(codes(await both('asOf=2026-03-31&kind=commune'))).toEqual(['U1A']);
    const bad = await k.reporter.get('/api/v1/stat-units/export.xlsx');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('asOf');
  });

  it('holds the validation rules as filtered, each with its condition', async () => {
    const both = async (query: string) => {
      const list = (await k.leader.get(`/api/v1/stat-rules?pageSize=500${query}`)).json();
      const rows = await exportRows(k.leader, `/api/v1/stat-rules/export.xlsx?${query.slice(1)}`);
      expect(codes(rows)).toEqual(list.items.map((i: { code: string }) => i.code));
      return rows;
    };
    expect(codes(await both(''))).toEqual(['TONG', 'XK_MOM']);
    const [tong] = await both('&kind=expression');
    expect(tong!.slice(1)).toEqual([
      'TONG',
      'Tổng các thành phần kinh tế bằng tổng số',
      'So sánh hai biểu thức',
      '[GTSX.state] + [GTSX.non_state] + [GTSX.fdi] == [GTSX]',
      'Lỗi',
      'Báo cáo tháng công nghiệp',
      'Có',
    ]);
    expect(codes(await both(`&datasetId=${k.ids.dataset}`))).toEqual(['TONG']);
  });

  it('is refused to a caller not signed in, as the lists are', async () => {
    for (const url of ['/stat-datasets', '/stat-rules', '/stat-units/tree?asOf=2026-01-01'])
      for (const u of [url, url.replace(/(\/tree)?(\?|$)/u, '/export.xlsx$2')])
        expect((await k.h.app.inject({ url: `/api/v1${u}` })).statusCode, u).toBe(401);
  });
});
