import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Me } from '@thidua/contracts';
import { appendAudit, SYSTEM_ACTOR } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import { createSession, destroySession, loadUser } from '../../platform/session.ts';
import { dummyHash, hashPassword, verifyPassword } from '../../platform/passwords.ts';
import type { RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { bool, nowIso } from '../../db/index.ts';
import { THROTTLE, clearFailures, lockedUntil, recordFailure } from './throttle.ts';

export async function meOf(deps: Deps, user: RequestUser, csrfToken: string): Promise<Me> {
  const orgIds = [...new Set(user.grants.map((g) => g.orgId))];
  const orgs = orgIds.length
    ? await deps.db.kysely.selectFrom('organisations').select(['id', 'name']).where('id', 'in', orgIds).execute()
    : [];
  const names = new Map(orgs.map((o) => [o.id, o.name]));
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.grants.map((g) => ({ role: g.role, orgId: g.orgId, orgName: names.get(g.orgId) ?? '' })),
    mustChangePassword: user.mustChangePassword,
    csrfToken,
  };
}

export async function login(
  deps: Deps,
  req: FastifyRequest,
  reply: FastifyReply,
  username: string,
  password: string,
): Promise<Me> {
  const db = deps.db.kysely;
  const name = username.trim().toLowerCase();
  const keys = [`u:${name}`, `ip:${req.ip}`];
  const until = await lockedUntil(db, keys);
  if (until) {
    const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
    throw new AppError(429, 'too_many_attempts', `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`);
  }
  const row = await db.selectFrom('users').selectAll().where('username', '=', name).executeTakeFirst();
  const ok = row
    ? await verifyPassword(row.password_hash, password)
    : (await verifyPassword(await dummyHash(), password), false);
  if (!row || !ok || !bool(row.active)) {
    await recordFailure(db, keys[0]!, THROTTLE.perAccount);
    await recordFailure(db, keys[1]!, THROTTLE.perIp);
    await db.transaction().execute((trx) =>
      appendAudit(trx, SYSTEM_ACTOR, 'auth.login_failed', 'user', row?.id ?? name, null, {
        username: name,
        ip: req.ip,
      }),
    );
    throw new AppError(
      401,
      'invalid_credentials',
      'Tên đăng nhập hoặc mật khẩu không đúng (hoặc tài khoản đã bị khoá).',
      [{ path: 'password', message: 'Sai tên đăng nhập hoặc mật khẩu' }],
    );
  }
  await clearFailures(db, keys[0]!);
  const csrf = await createSession(db, deps.config, row.id, req, reply);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ last_login_at: nowIso() }).where('id', '=', row.id).execute();
    await appendAudit(trx, { id: row.id, name: row.username }, 'auth.login', 'user', row.id, null, { ip: req.ip });
  });
  const user = await loadUser(db, row.id);
  return meOf(deps, user!, csrf);
}

export async function logout(deps: Deps, req: FastifyRequest, reply: FastifyReply): Promise<void> {
  const user = req.user;
  await destroySession(deps.db.kysely, req, reply);
  if (user)
    await deps.db.kysely
      .transaction()
      .execute((trx) =>
        appendAudit(trx, { id: user.id, name: user.username }, 'auth.logout', 'user', user.id, null, null),
      );
}

export async function changePassword(deps: Deps, user: RequestUser, current: string, next: string): Promise<void> {
  const db = deps.db.kysely;
  const row = await db
    .selectFrom('users')
    .select(['password_hash'])
    .where('id', '=', user.id)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(row.password_hash, current)))
    throw new AppError(400, 'wrong_password', 'Mật khẩu hiện tại không đúng.', [
      { path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng' },
    ]);
  if (current === next)
    throw new AppError(400, 'same_password', 'Mật khẩu mới phải khác mật khẩu hiện tại.', [
      { path: 'newPassword', message: 'Phải khác mật khẩu hiện tại' },
    ]);
  const hash = await hashPassword(next);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set((eb) => ({
        password_hash: hash,
        must_change_password: 0,
        updated_at: nowIso(),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', user.id)
      .execute();
    await appendAudit(trx, { id: user.id, name: user.username }, 'auth.password_changed', 'user', user.id, null, null);
  });
}
