import type { z } from 'zod';
import type { HomeTile } from '@thidua/contracts';
import type { RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { dashboard } from '../analytics/dashboard.ts';
import { reviewQueue } from '../initiatives/sheets.ts';
import { onestopReport } from '../onestopReport/report.ts';
import { sameDayBefore } from './trend.ts';

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

const rateOf = async (deps: Deps, from: string, to: string): Promise<number | null> => {
  const report = await onestopReport(deps, { from, to, groupBy: 'field' });
  const rate = report.total.onTimeRate;
  return rate === null ? null : Math.round(rate * 1000) / 10;
};

/**
 * The one-stop on-time rate (Biểu 06's, the dossiers finished or in process on time) from 1 January to today,
 * against the same span of the year before. A figure, not a list: its link opens the report, which computes the same rate
 * for the span the user picks. No tile when the year has no dossier (never 0 % presented as a fact) or its
 * working-day calendar is not configured.
 */
export async function onTimeTile(deps: Deps, today: string): Promise<Tile | null> {
  const year = Number(today.slice(0, 4));
  try {
    const now = await rateOf(deps, `${year}-01-01`, today);
    if (now === null) return null;
    const before = await rateOf(deps, `${year - 1}-01-01`, sameDayBefore(today)).catch(() => null);
    return {
      key: 'onestop.onTimeRate',
      group: 'figures',
      title: `Tỷ lệ hồ sơ TTHC đúng hạn năm ${year}`,
      count: now,
      unit: 'percent',
      measure: null,
      link: '/one-stop/report',
      trend: { previous: before, label: String(year - 1) },
    };
  } catch {
    return null;
  }
}

/**
 * The sector's headline indicator (the first of the sector dashboard's headlines the catalog holds, industrial
 * production value in the demo): its value from January to the dashboard's latest month with figures, against the
 * same months of the year before, as the dashboard shows it. No tile without figures.
 */
export async function sectorTile(deps: Deps): Promise<Tile | null> {
  const board = await dashboard(deps, {}).catch(() => null);
  const item = board?.items.find((i) => i.ytd !== null);
  if (!board || !item || item.ytd === null) return null;
  return {
    key: 'statistics.headline',
    group: 'figures',
    title: `${item.indicator.name}, lũy kế đến ${item.label.toLowerCase()}`,
    count: item.ytd,
    unit: 'amount',
    measure: item.indicator.unit,
    link: '/statistics/dashboard',
    trend:
      item.ytdPrevYear === null
        ? null
        : { previous: item.ytdPrevYear, label: String(Number(item.period.slice(0, 4)) - 1) },
  };
}
