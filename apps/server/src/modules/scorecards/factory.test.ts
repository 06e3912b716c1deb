import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertScorecard, insertScorecardTemplate } from '../../test/factories.ts';
import { DIALECTS, makeHarness, type Harness } from '../../test/harness.ts';

describe.each(DIALECTS)('scorecard factories (%s)', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await makeHarness(dialect);
  });
  afterAll(() => h.close());

  it('a ranked bloc cycle has its members ranked by their totals, the template frozen', async () => {
    const k = h.db.kysely;
    const template = await insertScorecardTemplate(k, { kind: 'bloc', year: 2025 });
    expect(template.leaves.map((l) => l.code)).toEqual(['1.1', '1.2.a', '1.2.b', '2.1', '2.2', 'T', 'Tr']);
    const c = await insertScorecard(k, {
      template,
      status: 'ranked',
      members: [
        { name: 'Sở A', selfShare: 0.8 },
        { name: 'Sở B', selfShare: 0.9, reduced: { '2.1': 20 } },
        { name: 'Sở C' },
      ],
    });
    const rows = await k
      .selectFrom('scorecard_members')
      .select(['name', 'status', 'self_total', 'appraised_total', 'final_total', 'rank', 'classification'])
      .where('scorecard_id', '=', c.id)
      .orderBy('rank')
      .execute();
    expect(
      rows.map((r) => [r.name, r.status, r.self_total, r.appraised_total, r.final_total, r.rank, r.classification]),
    ).toEqual([
      ['Sở C', 'final', 90, 90, 90, 1, 'Xuất sắc'],
      ['Sở B', 'final', 90, 83, 83, 2, 'Tốt'],
      ['Sở A', 'final', 80, 80, 80, 3, 'Tốt'],
    ]);
    const t = await k
      .selectFrom('scorecard_templates')
      .select('status')
      .where('id', '=', template.id)
      .executeTakeFirstOrThrow();
    expect(t.status).toBe('frozen');
    const steps = await k
      .selectFrom('transitions')
      .select('to_status')
      .where('entity_id', '=', c.memberIds[0]!)
      .orderBy('seq')
      .execute();
    expect(steps.map((s) => s.to_status)).toEqual(['self_assessment', 'submitted', 'appraised', 'final']);
  });
});
