import { AWARD_CATALOG } from '@thidua/domain';
import { sql } from 'kysely';
import { num } from '../../db/index.ts';
import type { Deps } from '../../platform/context.ts';
import { spanLabel, type SummaryBuilder } from './summaryBuild.ts';
import { nz, type SummaryScope } from './summaryEmulation.ts';

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
