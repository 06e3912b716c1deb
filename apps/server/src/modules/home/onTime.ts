import type { z } from 'zod';
import type { HomeTile } from '@thidua/contracts';
import { dayNumber } from '@thidua/domain';
import { sql, type RawBuilder } from 'kysely';
import type { Deps } from '../../platform/context.ts';
import { loadWorkCalendar } from '../calendar/service.ts';
import { getSetting } from '../settings/service.ts';
import { sameDayBefore } from './trend.ts';

type Tile = z.infer<typeof HomeTile>;
interface Span {
  S: number;
  E: number;
}

const num = (x: unknown) => Number(x ?? 0);
const sum = (cond: RawBuilder<unknown>) => sql<string>`sum(case when ${cond} then 1 else 0 end)`;

/**
 * Biểu 06's on-time rate — (finished early or on time + in process within time) / (finished + in process) — of
 * several spans at once, in two aggregate queries over the stored Vietnam dates (`finished_day`, `due_day`, …,
 * the columns and index `dossiers_report` the report reads): the dossiers finished since the first span's start
 * and those not finished. The same conditions as the report's tallies (`onestopReport/dayTallies.ts`), without
 * its groups, dates histograms and working-day averages, which a single figure does not need; `home.test.ts`
 * checks each rate against the report's total for its span.
 */
export async function onTimeRates(deps: Deps, spans: readonly { from: string; to: string }[]) {
  const db = deps.db.kysely;
  const classifyBy = await getSetting(db, 'onestop.classifyBy');
  const days: Span[] = spans.map((s) => ({ S: dayNumber(s.from), E: dayNumber(s.to) }));
  const [first, last] = [Math.min(...days.map((d) => d.S)), Math.max(...days.map((d) => d.E))];
  const late =
    classifyBy === 'instant'
      ? sql`(finished_day > due_day or (finished_day = due_day and finished_past_due = 1))`
      : sql`finished_day > due_day`;
  // In process at the span's end: within time while its due date is not passed by then.
  const within = ({ E }: Span) => sql`(due_day is null or due_day >= ${classifyBy === 'instant' ? E + 1 : E})`;
  const finished = await db
    .selectFrom('dossiers')
    .select(
      days.flatMap((d, i) => {
        const done = sql`(received_day <= ${d.E} and finished_day >= ${d.S} and finished_day <= ${d.E})`;
        const later = sql`(received_day <= ${d.E} and finished_day > ${d.E})`;
        return [
          sum(done).as(`f${i}`),
          sum(sql`${done} and ${late}`).as(`l${i}`),
          sum(later).as(`p${i}`),
          sum(sql`${later} and ${within(d)}`).as(`w${i}`),
        ];
      }),
    )
    .where('finished_day', '>=', first)
    .where('received_day', '<=', last)
    .executeTakeFirstOrThrow();
  const unfinished = await db
    .selectFrom('dossiers')
    .select(
      days.flatMap((d, i) => {
        const open = sql`(received_day <= ${d.E} and (closed_day is null or closed_day > ${d.E}))`;
        return [sum(open).as(`p${i}`), sum(sql`${open} and ${within(d)}`).as(`w${i}`)];
      }),
    )
    .where('finished_day', 'is', null)
    .where('received_day', '<=', last)
    .executeTakeFirstOrThrow();
  const a = finished as Record<string, unknown>;
  const b = unfinished as Record<string, unknown>;
  return days.map((_, i) => {
    const done = num(a[`f${i}`]);
    const base = done + num(a[`p${i}`]) + num(b[`p${i}`]);
    const good = done - num(a[`l${i}`]) + num(a[`w${i}`]) + num(b[`w${i}`]);
    if (!base) return null;
    // The report's rounding (4 places of the ratio), then a percentage with one decimal, as the tile always did.
    const rate = Math.round((good / base) * 10 ** 4) / 10 ** 4;
    return Math.round(rate * 1000) / 10;
  });
}

/**
 * The one-stop on-time rate (Biểu 06's, the dossiers finished or in process on time) from 1 January to today,
 * against the same span of the year before. A figure, not a list: its link opens the report, which computes the
 * same rate for the span the user picks. No tile when the year has no dossier (never 0 % presented as a fact)
 * or its working-day calendar is not configured (the report it opens would refuse the year).
 */
export async function onTimeTile(deps: Deps, today: string): Promise<Tile | null> {
  const year = Number(today.slice(0, 4));
  const calendar = await loadWorkCalendar(deps.db.kysely, year).catch(() => null);
  if (!calendar?.hasYear(year)) return null;
  const rates = await onTimeRates(deps, [
    { from: `${year}-01-01`, to: today },
    { from: `${year - 1}-01-01`, to: sameDayBefore(today) },
  ]).catch(() => null);
  const [now, before] = rates ?? [null, null];
  if (now === null || now === undefined) return null;
  return {
    key: 'onestop.onTimeRate',
    group: 'figures',
    title: `Tỷ lệ hồ sơ TTHC đúng hạn năm ${year}`,
    count: now,
    unit: 'percent',
    measure: null,
    link: '/one-stop/report',
    trend: { previous: before ?? null, label: String(year - 1) },
  };
}
