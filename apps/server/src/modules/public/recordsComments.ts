import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import { ROLE_GROUPS } from '@thidua/domain';
import type { Database } from '../../db/schema.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { newId } from '../../platform/ids.ts';
import { notifyUsers } from '../../platform/notify.ts';

/** A comment is at most this many characters (the form says so; more is refused, not cut). */
export const COMMENT_MAX = 2000;
export const NAME_MAX = 120;
export const CONTACT_MAX = 120;
/** A form is valid this long after it was shown. */
const TOKEN_TTL_MS = 4 * 3_600_000;

export const COMMENT_ACTOR: Actor = { id: null, name: 'người dân góp ý (trang công khai)' };

/**
 * The form's anti-forgery token: the dossier and the time the form was shown, signed with a key of this server
 * process. No cookie or session is involved; a page elsewhere cannot make one (and the same-origin check refuses
 * a post another site's page sends). A restart invalidates forms shown before it: the page asks to send again.
 */
const KEY = randomBytes(32);
const mac = (payload: string) => createHmac('sha256', KEY).update(payload).digest('base64url');

export function formToken(proposalId: string, now: Date): string {
  const payload = `${proposalId}.${now.getTime().toString(36)}`;
  return `${payload}.${mac(payload)}`;
}

export function tokenValid(token: string, proposalId: string, now: Date): boolean {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== proposalId) return false;
  const given = Buffer.from(parts[2]!);
  const want = Buffer.from(mac(`${parts[0]}.${parts[1]}`));
  if (given.length !== want.length || !timingSafeEqual(given, want)) return false;
  const at = Number.parseInt(parts[1]!, 36);
  return Number.isFinite(at) && now.getTime() - at <= TOKEN_TTL_MS && at - now.getTime() <= 60_000;
}

export interface CommentInput {
  proposalId: string;
  proposalTitle: string;
  itemId: string | null;
  name: string;
  contact: string;
  body: string;
  address: string;
}

/** Keeps the comment as typed (escaped wherever shown), audits it and tells the emulation office, in one transaction. */
export async function saveComment(db: Kysely<Database>, c: CommentInput, now: Date): Promise<string> {
  const id = newId();
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('public_comments')
      .values({
        id,
        proposal_id: c.proposalId,
        item_id: c.itemId,
        sender_name: c.name,
        sender_contact: c.contact,
        body: c.body,
        address: c.address.slice(0, 64),
        created_at: at,
      })
      .execute();
    await appendAudit(trx, COMMENT_ACTOR, 'public_comment.received', 'proposal', c.proposalId, null, {
      commentId: id,
      itemId: c.itemId,
      length: c.body.length,
    });
    const office = await trx
      .selectFrom('role_grants')
      .innerJoin('users', 'users.id', 'role_grants.user_id')
      .select('users.id')
      .where('role_grants.role', 'in', [...ROLE_GROUPS.office])
      .where('users.active', '=', 1)
      .execute();
    await notifyUsers(
      trx,
      office.map((u) => u.id),
      {
        kind: 'public_comment',
        title: 'Ý kiến góp ý của nhân dân về danh sách công khai',
        body: `Hồ sơ "${c.proposalTitle.slice(0, 200)}" nhận một ý kiến góp ý từ trang công khai (${c.body.length} ký tự).`,
        link: `/proposals/${c.proposalId}`,
      },
    );
  });
  return id;
}
