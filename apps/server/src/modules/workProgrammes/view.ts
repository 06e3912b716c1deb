import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { WorkProgrammeView } from '@thidua/contracts';
import {
  PROGRAMME_WORKFLOW,
  availability,
  nextStepOf,
  type ProgrammeContext,
  type ProgrammeStatus,
} from '@thidua/domain';
import { num } from '../../db/index.ts';
import type { WorkProgrammeKind, WorkProgrammeTable } from '../../db/schema.ts';
import { hasAnyRole, type RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import type { OrgTree } from '../../platform/orgtree.ts';
import { listTransitions } from '../../platform/transitions.ts';
import { programmeSummary, type Executor } from './list.ts';
import { PROGRAMME_REPORTERS, canManageProgramme } from './policy.ts';

type View = z.infer<typeof WorkProgrammeView>;
export type ProgrammeRow = Selectable<WorkProgrammeTable>;

export async function programmeRow(db: Executor, id: string): Promise<ProgrammeRow> {
  const row = await db.selectFrom('work_programmes').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('chương trình công tác');
  return {
    ...row,
    year: num(row.year),
    period: num(row.period),
    amendment: num(row.amendment),
    version: num(row.version),
  };
}

/** A closed programme refuses every change of its heading or its tasks (docs/work-programmes.md). */
export function assertNotClosed(p: { status: string }, path = 'version'): void {
  if (p.status === 'closed')
    throw conflict('programme_closed', 'Chương trình đã kết thúc, không sửa được.', [
      { path, message: 'Chương trình đã kết thúc' },
    ]);
}

/** The tasks the programme holds now (not removed, not dropped): what `issue` needs at least one of. */
export async function heldTaskCount(db: Executor, programmeId: string): Promise<number> {
  const row = await db
    .selectFrom('work_programme_tasks as pt')
    .innerJoin('work_tasks as t', 't.id', 'pt.task_id')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('pt.programme_id', '=', programmeId)
    .where('pt.removed_amendment', 'is', null)
    .where('t.status', '<>', 'dropped')
    .executeTakeFirst();
  return num(row?.n);
}

/** What the programme's guards read: whether it holds a task, and which parts of the decision are missing. */
export async function programmeContext(db: Executor, p: ProgrammeRow): Promise<ProgrammeContext> {
  const missing: string[] = [];
  if (!p.decision_number.trim()) missing.push('số quyết định');
  if (!p.decision_date) missing.push('ngày ký');
  if (!p.decision_signer.trim()) missing.push('người ký');
  return { empty: (await heldTaskCount(db, p.id)) === 0, missingDecision: missing };
}

/** The kinds of actor the user is on this programme (PROGRAMME_WORKFLOW's `by`). */
export const programmeKinds = (user: RequestUser, tree: OrgTree, p: { org_id: string }) =>
  canManageProgramme(user, tree, p) ? (['office'] as const) : [];

/** One programme as its page shows it: counts, parent and children, amendments, history, next step, abilities. */
export async function getWorkProgramme(deps: Deps, user: RequestUser, id: string): Promise<View> {
  const db = deps.db.kysely;
  const p = await programmeRow(db, id);
  const tree = await deps.tree.fresh();
  const [summary, parent, children, amendments, transitions, ctx] = await Promise.all([
    programmeSummary(deps, db, id),
    p.parent_id
      ? db.selectFrom('work_programmes').select(['id', 'title']).where('id', '=', p.parent_id).executeTakeFirst()
      : undefined,
    db
      .selectFrom('work_programmes')
      .select(['id', 'kind', 'period', 'title'])
      .where('parent_id', '=', id)
      // Quarters before months ('quarter' > 'month'), each in calendar order.
      .orderBy('kind', 'desc')
      .orderBy('period')
      .execute(),
    db.selectFrom('work_programme_amendments').selectAll().where('programme_id', '=', id).orderBy('number').execute(),
    listTransitions(db, 'work_programme', id),
    programmeContext(db, p),
  ]);
  if (!summary) throw notFound('chương trình công tác');
  const status = p.status as ProgrammeStatus;
  const kinds = programmeKinds(user, tree, p);
  const manage = kinds.length > 0;
  const open = availability(PROGRAMME_WORKFLOW, status, { kinds }, ctx);
  const n = nextStepOf(PROGRAMME_WORKFLOW, status, ctx)!;
  const mine = n.actor === 'office' ? manage : n.actor === 'unit' ? hasAnyRole(user, PROGRAMME_REPORTERS) : false;
  return {
    ...summary,
    note: p.note,
    parent: parent ?? null,
    children: children.map((c) => ({
      id: c.id,
      kind: c.kind as WorkProgrammeKind,
      period: num(c.period),
      title: c.title,
    })),
    amendments: amendments.map((a) => ({
      id: a.id,
      number: num(a.number),
      reason: a.reason,
      decisionNumber: a.decision_number,
      decisionDate: a.decision_date,
      actorName: a.actor_name,
      at: a.created_at,
    })),
    transitions,
    next: { actor: n.actor, text: n.text, textEn: n.textEn, mine },
    unavailable: open.unavailable,
    abilities: {
      edit: manage && status !== 'closed',
      amend: manage && status === 'issued',
      transitions: open.actions,
    },
    version: p.version,
  };
}
