import { sql, type Kysely } from 'kysely';

/**
 * Initiatives and their review rounds changed status with no history: a
 * round opened, an initiative recognised, and nothing said who did it or
 * when. From now on their steps go to `transitions` like a movement's or a
 * dossier's. So that no record starts with an empty history, each existing
 * one gets its creation step (from nothing to the status it holds now) at its
 * creation time, by whoever the audit log says created it, else the system.
 * Both tables already carry a `version`, so no column is added.
 */
const TABLES = [
  { table: 'initiatives', type: 'initiative' },
  { table: 'initiative_rounds', type: 'initiative_round' },
] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const t of TABLES) {
    const created = `${t.type}.created`;
    await sql`
      insert into transitions
        (id, entity_type, entity_id, seq, action, from_status, to_status, actor_id, actor_name, reason, at, data)
      select ${`created:${t.type}:`} || r.id, ${t.type}, r.id, 1, null, null, coalesce(r.status, 'submitted'),
        a.actor_id, coalesce(a.actor_name, 'hệ thống'), '', r.created_at, '{"backfilled":true}'
      from ${sql.table(t.table)} r
      left join audit_log a on a.entity_type = ${t.type} and a.entity_id = r.id and a.action = ${created}
        and a.seq = (select min(b.seq) from audit_log b
                     where b.entity_type = ${t.type} and b.entity_id = r.id and b.action = ${created})
      where not exists (select 1 from transitions x where x.entity_type = ${t.type} and x.entity_id = r.id)`.execute(
      db,
    );
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db
    .deleteFrom('transitions')
    .where(
      'entity_type',
      'in',
      TABLES.map((t) => t.type),
    )
    .execute();
}
