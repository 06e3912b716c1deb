import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, asAdmin, makeHarness, type Client, type Harness } from '../../test/harness.ts';

describe.each(DIALECTS)('award catalog API (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
  });
  afterAll(() => h.close());

  const catalog = async (date: string) => {
    const res = await admin.get(`/api/v1/awards/catalog?date=${date}`);
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  const item = (c: { items: { code: string }[] }, code: string) => c.items.find((i) => i.code === code) as any;

  it('applies the decree in force on the day: Decree 98/2023 until 30/06/2025, Decree 152/2025 from 01/07/2025', async () => {
    const before = await catalog('2025-06-30');
    const after = await catalog('2025-07-01');
    expect(before.ruleSet.id).toBe('nd98_2023');
    expect(after.ruleSet.id).toBe('nd152_2025');
    expect(after.ruleSet.instrument).toMatch(/152\/2025/);
  });

  it('lists titles and forms with Vietnamese names, citations and the bonus of the day', async () => {
    const c = await catalog('2025-08-01');
    const ldtt = item(c, 'advanced_worker');
    expect(ldtt.name).toBe('Lao động tiên tiến');
    expect(ldtt.kind).toBe('emulation_title');
    expect(ldtt.citation.instrument).toMatch(/06\/2022/);
    expect(c.baseSalary.amount).toBe(2_340_000);
    expect(ldtt.bonus.multiple).toBe(0.3);
    // 0.3 × 2,340,000 = 702,000, rounded up to the next 10,000 đồng (the reference's rule, a setting).
    expect(ldtt.bonus.amount).toBe(710_000);
    expect(c.items.some((i: { name: string }) => i.name.startsWith('Huân chương Lao động'))).toBe(true);
    expect(c.items.some((i: { name: string }) => i.name.startsWith('Bằng khen'))).toBe(true);
  });

  it('refuses an impossible date or one before the Law took effect, naming the field', async () => {
    const bad = await admin.get('/api/v1/awards/catalog?date=2025-02-30');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('querystring.date');
    const early = await admin.get('/api/v1/awards/catalog?date=2019-05-01');
    expect(early.statusCode).toBe(400);
    expect(early.json().errors[0].path).toBe('date');
    expect(early.json().detail).toMatch(/[ăâđêôơư]/u);
  });
});
