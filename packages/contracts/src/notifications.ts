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
