import { z } from 'zod';
import { Id, IsoDateTime } from './common.ts';

export const NotificationView = z.object({
  id: Id,
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  /** Path in the web app where the user acts on it. */
  link: z.string(),
  createdAt: IsoDateTime,
  readAt: IsoDateTime.nullable(),
});
export const NotificationList = z.object({ items: z.array(NotificationView), unread: z.number().int() });

export const EmailTemplateView = z.object({
  kind: z.string(),
  label: z.string(),
  subject: z.string(),
  body: z.string(),
  /** False while the built-in wording is used. */
  customised: z.boolean(),
  version: z.number().int().nullable(),
});
export const EmailTemplateList = z.object({
  placeholders: z.array(z.string()),
  items: z.array(EmailTemplateView),
});
export const SaveEmailTemplateRequest = z.strictObject({
  subject: z.string().trim().min(1, 'Không được để trống').max(300),
  body: z.string().trim().min(1, 'Không được để trống').max(5000),
  /** null when replacing the built-in wording for the first time. */
  version: z.number().int().nullable(),
});
export const OutboxList = z.object({
  smtpConfigured: z.boolean(),
  items: z.array(
    z.object({
      id: Id,
      to: z.string(),
      kind: z.string(),
      subject: z.string(),
      status: z.enum(['queued', 'sent', 'failed']),
      attempts: z.number().int(),
      lastError: z.string().nullable(),
      createdAt: IsoDateTime,
      sentAt: IsoDateTime.nullable(),
    }),
  ),
});
