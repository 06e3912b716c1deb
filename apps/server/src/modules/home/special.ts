import type { z } from 'zod';
import type { HomeTile } from '@thidua/contracts';
import type { RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { reviewQueue } from '../initiatives/sheets.ts';

type Tile = z.infer<typeof HomeTile>;

/**
 * A council member's sessions to vote in: the open sessions he is seated in. The sessions' page lists every
 * session, the open ones first; with one such session the tile opens it directly. Shown only to a seated member
 * of some session (anyone else's zero would be noise).
 */
export async function councilTiles(deps: Deps, user: RequestUser): Promise<Tile | null> {
  const rows = await deps.db.kysely
    .selectFrom('session_members')
    .innerJoin('council_members', 'council_members.id', 'session_members.member_id')
    .innerJoin('council_sessions', 'council_sessions.id', 'session_members.session_id')
    .select(['council_sessions.id', 'council_sessions.status'])
    .where('council_members.user_id', '=', user.id)
    .execute();
  if (!rows.length) return null;
  const open = [...new Set(rows.filter((r) => r.status === 'open').map((r) => r.id))];
  return {
    key: 'council.sessions',
    group: 'waiting',
    title: 'Phiên họp Hội đồng chờ tôi biểu quyết',
    count: open.length,
    unit: 'count',
    measure: null,
    link: open.length === 1 ? `/council/sessions/${open[0]}` : '/council',
    trend: null,
  };
}

/**
 * A reviewer's initiatives to score: the items of his review queue without a sheet, in rounds whose scoring is
 * open today (`canScore`). Shown only to someone assigned to a round; the queue page lists the same items.
 */
export async function reviewTile(deps: Deps, user: RequestUser): Promise<Tile | null> {
  const queue = await reviewQueue(deps, user);
  if (!queue.rounds.length) return null;
  const scoring = new Set(queue.rounds.filter((r) => r.canScore).map((r) => r.id));
  return {
    key: 'initiatives.toScore',
    group: 'waiting',
    title: 'Sáng kiến chờ tôi chấm điểm',
    count: queue.items.filter((i) => !i.sheet && scoring.has(i.roundId)).length,
    unit: 'count',
    measure: null,
    link: '/initiative-reviews',
    trend: null,
  };
}
