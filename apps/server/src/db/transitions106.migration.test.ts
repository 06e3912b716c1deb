import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Db } from './index.ts';
import { migrateToLatest } from './migrate.ts';
import { databaseAt } from './migrationTest.ts';
import { DIALECTS } from '../test/harness.ts';

// Initiatives and rounds created before their steps were recorded must not start with an empty history.
describe.each(DIALECTS)('migration 106 (initiative and round histories) on %s', (dialect) => {
  let db: Db;
  let drop: (() => Promise<void>) | undefined;
  const k = () => db.kysely as unknown as Kysely<any>;
  const initiatives = [
    { id: 'in-1', status: 'submitted', created_at: '2025-03-01T02:00:00.000Z' },
    { id: 'in-2', status: 'in_review', created_at: '2025-04-01T02:00:00.000Z' },
    { id: 'in-3', status: 'recognised', created_at: '2024-05-01T02:00:00.000Z' },
    { id: 'in-4', status: 'not_recognised', created_at: '2025-06-01T02:00:00.000Z' },
  ];
  const rounds = [
    { id: 'rd-1', status: 'open', created_at: '2025-10-01T02:00:00.000Z' },
    { id: 'rd-2', status: 'decided', created_at: '2024-10-01T02:00:00.000Z' },
  ];

  beforeAll(async () => {
    ({ db, drop } = await databaseAt(dialect, '20261207_103_one_transitions_table'));
    const now = '2024-01-01T00:00:00.000Z';
    for (const i of initiatives)
      await k()
        .insertInto('initiatives')
        .values({
          ...i,
          title: `Sáng kiến ${i.id}`,
          kind: 'initiative',
          org_id: 'org-1',
          level: i.status === 'recognised' ? 'grassroots' : null,
          updated_at: i.created_at,
        })
        .execute();
    for (const r of rounds)
      await k()
        .insertInto('initiative_rounds')
        .values({
          ...r,
          title: `Đợt ${r.id}`,
          opens_on: '2025-10-01',
          closes_on: '2025-11-01',
          phases: '[]',
          rubric: '[]',
          updated_at: r.created_at,
        })
        .execute();
    // The audit log knows who registered in-2 (twice over: the first entry counts) and who set up rd-1.
    const audit = (seq: number, entity_type: string, entity_id: string, actor_id: string, actor_name: string) => ({
      id: `au-${seq}`,
      seq,
      at: now,
      actor_id,
      actor_name,
      action: `${entity_type}.created`,
      entity_type,
      entity_id,
      before_json: null,
      after_json: '{}',
      prev_hash: '0',
      hash: String(seq),
      hash_alg: 'sha256',
    });
    await k()
      .insertInto('audit_log')
      .values([
        audit(1, 'initiative', 'in-2', 'u-unit', 'Lê Thị Hoa'),
        audit(2, 'initiative', 'in-2', 'u-other', 'Người khác'),
        audit(3, 'initiative_round', 'rd-1', 'u-office', 'Trần Văn Nam'),
      ])
      .execute();
    await migrateToLatest(db);
  }, 60_000);

  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  it('gives every initiative and round one creation step at its creation, to the status it holds', async () => {
    const rows = await db.kysely
      .selectFrom('transitions')
      .selectAll()
      .where('entity_type', 'in', ['initiative', 'initiative_round'])
      .orderBy('entity_id')
      .execute();
    const expected = [
      ...initiatives.map((i) => ({ type: 'initiative', ...i })),
      ...rounds.map((r) => ({ type: 'initiative_round', ...r })),
    ].sort((a, b) => a.id.localeCompare(b.id));
    expect(
      rows.map((r) => [r.entity_type, r.entity_id, Number(r.seq), r.action, r.from_status, r.to_status, r.at]),
    ).toEqual(expected.map((e) => [e.type, e.id, 1, null, null, e.status, e.created_at]));
  });

  it('names the creator the audit log recorded, else the system', async () => {
    const actors = await db.kysely
      .selectFrom('transitions')
      .select(['entity_id', 'actor_id', 'actor_name'])
      .where('entity_type', 'in', ['initiative', 'initiative_round'])
      .orderBy('entity_id')
      .execute();
    expect(actors).toEqual([
      { entity_id: 'in-1', actor_id: null, actor_name: 'hệ thống' },
      { entity_id: 'in-2', actor_id: 'u-unit', actor_name: 'Lê Thị Hoa' },
      { entity_id: 'in-3', actor_id: null, actor_name: 'hệ thống' },
      { entity_id: 'in-4', actor_id: null, actor_name: 'hệ thống' },
      { entity_id: 'rd-1', actor_id: 'u-office', actor_name: 'Trần Văn Nam' },
      { entity_id: 'rd-2', actor_id: null, actor_name: 'hệ thống' },
    ]);
  });

  it('leaves no initiative or round without its history', async () => {
    for (const [table, type] of [
      ['initiatives', 'initiative'],
      ['initiative_rounds', 'initiative_round'],
    ] as const) {
      const orphans = await db.kysely
        .selectFrom(table)
        .select('id')
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('transitions')
                .select('transitions.id')
                .where('transitions.entity_type', '=', type)
                .whereRef('transitions.entity_id', '=', `${table}.id`),
            ),
          ),
        )
        .execute();
      expect(orphans).toEqual([]);
    }
  });
});
