import type { z } from 'zod';
import {
  DecisionsQuery,
  DossiersQuery,
  InitiativesQuery,
  MovementsQuery,
  ProposalsQuery,
  ScorecardsQuery,
  WorkProgrammesQuery,
  WorkTasksQuery,
  type HomeTile,
  type HomeView,
} from '@thidua/contracts';
import type { Role } from '@thidua/domain';
import type { RequestUser } from '../../platform/access.ts';
import { todayVn } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { listDecisions } from '../decisions/service.ts';
import { listDossiers } from '../dossiers/list.ts';
import { listInitiatives } from '../initiatives/service.ts';
import { listMovements } from '../movements/service.ts';
import { listProposals } from '../proposals/service.ts';
import { listScorecards } from '../scorecards/list.ts';
import { listWorkProgrammes } from '../workProgrammes/list.ts';
import { listTasks } from '../workTasks/list.ts';
import { linkOf } from './links.ts';
import { ratingTiles } from './ratings.ts';
import { registrationTiles } from './registrations.ts';
import { onTimeTile } from './onTime.ts';
import { sectorTile } from './sector.ts';
import { councilTiles, reviewTile } from './special.ts';
import { dueTiles, statTiles } from './statistics.ts';
import { LIST_TILES, type ListPath } from './tiles.ts';
import { SAME_SPAN, sameDayBefore } from './trend.ts';

type Tile = z.infer<typeof HomeTile>;
type Params = Record<string, string>;

/** One row is enough: the list answers its total with the page. */
const ONE = { page: '1', pageSize: '1' };

/**
 * Each web list's own API function, given the page's filters parsed by the page's own contract: the tile's count
 * is that list's total, so it equals what the link opens (the user's reach included).
 */
const LISTS: Record<ListPath, (deps: Deps, user: RequestUser, p: Params) => Promise<{ total: number }>> = {
  '/proposals': (deps, user, p) => listProposals(deps, user, ProposalsQuery.parse({ ...p, ...ONE })),
  '/tasks': (deps, user, p) => listTasks(deps, user, WorkTasksQuery.parse({ ...p, ...ONE })),
  '/one-stop': (deps, user, p) => listDossiers(deps, user, DossiersQuery.parse({ ...p, ...ONE })),
  '/decisions': (deps, _user, p) => listDecisions(deps, DecisionsQuery.parse({ ...p, ...ONE })),
  '/initiatives': (deps, user, p) => listInitiatives(deps, user, InitiativesQuery.parse({ ...p, ...ONE })),
  '/movements': (deps, _user, p) => listMovements(deps, MovementsQuery.parse({ ...p, ...ONE })),
  '/scorecards': (deps, user, p) => listScorecards(deps, user, ScorecardsQuery.parse({ ...p, ...ONE })),
  '/work-programmes': (deps, _user, p) => listWorkProgrammes(deps, WorkProgrammesQuery.parse({ ...p, ...ONE })),
};

/** The roles a user holds, on any organisation (the lists apply his reach themselves). */
const rolesOf = (user: RequestUser): Set<Role> => new Set(user.grants.map((g) => g.role));

/**
 * `GET /home`: the caller's tiles, the union over his roles, in the declared order. Every tile is shown, a zero
 * too: "nothing waits" is news to the person who expects something; a role with no tile gets an empty list.
 */
export async function homeView(deps: Deps, user: RequestUser): Promise<z.infer<typeof HomeView>> {
  const today = todayVn(clockOf(deps));
  const year = Number(today.slice(0, 4));
  const roles = rolesOf(user);
  const holds = (list: readonly Role[]) => list.some((r) => roles.has(r));
  const listTiles = LIST_TILES.filter((t) => holds(t.roles)).map(async (t): Promise<Tile> => {
    const params = t.params(year, today);
    const count = (await LISTS[t.path](deps, user, params)).total;
    const same = SAME_SPAN[t.key];
    const previous = t.trend && same ? await same(deps, year - 1, sameDayBefore(today)) : null;
    return {
      key: t.key,
      group: t.group,
      title: t.title.replace('{year}', String(year)),
      count,
      unit: 'count',
      measure: null,
      link: linkOf(t.path, params),
      trend: t.trend ? { previous, label: String(year - 1) } : null,
    };
  });
  const tiles = await Promise.all([
    ...listTiles,
    ...(holds(['council_member']) ? [councilTiles(deps, user), reviewTile(deps, user)] : []),
    ...(holds(['emulation_officer', 'admin']) ? [registrationTiles(deps, user, true)] : []),
    ...(holds(['unit_officer']) ? [registrationTiles(deps, user, false), ratingTiles(deps, user, today)] : []),
    ...(holds(['stat_reporter']) ? [dueTiles(deps, user, today)] : []),
    ...(holds(['stat_planner']) ? [statTiles(deps, user, today, 'approve')] : []),
    ...(holds(['leader']) ? [statTiles(deps, user, today, 'accept')] : []),
    ...(holds(['leader', 'admin']) ? [onTimeTile(deps, today), sectorTile(deps)] : []),
  ]);
  const flat = tiles.flat().filter((t): t is Tile => t !== null);
  // Waiting first, the headline figures after, each in the declared order.
  return { today, tiles: [...flat.filter((t) => t.group === 'waiting'), ...flat.filter((t) => t.group === 'figures')] };
}
