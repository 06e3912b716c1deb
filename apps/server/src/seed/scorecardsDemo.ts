import { pointsFromFigure, type ScorecardSettings, type SourceFigure } from '@thidua/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { SYSTEM_ACTOR } from '../platform/audit.ts';
import { newId } from '../platform/ids.ts';
import { recordParFromScorecard } from '../modules/parIndex/fromScorecard.ts';
import { computeFigure } from '../modules/scorecards/sources/index.ts';
import { scorecardSettings } from '../modules/settings/read.ts';
import { DIVISIONS } from './movementsDemoData.ts';
import {
  BLOC_2024,
  BLOC_2025,
  BLOC_CAPS,
  BLOC_ITEMS,
  DIVISION_CAPS,
  DIVISION_ITEMS,
  DIVISIONS_2025,
  PAR_2025,
  PAR_2025_REDUCED,
  PAR_2025_SELF,
  PAR_CAPS,
  PAR_HISTORY,
  PAR_ITEMS,
  PAR_TOTAL_MAX,
  type MemberPlan,
} from './scorecardsDemoData.ts';
import { insertDemoMinutes, insertDemoParHistory } from './scorecardsDemoRows.ts';
import {
  insertPublishedCycle,
  insertTemplate,
  selfPoints,
  type CyclePlan,
  type DemoTemplate,
  type SheetPlan,
  type Who,
} from './scorecardsDemoWrite.ts';

/**
 * The scorecards of the demo (docs/scorecards.md "Demo"): the provincial bloc of economic departments scored
 * for 2024 (Sở Tài chính first, the department second) and 2025 (the department first, with the acclamation
 * minutes), the department's bloc of divisions scored for 2025, and the PAR index 2016–2025 (first or second
 * every year), the 2025 year from a published PAR cycle whose computed criteria count the one-stop demo's
 * dossiers. Written straight into their final state with the steps that led there, as the other demo seeds do;
 * every total is the domain's arithmetic on the stored scores. Runs after the one-stop demo.
 */

export const PROVINCIAL_BLOC = 'Khối thi đua các cơ quan tham mưu tổng hợp và kinh tế';
export const DIVISION_BLOC = 'Khối các phòng chuyên môn thuộc Sở';

/** Who chaired the provincial bloc's acclamation meeting: the year's bloc leader (movements demo). */
const PROVINCIAL_MEETING: Record<number, { place: string; chair: string; secretary: string }> = {
  2024: {
    place: 'Hội trường Sở Xây dựng',
    chair: 'Phạm Văn Hưng, Giám đốc Sở Xây dựng, Khối trưởng',
    secretary: 'Chánh Văn phòng Sở Xây dựng',
  },
  2025: {
    place: 'Hội trường Sở Công Thương',
    chair: 'Lê Quang Tiến, Giám đốc Sở Công Thương, Khối trưởng',
    secretary: 'Nguyễn Thị Thu Trang, chuyên viên Văn phòng Sở Công Thương',
  },
};

export interface ScorecardsCounts {
  cycles: number;
  parYears: number;
}

const vn = (day: string, hour = 9) => `${day}T${String(hour - 7).padStart(2, '0')}:00:00.000Z`;

async function who(trx: Transaction<Database>, username: string, fallback: string): Promise<Who> {
  const r = await trx
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('username', '=', username)
    .executeTakeFirst();
  return r ? { id: r.id, name: r.display_name } : { id: null, name: fallback };
}

/** The bloc's year: kept when the movements demo made it, else made with the plan's members (first: leader). */
async function blocYear(
  trx: Transaction<Database>,
  blocName: string,
  year: number,
  members: { orgId: string | null; name: string }[],
  at: string,
): Promise<{ blocId: string; yearId: string; members: { orgId: string | null; name: string }[] }> {
  const bloc = await trx.selectFrom('blocs').select('id').where('name', '=', blocName).executeTakeFirstOrThrow();
  const found = await trx
    .selectFrom('bloc_years')
    .select('id')
    .where('bloc_id', '=', bloc.id)
    .where('year', '=', year)
    .executeTakeFirst();
  if (found) {
    const rows = await trx
      .selectFrom('bloc_members as m')
      .leftJoin('organisations as o', 'o.id', 'm.org_id')
      .select(['m.org_id', 'm.name', 'o.name as org_name'])
      .where('m.bloc_year_id', '=', found.id)
      .orderBy('m.position')
      .execute();
    return {
      blocId: bloc.id,
      yearId: found.id,
      members: rows.map((r) => ({ orgId: r.org_id, name: r.org_name ?? r.name })),
    };
  }
  const yearId = newId();
  await trx
    .insertInto('bloc_years')
    .values({
      id: yearId,
      bloc_id: bloc.id,
      year,
      covenant_signed_on: `${year}-02-25`,
      covenant_number: `01/GƯTĐ-${year}`,
      covenant_content: 'Các thành viên ký kết giao ước thi đua, cam kết hoàn thành vượt mức các chỉ tiêu được giao.',
      created_at: at,
      updated_at: at,
      version: 1,
    })
    .execute();
  await trx
    .insertInto('bloc_members')
    .values(
      members.map((m, position) => ({
        bloc_year_id: yearId,
        position,
        org_id: m.orgId,
        name: m.orgId ? '' : m.name,
        role: position === 0 ? 'leader' : position === 1 ? 'deputy' : 'member',
      })),
    )
    .execute();
  return { blocId: bloc.id, yearId, members };
}

/** A member plan's organisation and name (a demo unit by code, or an agency outside the department by name). */
function memberOf(plan: MemberPlan, orgIds: Map<string, string>, orgNames: Map<string, string>) {
  const orgId = orgIds.get(plan.who) ?? null;
  return { orgId, name: orgId ? orgNames.get(orgId)! : plan.who };
}

/** The heads who sign their unit's sheet, by organisation code (the others' heads are not in the demo). */
const SIGNERS: Record<string, string> = {
  SCT: 'Lê Quang Tiến, Giám đốc Sở',
  QLCN: 'Đặng Văn Khoa, Trưởng phòng Quản lý Công nghiệp',
};

function sheetsOf(
  t: DemoTemplate,
  plans: MemberPlan[],
  orgIds: Map<string, string>,
  orgNames: Map<string, string>,
  assessorOf: (orgId: string | null) => Who,
): SheetPlan[] {
  return plans.map((p) => {
    const m = memberOf(p, orgIds, orgNames);
    const code = Object.keys(SIGNERS).find((c) => m.orgId && orgIds.get(c) === m.orgId);
    return {
      ...m,
      ...(code ? { signer: SIGNERS[code] } : {}),
      assessor: assessorOf(m.orgId),
      self: selfPoints(t.leaves, p.share, p.self),
      reduced: p.reduced,
      explain: p.explain,
    };
  });
}

/** Step instants of a bloc's year-end scoring, in December of `year`. */
const blocTimes = (year: number): CyclePlan['at'] => ({
  opened: vn(`${year}-11-20`, 8),
  submitted: vn(`${year}-12-05`, 15),
  closed: vn(`${year}-12-08`, 8),
  asked: vn(`${year}-12-09`, 10),
  explained: vn(`${year}-12-11`, 14),
  appraised: vn(`${year}-12-15`, 16),
  ranked: vn(`${year}-12-17`, 10),
  published: vn(`${year}-12-19`, 15),
});

export async function insertDemoScorecards(
  trx: Transaction<Database>,
  orgIds: Map<string, string>,
): Promise<ScorecardsCounts> {
  const office = await who(trx, 'canbo.tdkt', 'Nguyễn Thị Thu Trang');
  const unitOfficer = await who(trx, 'canbo.donvi', 'Hoàng Minh Tuấn');
  const orgs = await trx.selectFrom('organisations').select(['id', 'name']).execute();
  const orgNames = new Map(orgs.map((o) => [o.id, o.name]));
  const rootId = orgIds.get('SCT')!;
  const rules = await scorecardSettings(trx);
  // The demo's unit officer self-assesses his division's sheet; the office does the others (and the outside agencies').
  const assessorOf = (orgId: string | null) => (orgId && orgId === orgIds.get('QLCN') ? unitOfficer : office);

  // The provincial bloc, 2024 and 2025 (the 2025 template copied from 2024).
  const counts: ScorecardsCounts = { cycles: 0, parYears: 0 };
  let previous: string | null = null;
  for (const [year, plans] of [
    [2024, BLOC_2024],
    [2025, BLOC_2025],
  ] as const) {
    const by = await blocYear(
      trx,
      PROVINCIAL_BLOC,
      year,
      plans.map((p) => memberOf(p, orgIds, orgNames)),
      vn(`${year}-02-20`),
    );
    const t = await insertTemplate(trx, {
      kind: 'bloc',
      blocId: by.blocId,
      year,
      name: `Bảng điểm thi đua ${PROVINCIAL_BLOC.toLowerCase()} năm ${year}`,
      basis: `Hướng dẫn chấm điểm của Hội đồng Thi đua – Khen thưởng tỉnh năm ${year}`,
      caps: BLOC_CAPS,
      items: BLOC_ITEMS,
      copiedFromId: previous,
      at: vn(`${year}-03-01`),
    });
    previous = t.id;
    const cycle = await insertPublishedCycle(
      trx,
      {
        template: t,
        blocYearId: by.yearId,
        year,
        name: `Chấm điểm, bình xét thi đua ${PROVINCIAL_BLOC.toLowerCase()} năm ${year}`,
        office,
        rules,
        at: blocTimes(year),
        selfDue: `${year}-12-05`,
        appraisalDue: `${year}-12-15`,
        note: 'Kết quả báo cáo Hội đồng Thi đua – Khen thưởng tỉnh kèm biên bản suy tôn.',
      },
      sheetsOf(t, plans, orgIds, orgNames, assessorOf),
    );
    await insertDemoMinutes(
      trx,
      cycle.id,
      {
        heldOn: `${year}-12-18`,
        ...PROVINCIAL_MEETING[year]!,
        perMember: 3,
        proposal: `đề nghị Chủ tịch UBND tỉnh tặng Cờ thi đua của UBND tỉnh năm ${year}.`,
      },
      cycle.results,
    );
    counts.cycles++;
  }

  // The department's bloc of divisions, 2025.
  const divisionMembers = DIVISIONS_2025.map((p) => memberOf(p, orgIds, orgNames));
  const dy = await blocYear(trx, DIVISION_BLOC, 2025, divisionMembers, vn('2025-02-20'));
  const dt = await insertTemplate(trx, {
    kind: 'bloc',
    blocId: dy.blocId,
    year: 2025,
    name: 'Bảng điểm thi đua khối các phòng chuyên môn thuộc Sở năm 2025',
    basis: 'Quy chế thi đua, khen thưởng của Sở Công Thương',
    caps: DIVISION_CAPS,
    items: DIVISION_ITEMS,
    at: vn('2025-03-05'),
  });
  const divisions = await insertPublishedCycle(
    trx,
    {
      template: dt,
      blocYearId: dy.yearId,
      year: 2025,
      name: 'Chấm điểm thi đua khối các phòng chuyên môn thuộc Sở năm 2025',
      office,
      rules,
      at: { ...blocTimes(2025), ranked: vn('2025-12-24', 10), published: vn('2025-12-26', 15) },
      selfDue: '2025-12-05',
      appraisalDue: '2025-12-15',
    },
    sheetsOf(dt, DIVISIONS_2025, orgIds, orgNames, assessorOf),
  );
  await insertDemoMinutes(
    trx,
    divisions.id,
    {
      heldOn: '2025-12-23',
      place: 'Phòng họp tầng 3, Sở Công Thương',
      chair: 'Trần Thị Thanh Hà, Phó Giám đốc Sở',
      secretary: office.name,
      perMember: 2,
      proposal: 'đề nghị Giám đốc Sở tặng Giấy khen năm 2025.',
    },
    divisions.results,
  );
  counts.cycles++;
  if (DIVISIONS.length !== DIVISIONS_2025.length) throw new Error('every division is in the 2025 bloc');

  // The PAR index: the years announced before, then 2025 from its cycle.
  counts.parYears = await insertDemoParHistory(trx, rootId, PAR_HISTORY, office, rules.bands);
  counts.parYears += await insertPar2025(trx, rootId, orgNames.get(rootId)!, office, rules);
  counts.cycles++;
  return counts;
}

/** The figures of the computed criteria, as frozen when the department submitted its self-assessment. */
export const PAR_2025_SUBMITTED = vn('2026-01-08', 10);

async function insertPar2025(
  trx: Transaction<Database>,
  rootId: string,
  rootName: string,
  office: Who,
  rules: ScorecardSettings,
) {
  const t = await insertTemplate(trx, {
    kind: 'par',
    blocId: null,
    year: 2025,
    name: 'Bộ chỉ số cải cách hành chính của Sở Công Thương năm 2025',
    basis: 'Bộ chỉ số theo dõi, đánh giá, xếp hạng kết quả CCHC các cơ quan chuyên môn thuộc UBND tỉnh',
    caps: PAR_CAPS,
    items: PAR_ITEMS,
    at: vn('2025-03-10'),
  });
  const figures: Record<string, SourceFigure> = {};
  const self = { ...PAR_2025_SELF };
  for (const leaf of t.leaves.filter((l) => l.method === 'computed')) {
    const figure = await computeFigure(trx, leaf.source!, { orgId: rootId, year: 2025, now: PAR_2025_SUBMITTED });
    figures[leaf.code] = figure;
    self[leaf.code] = pointsFromFigure(leaf.scoring!, leaf.maxPoints, figure) ?? 0;
  }
  // The province's decision was typed when it came; the published cycle then fills in the year's scores.
  const [number, date, signer] = PAR_2025.decision;
  await trx
    .insertInto('par_index_results')
    .values({
      id: newId(),
      org_id: rootId,
      year: 2025,
      self_score: null,
      appraised_score: null,
      survey_score: null,
      final_score: null,
      rank: PAR_2025.rank,
      of_count: PAR_2025.of,
      classification: '',
      decision_number: number,
      decision_date: date,
      decision_signer: signer,
      scorecard_id: null,
      note: '',
      created_at: vn(date, 15),
      updated_at: vn(date, 15),
      version: 1,
    })
    .execute();
  const cycle = await insertPublishedCycle(
    trx,
    {
      template: t,
      blocYearId: null,
      year: 2025,
      name: 'Tự đánh giá, chấm điểm Chỉ số CCHC năm 2025',
      office,
      rules,
      at: {
        opened: vn('2025-12-15', 8),
        submitted: PAR_2025_SUBMITTED,
        closed: vn('2026-01-12', 8),
        asked: vn('2026-01-20', 9),
        explained: vn('2026-01-23', 9),
        appraised: vn('2026-02-10', 16),
        ranked: vn('2026-03-14', 9),
        published: vn('2026-03-16', 10),
      },
      selfDue: '2026-01-10',
      appraisalDue: '2026-02-15',
      decision: PAR_2025.decision,
      note: 'Điểm thẩm định do Hội đồng thẩm định của tỉnh (Sở Nội vụ chủ trì) công bố; điểm điều tra xã hội học từ kết quả khảo sát của tỉnh.',
      classifyMax: PAR_TOTAL_MAX,
    },
    [
      {
        orgId: rootId,
        name: rootName,
        assessor: office,
        self,
        figures,
        reduced: PAR_2025_REDUCED,
        survey: PAR_2025.survey,
        signer: SIGNERS.SCT,
      },
    ],
  );
  // The seed's audit entries are the system's (demo.test.ts), as the other demos write theirs.
  await recordParFromScorecard(trx, SYSTEM_ACTOR, cycle.id);
  return 1;
}
