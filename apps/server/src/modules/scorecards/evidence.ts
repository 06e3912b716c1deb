import type { AttachmentView } from '@thidua/contracts';
import type { RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { getSheet } from './sheetView.ts';

/** The score an evidence file belongs to, with its sheet. */
async function scoreOwner(deps: Deps, scoreId: string) {
  return deps.db.kysely
    .selectFrom('scorecard_scores as s')
    .innerJoin('scorecard_members as m', 'm.id', 's.member_id')
    .select(['s.item_id', 'm.id as member_id', 'm.scorecard_id'])
    .where('s.id', '=', scoreId)
    .executeTakeFirst();
}

/** A criterion's evidence as the member's sheet shows it to this user (a sheet out of sight answers its 404). */
export async function scoreEvidence(deps: Deps, user: RequestUser, scoreId: string): Promise<AttachmentView[]> {
  const owner = await scoreOwner(deps, scoreId);
  if (!owner) return [];
  const sheet = await getSheet(deps, user, owner.scorecard_id, owner.member_id);
  return sheet.scores.find((s) => s.itemId === owner.item_id)?.evidence ?? [];
}

/** Evidence is removed by whoever may still add it: the member while self-assessing or explaining. */
export async function mayRemoveEvidence(deps: Deps, user: RequestUser, scoreId: string): Promise<boolean> {
  const owner = await scoreOwner(deps, scoreId);
  if (!owner) return false;
  const sheet = await getSheet(deps, user, owner.scorecard_id, owner.member_id);
  return sheet.abilities.selfAssess || sheet.abilities.explain;
}
