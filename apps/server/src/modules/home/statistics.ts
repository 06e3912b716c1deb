import type { z } from 'zod';
import { StatSubmissionsQuery, type HomeTile } from '@thidua/contracts';
import type { RequestUser } from '../../platform/access.ts';
import type { Deps } from '../../platform/context.ts';
import { listSubmissions } from '../statValues/submissions.ts';
import { linkOf } from './links.ts';

type Tile = z.infer<typeof HomeTile>;
type PeriodType = 'month' | 'quarter' | 'half' | 'year';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The period a data set reports next on `today`: the one just ended (November's report is entered in December),
 * the period the submissions page opens on by default.
 */
export function reportingPeriod(type: PeriodType, today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  switch (type) {
    case 'month':
      return month > 1 ? `${year}-${pad(month - 1)}` : `${year - 1}-12`;
    case 'quarter': {
      const q = Math.ceil(month / 3);
      return q > 1 ? `${year}Q${q - 1}` : `${year - 1}Q4`;
    }
    case 'half':
      return month > 6 ? `${year}S1` : `${year - 1}S2`;
    case 'year':
      return String(year - 1);
  }
}

const periodWords = (p: string) => {
  if (/^\d{4}$/u.test(p)) return `năm ${p}`;
  if (p[4] === 'Q') return `quý ${p.slice(5)}/${p.slice(0, 4)}`;
  if (p[4] === 'S') return `${p.slice(5) === '1' ? '6 tháng đầu' : '6 tháng cuối'} năm ${p.slice(0, 4)}`;
  return `tháng ${Number(p.slice(5, 7))}/${p.slice(0, 4)}`;
};

const activeDatasets = (deps: Deps) =>
  deps.db.kysely
    .selectFrom('stat_datasets')
    .select(['id', 'code', 'name', 'period_type'])
    .where('active', '=', 1)
    .orderBy('code')
    .execute();

/** The submissions list with the page's filters, one row: its total (and the period's due date, on that row). */
const count = (deps: Deps, user: RequestUser, params: Record<string, string>) =>
  listSubmissions(deps, user, StatSubmissionsQuery.parse({ ...params, page: '1', pageSize: '1' }));

const vnDate = (iso: string) => iso.split('-').reverse().join('/');

const STEPS = {
  /** The planning division approves or returns what the units submitted. */
  approve: { status: 'submitted', title: 'Báo cáo thống kê chờ duyệt' },
  /** A leader accepts an approved submission, which locks its period. */
  accept: { status: 'approved', title: 'Báo cáo thống kê chờ chấp nhận' },
} as const;

/**
 * The statistics waiting for a planner (to approve) or a leader (to accept): one tile per active data set at its
 * current reporting period, counted by the submissions list with the page's own filters (`dataset`, `period`,
 * `status`). A data set with nothing waiting gets no tile: there are many data sets, and a row of zeros would
 * hide the one that matters. A period whose working-day calendar is not configured is left out.
 */
export async function statTiles(deps: Deps, user: RequestUser, today: string, step: keyof typeof STEPS) {
  const datasets = await activeDatasets(deps);
  const { status, title } = STEPS[step];
  const tiles = await Promise.all(
    datasets.map(async (d): Promise<Tile | null> => {
      const params = { dataset: d.id, period: reportingPeriod(d.period_type, today), status };
      const total = await count(deps, user, params)
        .then((r) => r.total)
        .catch(() => 0);
      if (!total) return null;
      return {
        key: `statistics.${step}.${d.code}`,
        group: 'waiting',
        title: `${title}: ${d.name}, ${periodWords(params.period)}`,
        count: total,
        unit: 'count',
        measure: null,
        link: linkOf('/statistics/submissions', params),
        trend: null,
      };
    }),
  );
  return tiles.filter((t): t is Tile => t !== null);
}

/**
 * A reporter's statistics due: per active data set he reports for (one of its units lies in his subtree), his
 * units still open (not sent, or returned) at the current reporting period (the one just ended, whose report is
 * due now), counted by the submissions list with `mine=true`, the filter its page reads. Shown at zero too
 * (everything sent is his deadline met); a data set none of his units reports for gets no tile.
 */
export async function dueTiles(deps: Deps, user: RequestUser, today: string): Promise<Tile[]> {
  const datasets = await activeDatasets(deps);
  const tiles = await Promise.all(
    datasets.map(async (d): Promise<Tile | null> => {
      const mine = { dataset: d.id, period: reportingPeriod(d.period_type, today), mine: 'true' };
      const params = { ...mine, status: 'open' };
      const [all, open] = await Promise.all([count(deps, user, mine), count(deps, user, params)]).catch(() => []);
      if (!all?.total || !open) return null;
      const first = open.items[0];
      const due = first?.dueDate ? ` — ${first.late ? 'đã quá hạn nộp' : 'hạn nộp'} ${vnDate(first.dueDate)}` : '';
      return {
        key: `statistics.due.${d.code}`,
        group: 'waiting',
        title: `Báo cáo thống kê cần gửi: ${d.name}, ${periodWords(params.period)}${due}`,
        count: open.total,
        unit: 'count',
        measure: null,
        link: linkOf('/statistics/submissions', params),
        trend: null,
      };
    }),
  );
  return tiles.filter((t): t is Tile => t !== null);
}
