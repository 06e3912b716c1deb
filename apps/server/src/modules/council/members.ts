import type { z } from 'zod';
import type { CouncilMemberList, CouncilMemberView, SaveCouncilMemberRequest } from '@thidua/contracts';
import type { CouncilRole } from '@thidua/domain';
import { COUNCIL_ROLE_LABELS, nameSortKey, splitFullName } from '@thidua/domain';
import { nowIso } from '../../db/index.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import type { RequestUser } from '../../platform/access.ts';
import { isOffice } from './policy.ts';
import { badRequest, conflict, forbidden, notFound } from '../../platform/errors.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { todayVn } from '../../platform/clock.ts';
import { newId } from '../../platform/ids.ts';
import { updateVersioned } from '../../platform/versioned.ts';

type View = z.infer<typeof CouncilMemberView>;

/** The council as composed: chair first, then by role, then in Vietnamese name order (given name, middle, family). */
export async function listMembers(deps: Deps): Promise<z.infer<typeof CouncilMemberList>> {
  const tree = await deps.tree.fresh();
  const rows = await deps.db.kysely
    .selectFrom('council_members')
    .innerJoin('users', 'users.id', 'council_members.user_id')
    .selectAll('council_members')
    .select('users.display_name')
    .execute();
  const today = todayVn(clockOf(deps));
  const order = Object.keys(COUNCIL_ROLE_LABELS);
  const key = new Map(rows.map((m) => [m.id, nameSortKey(splitFullName(m.display_name))]));
  const byName = (a: View, b: View) => {
    const x = key.get(a.id) ?? '';
    const y = key.get(b.id) ?? '';
    return x < y ? -1 : x > y ? 1 : 0;
  };
  return {
    items: rows
      .map(
        (m): View => ({
          id: m.id,
          userId: m.user_id,
          personId: m.person_id,
          name: m.display_name,
          role: m.role as CouncilRole,
          orgId: m.org_id,
          orgName: tree.name(m.org_id),
          termFrom: m.term_from,
          termTo: m.term_to,
          active: m.term_from <= today && (m.term_to === null || m.term_to >= today),
          version: m.version,
        }),
      )
      .sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role) || byName(a, b) || (a.id < b.id ? -1 : 1)),
  };
}

export async function saveMember(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string | null,
  input: z.output<typeof SaveCouncilMemberRequest>,
): Promise<View> {
  if (!(await isOffice(deps, user)))
    throw forbidden('Chỉ cán bộ thi đua – khen thưởng của Sở cập nhật thành phần Hội đồng.');
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const u = await db.selectFrom('users').select('id').where('id', '=', input.userId).executeTakeFirst();
  if (!u)
    throw badRequest('unknown_user', 'Không tìm thấy tài khoản.', [{ path: 'userId', message: 'Không tìm thấy' }]);
  if (!tree.has(input.orgId))
    throw badRequest('unknown_org', 'Không tìm thấy đơn vị.', [{ path: 'orgId', message: 'Không tìm thấy' }]);
  if (input.termTo && input.termTo < input.termFrom)
    throw badRequest('invalid_term', 'Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu.', [
      { path: 'termTo', message: 'Trước ngày bắt đầu' },
    ]);
  // One seat per person at a time: a second active seat would count his vote twice toward the quorum.
  const overlapping = await db
    .selectFrom('council_members')
    .select('id')
    .where('user_id', '=', input.userId)
    .where('id', '!=', id ?? '')
    .where((eb) => eb.or([eb('term_to', 'is', null), eb('term_to', '>=', input.termFrom)]))
    .where('term_from', '<=', input.termTo ?? '9999-12-31')
    .executeTakeFirst();
  if (overlapping)
    throw conflict('already_member', 'Người này đã là thành viên Hội đồng trong nhiệm kỳ trùng với nhiệm kỳ này.', [
      { path: 'userId', message: 'Đã là thành viên' },
    ]);
  const now = nowIso();
  const values = {
    user_id: input.userId,
    person_id: input.personId,
    role: input.role,
    org_id: input.orgId,
    term_from: input.termFrom,
    term_to: input.termTo,
    updated_at: now,
  };
  const memberId = id ?? newId();
  await db.transaction().execute(async (trx) => {
    if (id) {
      const before = await trx.selectFrom('council_members').selectAll().where('id', '=', id).executeTakeFirst();
      if (!before) throw notFound('thành viên Hội đồng');
      await updateVersioned(trx, 'council_members', id, input.version ?? before.version, values);
      await appendAudit(trx, actor, 'council.member_updated', 'council_member', id, before, input);
    } else {
      await trx
        .insertInto('council_members')
        .values({ id: memberId, ...values, created_at: now, version: 1 })
        .execute();
      await appendAudit(trx, actor, 'council.member_added', 'council_member', memberId, null, input);
    }
  });
  return (await listMembers(deps)).items.find((m) => m.id === memberId)!;
}

/** Accounts holding a council or leader role, for the member form (the office may not list all users). */
export async function councilUsers(deps: Deps, user: RequestUser) {
  if (!(await isOffice(deps, user))) throw forbidden();
  const rows = await deps.db.kysely
    .selectFrom('users')
    .innerJoin('role_grants', 'role_grants.user_id', 'users.id')
    .select(['users.id', 'users.username', 'users.display_name'])
    .where('role_grants.role', 'in', ['council_member', 'leader'])
    .where('users.active', '=', 1)
    .distinct()
    .execute();
  return {
    items: rows
      .map((u) => ({ id: u.id, username: u.username, displayName: u.display_name }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'vi')),
  };
}
