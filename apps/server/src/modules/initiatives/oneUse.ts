import type { Kysely, Transaction } from 'kysely';
import { awardName } from '@thidua/domain';
import type { Database } from '../../db/schema.ts';
import type { FieldError } from '../../platform/errors.ts';
import type { OrgTree } from '../../platform/orgtree.ts';
import { awardUses, namesOf, pendingUses } from './views.ts';

/**
 * The one-use rule (CV 5007/BNV-TĐKT): an initiative founds one title or
 * award only. A proposal item may rest on a recognised initiative its subject
 * authored, that no award and no other live proposal already rests on; each
 * refusal names the first use.
 */
export async function initiativeUseErrors(
  db: Kysely<Database>,
  tree: OrgTree,
  items: readonly { subjectKind: string; subjectId: string; initiativeIds: readonly string[] }[],
  ownItemIds: readonly string[],
): Promise<FieldError[]> {
  const ids = [...new Set(items.flatMap((i) => i.initiativeIds))];
  if (!ids.length) return [];
  const rows = await db.selectFrom('initiatives').select(['id', 'title', 'status']).where('id', 'in', ids).execute();
  const authors = await db
    .selectFrom('initiative_authors')
    .select(['initiative_id', 'person_id'])
    .where('initiative_id', 'in', ids)
    .execute();
  const used = await awardUses(db, ids);
  const pending = (await pendingUses(db, ids)).filter((p) => !ownItemIds.includes(p.item_id));
  const name = await namesOf(
    db,
    tree,
    [...used, ...pending].map((u) => u.subject_id),
  );
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  items.forEach((it, i) =>
    it.initiativeIds.forEach((id, k) => {
      const path = `items.${i}.initiativeIds.${k}`;
      const r = rows.find((x) => x.id === id);
      if (!r) return errors.push({ path, message: 'Không tìm thấy sáng kiến này' });
      const title = `Sáng kiến "${r.title}"`;
      if (r.status !== 'recognised') return errors.push({ path, message: `${title} chưa được công nhận` });
      if (
        it.subjectKind !== 'individual' ||
        !authors.some((a) => a.initiative_id === id && a.person_id === it.subjectId)
      )
        return errors.push({ path, message: `${title}: người được đề nghị không phải tác giả` });
      const first = used.find((u) => u.initiative_id === id);
      if (first)
        return errors.push({
          path,
          message: `${title} đã được dùng làm căn cứ cho ${awardName(first.award_code)} năm ${first.year} của ${name(first.subject_id)}: mỗi sáng kiến chỉ dùng một lần`,
        });
      const other = pending.find((p) => p.initiative_id === id);
      if (other)
        return errors.push({
          path,
          message: `${title} đang là căn cứ của hồ sơ "${other.title}" (${name(other.subject_id)}): mỗi sáng kiến chỉ dùng một lần`,
        });
      if (seen.has(id))
        return errors.push({
          path,
          message: `${title} đã được dùng cho đề nghị thứ ${seen.get(id)! + 1} của hồ sơ này`,
        });
      seen.set(id, i);
    }),
  );
  return errors;
}

/** Links the proposal's items to the initiatives they rest on (items were just rewritten). */
export async function writeItemInitiatives(
  trx: Transaction<Database>,
  links: readonly { itemId: string; initiativeIds: readonly string[] }[],
): Promise<void> {
  const rows = links.flatMap((l) =>
    [...new Set(l.initiativeIds)].map((initiative_id) => ({ item_id: l.itemId, initiative_id })),
  );
  if (rows.length) await trx.insertInto('proposal_item_initiatives').values(rows).execute();
}

/** When a decision confers an item's award, the award record rests on the item's initiatives. */
export async function linkAwardToInitiatives(
  trx: Transaction<Database>,
  itemId: string,
  awardRecordId: string,
): Promise<void> {
  const links = await trx
    .selectFrom('proposal_item_initiatives')
    .select('initiative_id')
    .where('item_id', '=', itemId)
    .execute();
  if (links.length)
    await trx
      .insertInto('award_record_initiatives')
      .values(links.map((l) => ({ award_record_id: awardRecordId, initiative_id: l.initiative_id })))
      .execute();
}

/** The initiatives each proposal item rests on, with their titles. */
export async function initiativesOfItems(db: Kysely<Database>, itemIds: readonly string[]) {
  if (!itemIds.length) return [];
  return db
    .selectFrom('proposal_item_initiatives as pi')
    .innerJoin('initiatives as i', 'i.id', 'pi.initiative_id')
    .select(['pi.item_id', 'pi.initiative_id', 'i.title'])
    .where('pi.item_id', 'in', [...itemIds])
    .orderBy('i.title')
    .execute();
}
