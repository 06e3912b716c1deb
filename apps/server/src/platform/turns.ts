import type { Transaction } from 'kysely';
import { WORKFLOWS, nextStepOf, stateLabel, type AnyWorkflow, type Role } from '@thidua/domain';
import type { Database } from '../db/schema.ts';
import { notifyUsers } from './notify.ts';

/**
 * Where each kind of record is named, which unit it belongs to, where its page
 * is and which mail template words its notices. A record kind added to the
 * workflows adds a line here and inherits the notices.
 */
const RECORDS = {
  movement: { table: 'movements', title: 'name', org: null, path: 'movements', mail: 'movement.launched' },
  proposal: { table: 'proposals', title: 'title', org: 'org_id', path: 'proposals', mail: 'proposal' },
  initiative: { table: 'initiatives', title: 'title', org: 'org_id', path: 'initiatives', mail: 'initiative' },
  initiative_round: {
    table: 'initiative_rounds',
    title: 'title',
    org: null,
    path: 'initiative-rounds',
    mail: 'initiative_review',
  },
  council_session: { table: 'council_sessions', title: 'title', org: null, path: 'council/sessions', mail: 'council' },
  procedure: { table: 'procedures', title: 'name', org: 'org_id', path: 'procedures', mail: 'procedure' },
  dossier: { table: 'dossiers', title: 'code', org: 'org_id', path: 'one-stop/dossiers', mail: 'dossier' },
  // Its notices are sent by modules/statValues (the unit's reporters are found through the reporting unit).
  stat_submission: {
    table: 'stat_submissions',
    title: 'period',
    org: null,
    path: 'statistics/submissions',
    mail: 'statistics',
  },
  // Scoring cycles and their member sheets (docs/scorecards.md): their states notify nobody yet.
  scorecard: { table: 'scorecards', title: 'name', org: null, path: 'scorecards', mail: 'scorecard' },
  scorecard_member: {
    table: 'scorecard_members',
    title: 'name',
    org: 'org_id',
    path: 'scorecards/members',
    mail: 'scorecard',
  },
  // Work programmes (docs/work-programmes.md): a task's overdue state tells its unit, a request tells the leaders.
  work_programme: { table: 'work_programmes', title: 'title', org: null, path: 'work-programmes', mail: 'work_task' },
  work_task: { table: 'work_tasks', title: 'title', org: 'org_id', path: 'tasks', mail: 'work_task' },
} as const;
export type TurnEntity = keyof typeof RECORDS;

/** The department-wide roles that act as a kind of actor (their grant on the department itself). */
const DEPARTMENT_ROLES: Record<string, readonly Role[]> = {
  office: ['emulation_officer'],
  manager: ['emulation_officer'],
  leader: ['leader'],
  // The one-stop section: receives dossiers and keeps the procedure catalog.
  clerk: ['onestop_clerk'],
  editor: ['onestop_clerk'],
};

export interface TurnStep {
  entityType: TurnEntity;
  entityId: string;
  to: string;
  /** Who took the step: he is not told of his own step. */
  userId: string | null;
  reason?: string | undefined;
  data?: Record<string, unknown> | undefined;
  /** What the state's next-step words read (a posting's end, the sitting's day); the record's own columns otherwise. */
  context?: Record<string, unknown> | undefined;
}

/** The organisation and its ancestors: a grant on any of them covers it. */
async function coveringOrgs(trx: Transaction<Database>, orgId: string): Promise<string[]> {
  const rows = await trx.selectFrom('organisations').select(['id', 'parent_id']).execute();
  const parent = new Map(rows.map((r) => [r.id, r.parent_id]));
  const out: string[] = [];
  for (let o: string | null | undefined = orgId; o && !out.includes(o); o = parent.get(o)) out.push(o);
  return out;
}

async function departmentRoots(trx: Transaction<Database>): Promise<string[]> {
  const rows = await trx.selectFrom('organisations').select('id').where('parent_id', 'is', null).execute();
  return rows.map((r) => r.id);
}

async function usersWithRole(trx: Transaction<Database>, roles: readonly Role[], orgIds: string[]): Promise<string[]> {
  if (!orgIds.length) return [];
  const rows = await trx
    .selectFrom('role_grants')
    .innerJoin('users', 'users.id', 'role_grants.user_id')
    .select('role_grants.user_id as userId')
    .where('role_grants.role', 'in', [...roles])
    .where('role_grants.org_id', 'in', orgIds)
    .where('users.active', '=', 1)
    .execute();
  return rows.map((r) => r.userId);
}

/**
 * The users who act as `kind` on this record: the department's officers or
 * leaders, the unit's officers (a grant covering the record's unit), or, in a
 * council session, every member seated in it.
 */
export async function usersOfKind(
  trx: Transaction<Database>,
  kind: string,
  entity: TurnEntity,
  entityId: string,
  orgId: string | null,
): Promise<string[]> {
  const departmentRoles = DEPARTMENT_ROLES[kind];
  if (departmentRoles) return usersWithRole(trx, departmentRoles, await departmentRoots(trx));
  if (kind === 'unit') return orgId ? usersWithRole(trx, ['unit_officer'], await coveringOrgs(trx, orgId)) : [];
  // A dossier's handler is the one officer its current step is assigned to, nobody else.
  if (kind === 'handler' && entity === 'dossier') {
    const row = await trx
      .selectFrom('dossiers')
      .innerJoin('users', 'users.id', 'dossiers.assignee_id')
      .select('dossiers.assignee_id as userId')
      .where('dossiers.id', '=', entityId)
      .where('users.active', '=', 1)
      .executeTakeFirst();
    return row?.userId ? [row.userId] : [];
  }
  if (kind === 'council' && entity === 'council_session') {
    const rows = await trx
      .selectFrom('session_members')
      .innerJoin('council_members', 'council_members.id', 'session_members.member_id')
      .innerJoin('users', 'users.id', 'council_members.user_id')
      .select('council_members.user_id as userId')
      .where('session_members.session_id', '=', entityId)
      .where('users.active', '=', 1)
      .execute();
    return rows.map((r) => r.userId);
  }
  return [];
}

/**
 * After a step lands in `to`: when the state hands the turn to another kind of
 * actor (its `next` says `notify`), those users are told what to do, with a
 * link to the record; whoever the state names in `inform` (the unit, when its
 * dossier is decided) is told too. In-app and by mail, in the step's
 * transaction, from the workflow's declaration: no route repeats it.
 */
export async function notifyTurn(trx: Transaction<Database>, t: TurnStep): Promise<number> {
  const def = WORKFLOWS[t.entityType] as AnyWorkflow | undefined;
  const state = def?.states[t.to];
  if (!def || !state) return 0;
  // Most steps hand no turn and inform nobody: they cost no read of the record.
  if (!state.next && !state.inform?.length) return 0;
  if (state.next && typeof state.next !== 'function' && !state.next.notify && !state.inform?.length) return 0;
  const rec = RECORDS[t.entityType];
  const row = (await trx
    .selectFrom(rec.table as 'proposals')
    .selectAll()
    .where('id', '=', t.entityId)
    .executeTakeFirst()) as Record<string, unknown> | undefined;
  if (!row) return 0;
  const next = nextStepOf(def, t.to, { ...(await turnContext(trx, t.entityType, row)), ...(t.context ?? {}) });
  const told = [...(next?.notify && next.actor ? [next.actor] : []), ...(state.inform ?? [])];
  if (!told.length) return 0;
  const orgId = rec.org ? (row[rec.org] as string) : null;
  const users = new Set<string>();
  for (const kind of new Set(told))
    for (const u of await usersOfKind(trx, kind, t.entityType, t.entityId, orgId)) users.add(u);
  if (t.userId) users.delete(t.userId);
  if (!users.size) return 0;
  const itemReasons = (t.data?.itemReasons as { reason: string }[] | undefined)?.map((r) => r.reason) ?? [];
  const why = [t.reason, ...itemReasons].filter((x) => x?.trim()).join('; ');
  const org = orgId
    ? await trx.selectFrom('organisations').select('name').where('id', '=', orgId).executeTakeFirst()
    : undefined;
  return notifyUsers(trx, users, {
    kind: rec.mail,
    title: `${stateLabel(def, t.to)}: ${String(row[rec.title])}${org ? ` — ${org.name}` : ''}`,
    body: [why && `Lý do: ${why}.`, next && `Bước tiếp theo: ${next.text}`].filter(Boolean).join('\n'),
    link: `/${rec.path}/${t.entityId}`,
  });
}

type ContextReader = (trx: Transaction<Database>, row: Record<string, unknown>) => Promise<Record<string, unknown>>;
const contextReaders = new Map<TurnEntity, ContextReader>();

/**
 * A module says what else its states' words read about a record (a dossier:
 * whether the Director decides its awards); registered once, read for every step.
 */
export function registerTurnContext(entity: TurnEntity, read: ContextReader): void {
  contextReaders.set(entity, read);
}

/** What the next-step words of a record read: its own columns, then what its module adds. */
export async function turnContext(
  trx: Transaction<Database>,
  entity: TurnEntity,
  row: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  return { ...contextOf(row), ...((await contextReaders.get(entity)?.(trx, row)) ?? {}) };
}

/** The record's columns the next-step words read, under their context names. */
function contextOf(row: Record<string, unknown>): Record<string, unknown> {
  return {
    ...(row.posting_to !== undefined ? { postingEndsOn: row.posting_to } : {}),
    ...(row.held_on !== undefined ? { heldOn: row.held_on } : {}),
    ...(row.registration_deadline !== undefined ? { registrationDeadline: row.registration_deadline } : {}),
  };
}
