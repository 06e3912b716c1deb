import type { z } from 'zod';
import type { AuditQuery } from '@thidua/contracts';
import { parseVnDate } from '@thidua/domain';
import type { Deps } from '../../platform/context.ts';
import { badRequest } from '../../platform/errors.ts';

export type AuditFilters = Omit<z.output<typeof AuditQuery>, 'page' | 'pageSize'>;

function dayBound(value: string | undefined, field: string, end: boolean): string | undefined {
  if (!value) return undefined;
  const iso = parseVnDate(value);
  if (!iso)
    throw badRequest('invalid_date', `Ngày "${value}" không hợp lệ.`, [{ path: field, message: 'Ngày không hợp lệ' }]);
  // Calendar days are Vietnamese days (UTC+7).
  const t = Date.parse(`${iso}T00:00:00+07:00`) + (end ? 86_400_000 : 0);
  return new Date(t).toISOString();
}

/** The log's entries as filtered on its page (record, actor, days); the page and its export share it. */
export function auditView(deps: Deps, q: AuditFilters) {
  const from = dayBound(q.from, 'from', false);
  const to = dayBound(q.to, 'to', true);
  let base = deps.db.kysely.selectFrom('audit_log');
  if (q.entityType) base = base.where('entity_type', '=', q.entityType);
  if (q.entityId) base = base.where('entity_id', '=', q.entityId);
  if (q.actorId) base = base.where('actor_id', '=', q.actorId);
  if (from) base = base.where('at', '>=', from);
  if (to) base = base.where('at', '<', to);
  return base;
}
