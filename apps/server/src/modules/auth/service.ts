import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Me } from '@thidua/contracts';
import { appendAudit, SYSTEM_ACTOR } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import { createSession, destroySession, loadUser } from '../../platform/session.ts';
import { dummyHash, hashPassword, verifyPassword } from '../../platform/passwords.ts';
import type { RequestUser } from '../../platform/access.ts';
import { clockOf, userOf, type Deps } from '../../platform/context.ts';
import { bool, nowIso } from '../../db/index.ts';
import {
  THROTTLE,
  accountKey,
  addressKey,
  forgetOld,
  pairKey,
  release,
  reserve,
  succeed,
  type Rule,
} from './throttle.ts';
import { movementCollectionAbilities } from '../movements/policy.ts';
import { proposalCollectionAbilities } from '../proposals/policy.ts';
import { initiativeCollectionAbilities } from '../initiatives/policy.ts';
import { councilCollectionAbilities } from '../council/policy.ts';
import { decisionCollectionAbilities } from '../decisions/policy.ts';
import { peopleCollectionAbilities } from '../people/policy.ts';
import { ratingCollectionAbilities } from '../ratings/policy.ts';
import { awardHistoryCollectionAbilities } from '../awards/policy.ts';
import { blocCollectionAbilities } from '../blocs/policy.ts';
import { orgCollectionAbilities } from '../org/policy.ts';
import { userCollectionAbilities } from '../users/policy.ts';
import { auditCollectionAbilities } from '../audit/policy.ts';
import { calendarCollectionAbilities } from '../calendar/policy.ts';
import { settingCollectionAbilities } from '../settings/policy.ts';
import { mailCollectionAbilities } from '../notifications/policy.ts';
import { onestopCollectionAbilities } from '../dossiers/collection.ts';
import { statisticsCollectionAbilities } from '../statistics/collection.ts';
import { scorecardAbilities } from '../scorecards/abilities.ts';
import { workProgrammeAbilities } from '../workProgrammes/abilities.ts';

// Each area's policy says what a user may start there; the web reads it instead of copying role lists.
export async function meOf(deps: Deps, user: RequestUser, csrfToken: string): Promise<Me> {
  const orgIds = [...new Set(user.grants.map((g) => g.orgId))];
  const orgs = orgIds.length
    ? await deps.db.kysely.selectFrom('organisations').select(['id', 'name']).where('id', 'in', orgIds).execute()
    : [];
  const names = new Map(orgs.map((o) => [o.id, o.name]));
  const tree = await deps.tree.fresh();
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.grants.map((g) => ({ role: g.role, orgId: g.orgId, orgName: names.get(g.orgId) ?? '' })),
    mustChangePassword: user.mustChangePassword,
    csrfToken,
    abilities: {
      movements: movementCollectionAbilities(user),
      proposals: proposalCollectionAbilities(user),
      ...initiativeCollectionAbilities(user, tree),
      council: councilCollectionAbilities(user, tree),
      decisions: decisionCollectionAbilities(user, tree),
      people: peopleCollectionAbilities(user),
      ratings: ratingCollectionAbilities(user),
      awardHistory: awardHistoryCollectionAbilities(user),
      blocs: blocCollectionAbilities(user, tree),
      organisations: orgCollectionAbilities(user),
      users: userCollectionAbilities(user),
      audit: auditCollectionAbilities(user),
      calendar: calendarCollectionAbilities(user),
      settings: settingCollectionAbilities(user),
      mail: mailCollectionAbilities(user),
      onestop: onestopCollectionAbilities(user),
      ...statisticsCollectionAbilities(user),
      ...scorecardAbilities(user),
      ...workProgrammeAbilities(user),
    },
  };
}

/** "sau 45 giây" / "sau 3 phút (lúc 10:32)": when to try again, in Vietnam's time. */
function retryText(until: Date, now: Date): string {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  if (seconds < 60) return `${seconds} giây`;
  const at = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit' });
  return `${Math.ceil(seconds / 60)} phút (lúc ${at.format(until)})`;
}

function tooManyAttempts(reply: FastifyReply, until: Date | undefined, now: Date): AppError {
  const at = until ?? new Date(now.getTime() + 60_000);
  reply.header('retry-after', String(Math.max(1, Math.ceil((at.getTime() - now.getTime()) / 1000))));
  return new AppError(
    429,
    'too_many_attempts',
    `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${retryText(at, now)}.`,
  );
}

export async function login(
  deps: Deps,
  req: FastifyRequest,
  reply: FastifyReply,
  username: string,
  password: string,
): Promise<Me> {
  const db = deps.db.kysely;
  const clock = clockOf(deps);
  const now = clock.now();
  const name = username.trim().toLowerCase();
  // req.ip honours X-Forwarded-For only when THIDUA_TRUST_PROXY=true (Fastify's trustProxy).
  const pair = pairKey(name, req.ip);
  // Each counter is reserved before the password is checked; a right password gives it back.
  const reserved: [string, Rule][] = [];
  const mine = await reserve(db, pair, THROTTLE.pair, now);
  if (!mine.permitted) throw tooManyAttempts(reply, mine.lockedUntil, now);
  const known = !!mine.succeededAt && mine.succeededAt.getTime() > now.getTime() - THROTTLE.knownForMs;
  // Only places the account never signed in from count toward (and are refused by) the ceilings,
  // so an attacker elsewhere cannot lock the owner out of the places the owner uses.
  if (!known) {
    const account = await reserve(db, accountKey(name), THROTTLE.account, now);
    if (!account.permitted) throw tooManyAttempts(reply, account.lockedUntil, now);
    reserved.push([accountKey(name), THROTTLE.account]);
    // The address counts accounts, not attempts: only this pair's first try in its run.
    if (mine.failures === 1) {
      const address = await reserve(db, addressKey(req.ip), THROTTLE.address, now);
      if (!address.permitted) throw tooManyAttempts(reply, address.lockedUntil, now);
      reserved.push([addressKey(req.ip), THROTTLE.address]);
    }
  }
  const row = await db.selectFrom('users').selectAll().where('username', '=', name).executeTakeFirst();
  const ok = row
    ? await verifyPassword(row.password_hash, password)
    : (await verifyPassword(await dummyHash(), password), false);
  if (!row || !ok || !bool(row.active)) {
    await db.transaction().execute((trx) =>
      appendAudit(trx, SYSTEM_ACTOR, 'auth.login_failed', 'user', row?.id ?? name, null, {
        username: name,
        ip: req.ip,
        failuresFromAddress: mine.failures,
        ...(mine.lockedUntil ? { lockedUntil: mine.lockedUntil.toISOString() } : {}),
      }),
    );
    throw new AppError(
      401,
      'invalid_credentials',
      'Tên đăng nhập hoặc mật khẩu không đúng (hoặc tài khoản đã bị khoá).',
      [{ path: 'password', message: 'Sai tên đăng nhập hoặc mật khẩu' }],
    );
  }
  await succeed(db, pair, now);
  for (const [key, rule] of reserved) await release(db, key, rule);
  await forgetOld(db, now);
  const csrf = await createSession(db, deps.config, row.id, req, reply, clock);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ last_login_at: now.toISOString() }).where('id', '=', row.id).execute();
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

/** Changes one's own password and ends one's other sessions (a thief's included); this one stays. */
export async function changePassword(
  deps: Deps,
  req: FastifyRequest,
  reply: FastifyReply,
  current: string,
  next: string,
): Promise<void> {
  const db = deps.db.kysely;
  const user = userOf(req);
  const sessionId = req.sessionId;
  const now = clockOf(deps).now();
  // Guessing the current password from a stolen session is throttled like signing in.
  const guesses = `c:${user.id}`;
  const reservation = await reserve(db, guesses, THROTTLE.pair, now);
  if (!reservation.permitted) throw tooManyAttempts(reply, reservation.lockedUntil, now);
  const row = await db
    .selectFrom('users')
    .select(['password_hash'])
    .where('id', '=', user.id)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(row.password_hash, current)))
    throw new AppError(400, 'wrong_password', 'Mật khẩu hiện tại không đúng.', [
      { path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng' },
    ]);
  await succeed(db, guesses, now);
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
    let others = trx.deleteFrom('sessions').where('user_id', '=', user.id);
    if (sessionId) others = others.where('id', '!=', sessionId);
    const ended = Number((await others.executeTakeFirst()).numDeletedRows);
    await appendAudit(trx, { id: user.id, name: user.username }, 'auth.password_changed', 'user', user.id, null, {
      otherSessionsEnded: ended,
    });
  });
}
