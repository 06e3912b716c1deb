import type { z } from 'zod';
import type { AttendanceRequest, CreateSessionRequest, SessionList, SessionView } from '@thidua/contracts';
import { quorumMet, thresholdFor, type CouncilRole } from '@thidua/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { nowIso } from '../../db/index.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import type { RequestUser } from '../../platform/access.ts';
import { AppError, badRequest, forbidden, notFound, staleVersion } from '../../platform/errors.ts';
import type { Deps } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { updateVersioned } from '../../platform/versioned.ts';
import type { OrgTree } from '../../platform/orgtree.ts';
import { canManageCouncil, isOffice, sessionAbilities } from './policy.ts';
import { sessionNextStep } from './turns.ts';
import { applyTransition } from '../../platform/transitions.ts';
import { isRecused } from './recusal.ts';
import { itemsOf, subjectNames } from '../proposals/service.ts';
import { votingSettings } from '../settings/read.ts';
import { agendaItemView } from './agendaView.ts';

type View = z.infer<typeof SessionView>;

export async function sessionRow(db: Kysely<Database>, id: string) {
  const row = await db.selectFrom('council_sessions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('phiên họp Hội đồng');
  return row;
}

/** Everything a session's page and its rules need: members, agenda items, their subjects. */
export async function sessionState(db: Kysely<Database>, tree: OrgTree, id: string) {
  const session = await sessionRow(db, id);
  const members = await db
    .selectFrom('session_members')
    .innerJoin('council_members', 'council_members.id', 'session_members.member_id')
    .innerJoin('users', 'users.id', 'council_members.user_id')
    .select([
      'council_members.id',
      'council_members.user_id',
      'council_members.person_id',
      'council_members.org_id',
      'council_members.role',
      'session_members.present',
      'users.display_name',
    ])
    .where('session_members.session_id', '=', id)
    .execute();
  const agenda = await db
    .selectFrom('session_items')
    .selectAll()
    .where('session_id', '=', id)
    .orderBy('position')
    .execute();
  const items = await db
    .selectFrom('proposal_items')
    .selectAll()
    .where(
      'id',
      'in',
      agenda.map((a) => a.item_id),
    )
    .execute();
  const byId = new Map(items.map((i) => [i.id, i]));
  const recusedOf = (itemId: string) => members.filter((m) => isRecused(tree, m, byId.get(itemId)!));
  return { session, members, agenda, items: byId, recusedOf };
}

export async function listSessions(deps: Deps): Promise<z.infer<typeof SessionList>> {
  const rows = await deps.db.kysely.selectFrom('council_sessions').selectAll().orderBy('held_on', 'desc').execute();
  const counts = await deps.db.kysely
    .selectFrom('session_items')
    .select(['session_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('session_id')
    .execute();
  return {
    items: rows.map((s) => ({
      id: s.id,
      title: s.title,
      heldOn: s.held_on,
      status: s.status as 'open' | 'closed',
      itemCount: Number(counts.find((c) => c.session_id === s.id)?.n ?? 0),
    })),
  };
}

/** The session as a member or the office sees it: counts of votes cast, never who voted how. */
export async function getSession(deps: Deps, user: RequestUser, id: string): Promise<View> {
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  const st = await sessionState(db, tree, id);
  const receipts = await db
    .selectFrom('ballot_receipts')
    .select(['item_id', 'member_id'])
    .where('session_id', '=', id)
    .execute();
  const names = await subjectNames(db, tree, [...st.items.values()]);
  const me = st.members.find((m) => m.user_id === user.id);
  const closed = st.session.status === 'closed';
  const present = st.members.filter((m) => m.present === 1).length;
  // An open session is judged at its close by the rules then in force; a closed one keeps its own.
  const voting = await votingSettings(db);
  return {
    id,
    title: st.session.title,
    heldOn: st.session.held_on,
    venue: st.session.venue,
    status: st.session.status as 'open' | 'closed',
    members: st.members.map((m) => ({
      memberId: m.id,
      name: m.display_name,
      role: m.role as CouncilRole,
      present: m.present === 1,
    })),
    // A closed session shows the quorum it was checked against (stored since migration 109).
    quorum: {
      present,
      members: st.members.length,
      met: quorumMet(present, st.members.length, closed ? { quorum: st.session.quorum ?? voting.quorum } : voting),
    },
    items: st.agenda.map((a) => agendaItemView(st, a, { tree, names, receipts, me, closed, voting })),
    abilities: sessionAbilities(user, tree, st.session.status, me),
    nextStep: sessionNextStep(st.session, !!me, canManageCouncil(user, tree)),
    version: st.session.version,
  };
}

/** A session's agenda is the pending items of the dossiers waiting for the council; the sitting council is seated. */
export async function createSession(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  input: z.output<typeof CreateSessionRequest>,
): Promise<View> {
  if (!(await isOffice(deps, user))) throw forbidden('Chỉ cán bộ thi đua – khen thưởng của Sở lập phiên họp.');
  const db = deps.db.kysely;
  const proposals = await db
    .selectFrom('proposals')
    .select(['id', 'status', 'title'])
    .where('id', 'in', input.proposalIds)
    .execute();
  const bad = input.proposalIds.findIndex((id) => proposals.find((p) => p.id === id)?.status !== 'council');
  if (bad >= 0)
    throw badRequest('not_for_council', 'Chỉ đưa vào phiên họp các hồ sơ đang chờ Hội đồng xét.', [
      { path: `proposalIds.${bad}`, message: 'Hồ sơ chưa được trình Hội đồng' },
    ]);
  const members = await db
    .selectFrom('council_members')
    .select('id')
    .where('term_from', '<=', input.heldOn)
    .where((eb) => eb.or([eb('term_to', 'is', null), eb('term_to', '>=', input.heldOn)]))
    .execute();
  if (!members.length) throw badRequest('no_council', 'Hội đồng chưa có thành viên trong nhiệm kỳ của ngày họp.');
  const items = (await itemsOf(db, input.proposalIds)).filter((i) => i.outcome === 'pending');
  const taken = await db
    .selectFrom('session_items')
    .innerJoin('council_sessions', 'council_sessions.id', 'session_items.session_id')
    .select('item_id')
    .where('council_sessions.status', '=', 'open')
    .where(
      'item_id',
      'in',
      items.map((i) => i.id),
    )
    .executeTakeFirst();
  if (taken)
    throw new AppError(409, 'already_on_agenda', 'Có đề nghị đang nằm trong một phiên họp khác chưa kết thúc.');
  const id = newId();
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    const voting = await votingSettings(trx);
    await trx
      .insertInto('council_sessions')
      .values({
        id,
        title: input.title,
        held_on: input.heldOn,
        venue: input.venue,
        status: 'open',
        closed_at: null,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    await trx
      .insertInto('session_members')
      .values(members.map((m) => ({ session_id: id, member_id: m.id, present: 0 })))
      .execute();
    if (items.length)
      await trx
        .insertInto('session_items')
        .values(
          items.map((it, position) => ({
            session_id: id,
            item_id: it.id,
            position,
            agree: 0,
            disagree: 0,
            abstain: 0,
            eligible: null,
            threshold: thresholdFor(it.award_code, voting),
            approved: null,
          })),
        )
        .execute();
    // The session's first step: opening it hands the turn to every seated member, who is told (platform/turns.ts).
    await applyTransition(trx, {
      entityType: 'council_session',
      entityId: id,
      action: null,
      from: null,
      to: 'open',
      user,
      at: now,
    });
    await appendAudit(trx, actor, 'council.session_created', 'council_session', id, null, {
      ...input,
      items: items.length,
    });
  });
  return getSession(deps, user, id);
}

export async function setAttendance(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  input: z.output<typeof AttendanceRequest>,
): Promise<View> {
  if (!(await isOffice(deps, user))) throw forbidden();
  const db = deps.db.kysely;
  const s = await sessionRow(db, id);
  if (s.status !== 'open') throw new AppError(409, 'session_closed', 'Phiên họp đã kết thúc.');
  if (s.version !== input.version) throw staleVersion();
  await db.transaction().execute(async (trx) => {
    // First the session at the version the secretary saw: a simultaneous roll call or closing loses here.
    await updateVersioned(trx, 'council_sessions', id, input.version, { updated_at: nowIso() });
    await trx.updateTable('session_members').set({ present: 0 }).where('session_id', '=', id).execute();
    if (input.presentMemberIds.length)
      await trx
        .updateTable('session_members')
        .set({ present: 1 })
        .where('session_id', '=', id)
        .where('member_id', 'in', input.presentMemberIds)
        .execute();
    await appendAudit(trx, actor, 'council.attendance', 'council_session', id, null, input);
  });
  return getSession(deps, user, id);
}
