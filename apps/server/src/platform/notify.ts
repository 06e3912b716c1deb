import type { Transaction } from 'kysely';
import type { Role } from '@thidua/domain';
import type { Database } from '../db/schema.ts';
import { nowIso } from '../db/index.ts';
import { newId } from './ids.ts';
import { queueMail } from './mail.ts';
import type { OrgTree } from './orgtree.ts';

export interface Notice {
  kind: string;
  title: string;
  body: string;
  link: string;
}

/** Where links in mail point (THIDUA_PUBLIC_URL); set once at start-up. */
let publicUrl: string | undefined;
export const setPublicUrl = (url: string | undefined) => {
  publicUrl = url?.replace(/\/$/u, '');
};

/**
 * In-app notices to users, and mail to those with an address (queued in the
 * outbox), written in the caller's transaction with the change that causes them.
 */
export async function notifyUsers(trx: Transaction<Database>, userIds: Iterable<string>, n: Notice): Promise<number> {
  const now = nowIso();
  const ids = [...new Set(userIds)];
  const rows = ids.map((user_id) => ({ id: newId(), user_id, ...n, created_at: now, read_at: null }));
  if (rows.length) await trx.insertInto('notifications').values(rows).execute();
  await queueMail(trx, ids, n, publicUrl);
  return rows.length;
}

/**
 * Active users holding one of `roles` on the unit itself or above it (their grant covers it):
 * who must act for that unit.
 */
export async function usersActingFor(
  trx: Transaction<Database>,
  tree: OrgTree,
  orgId: string,
  roles: readonly Role[],
): Promise<string[]> {
  const grants = await trx
    .selectFrom('role_grants')
    .innerJoin('users', 'users.id', 'role_grants.user_id')
    .select(['role_grants.user_id as userId', 'role_grants.org_id as orgId'])
    .where('role_grants.role', 'in', [...roles])
    .where('users.active', '=', 1)
    .execute();
  return grants.filter((g) => tree.isWithin(orgId, g.orgId)).map((g) => g.userId);
}
