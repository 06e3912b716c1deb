import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Db } from './index.ts';
import { migrateToLatest } from './migrate.ts';
import { databaseAt } from './migrationTest.ts';
import { DIALECTS } from '../test/harness.ts';

// Status history written before the two per-area tables became one must survive the move whole, in its order.
describe.each(DIALECTS)('migration 103 (one transitions table) on %s', (dialect) => {
  let db: Db;
  let drop: (() => Promise<void>) | undefined;
  // The old tables are not in today's schema types.
  const k = () => db.kysely as unknown as Kysely<any>;
  const row = (id: string, key: string, parent: string, at: string, step: Partial<Record<string, unknown>> = {}) => ({
    id,
    [key]: parent,
    action: null,
    from_status: null,
    to_status: 'draft',
    actor_id: null,
    actor_name: 'Nguyễn Thị Thu Trang',
    reason: '',
    at,
    ...step,
  });
  const movementRows = [
    row('mt-1', 'movement_id', 'mv-1', '2026-01-02T00:00:00.000Z'),
    // Same instant as the next one: the old tables broke the tie by id.
    row('mt-3', 'movement_id', 'mv-1', '2026-01-05T00:00:00.000Z', {
      action: 'launch',
      from_status: 'draft',
      to_status: 'launched',
      reason: 'Phát động',
    }),
    row('mt-4', 'movement_id', 'mv-1', '2026-01-05T00:00:00.000Z', {
      action: 'start',
      from_status: 'launched',
      to_status: 'in_progress',
    }),
    row('mt-2', 'movement_id', 'mv-2', '2026-02-01T00:00:00.000Z'),
  ];
  const proposalRows = [
    row('pt-1', 'proposal_id', 'pr-1', '2026-03-01T00:00:00.000Z'),
    row('pt-2', 'proposal_id', 'pr-1', '2026-03-02T00:00:00.000Z', {
      action: 'submit',
      from_status: 'draft',
      to_status: 'submitted',
      actor_id: 'u-1',
      actor_name: 'Lê Văn Hùng',
    }),
    row('pt-3', 'proposal_id', 'pr-1', '2026-03-03T00:00:00.000Z', {
      action: 'return',
      from_status: 'submitted',
      to_status: 'returned',
      reason: 'Thiếu báo cáo thành tích',
    }),
  ];

  beforeAll(async () => {
    ({ db, drop } = await databaseAt(dialect, '20261207_102_audit_anchoring'));
    const now = '2026-01-01T00:00:00.000Z';
    for (const id of ['mv-1', 'mv-2'])
      await k()
        .insertInto('movements')
        .values({
          id,
          name: `Phong trào ${id}`,
          search_key: id,
          kind: 'thematic',
          year: 2026,
          launch_level: 'department',
          starts_on: '2026-01-01',
          ends_on: '2026-12-31',
          report_every: 'quarter',
          status: 'in_progress',
          created_at: now,
          updated_at: now,
        })
        .execute();
    await k()
      .insertInto('proposals')
      .values({
        id: 'pr-1',
        org_id: 'org-1',
        title: 'Hồ sơ khen thưởng năm 2026',
        search_key: 'ho so',
        commendation_type: 'periodic',
        year: 2026,
        status: 'returned',
        created_at: now,
        updated_at: now,
      })
      .execute();
    await k().insertInto('movement_transitions').values(movementRows).execute();
    await k().insertInto('proposal_transitions').values(proposalRows).execute();
    await migrateToLatest(db);
  }, 60_000);

  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  it('copies every row of both old tables, numbered in their old order, and drops them', async () => {
    const rows = await db.kysely
      .selectFrom('transitions')
      .selectAll()
      .orderBy('entity_type')
      .orderBy('entity_id')
      .orderBy('seq')
      .execute();
    const expected = [
      ...movementRows.map(({ movement_id, ...r }) => ({ ...r, entity_type: 'movement', entity_id: movement_id })),
      ...proposalRows.map(({ proposal_id, ...r }) => ({ ...r, entity_type: 'proposal', entity_id: proposal_id })),
    ];
    expect(rows.map((r) => ({ ...r, seq: Number(r.seq) }))).toEqual([
      { ...expected[0], seq: 1, data: '{}' },
      { ...expected[1], seq: 2, data: '{}' },
      { ...expected[2], seq: 3, data: '{}' },
      { ...expected[3], seq: 1, data: '{}' },
      { ...expected[4], seq: 1, data: '{}' },
      { ...expected[5], seq: 2, data: '{}' },
      { ...expected[6], seq: 3, data: '{}' },
    ]);
    for (const old of ['movement_transitions', 'proposal_transitions'])
      await expect(k().selectFrom(old).selectAll().execute()).rejects.toThrow();
  });

  it('refuses a second step with the same number on one row', async () => {
    await expect(
      db.kysely
        .insertInto('transitions')
        .values({
          id: 'dup',
          entity_type: 'proposal',
          entity_id: 'pr-1',
          seq: 2,
          action: null,
          from_status: null,
          to_status: 'draft',
          actor_id: null,
          actor_name: 'x',
          reason: '',
          at: '2026-03-04T00:00:00.000Z',
          data: '{}',
        })
        .execute(),
    ).rejects.toThrow();
  });
});
