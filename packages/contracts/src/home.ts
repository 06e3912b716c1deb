/** Each role's home (docs/reports.md "Homes"): the caller's tiles, each a count and the list it counts. */
import { z } from 'zod';

/** "Việc chờ tôi" (what waits for the caller) or "Số liệu chính" (the department's headline figures). */
export const HomeGroup = z.enum(['waiting', 'figures']);

/** A headline figure's value a year before, so the home can draw its arrow. */
export const HomeTrend = z.object({
  /** The same figure over the year before; null when that year has no data. */
  previous: z.number().nullable(),
  /** The span the previous value covers ("2025"). */
  label: z.string(),
});

export const HomeTile = z.object({
  /** Stable machine key, e.g. `proposals.signing`, `dossiers.overdue`. */
  key: z.string(),
  group: HomeGroup,
  title: z.string(),
  /**
   * What the tile counts: the total of the list its link opens; for a figure, its value (a rate in percent for
   * `unit: percent`, a sector figure in `measure` for `unit: amount`).
   */
  count: z.number(),
  unit: z.enum(['count', 'percent', 'amount']),
  /** The sector figure's unit of measure ("tỷ đồng"); null otherwise. */
  measure: z.string().nullable().default(null),
  /** The web page with its filters in the query string, exactly the filters that page reads. */
  link: z.string(),
  trend: HomeTrend.nullable(),
});

export const HomeView = z.object({
  /** The Vietnam day the counts were taken on. */
  today: z.string(),
  tiles: z.array(HomeTile),
});
