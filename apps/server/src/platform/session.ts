import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '@thidua/domain';
import { CompiledQuery, type InferResult, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { bool } from '../db/index.ts';
import type { Config } from '../config.ts';
import { AppError, sendProblem } from './errors.ts';
import { systemClock, type Clock } from './clock.ts';
import { hasAnyRole, type Access, type RequestUser } from './access.ts';

export const SESSION_COOKIE = 'thidua_sid';
const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** Reachable while the user must still change an initial or reset password (the change-password screen). */
    whilePasswordChangeRequired?: true;
  }
  interface FastifyRequest {
    user?: RequestUser;
    sessionId?: string;
    csrfToken?: string;
  }
}

export async function createSession(
  db: Kysely<Database>,
  config: Config,
  userId: string,
  req: FastifyRequest,
  reply: FastifyReply,
  clock: Clock = systemClock,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const csrf = randomBytes(24).toString('base64url');
  const now = clock.now();
  await db
    .insertInto('sessions')
    .values({
      id: tokenId(token),
      user_id: userId,
      csrf_token: csrf,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + config.sessionAbsoluteMs).toISOString(),
      ip: req.ip,
      user_agent: String(req.headers['user-agent'] ?? '').slice(0, 300),
    })
    .execute();
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: req.protocol === 'https',
    maxAge: Math.floor(config.sessionAbsoluteMs / 1000),
  });
  return csrf;
}

export async function destroySession(db: Kysely<Database>, req: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (req.sessionId) await db.deleteFrom('sessions').where('id', '=', req.sessionId).execute();
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

export async function loadUser(db: Kysely<Database>, userId: string): Promise<RequestUser | undefined> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'active', 'must_change_password'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || !bool(user.active)) return undefined;
  const grants = await db.selectFrom('role_grants').select(['role', 'org_id']).where('user_id', '=', userId).execute();
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    mustChangePassword: bool(user.must_change_password),
    grants: grants.map((g) => ({ role: g.role as Role, orgId: g.org_id })),
  };
}

/**
 * Session, user and grants in one statement (a row per grant; one row with no grant when there is
 * none), read on every request so that a sign-out or a revoked grant counts at once. Built and
 * compiled once; each request runs the same SQL with its own session id.
 */
const sessionLookupQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('role_grants', 'role_grants.user_id', 'sessions.user_id')
    .select([
      'sessions.user_id',
      'sessions.csrf_token',
      'sessions.expires_at',
      'sessions.last_seen_at',
      'users.username',
      'users.display_name',
      'users.active',
      'users.must_change_password',
      'role_grants.role',
      'role_grants.org_id',
    ])
    .where('sessions.id', '=', '');
type SessionRow = InferResult<ReturnType<typeof sessionLookupQuery>>[number];

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * How stale last-seen may get before a request writes it again: a small
 * fraction of the idle timeout (so a session ends within that margin of the
 * exact idle time), at most 10 s (so a hot list does not write per request).
 */
export const touchIntervalMs = (idleMs: number): number => Math.min(10_000, Math.floor(idleMs / 20));

const mustChangeFirst = new AppError(
  403,
  'password_change_required',
  'Bạn cần đổi mật khẩu trước khi tiếp tục. Hãy đổi mật khẩu (hoặc đăng xuất) rồi thử lại.',
);

/**
 * Resolves the session cookie, enforces idle and absolute timeouts, checks the
 * CSRF header on writes, refuses everything but the change-password screen
 * while the password must be changed, then applies the route's declared
 * access. A route that declares nothing is refused: access is never implicit.
 */
export function registerSessionGuard(
  app: FastifyInstance,
  db: Kysely<Database>,
  config: Config,
  clock: Clock = systemClock,
): void {
  const touchMs = touchIntervalMs(config.sessionIdleMs);
  const sessionLookup = sessionLookupQuery(db).compile();
  if (sessionLookup.parameters.length !== 1) throw new Error('the session lookup takes the session id only');
  app.addHook('onRequest', async (req, reply) => {
    // Unknown paths fall through to the JSON 404; pages outside /api are the web app.
    if (!req.url.startsWith('/api/') || req.is404) return;
    const access = req.routeOptions.config?.access;
    if (access === undefined) {
      return sendProblem(
        reply,
        req,
        new AppError(403, 'access_undeclared', 'Đường dẫn này chưa khai báo quyền truy cập nên bị từ chối.'),
      );
    }
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const id = tokenId(token);
      const rows = (await db.executeQuery<SessionRow>(CompiledQuery.raw(sessionLookup.sql, [id]))).rows;
      const s = rows[0];
      const nowDate = clock.now();
      const now = nowDate.getTime();
      const lastSeen = s ? Date.parse(s.last_seen_at) : 0;
      if (s && bool(s.active) && Date.parse(s.expires_at) > now && lastSeen + config.sessionIdleMs > now) {
        const grants: RequestUser['grants'] = [];
        for (const g of rows)
          if (g.role !== null && g.org_id !== null) grants.push({ role: g.role as Role, orgId: g.org_id });
        req.user = {
          id: s.user_id,
          username: s.username,
          displayName: s.display_name,
          mustChangePassword: bool(s.must_change_password),
          grants,
        };
        req.sessionId = id;
        req.csrfToken = s.csrf_token;
        // Idle time counts from the last write, so it may run early by at most touchMs.
        if (now - lastSeen >= touchMs) {
          const at = nowDate.toISOString();
          await db
            .updateTable('sessions')
            .set({ last_seen_at: at })
            .where('id', '=', id)
            .where('last_seen_at', '<', at)
            .execute();
        }
      } else if (s) {
        await db.deleteFrom('sessions').where('id', '=', id).execute();
      }
    }
    if (access === 'public') return;
    if (!req.user)
      return sendProblem(
        reply,
        req,
        new AppError(401, 'unauthenticated', 'Phiên làm việc đã hết hạn hoặc bạn chưa đăng nhập. Vui lòng đăng nhập.'),
      );
    if (!SAFE_METHODS.has(req.method)) {
      const header = req.headers['x-csrf-token'];
      if (typeof header !== 'string' || !req.csrfToken || !sameToken(header, req.csrfToken))
        return sendProblem(
          reply,
          req,
          new AppError(403, 'csrf_failed', 'Thiếu hoặc sai mã chống giả mạo (CSRF). Hãy tải lại trang rồi thử lại.'),
        );
    }
    if (req.user.mustChangePassword && !req.routeOptions.config?.whilePasswordChangeRequired)
      return sendProblem(reply, req, mustChangeFirst);
    if (access !== 'authenticated' && !hasAnyRole(req.user, access))
      return sendProblem(reply, req, new AppError(403, 'forbidden', 'Bạn không có quyền thực hiện thao tác này.'));
  });
}
