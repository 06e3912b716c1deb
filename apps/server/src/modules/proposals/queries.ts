import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ProposalItemTable, ProposalTable } from '../../db/schema-proposals.ts';
import { notFound } from '../../platform/errors.ts';
import type { OrgTree } from '../../platform/orgtree.ts';

type Db = Kysely<Database>;

export async function proposalRow(db: Db, id: string): Promise<ProposalTable> {
  const row = await db.selectFrom('proposals').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('hồ sơ đề nghị khen thưởng');
  return row;
}

export async function itemsOf(db: Db, proposalIds: string[]): Promise<ProposalItemTable[]> {
  if (!proposalIds.length) return [];
  return db
    .selectFrom('proposal_items')
    .selectAll()
    .where('proposal_id', 'in', proposalIds)
    .orderBy('proposal_id')
    .orderBy('position')
    .execute();
}

/** Names (and sort keys, posts) of the subjects of these items: people from the table, collectives from the tree. */
export async function subjectNames(
  db: Db,
  tree: OrgTree,
  items: { subject_kind: string; subject_id: string }[],
): Promise<Map<string, { name: string; sort: string; position: string; gender: string | null }>> {
  const out = new Map<string, { name: string; sort: string; position: string; gender: string | null }>();
  const ids = [...new Set(items.filter((i) => i.subject_kind === 'individual').map((i) => i.subject_id))];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('people')
      .select(['id', 'full_name', 'sort_key', 'position', 'gender'])
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const p of rows)
      out.set(p.id, { name: p.full_name, sort: p.sort_key, position: p.position, gender: p.gender });
  }
  for (const i of items)
    if (i.subject_kind === 'collective')
      out.set(i.subject_id, {
        name: tree.name(i.subject_id),
        sort: tree.name(i.subject_id),
        position: '',
        gender: null,
      });
  return out;
}
