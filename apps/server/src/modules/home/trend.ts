import type { Deps } from '../../platform/context.ts';

/**
 * A headline figure's trend: the same count a year before, over the same span (1 January to the same day), so
 * a figure of late November is not set against a whole year. The figure itself is its list's total (this year
 * so far); the comparison is context, read here with the list's own conditions on the span's dates.
 */
export const SAME_SPAN: Record<string, (deps: Deps, year: number, through: string) => Promise<number>> = {
  // The register's `level: here` and `year` filters, up to the same day of the year before.
  'decisions.year': async (deps, year, through) => {
    const row = await deps.db.kysely
      .selectFrom('decisions')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('level', '=', 'here')
      .where('year', '=', year)
      .where('signed_on', '<=', through)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },
  // The registry's `status: recognised` over the recognition dates of the span.
  'initiatives.recognised': async (deps, year, through) => {
    const row = await deps.db.kysely
      .selectFrom('initiatives')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('status', '=', 'recognised')
      .where('recognised_on', '>=', `${year}-01-01`)
      .where('recognised_on', '<=', through)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },
};

/** The same day a year before (29 February falls back to the 28th). */
export const sameDayBefore = (today: string): string => {
  const [y, m, d] = today.split('-');
  const day = m === '02' && d === '29' ? '28' : d;
  return `${Number(y) - 1}-${m}-${day}`;
};
