import type { z } from 'zod';
import { RatingsQuery, type HomeTile } from '@thidua/contracts';
import type { RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { ratingsGrid } from '../ratings/service.ts';
import { linkOf } from './links.ts';

type Tile = z.infer<typeof HomeTile>;

/** The month from which the year's own ratings are due: the year-end appraisal runs in November and December. */
export const RATING_SEASON_MONTH = 11;

/**
 * The year whose ratings a unit owes on `today`: its own from November; before that the year before, whose
 * missing ratings the spring's proposals (for that achievement year) find missing.
 */
export function ratingYear(today: string): number {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) >= RATING_SEASON_MONTH ? year : year - 1;
}

/**
 * A unit officer's ratings still to enter: per unit he holds (a grant inside another's subtree counted with
 * it), the collectives and people of its subtree without a rating of that year, counted by the ratings grid
 * itself with `missing=true`, the filter its page reads from the link. Shown at zero too: that is his deadline
 * met. A unit too large for one grid (413) gets no tile rather than a wrong count.
 */
export async function ratingTiles(deps: Deps, user: RequestUser, today: string): Promise<Tile[]> {
  const tree = await deps.tree.fresh();
  const orgs = [...new Set(user.grants.filter((g) => g.role === 'unit_officer').map((g) => g.orgId))];
  const tops = orgs.filter((o) => tree.has(o) && !orgs.some((p) => p !== o && tree.isWithin(o, p)));
  const year = ratingYear(today);
  const tiles = await Promise.all(
    tops.map(async (orgId): Promise<Tile | null> => {
      const params = { orgId, year: String(year), missing: 'true' };
      const grid = await ratingsGrid(deps, user, RatingsQuery.parse(params)).catch(() => null);
      if (!grid) return null;
      return {
        key: `ratings.missing.${orgId}`,
        group: 'waiting',
        title: `Xếp loại năm ${year} chưa nhập: ${tree.name(orgId)}`,
        count: grid.items.length,
        unit: 'count',
        measure: null,
        link: linkOf('/ratings', params),
        trend: null,
      };
    }),
  );
  return tiles.filter((t): t is Tile => t !== null);
}
