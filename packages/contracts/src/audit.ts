import { z } from 'zod';
import { Id, IsoDateTime, Page, PageSize, paged, safeString } from './common.ts';

export const AuditEntry = z.object({
  id: Id,
  seq: z.number().int(),
  at: IsoDateTime,
  actorId: Id.nullable(),
  /** The account name written at the time (or "hệ thống"). */
  actorName: z.string().nullable(),
  /** The acting user's full name today; null for the system or a removed account. */
  actorDisplayName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  /** The record's own name (a person's, a dossier's title, a decision's number); null when unknown or deleted. */
  entityLabel: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
export const AuditQuery = z.object({
  entityType: safeString().max(50).optional(),
  entityId: safeString().max(64).optional(),
  actorId: Id.optional(),
  from: safeString().max(10).optional(),
  to: safeString().max(10).optional(),
  page: Page,
  pageSize: PageSize,
});
/** The export takes the page's filters and gives every entry of the view. */
export const AuditExportQuery = AuditQuery.omit({ page: true, pageSize: true });
export const AuditPage = paged(AuditEntry);
export const AuditVerifyResult = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  problems: z.array(z.object({ seq: z.number().int(), message: z.string() })),
  /** Head records checked; the last entry a valid head vouches for; entries after it. */
  heads: z.number().int(),
  anchoredThrough: z.number().int(),
  unanchored: z.number().int(),
  lastHead: z.object({ seq: z.number().int(), hash: z.string(), at: z.string() }).nullable(),
});

export const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.object({ dialect: z.enum(['sqlite', 'postgres']), reachable: z.boolean() }),
  migrations: z.object({ applied: z.number().int(), pending: z.number().int(), latest: z.string().nullable() }),
});
