import type { z } from 'zod';
import type { SubjectRef } from '@thidua/contracts';
import type { RequestUser } from '../../../platform/access.ts';
import { canReadHistoryOf, canWriteHistoryOf, historyReadableOrgs } from '../policy.ts';
import type { Deps } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import type { OrgTree } from '../../../platform/orgtree.ts';

export type Subject = z.infer<typeof SubjectRef>;

/**
 * A subject id names a person or a collective (an organisation). Unknown ids
 * and subjects outside the user's reach are both "not found", so ids of other
 * units cannot be probed.
 */
export async function resolveSubject(
  deps: Deps,
  user: RequestUser,
  id: string,
  path = 'subjectId',
): Promise<{ subject: Subject; canEdit: boolean; tree: OrgTree }> {
  const tree = await deps.tree.fresh();
  let subject: Subject | undefined;
  if (tree.has(id)) {
    subject = { kind: 'collective', id, name: tree.name(id), orgId: id, orgName: tree.name(id), recruitedOn: null };
  } else {
    const p = await deps.db.kysely
      .selectFrom('people')
      .select(['id', 'full_name', 'org_id', 'start_date'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (p)
      subject = {
        kind: 'individual',
        id: p.id,
        name: p.full_name,
        orgId: p.org_id,
        orgName: tree.name(p.org_id),
        recruitedOn: p.start_date,
      };
  }
  if (!subject || !canReadHistoryOf(user, tree, subject.orgId))
    throw new AppError(
      404,
      'subject_not_found',
      'Không tìm thấy cá nhân hoặc tập thể này (hoặc ngoài phạm vi được phân quyền).',
      [{ path, message: 'Không tìm thấy' }],
    );
  return { subject, canEdit: canWriteHistoryOf(user, tree, subject.orgId), tree };
}

export function assertCanEdit(canEdit: boolean): void {
  if (!canEdit)
    throw new AppError(403, 'forbidden', 'Bạn không có quyền sửa hồ sơ khen thưởng của đơn vị này (chỉ được xem).');
}

/**
 * The ids among these that name a subject the user may read (the rule of
 * `resolveSubject`, in bulk): other units' people and collectives drop out, as
 * unknown ids do, so a list filtered by them answers nothing of theirs.
 */
export async function readableSubjectIds(deps: Deps, user: RequestUser, ids: readonly string[]): Promise<string[]> {
  const tree = await deps.tree.fresh();
  const reach = historyReadableOrgs(user, tree);
  const out = new Set(ids.filter((id) => tree.has(id) && reach(id)));
  const personIds = [...new Set(ids.filter((id) => !tree.has(id)))];
  for (let i = 0; i < personIds.length; i += 500) {
    const rows = await deps.db.kysely
      .selectFrom('people')
      .select(['id', 'org_id'])
      .where('id', 'in', personIds.slice(i, i + 500))
      .execute();
    for (const r of rows) if (reach(r.org_id)) out.add(r.id);
  }
  return ids.filter((id) => out.has(id));
}
