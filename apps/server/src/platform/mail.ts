import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { EmailOutboxTable } from '../db/schema-proposals.ts';
import { isPostgres, nowIso } from '../db/index.ts';
import { newId } from './ids.ts';

/** The words a template may use; anything else in braces is refused when the template is saved. */
export const PLACEHOLDERS = ['name', 'title', 'body', 'link'] as const;

/** Default wording per kind of notice; the office edits them (email_templates overrides). */
export const DEFAULT_TEMPLATES: Record<string, { label: string; subject: string; body: string }> = {
  'movement.launched': {
    label: 'Phát động phong trào',
    subject: '[Thi đua] {title}',
    body: 'Kính gửi {name},\n\n{body}\n\nXem và đăng ký thi đua: {link}\n\nTrân trọng.',
  },
  'movement.reminder': {
    label: 'Nhắc đăng ký thi đua',
    subject: '[Thi đua] {title}',
    body: 'Kính gửi {name},\n\n{body}\n\nĐăng ký tại: {link}\n\nTrân trọng.',
  },
  proposal: {
    label: 'Hồ sơ đề nghị khen thưởng',
    subject: '[Khen thưởng] {title}',
    body: 'Kính gửi {name},\n\n{body}\n\nXem hồ sơ: {link}\n\nTrân trọng.',
  },
  council: {
    label: 'Hội đồng Thi đua – Khen thưởng',
    subject: '[Hội đồng TĐKT] {title}',
    body: 'Kính gửi {name},\n\n{body}\n\nXem tại: {link}\n\nTrân trọng.',
  },
  initiative_review: {
    label: 'Mời chấm sáng kiến',
    subject: '[Sáng kiến] {title}',
    body: 'Kính gửi {name},\n\n{body}\n\nChấm tại: {link}\n\nTrân trọng.',
  },
  initiative: {
    label: 'Kết quả xét công nhận sáng kiến',
    subject: '[Sáng kiến] {title}',
    body: 'Kính gửi {name},\n\n{body}\n\nXem sổ sáng kiến: {link}\n\nTrân trọng.',
  },
  work_task: {
    label: 'Nhiệm vụ trong chương trình công tác',
    subject: '[Chương trình công tác] {title}',
    body: 'Kính gửi {name},\n\n{body}\n\nXem nhiệm vụ: {link}\n\nTrân trọng.',
  },
};
const FALLBACK = { subject: '[thidua] {title}', body: 'Kính gửi {name},\n\n{body}\n\n{link}' };

export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(/\{([^{}]*)\}/gu)]
    .map((m) => m[1]!)
    .filter((p) => !(PLACEHOLDERS as readonly string[]).includes(p));
}

export function render(template: string, values: Record<(typeof PLACEHOLDERS)[number], string>): string {
  return template.replace(/\{(name|title|body|link)\}/gu, (_, k: keyof typeof values) => values[k]);
}

/** Queues one mail per user who has an address, worded by the template of the notice's kind. */
export async function queueMail(
  trx: Transaction<Database>,
  userIds: string[],
  n: { kind: string; title: string; body: string; link: string },
  publicUrl: string | undefined,
): Promise<number> {
  if (!userIds.length) return 0;
  const users = await trx
    .selectFrom('users')
    .select(['id', 'display_name', 'email'])
    .where('id', 'in', userIds)
    .where('active', '=', 1)
    .where('email', 'is not', null)
    .execute();
  if (!users.length) return 0;
  const saved = await trx.selectFrom('email_templates').selectAll().where('kind', '=', n.kind).executeTakeFirst();
  const t = saved ?? DEFAULT_TEMPLATES[n.kind] ?? FALLBACK;
  const link = `${publicUrl ?? ''}${n.link}`;
  const now = nowIso();
  await trx
    .insertInto('email_outbox')
    .values(
      users.map((u) => {
        const values = { name: u.display_name, title: n.title, body: n.body, link };
        return {
          id: newId(),
          user_id: u.id,
          to_address: u.email!,
          kind: n.kind,
          subject: render(t.subject, values),
          body: render(t.body, values),
          status: 'queued',
          attempts: 0,
          last_error: null,
          created_at: now,
          sent_at: null,
        };
      }),
    )
    .execute();
  return users.length;
}

export interface Transport {
  sendMail(mail: SendMailOptions): Promise<unknown>;
}

export function smtpTransport(url: string): Transport {
  return nodemailer.createTransport(url);
}

type Queued = Selectable<EmailOutboxTable>;

/** Rounds of sending under way in this process, per database: a round never starts while the last one runs. */
const sending = new WeakSet<Kysely<Database>>();

/**
 * Sends what is queued (oldest first); a failure is kept with its error and retried up to 5 times, once per
 * round. Every server of a deployment runs these rounds, so each mail is claimed before it is sent: on
 * PostgreSQL one mail at a time, in its own transaction, by `FOR UPDATE SKIP LOCKED` (another server's round
 * skips the row it holds and takes the next), re-read as still unsent, sent, and marked in that transaction;
 * a server that dies while sending leaves the mail queued for the next round. SQLite has a single server,
 * whose rounds never overlap. A mail is thus sent once, or, if a server dies between the SMTP server's
 * acceptance and the commit, at most once more.
 */
export async function sendQueued(
  db: Kysely<Database>,
  transport: Transport,
  from: string,
  limit = 50,
): Promise<number> {
  if (sending.has(db)) return 0;
  sending.add(db);
  try {
    return isPostgres(db) ? await sendClaimed(db, transport, from, limit) : await sendBatch(db, transport, from, limit);
  } finally {
    sending.delete(db);
  }
}

async function deliver(
  db: Kysely<Database> | Transaction<Database>,
  transport: Transport,
  from: string,
  m: Queued,
): Promise<boolean> {
  try {
    await transport.sendMail({ from, to: m.to_address, subject: m.subject, text: m.body });
    await db
      .updateTable('email_outbox')
      .set({ status: 'sent', sent_at: nowIso(), attempts: m.attempts + 1, last_error: null })
      .where('id', '=', m.id)
      .execute();
    return true;
  } catch (e) {
    await db
      .updateTable('email_outbox')
      .set({ status: 'failed', attempts: m.attempts + 1, last_error: String((e as Error).message).slice(0, 500) })
      .where('id', '=', m.id)
      .execute();
    return false;
  }
}

async function sendBatch(db: Kysely<Database>, transport: Transport, from: string, limit: number): Promise<number> {
  const queued = await db
    .selectFrom('email_outbox')
    .selectAll()
    .where('status', 'in', ['queued', 'failed'])
    .where('attempts', '<', 5)
    .orderBy('created_at')
    .limit(limit)
    .execute();
  let sent = 0;
  for (const m of queued) if (await deliver(db, transport, from, m)) sent++;
  return sent;
}

async function sendClaimed(db: Kysely<Database>, transport: Transport, from: string, limit: number): Promise<number> {
  const tried: string[] = [];
  let sent = 0;
  while (tried.length < limit) {
    const done = await db.transaction().execute(async (trx) => {
      const m = await trx
        .selectFrom('email_outbox')
        .selectAll()
        .where('status', 'in', ['queued', 'failed'])
        .where('attempts', '<', 5)
        .where('id', 'not in', tried)
        .orderBy('created_at')
        .limit(1)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!m) return null;
      tried.push(m.id);
      return deliver(trx, transport, from, m);
    });
    if (done === null) break;
    if (done) sent++;
  }
  return sent;
}
