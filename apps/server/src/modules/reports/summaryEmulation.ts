import { AWARD_CATALOG, MOVEMENT_KIND_LABELS, type MovementKind } from '@thidua/domain';
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

const nz = (n: number): number | null => (n > 0 ? n : null);
const LEVEL_TEXT: Record<string, string> = {
  state: 'Nhà nước',
  national: 'Trung ương',
  ministry_province: 'Bộ, ngành, tỉnh',
  grassroots: 'Cơ sở',
  basic: 'Cơ sở',
};
const KIND_TEXT: Record<string, string> = {
  emulation_title: 'Danh hiệu thi đua',
  commendation_form: 'Hình thức khen thưởng',
};
const award = (code: string) => AWARD_CATALOG.find((a) => a.code === code);
export const DIRECTOR_CERTIFICATE = 'commendation_certificate';
/** Awards above the department's own: what it receives from the province, ministries and the State. */
const HIGHER = new Set(['state', 'national', 'ministry_province']);

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

/** Chapter III: titles and forms from the award history, the Director's Giấy khen, awards the unit itself received. */
export async function commendationsChapter(deps: Deps, s: SummaryScope, b: SummaryBuilder): Promise<void> {
  const db = deps.db.kysely;
  // Counted in the database (a province holds about a million records in five years): one row per award and kind.
  let q = db
    .selectFrom('award_records')
    .select(['award_code', 'subject_kind', (eb) => eb.fn.countAll<number>().as('n')])
    .where('deleted_at', 'is', null)
    .where('year', '>=', s.from)
    .where('year', '<=', s.to);
  if (s.ids) q = q.where('org_id', 'in', s.ids);
  const counts = (await q.groupBy(['award_code', 'subject_kind']).execute())
    .map((r) => ({ code: r.award_code, kind: r.subject_kind, n: num(r.n) }))
    .sort((x, y) => x.code.localeCompare(y.code) || x.kind.localeCompare(y.kind));
  const total = counts.reduce((t, r) => t + r.n, 0);
  const period = spanLabel(s.from, s.to);
  const all = b.source({
    module: 'Lịch sử khen thưởng',
    what: 'Danh hiệu thi đua và hình thức khen thưởng trong lịch sử khen thưởng (không tính bản ghi đã thu hồi), theo năm khen thưởng',
    filters: `đơn vị: ${s.filter}`,
    period,
  });
  const groups = new Map<
    string,
    { name: string; kind: string; level: string; collective: number; individual: number }
  >();
  for (const r of counts) {
    const a = award(r.code);
    const g = groups.get(r.code) ?? {
      name: a?.name ?? r.code,
      kind: KIND_TEXT[a?.kind ?? ''] ?? 'Khác',
      level: LEVEL_TEXT[a?.level ?? ''] ?? '',
      collective: 0,
      individual: 0,
    };
    if (r.kind === 'collective') g.collective += r.n;
    else g.individual += r.n;
    groups.set(r.code, g);
  }
  const byKind = (k: string) => counts.reduce((t, r) => t + (award(r.code)?.kind === k ? r.n : 0), 0);
  b.figure(
    'commendations',
    {
      key: 'commendations.total',
      label: 'Lượt khen thưởng (danh hiệu và hình thức)',
      value: nz(total),
      unit: 'lượt',
    },
    all,
  );
  b.figure(
    'commendations',
    { key: 'commendations.titles', label: 'Danh hiệu thi đua', value: nz(byKind('emulation_title')), unit: 'lượt' },
    all,
  );
  b.figure(
    'commendations',
    {
      key: 'commendations.forms',
      label: 'Hình thức khen thưởng',
      value: nz(byKind('commendation_form')),
      unit: 'lượt',
    },
    all,
  );
  if (total)
    b.table('commendations', {
      key: 'commendations.byAward',
      title: 'Danh hiệu thi đua, hình thức khen thưởng theo cấp và loại',
      columns: ['Danh hiệu, hình thức', 'Loại', 'Cấp', 'Tập thể', 'Cá nhân'],
      rows: [...groups.values()]
        .sort(
          (x, y) =>
            x.kind.localeCompare(y.kind, 'vi') ||
            x.level.localeCompare(y.level, 'vi') ||
            x.name.localeCompare(y.name, 'vi'),
        )
        .map((g) => [g.name, g.kind, g.level, g.collective, g.individual]),
      sourceId: all,
    });

  await directorCertificates(
    deps,
    s,
    b,
    counts.reduce((t, r) => t + (r.code === DIRECTOR_CERTIFICATE ? r.n : 0), 0),
  );

  // The unit's own awards from above: a few rows, read through the subject index (oldest first within a year).
  let rq = db
    .selectFrom('award_records')
    .select(['award_code', 'year', 'decision_number'])
    .where('deleted_at', 'is', null)
    .where('subject_kind', '=', 'collective')
    .where('subject_id', '=', s.orgId)
    .where('year', '>=', s.from)
    .where('year', '<=', s.to);
  if (s.ids) rq = rq.where('org_id', 'in', s.ids);
  const received = (await rq.orderBy('year').orderBy('id').execute()).filter((r) =>
    HIGHER.has(award(r.award_code)?.level ?? ''),
  );
  const recSrc = b.source({
    module: 'Lịch sử khen thưởng',
    what: `Khen thưởng cấp trên (cấp Bộ, tỉnh trở lên: huân chương, cờ thi đua, bằng khen) trao cho tập thể ${s.orgName}`,
    filters: `đối tượng: tập thể ${s.orgName}`,
    period,
  });
  b.figure(
    'commendations',
    {
      key: 'commendations.received',
      label: `Khen thưởng cấp trên ${s.orgName} nhận được`,
      value: nz(received.length),
      unit: 'lượt',
    },
    recSrc,
  );
  if (received.length)
    b.table('commendations', {
      key: 'commendations.receivedList',
      title: `Khen thưởng cấp trên trao cho ${s.orgName}`,
      columns: ['Năm', 'Danh hiệu, hình thức', 'Cấp', 'Quyết định'],
      rows: received.map((r) => [
        String(r.year),
        award(r.award_code)?.name ?? r.award_code,
        LEVEL_TEXT[award(r.award_code)?.level ?? ''] ?? '',
        r.decision_number,
      ]),
      sourceId: recSrc,
    });
}

/**
 * The Director's Giấy khen: collectives and individuals named in the decisions register's decisions of that form
 * signed in the span (not revoked), as the article counts them; and, labelled apart, the award history's rows of
 * the form by achievement year (a decision signed in January often rewards the year before).
 */
async function directorCertificates(
  deps: Deps,
  s: SummaryScope,
  b: SummaryBuilder,
  /** The award history's Giấy khen of the span, counted by the caller. */
  inHistory: number,
): Promise<void> {
  let q = deps.db.kysely
    .selectFrom('decision_recipients as r')
    .innerJoin('decisions as d', 'd.id', 'r.decision_id')
    .select([
      (eb) => eb.fn.countAll<number>().as('n'),
      (eb) => eb.fn.count<number>('d.id').distinct().as('decisions'),
      sql<number>`sum(case when r.subject_kind = 'collective' then 1 else 0 end)`.as('coll'),
    ])
    .where('r.award_code', '=', DIRECTOR_CERTIFICATE)
    .where('d.status', '!=', 'revoked')
    .where('d.signed_on', '>=', `${s.from}-01-01`)
    .where('d.signed_on', '<=', `${s.to}-12-31`);
  if (s.ids) q = q.where('r.org_id', 'in', s.ids);
  const signed = await q.executeTakeFirst();
  const named = num(signed?.n);
  const src = b.source({
    module: 'Sổ quyết định khen thưởng',
    what: 'Tập thể, cá nhân có tên trong các quyết định tặng Giấy khen của Giám đốc Sở (mã commendation_certificate), không tính quyết định đã thu hồi',
    filters: `ngày ký quyết định từ 01/01/${s.from} đến 31/12/${s.to}; đơn vị: ${s.filter}`,
    period: spanLabel(s.from, s.to),
  });
  const coll = num(signed?.coll);
  const f = (key: string, label: string, value: number, unit: string, sourceId: string) =>
    b.figure('commendations', { key: `commendations.${key}`, label, value: nz(value), unit }, sourceId);
  f('directorTotal', 'Tập thể và cá nhân được Giám đốc Sở tặng Giấy khen', named, 'tập thể, cá nhân', src);
  f('directorCollectives', 'Giấy khen cho tập thể', coll, 'tập thể', src);
  f('directorIndividuals', 'Giấy khen cho cá nhân', named - coll, 'cá nhân', src);
  f('directorDecisions', 'Quyết định tặng Giấy khen của Giám đốc Sở', num(signed?.decisions), 'quyết định', src);
  f(
    'directorHistory',
    'Giấy khen của Giám đốc Sở ghi trong lịch sử khen thưởng theo năm thành tích (đối chiếu)',
    inHistory,
    'lượt',
    b.source({
      module: 'Lịch sử khen thưởng',
      what: 'Giấy khen của Giám đốc Sở (mã commendation_certificate) cho tập thể và cá nhân, theo năm thành tích',
      filters: `năm thành tích trong khoảng; đơn vị: ${s.filter}`,
      period: spanLabel(s.from, s.to),
    }),
  );
}
