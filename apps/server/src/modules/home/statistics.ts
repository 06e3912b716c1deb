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
export async function statTiles(deps: Deps, _user: RequestUser, today: string, step: keyof typeof STEPS) {
  const datasets = await deps.db.kysely
    .selectFrom('stat_datasets')
    .select(['id', 'code', 'name', 'period_type'])
    .where('active', '=', 1)
    .orderBy('code')
    .execute();
  const { status, title } = STEPS[step];
  const tiles = await Promise.all(
    datasets.map(async (d): Promise<Tile | null> => {
      const params = { dataset: d.id, period: reportingPeriod(d.period_type, today), status };
      const total = await listSubmissions(deps, StatSubmissionsQuery.parse({ ...params, page: '1', pageSize: '1' }))
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
