import type { z } from 'zod';
import type { DossierList, DossiersQuery } from '@thidua/contracts';
import {
  DOSSIER_OPEN_STATUSES,
  DOSSIER_PAUSED_STATUSES,
  DOSSIER_PORTAL_CODES,
  DOSSIER_STATUS_LABELS,
} from '@thidua/domain';
import { sql, type SelectQueryBuilder } from 'kysely';
import type { RequestUser } from '../../platform/access.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { defineList, type SortColumn } from '../../platform/lists.ts';
import { RUNNING, clockwork, dueSoonLimit, timeFlags } from './due.ts';
import { dossierScope } from './policy.ts';

type Query = z.output<typeof DossiersQuery>;

/** Totals are exact up to this many rows (more past a far page), "10.000+"-style above. */
const COUNT_CAP = 1000;

/** The instant a Vietnam day starts. */
const dayStart = (date: string) => new Date(`${date}T00:00:00+07:00`).toISOString();
const nextDayStart = (date: string) => new Date(Date.parse(dayStart(date)) + 86_400_000).toISOString();

/**
 * The list's rows; the procedure's and the officer's names come from subqueries, so the count (which drops the
 * select list) reads the dossiers table alone.
 */
function baseQuery(deps: Deps) {
  return deps.db.kysely
    .selectFrom('dossiers')
    .select((eb) => [
      'dossiers.id',
      'dossiers.code',
      'dossiers.status',
      'dossiers.applicant_name',
      'dossiers.received_at',
      'dossiers.due_at',
      'dossiers.finished_at',
      eb
        .selectFrom('procedures')
        .select('procedures.name')
        .whereRef('procedures.id', '=', 'dossiers.procedure_id')
        .as('procedure_name'),
      eb
        .selectFrom('users')
        .select('users.display_name')
        .whereRef('users.id', '=', 'dossiers.assignee_id')
        .as('assignee_name'),
    ]);
}

type Base = ReturnType<typeof baseQuery>;
type Parts<T> = T extends SelectQueryBuilder<infer DB, infer TB, infer O> ? { db: DB; tb: TB; o: O } : never;
type P = Parts<Base>;

const spec = (due: SortColumn[]) =>
  defineList<P['db'], P['tb'], P['o'], Query>({
    sorts: { due, received: [{ ref: 'dossiers.received_at', nullable: true }], code: ['dossiers.code'] },
    tieBreaker: 'dossiers.id',
    search: ['dossiers.search_key'],
    filters: {},
  });
/** Department-wide: the expression of index dossiers_due_order (migration 119), one index walk on both databases. */
const list = spec([sql`coalesce(dossiers.due_at, '9999')`]);
/**
 * An officer's scope or a narrowed view: the same order written so that no index serves it, which leaves the
 * planner the indexes of the scope or filter (organisation, division, assignee, status) and a sort of those rows
 * instead of a walk through everyone's.
 */
const scopedList = spec([sql`coalesce(dossiers.due_at, '9999') || ''`]);

/** The view a query asks for, filtered and scoped to the user, with the list spec that orders it. */
export async function dossierView(deps: Deps, user: RequestUser, q: Omit<Query, 'page' | 'pageSize'>) {
  const tree = await deps.tree.fresh();
  const now = nowIsoOf(clockOf(deps));
  const soon = dueSoonLimit(await clockwork(deps.db.kysely, now).catch(() => null), now);
  let query = baseQuery(deps);
  const scope = dossierScope(user, tree);
  // "Mine" (assigned to me) lies inside the scope's OR by its second branch: the index of the assignee answers it.
  if (scope !== 'all' && q.queue !== 'mine') {
    const orgs = [...scope];
    query = query.where((eb) =>
      eb.or([...(orgs.length ? [eb('dossiers.org_id', 'in', orgs)] : []), eb('dossiers.assignee_id', '=', user.id)]),
    );
  }
  if (q.status) query = query.where('dossiers.status', '=', q.status);
  if (q.procedureId) query = query.where('dossiers.procedure_id', '=', q.procedureId);
  if (q.from) query = query.where('dossiers.received_at', '>=', dayStart(q.from));
  if (q.to) query = query.where('dossiers.received_at', '<', nextDayStart(q.to));
  switch (q.queue) {
    case 'mine':
      query = query
        .where('dossiers.assignee_id', '=', user.id)
        .where('dossiers.status', 'in', [...DOSSIER_OPEN_STATUSES]);
      break;
    case 'receipt':
      query = query.where('dossiers.status', '=', 'submitted');
      break;
    case 'result':
      query = query.where('dossiers.status', '=', 'finished');
      break;
    case 'paused':
      query = query.where('dossiers.status', 'in', [...DOSSIER_PAUSED_STATUSES]);
      break;
    case 'overdue':
      query = query.where('dossiers.status', 'in', [...RUNNING]).where('dossiers.due_at', '<', now);
      break;
    case 'due_soon':
      query = query
        .where('dossiers.status', 'in', [...RUNNING])
        .where('dossiers.due_at', '>=', now)
        .where('dossiers.due_at', '<=', soon);
      break;
    default:
      break;
  }
  // Walking the due-order index pays only for the whole department's list: a queue, a status, a procedure or a
  // receipt span is a small part of a million, found by its own index and sorted (the overdue queue's walk
  // passed 770,000 finished dossiers first on PostgreSQL).
  const narrowed = Boolean(q.queue || q.status || q.procedureId || q.from || q.to);
  const chosen = scope === 'all' && !narrowed ? list : scopedList;
  return { chosen, query, now, soon };
}

/**
 * The desk's list: the dossiers of the user's organisations (or transferred to them, or assigned to him), filtered by status,
 * procedure, receipt span and queue, searched without diacritics, ordered by due time (the soonest first,
 * none last). Every filter rides an index of migration 118 (status + due, received, procedure, assignee).
 */
export async function listDossiers(deps: Deps, user: RequestUser, q: Query): Promise<z.infer<typeof DossierList>> {
  const { chosen, query, now, soon } = await dossierView(deps, user, q);
  const filtered = chosen.filter(query, q);
  // The count reaches a little past the page asked for: a queue of a million rows is not counted on every page.
  const cap = Math.max(COUNT_CAP, q.page * q.pageSize + 10 * q.pageSize);
  // The page's ids first (from an index alone where one covers the filter and order, migration 125), then
  // those rows with their names: sorting every matching row whole costs 20–30 ms at a million dossiers.
  const ids = chosen
    .order(q.sort)(filtered.clearSelect().select('dossiers.id') as unknown as typeof filtered)
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [rows, counted] = await Promise.all([
    chosen
      .order(q.sort)(baseQuery(deps).where('dossiers.id', 'in', ids.clearSelect().select('dossiers.id')))
      .execute(),
    deps.db.kysely
      .selectFrom(
        filtered
          .clearSelect()
          .clearOrderBy()
          .select('dossiers.id')
          .limit(cap + 1)
          .as('capped'),
      )
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst(),
  ]);
  const n = Number(counted?.n ?? 0);
  return {
    page: q.page,
    pageSize: q.pageSize,
    total: Math.min(n, cap),
    totalExact: n <= cap,
    items: rows.map((r) => ({
      id: r.id,
      code: r.code,
      status: r.status,
      statusLabel: DOSSIER_STATUS_LABELS[r.status],
      portalCode: DOSSIER_PORTAL_CODES[r.status],
      procedureName: r.procedure_name ?? '',
      applicantName: r.applicant_name,
      receivedAt: r.received_at,
      dueAt: r.due_at,
      finishedAt: r.finished_at,
      assigneeName: r.assignee_name ?? null,
      ...timeFlags(r, now, soon),
    })),
  };
}
