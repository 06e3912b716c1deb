import { MOVEMENT_KIND_LABELS, type MovementKind } from '@thidua/domain';
import { sql } from 'kysely';
import { num } from '../../db/index.ts';
import type { Deps } from '../../platform/context.ts';
import { yearOf } from '../initiatives/service.ts';
import { spanLabel, type SummaryBuilder } from './summaryBuild.ts';

const byName = new Intl.Collator('vi');

/** The unit the report is for: its subtree's ids, or null for the whole department (no filter). */
export interface SummaryScope {
  orgId: string;
  orgName: string;
  /** Null when the unit is the root: every row counts. */
  ids: string[] | null;
  from: number;
  to: number;
  /** The plan period's base year (planBaseYear): growth and the PAR index are read from it. */
  base: number;
  /** The day the registries are read at (YYYY-MM-DD). */
  asOf: string;
  filter: string;
}

/** A count, or null for "không có số liệu" (never 0 presented as a fact). */
export const nz = (n: number): number | null => (n > 0 ? n : null);

/** Chapter I: movements and campaigns launched in the span, who took part, what came of them. */
export async function movementsChapter(deps: Deps, s: SummaryScope, b: SummaryBuilder): Promise<void> {
  const db = deps.db.kysely;
  const period = spanLabel(s.from, s.to);
  let q = db
    .selectFrom('movements as m')
    .select(['m.id', 'm.name', 'm.kind', 'm.starts_on', 'm.ends_on', 'm.launch_doc_number'])
    .where('m.status', '!=', 'draft')
    .where('m.starts_on', '>=', `${s.from}-01-01`)
    .where('m.starts_on', '<=', `${s.to}-12-31`);
  if (s.ids) {
    const ids = s.ids;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('movement_orgs as o')
          .select('o.org_id')
          .whereRef('o.movement_id', '=', 'm.id')
          .where('o.org_id', 'in', ids),
      ),
    );
  }
  // Same start day: by name in Vietnamese order, so both databases list them alike.
  const movements = (await q.orderBy('m.starts_on').execute()).sort(
    (a, b) => a.starts_on.localeCompare(b.starts_on) || byName.compare(a.name, b.name) || a.id.localeCompare(b.id),
  );
  const ids = movements.map((m) => m.id);
  const counted = async (table: 'movement_orgs' | 'movement_registrations' | 'movement_exemplars') => {
    if (!ids.length) return new Map<string, number>();
    let c = db
      .selectFrom(table)
      .select(['movement_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('movement_id', 'in', ids);
    if (s.ids) c = c.where('org_id', 'in', s.ids);
    return new Map((await c.groupBy('movement_id').execute()).map((r) => [r.movement_id, num(r.n)]));
  };
  const [parts, regs, exemplars] = await Promise.all([
    counted('movement_orgs'),
    counted('movement_registrations'),
    counted('movement_exemplars'),
  ]);
  let units = 0;
  let awards = new Map<string, number>();
  if (ids.length) {
    let u = db
      .selectFrom('movement_orgs')
      .select((eb) => eb.fn.count<number>('org_id').distinct().as('n'))
      .where('movement_id', 'in', ids);
    if (s.ids) u = u.where('org_id', 'in', s.ids);
    units = num((await u.executeTakeFirst())?.n);
    let a = db
      .selectFrom('award_records')
      .select(['movement_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('movement_id', 'in', ids)
      .where('deleted_at', 'is', null);
    if (s.ids) a = a.where('org_id', 'in', s.ids);
    awards = new Map((await a.groupBy('movement_id').execute()).map((r) => [r.movement_id!, num(r.n)]));
  }
  const sum = (m: Map<string, number>) => [...m.values()].reduce((t, n) => t + n, 0);
  const src = b.source({
    module: 'Phong trào thi đua',
    what: 'Phong trào, cuộc vận động đã phát động (không tính bản nháp), đơn vị tham gia, đăng ký, điển hình, khen thưởng gắn với phong trào',
    filters: `ngày bắt đầu trong khoảng; đơn vị: ${s.filter}`,
    period,
  });
  b.figure(
    'movements',
    {
      key: 'movements.launched',
      label: 'Phong trào, cuộc vận động đã phát động',
      value: nz(movements.length),
      unit: 'phong trào',
    },
    src,
  );
  b.figure(
    'movements',
    { key: 'movements.units', label: 'Lượt đơn vị tham gia (không trùng)', value: nz(units), unit: 'đơn vị' },
    src,
  );
  b.figure(
    'movements',
    { key: 'movements.registrations', label: 'Lượt đơn vị đăng ký thi đua', value: nz(sum(regs)), unit: 'lượt' },
    src,
  );
  b.figure(
    'movements',
    {
      key: 'movements.exemplars',
      label: 'Điển hình tiên tiến được ghi nhận',
      value: nz(sum(exemplars)),
      unit: 'điển hình',
    },
    src,
  );
  b.figure(
    'movements',
    { key: 'movements.awards', label: 'Khen thưởng gắn với phong trào', value: nz(sum(awards)), unit: 'lượt' },
    src,
  );
  if (movements.length)
    b.table('movements', {
      key: 'movements.list',
      title: 'Các phong trào thi đua, cuộc vận động',
      columns: ['Tên phong trào', 'Loại', 'Thời gian', 'Đơn vị tham gia', 'Đăng ký', 'Điển hình', 'Khen thưởng'],
      rows: movements.map((m) => [
        m.name,
        MOVEMENT_KIND_LABELS[m.kind as MovementKind] ?? m.kind,
        `${m.starts_on.slice(0, 4)}–${m.ends_on.slice(0, 4)}`,
        parts.get(m.id) ?? 0,
        regs.get(m.id) ?? 0,
        exemplars.get(m.id) ?? 0,
        awards.get(m.id) ?? 0,
      ]),
      sourceId: src,
    });
}

/** Chapter II: initiatives registered or recognised in the span (the year of recognition, else of registration). */
export async function initiativesChapter(deps: Deps, s: SummaryScope, b: SummaryBuilder): Promise<void> {
  // Counted in the database: one row per level and year, with how many of them were applied.
  let q = deps.db.kysely
    .selectFrom('initiatives as i')
    .select([
      'i.level',
      yearOf.as('year'),
      (eb) => eb.fn.countAll<number>().as('n'),
      // Literal SQL: a date given (not null, not empty), as the register reads it.
      sql<number>`sum(case when i.first_applied_on is not null and i.first_applied_on <> '' then 1 else 0 end)`.as(
        'applied',
      ),
    ])
    .where(yearOf, '>=', String(s.from))
    .where(yearOf, '<=', String(s.to));
  if (s.ids) q = q.where('i.org_id', 'in', s.ids);
  const rows = (await q.groupBy(['i.level', yearOf]).execute()).map((r) => ({
    level: r.level,
    year: Number(r.year),
    n: num(r.n),
    applied: num(r.applied),
  }));
  const count = (keep: (r: (typeof rows)[number]) => boolean) => rows.reduce((t, r) => t + (keep(r) ? r.n : 0), 0);
  const level = (l: string) => count((r) => r.level === l);
  const total = count(() => true);
  const src = b.source({
    module: 'Sáng kiến',
    what: 'Sáng kiến trong sổ sáng kiến, theo năm công nhận (chưa công nhận: năm đăng ký); cấp công nhận; đã áp dụng (có ngày áp dụng lần đầu)',
    filters: `đơn vị: ${s.filter}`,
    period: spanLabel(s.from, s.to),
  });
  const f = (key: string, label: string, value: number) =>
    b.figure('initiatives', { key: `initiatives.${key}`, label, value: nz(value), unit: 'sáng kiến' }, src);
  f('total', 'Sáng kiến đăng ký, công nhận', total);
  f('grassroots', 'Công nhận cấp cơ sở', level('grassroots'));
  f('provincial', 'Công nhận có phạm vi ảnh hưởng cấp tỉnh', level('provincial'));
  f('national', 'Công nhận có phạm vi ảnh hưởng toàn quốc', level('national'));
  f(
    'applied',
    'Đã áp dụng vào thực tiễn',
    rows.reduce((t, r) => t + r.applied, 0),
  );
  if (total) {
    const years: (string | number)[][] = [];
    for (let y = s.from; y <= s.to; y++) {
      const lv = (l: string) => count((r) => r.year === y && r.level === l);
      years.push([String(y), count((r) => r.year === y), lv('grassroots'), lv('provincial'), lv('national')]);
    }
    b.table('initiatives', {
      key: 'initiatives.byYear',
      title: 'Sáng kiến theo năm và cấp công nhận',
      columns: ['Năm', 'Tổng số', 'Cấp cơ sở', 'Cấp tỉnh', 'Toàn quốc'],
      rows: years,
      sourceId: src,
    });
  }
}
