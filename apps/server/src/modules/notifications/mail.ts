import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EmailTemplateList, EmailTemplateView, OutboxList, SaveEmailTemplateRequest } from '@thidua/contracts';
import { nowIso } from '../../db/index.ts';
import { MAIL_MANAGERS } from './policy.ts';
import { appendAudit } from '../../platform/audit.ts';
import type { Deps } from '../../platform/context.ts';
import { actorOf } from '../../platform/context.ts';
import { badRequest, notFound, staleVersion } from '../../platform/errors.ts';
import { DEFAULT_TEMPLATES, PLACEHOLDERS, unknownPlaceholders } from '../../platform/mail.ts';

async function templates(deps: Deps): Promise<z.infer<typeof EmailTemplateList>> {
  const saved = await deps.db.kysely.selectFrom('email_templates').selectAll().execute();
  return {
    placeholders: [...PLACEHOLDERS],
    items: Object.entries(DEFAULT_TEMPLATES).map(([kind, t]) => {
      const s = saved.find((x) => x.kind === kind);
      return {
        kind,
        label: t.label,
        subject: s?.subject ?? t.subject,
        body: s?.body ?? t.body,
        customised: !!s,
        version: s?.version ?? null,
      };
    }),
  };
}

/** Mail wording the office edits, and the outbox it watches (SMTP is optional and off by default). */
export function mailRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['notifications'];
    r.get('/email-templates', {
      config: { access: MAIL_MANAGERS },
      schema: { tags, summary: 'Mẫu thư thông báo (sửa được)', response: { 200: EmailTemplateList } },
      handler: () => templates(deps),
    });
    r.put('/email-templates/:kind', {
      config: { access: MAIL_MANAGERS },
      schema: {
        tags,
        summary: 'Sửa mẫu thư; dùng {name}, {title}, {body}, {link}',
        params: z.object({ kind: z.string().max(60) }),
        body: SaveEmailTemplateRequest,
        response: { 200: EmailTemplateView },
      },
      handler: async (req) => {
        const { kind } = req.params;
        if (!DEFAULT_TEMPLATES[kind]) throw notFound('mẫu thư');
        const errors = (['subject', 'body'] as const).flatMap((f) =>
          unknownPlaceholders(req.body[f]).map((p) => ({
            path: f,
            message: `"{${p}}" không dùng được; chỉ có ${PLACEHOLDERS.map((x) => `{${x}}`).join(', ')}`,
          })),
        );
        if (errors.length)
          throw badRequest('invalid_template', `Mẫu thư có chỗ trống không hợp lệ: ${errors[0]!.message}.`, errors);
        const db = deps.db.kysely;
        await db.transaction().execute(async (trx) => {
          const before = await trx
            .selectFrom('email_templates')
            .selectAll()
            .where('kind', '=', kind)
            .executeTakeFirst();
          if ((before?.version ?? null) !== req.body.version) throw staleVersion();
          const values = { subject: req.body.subject, body: req.body.body, updated_at: nowIso() };
          // Written only at the version read (or only if still absent): the row count decides, not the read.
          const res = before
            ? await trx
                .updateTable('email_templates')
                .set({ ...values, version: before.version + 1 })
                .where('kind', '=', kind)
                .where('version', '=', before.version)
                .executeTakeFirst()
            : await trx
                .insertInto('email_templates')
                .values({ kind, ...values, version: 1 })
                .onConflict((oc) => oc.column('kind').doNothing())
                .executeTakeFirst();
          const written = 'numUpdatedRows' in res ? res.numUpdatedRows : res.numInsertedOrUpdatedRows;
          if (Number(written) !== 1) throw staleVersion();
          await appendAudit(trx, actorOf(req), 'email_template.saved', 'email_template', kind, before ?? null, values);
        });
        return (await templates(deps)).items.find((t) => t.kind === kind)!;
      },
    });
    r.get('/outbox', {
      config: { access: MAIL_MANAGERS },
      schema: { tags, summary: 'Hộp thư đi: 200 thư gần nhất và trạng thái gửi', response: { 200: OutboxList } },
      handler: async () => {
        const rows = await deps.db.kysely
          .selectFrom('email_outbox')
          .selectAll()
          .orderBy('created_at', 'desc')
          .limit(200)
          .execute();
        return {
          smtpConfigured: !!deps.config.smtpUrl,
          items: rows.map((m) => ({
            id: m.id,
            to: m.to_address,
            kind: m.kind,
            subject: m.subject,
            status: m.status as 'queued' | 'sent' | 'failed',
            attempts: m.attempts,
            lastError: m.last_error,
            createdAt: m.created_at,
            sentAt: m.sent_at,
          })),
        };
      },
    });
  };
}
