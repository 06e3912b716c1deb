import type { Selectable } from 'kysely';
import type { AuditEntry } from '@thidua/contracts';
import { findAward } from '@thidua/domain';
import type { Db } from '../../db/index.ts';
import type { AuditLogTable } from '../../db/schema.ts';

type Kysely = Db['kysely'];
type Row = Selectable<AuditLogTable>;

/**
 * How each kind of record is named for a reader of the log: the table and the column that
 * carry its name. A record since deleted keeps no name (the entry still shows its id).
 */
const NAMES = {
  person: { table: 'people', column: 'full_name' },
  organisation: { table: 'organisations', column: 'name' },
  user: { table: 'users', column: 'display_name' },
  proposal: { table: 'proposals', column: 'title' },
  decision: { table: 'decisions', column: 'number' },
  movement: { table: 'movements', column: 'name' },
  initiative: { table: 'initiatives', column: 'title' },
  initiative_round: { table: 'initiative_rounds', column: 'title' },
  council_session: { table: 'council_sessions', column: 'title' },
  bloc: { table: 'blocs', column: 'name' },
  file: { table: 'files', column: 'filename' },
} as const;

async function namesOf(db: Kysely, type: string, ids: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!ids.length) return out;
  if (type in NAMES) {
    const { table, column } = NAMES[type as keyof typeof NAMES];
    const rows = (await db
      .selectFrom(table)
      .select(['id', `${column} as name`] as never)
      .where('id', 'in', ids)
      .execute()) as unknown as { id: string; name: string }[];
    for (const r of rows) out.set(r.id, r.name);
  } else if (type === 'council_member') {
    const rows = await db
      .selectFrom('council_members as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['m.id', 'u.display_name'])
      .where('m.id', 'in', ids)
      .execute();
    for (const r of rows) out.set(r.id, r.display_name);
  } else if (type === 'award_record') {
    const rows = await db
      .selectFrom('award_records')
      .select(['id', 'award_code', 'year'])
      .where('id', 'in', ids)
      .execute();
    for (const r of rows) out.set(r.id, `${findAward(r.award_code)?.name ?? r.award_code} ${r.year}`);
  }
  return out;
}

/**
 * The log's rows as a reader sees them: who acted by their name (the log keeps the account
 * name as written at the time), and the record's own name beside its id.
 */
export async function describeEntries(db: Kysely, rows: Row[]): Promise<AuditEntry[]> {
  const actorIds = [...new Set(rows.map((r) => r.actor_id).filter((x): x is string => !!x))];
  const actors = new Map(
    actorIds.length
      ? (await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', actorIds).execute()).map(
          (u) => [u.id, u.display_name] as const,
        )
      : [],
  );
  const byType = new Map<string, string[]>();
  for (const r of rows) byType.set(r.entity_type, [...(byType.get(r.entity_type) ?? []), r.entity_id]);
  const names = new Map<string, Map<string, string>>();
  for (const [type, ids] of byType) names.set(type, await namesOf(db, type, [...new Set(ids)]));
  return rows.map((e) => ({
    id: e.id,
    seq: Number(e.seq),
    at: e.at,
    actorId: e.actor_id,
    actorName: e.actor_name,
    actorDisplayName: (e.actor_id && actors.get(e.actor_id)) || null,
    action: e.action,
    entityType: e.entity_type,
    entityId: e.entity_id,
    entityLabel: names.get(e.entity_type)?.get(e.entity_id) || null,
    before: e.before_json ? JSON.parse(e.before_json) : null,
    after: e.after_json ? JSON.parse(e.after_json) : null,
  }));
}
