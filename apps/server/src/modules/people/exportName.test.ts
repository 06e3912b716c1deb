import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.ts';
import { DIALECTS, asAdmin, makeHarness, type Client, type Harness } from '../../test/harness.ts';

describe.each(DIALECTS)("downloads are named by the day in Vietnam on the app's clock (%s)", (dialect) => {
  let h: Harness;
  let admin: Client;
  beforeAll(async () => {
    // 18:30 UTC on 31/12 is already 01:30 on 01/01 in Hà Nội.
    h = await makeHarness(dialect, { clock: new ManualClock(new Date('2026-12-31T18:30:00Z')) });
    admin = await asAdmin(h);
  });
  afterAll(() => h.close());

  it('names the staff export with the Vietnamese date', async () => {
    const res = await admin.get('/api/v1/people/export.xlsx');
    expect(res.statusCode, res.body).toBe(200);
    expect(decodeURIComponent(res.headers['content-disposition'] as string)).toContain(
      'Danh sách cán bộ 2027-01-01.xlsx',
    );
  });
});
