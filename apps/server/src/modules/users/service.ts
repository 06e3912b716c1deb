import type { z } from 'zod';
import type { CreateUserRequest, UpdateUserRequest, User } from '@thidua/contracts';
import type { Role } from '@thidua/domain';
import type { Transaction } from 'kysely';
import type { Database, UserTable } from '../../db/schema.ts';
import { bool, nowIso } from '../../db/index.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { AppError, conflict, notFound, staleVersion } from '../../platform/errors.ts';
import { updateVersioned } from '../../platform/versioned.ts';
import type { Deps } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { locksSelfOut } from './policy.ts';
import { hashPassword } from '../../platform/passwords.ts';

type Grant = { role: Role; orgId: string };

/** All users, or one when `id` is given, with their grants. */
export async function listUsers(deps: Deps, id?: string): Promise<User[]> {
  const db = deps.db.kysely;
  let users = db.selectFrom('users').selectAll().orderBy('username');
  let grants = db
    .selectFrom('role_grants')
    .innerJoin('organisations', 'organisations.id', 'role_grants.org_id')
    .select(['role_grants.user_id', 'role_grants.role', 'role_grants.org_id', 'organisations.name']);
  if (id) {
    users = users.where('id', '=', id);
    grants = grants.where('role_grants.user_id', '=', id);
  }
  const [us, gs] = await Promise.all([users.execute(), grants.execute()]);
  // One pass instead of filtering every grant for every user.
  const byUser = new Map<string, typeof gs>();
  for (const g of gs) byUser.set(g.user_id, [...(byUser.get(g.user_id) ?? []), g]);
  return us.map((u) => toUser(u, byUser.get(u.id) ?? []));
}

function toUser(u: UserTable, grants: { role: string; org_id: string; name: string }[]): User {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    email: u.email ?? null,
    active: bool(u.active),
    roles: grants.map((g) => ({ role: g.role as Role, orgId: g.org_id, orgName: g.name })),
    lastLoginAt: u.last_login_at,
    createdAt: u.created_at,
    version: u.version,
  };
}

async function getUser(deps: Deps, id: string): Promise<User> {
  const [user] = await listUsers(deps, id);
  if (!user) throw notFound('người dùng');
  return user;
}

async function assertGrants(deps: Deps, grants: Grant[]): Promise<void> {
  const tree = await deps.tree.freshFor(grants.map((g) => g.orgId));
  grants.forEach((g, i) => {
    if (!tree.has(g.orgId))
      throw new AppError(400, 'invalid_org', 'Đơn vị được phân quyền không tồn tại.', [
        { path: `roles.${i}.orgId`, message: 'Không tồn tại' },
      ]);
  });
}

async function writeGrants(trx: Transaction<Database>, userId: string, grants: Grant[]): Promise<void> {
  await trx.deleteFrom('role_grants').where('user_id', '=', userId).execute();
  const unique = [...new Map(grants.map((g) => [`${g.role}|${g.orgId}`, g])).values()];
  if (unique.length)
    await trx
      .insertInto('role_grants')
      .values(
        unique.map((g) => ({ id: newId(), user_id: userId, role: g.role, org_id: g.orgId, created_at: nowIso() })),
      )
      .execute();
}

export async function createUser(
  deps: Deps,
  actor: Actor,
  input: z.output<typeof CreateUserRequest>,
  opts: { mustChangePassword?: boolean } = {},
): Promise<User> {
  const db = deps.db.kysely;
  if (await db.selectFrom('users').select('id').where('username', '=', input.username).executeTakeFirst())
    throw conflict('duplicate_username', `Tên đăng nhập "${input.username}" đã có.`, [
      { path: 'username', message: 'Đã tồn tại' },
    ]);
  await assertGrants(deps, input.roles);
  const now = nowIso();
  const row: UserTable = {
    id: newId(),
    username: input.username,
    display_name: input.displayName,
    email: input.email,
    password_hash: await hashPassword(input.password),
    active: 1,
    must_change_password: opts.mustChangePassword === false ? 0 : 1,
    last_login_at: null,
    created_at: now,
    updated_at: now,
    version: 1,
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('users').values(row).execute();
    await writeGrants(trx, row.id, input.roles);
    await appendAudit(trx, actor, 'user.created', 'user', row.id, null, {
      username: row.username,
      displayName: row.display_name,
      email: row.email,
      roles: input.roles,
    });
  });
  return getUser(deps, row.id);
}

export async function updateUser(
  deps: Deps,
  actor: Actor,
  id: string,
  input: z.output<typeof UpdateUserRequest>,
): Promise<User> {
  const db = deps.db.kysely;
  const before = await getUser(deps, id);
  if (before.version !== input.version) throw staleVersion();
  if (input.roles) await assertGrants(deps, input.roles);
  if (locksSelfOut(actor.id, id, input))
    throw new AppError(400, 'self_lockout', 'Không thể tự khoá hoặc tự bỏ quyền quản trị của chính mình.');
  const hash = input.password ? await hashPassword(input.password) : undefined;
  await db.transaction().execute(async (trx) => {
    await updateVersioned(trx, 'users', id, before.version, {
      ...(input.displayName ? { display_name: input.displayName } : {}),
      ...(input.email !== undefined ? { email: input.email } : {}),
      ...(input.active !== undefined ? { active: input.active ? 1 : 0 } : {}),
      ...(hash ? { password_hash: hash, must_change_password: 1 } : {}),
      updated_at: nowIso(),
    });
    if (input.roles) await writeGrants(trx, id, input.roles);
    // A deactivated user or a reset password ends every open session (the admin's own too, when it is theirs).
    const ended =
      input.active === false || hash
        ? Number((await trx.deleteFrom('sessions').where('user_id', '=', id).executeTakeFirst()).numDeletedRows)
        : 0;
    const after = {
      displayName: input.displayName ?? before.displayName,
      email: input.email === undefined ? before.email : input.email,
      active: input.active ?? before.active,
      roles: input.roles ?? before.roles,
      passwordReset: !!hash,
      sessionsEnded: ended,
    };
    await appendAudit(
      trx,
      actor,
      'user.updated',
      'user',
      id,
      { displayName: before.displayName, email: before.email, active: before.active, roles: before.roles },
      after,
    );
  });
  return getUser(deps, id);
}
