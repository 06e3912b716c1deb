import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Db } from './index.ts';
import { migrateToLatest } from './migrate.ts';
import { databaseAt } from './migrationTest.ts';
import { DIALECTS } from '../test/harness.ts';

// A closed session's result must read as it was judged after the voting switch became per-award comparisons.
describe.each(DIALECTS)('migrations 114–115 (comparison per award, kept per judged item) on %s', (dialect) => {
  let db: Db;
  let drop: (() => Promise<void>) | undefined;
  const k = () => db.kysely as unknown as Kysely<any>;
  const at = '2026-06-01T02:00:00.000Z';

  beforeAll(async () => {
    ({ db, drop } = await databaseAt(dialect, '20261207_109_session_quorum'));
    // The department had chosen "above the threshold" with the one switch of the time.
    await k()
      .insertInto('settings')
      .values({
        key: 'council.voting',
        value: JSON.stringify({ quorum: 2 / 3, thresholds: { default: 0.5 }, strict: true }),
        version: 2,
        updated_by: 'Quản trị',
        updated_at: at,
        created_at: at,
      })
      .execute();
    await k()
      .insertInto('proposals')
      .values({
        id: 'p-1',
        org_id: 'org-1',
        title: 'Hồ sơ',
        search_key: 'ho so',
        commendation_type: 'periodic',
        year: 2026,
        simplified: 0,
        status: 'voted',
        created_at: at,
        updated_at: at,
        version: 1,
      })
      .execute();
    for (const id of ['i-1', 'i-2'])
      await k()
        .insertInto('proposal_items')
        .values({
          id,
          proposal_id: 'p-1',
          position: 1,
          subject_kind: 'individual',
          subject_id: 'x',
          org_id: 'org-1',
          award_code: 'commendation_certificate',
        })
        .execute();
    for (const [id, status] of [
      ['s-closed', 'closed'],
      ['s-open', 'open'],
    ] as const) {
      await k()
        .insertInto('council_sessions')
        .values({ id, title: id, held_on: '2026-06-01', status, created_at: at, updated_at: at, version: 1 })
        .execute();
      await k()
        .insertInto('session_items')
        .values({
          session_id: id,
          item_id: id === 's-closed' ? 'i-1' : 'i-2',
          position: 0,
          agree: 2,
          disagree: 2,
          threshold: 0.5,
          eligible: status === 'closed' ? 4 : null,
          approved: status === 'closed' ? 0 : null,
        })
        .execute();
    }
    await migrateToLatest(db);
  }, 60_000);

  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  it('items of a session already closed keep the comparison they were judged by; open ones are judged at their close', async () => {
    const rows = await k()
      .selectFrom('session_items')
      .select(['session_id', 'comparison'])
      .orderBy('session_id')
      .execute();
    expect(rows).toEqual([
      { session_id: 's-closed', comparison: 'more_than' },
      { session_id: 's-open', comparison: null },
    ]);
  });

  it("the stored switch becomes the department's comparison for every award, at a new version", async () => {
    const row = await k()
      .selectFrom('settings')
      .select(['value', 'version'])
      .where('key', '=', 'council.voting')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.value)).toEqual({
      quorum: 2 / 3,
      thresholds: { default: 0.5 },
      comparisons: { default: 'more_than' },
    });
    expect(row.version).toBe(3);
  });
});
