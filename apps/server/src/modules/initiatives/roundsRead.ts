import type { z } from 'zod';
import type { RoundDetail, RoundView } from '@thidua/contracts';
import { RECUSAL_LABELS } from '@thidua/domain';
import type { RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { forbidden } from '../../platform/errors.ts';
import { listTransitions } from '../../platform/transitions.ts';
import { isRoundManager, roundAbilities } from './policy.ts';
import type { OrgTree } from '../../platform/orgtree.ts';
import { aggregateOf, assignmentOf, progress, roundOf, toRound, type Assignment, type Round } from './assignments.ts';

/** Reading review rounds: who may run them, their summaries and their detail. */

type Detail = z.infer<typeof RoundDetail>;

export async function mustManage(deps: Deps, user: RequestUser): Promise<OrgTree> {
  const tree = await deps.tree.fresh();
  if (!isRoundManager(user, tree)) throw forbidden('Chỉ Văn phòng TĐKT và lãnh đạo Sở điều hành đợt xét sáng kiến.');
  return tree;
}

/** A round's summary from its assignment (loaded once by the caller, which needs it too). */
export function roundView(round: Round, a: Assignment): z.infer<typeof RoundView> {
  const p = progress(a);
  const { phase: _p, ...rest } = round;
  return {
    ...rest,
    itemCount: a.items.length,
    reviewerCount: a.reviewers.length,
    sheetsDone: p.done,
    sheetsExpected: p.expected,
  };
}

export async function listRounds(deps: Deps, user: RequestUser) {
  const tree = await mustManage(deps, user);
  const rows = await deps.db.kysely.selectFrom('initiative_rounds').selectAll().orderBy('opens_on', 'desc').execute();
  const items = [];
  for (const r of rows) items.push(roundView(toRound(r), await assignmentOf(deps.db.kysely, tree, r.id)));
  return { items };
}

export async function roundDetail(deps: Deps, user: RequestUser, id: string): Promise<Detail> {
  const tree = await mustManage(deps, user);
  const db = deps.db.kysely;
  const round = await roundOf(db, id);
  const a = await assignmentOf(db, tree, id);
  const ids = a.items.map((i) => i.initiativeId);
  const authors = ids.length
    ? await db
        .selectFrom('initiative_authors as au')
        .innerJoin('people as p', 'p.id', 'au.person_id')
        .select(['au.initiative_id', 'au.person_id', 'au.share', 'p.full_name'])
        .where('au.initiative_id', 'in', ids)
        .orderBy('au.share', 'desc')
        .execute()
    : [];
  return {
    round: roundView(round, a),
    canManage: true,
    abilities: roundAbilities(round.status),
    transitions: await listTransitions(db, 'initiative_round', id),
    items: a.items.map((i) => {
      const mine = a.reviewers.filter((r) => a.assigned(r, i));
      return {
        initiativeId: i.initiativeId,
        title: i.title,
        kind: i.kind,
        field: i.field,
        orgName: tree.name(i.orgId),
        authors: authors
          .filter((x) => x.initiative_id === i.initiativeId)
          .map((x) => ({ personId: x.person_id, name: x.full_name, share: Number(x.share) })),
        outcome: i.outcome as Detail['items'][number]['outcome'],
        aggregate: aggregateOf(a, i, round.contestedStdev),
        sheets: mine.flatMap((r) => {
          const s = a.sheetOf(r, i);
          return s ? [{ ...s, reviewerId: r.id, reviewerName: r.name }] : [];
        }),
        recused: mine.flatMap((r) => {
          const c = a.recusal(r, i);
          return c ? [{ reviewerId: r.id, reviewerName: r.name, reason: RECUSAL_LABELS[c] }] : [];
        }),
        pending: mine
          .filter((r) => !a.recusal(r, i) && !a.sheetOf(r, i))
          .map((r) => ({ reviewerId: r.id, reviewerName: r.name })),
      };
    }),
    reviewers: a.reviewers.map((r) => {
      const assigned = a.items.filter((i) => a.assigned(r, i) && !a.recusal(r, i));
      return {
        id: r.id,
        userId: r.userId,
        name: r.name,
        personId: r.personId,
        orgId: r.orgId,
        orgName: tree.name(r.orgId),
        fields: r.fields,
        initiativeIds: r.initiativeIds,
        assigned: assigned.length,
        done: assigned.filter((i) => a.sheetOf(r, i)).length,
      };
    }),
  };
}
