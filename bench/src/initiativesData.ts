/**
 * The initiative registry of a province-scale department for bench/src/initiatives.ts: units under
 * the root, people, two decades of initiatives with their authors, and one open review round whose
 * every reviewer has filed every sheet. Rows go straight in with bulk inserts in one transaction
 * and no audit (a load fixture, not a business write); reviewer accounts go through the API.
 */
import { DEFAULT_PHASES, DEFAULT_RUBRIC, INITIATIVE_KINDS, weightedScore } from '@thidua/domain';
import { sql } from 'kysely';
import { bulkInsert } from '../../apps/server/src/db/bulk.ts';
import { nowIso } from '../../apps/server/src/db/index.ts';
import { initiativeSearchKey } from '../../apps/server/src/db/searchKeys.ts';
import type { InitiativeAuthorTable, InitiativeTable, PersonTable } from '../../apps/server/src/db/schema.ts';
import type { InitiativeReviewTable } from '../../apps/server/src/db/schema-initiatives.ts';
import { derivedNameColumns } from '../../apps/server/src/modules/people/service.ts';
import { indexNames } from '../../apps/server/src/modules/people/nameIndex.ts';
import { newId } from '../../apps/server/src/platform/ids.ts';
import { todayVn } from '../../apps/server/src/platform/clock.ts';
import { clockOf } from '../../apps/server/src/platform/context.ts';
import { Rng, randomDate, randomName } from '../../apps/server/src/seed/names.ts';
import { makeUser, rootOrgId, type Client, type Harness } from '../../apps/server/src/test/harness.ts';

export interface Sizes {
  units: number;
  people: number;
  initiatives: number;
  fromYear: number;
  toYear: number;
  inReview: number;
  reviewers: number;
}

export const DEFAULT_SIZES: Sizes = {
  units: 12,
  people: 3000,
  initiatives: 20_000,
  fromYear: 2007,
  toYear: 2026,
  inReview: 300,
  reviewers: 15,
};

export const REVIEWER_PASSWORD = 'Matkhau@2026';
const CHUNK = 500;

const UNIT_NAMES = [
  'Văn phòng Sở',
  'Thanh tra Sở',
  'Phòng Kế hoạch – Tài chính',
  'Phòng Quản lý Công nghiệp',
  'Phòng Quản lý Thương mại',
  'Phòng Quản lý Năng lượng',
  'Phòng Kỹ thuật an toàn – Môi trường',
  'Trung tâm Khuyến công và Tư vấn phát triển công nghiệp',
  'Trung tâm Xúc tiến thương mại',
  'Đội Quản lý thị trường số 1',
  'Đội Quản lý thị trường số 2',
  'Ban Quản lý các khu công nghiệp',
];
const FIELDS = [
  'Công nghiệp',
  'Thương mại',
  'Năng lượng',
  'Cải cách hành chính',
  'Quản lý thị trường',
  'An toàn – Môi trường',
  'Xúc tiến thương mại',
  'Khuyến công',
];
const OPENINGS = [
  'Giải pháp nâng cao hiệu quả',
  'Ứng dụng công nghệ thông tin trong',
  'Cải tiến quy trình',
  'Đổi mới phương pháp',
  'Số hóa hồ sơ',
  'Xây dựng cơ sở dữ liệu phục vụ',
  'Rút ngắn thời gian',
  'Tăng cường phối hợp trong',
];
const SUBJECTS = [
  'thẩm định dự án đầu tư công nghiệp',
  'kiểm tra an toàn điện nông thôn',
  'quản lý cụm công nghiệp',
  'cấp giấy phép kinh doanh xăng dầu',
  'kiểm soát hàng giả, hàng kém chất lượng',
  'xúc tiến thương mại nông sản',
  'tiết kiệm năng lượng tại doanh nghiệp',
  'quản lý vật liệu nổ công nghiệp',
  'thống kê, báo cáo ngành Công Thương',
  'giải quyết thủ tục hành chính một cửa',
];
const POSITIONS = ['Chuyên viên', 'Chuyên viên chính', 'Phó Trưởng phòng', 'Trưởng phòng', 'Kiểm soát viên', 'Kỹ sư'];
const SHARES: number[][] = [[100], [60, 40], [50, 50], [50, 30, 20], [40, 30, 30]];

export interface InitiativeData {
  rootId: string;
  unitIds: string[];
  roundId: string;
  /** The round's initiatives, in their order. */
  roundItems: string[];
  reviewerNames: string[];
  /** Initiatives per year they count in (recognition, else registration), as the registry filters them. */
  perYear: Map<number, number>;
  rows: Record<string, number>;
  seconds: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
function dateIn(rng: Rng, year: number, today: string): string {
  const d = `${year}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
  return d > today ? today : d;
}

/** Generates the registry in h's database (migrated, with only its root) and the reviewers through `admin`. */
export async function generateInitiatives(
  h: Harness,
  admin: Client,
  sizes: Sizes = DEFAULT_SIZES,
  seed = 2026,
): Promise<InitiativeData> {
  const started = performance.now();
  const rng = new Rng(seed);
  const now = nowIso();
  const today = todayVn(clockOf(h.deps));
  const rootId = await rootOrgId(h);
  const k = h.db.kysely;
  const stamp = { created_at: now, updated_at: now, version: 1 };
  const units = Array.from({ length: sizes.units }, (_, i) => ({
    id: newId(),
    parent_id: rootId,
    code: `DV${pad(i + 1)}`,
    name: UNIT_NAMES[i % UNIT_NAMES.length]!,
    kind: 'division',
    active: 1,
    ...stamp,
  }));

  const people: PersonTable[] = [];
  for (let i = 0; i < sizes.people; i++) {
    const name = randomName(rng, rng.chance(0.5) ? 'male' : 'female');
    const dob = randomDate(rng, 1966, 2000);
    people.push({
      id: newId(),
      family_name: name.familyName,
      middle_name: name.middleName,
      given_name: name.givenName,
      ...derivedNameColumns(name),
      gender: name.gender,
      date_of_birth: dob,
      position: rng.pick(POSITIONS),
      org_id: units[rng.int(0, units.length - 1)]!.id,
      employment_type: 'civil_servant',
      start_date: randomDate(rng, Number(dob.slice(0, 4)) + 23, Math.min(2024, Number(dob.slice(0, 4)) + 27)),
      status: 'working',
      citizen_id: null,
      ...stamp,
    });
  }

  // Initiatives, oldest first; the review round takes the last `inReview` of the unrecognised ones.
  const years = sizes.toYear - sizes.fromYear + 1;
  const initiatives: InitiativeTable[] = [];
  const authors: InitiativeAuthorTable[] = [];
  const decisionNo = new Map<string, number>();
  const perYear = new Map<number, number>();
  // More initiatives each year (the movement grew): year j weighs 1 + j/10.
  const weights = Array.from({ length: years }, (_, j) => 1 + j / 10);
  const total = weights.reduce((a, b) => a + b, 0);
  const yearEnds = weights.map(
    (_, j) => (sizes.initiatives * weights.slice(0, j + 1).reduce((a, b) => a + b, 0)) / total,
  );
  for (let i = 0, j = 0; i < sizes.initiatives; i++) {
    while (i >= yearEnds[j]! && j < years - 1) j++;
    const year = sizes.fromYear + j;
    const x = rng.next();
    const inReview = i >= sizes.initiatives - sizes.inReview;
    const level = inReview || x < 0.05 ? null : x < 0.06 ? 'national' : x < 0.18 ? 'provincial' : 'grassroots';
    const recognisedOn = level ? dateIn(rng, year, today) : null;
    const created = recognisedOn ?? dateIn(rng, inReview ? sizes.toYear : year, today);
    const team = SHARES[rng.int(0, SHARES.length - 1)]!;
    const chosen = new Set<PersonTable>();
    while (chosen.size < team.length) chosen.add(people[rng.int(0, people.length - 1)]!);
    const lead = [...chosen][0]!;
    const id = newId();
    const authority = level === 'grassroots' ? 'QĐ-SCT' : level === 'provincial' ? 'QĐ-UBND' : 'QĐ-BCT';
    const dk = `${year}|${authority}`;
    if (level) decisionNo.set(dk, (decisionNo.get(dk) ?? rng.int(10, 60)) + (rng.chance(0.1) ? 1 : 0));
    const title = `${rng.pick(OPENINGS)} ${rng.pick(SUBJECTS)} tại ${UNIT_NAMES[units.findIndex((u) => u.id === lead.org_id) % UNIT_NAMES.length]}`;
    initiatives.push({
      id,
      title,
      search_key: initiativeSearchKey({ title }),
      kind: rng.chance(0.85) ? 'initiative' : rng.pick(INITIATIVE_KINDS),
      field: rng.pick(FIELDS),
      org_id: lead.org_id,
      level,
      recognised_on: recognisedOn,
      decision_number: level ? `${decisionNo.get(dk)}/${authority}` : '',
      decision_signer: level === 'grassroots' ? 'Giám đốc Sở Công Thương' : level ? 'Chủ tịch UBND tỉnh' : '',
      summary: 'Sáng kiến đã được áp dụng thử tại đơn vị, giảm thời gian xử lý hồ sơ và chi phí in ấn.',
      problem: 'Quy trình hiện hành còn thủ công, mất nhiều thời gian tổng hợp.',
      solution: 'Chuẩn hóa biểu mẫu, dùng phần mềm dùng chung để theo dõi và tổng hợp.',
      novelty: 'Lần đầu áp dụng tại đơn vị.',
      first_applied_on: recognisedOn ? `${year}-01-01` : null,
      applied_at: lead.org_id === units[0]!.id ? 'Văn phòng Sở' : 'Tại đơn vị',
      benefit_amount: rng.chance(0.3) ? rng.int(5, 500) * 1_000_000 : null,
      social_benefit: '',
      status: level ? 'recognised' : inReview ? 'in_review' : 'submitted',
      created_at: `${created}T0${rng.int(1, 9)}:${pad(rng.int(0, 59))}:00.000Z`,
      updated_at: now,
      version: 1,
    });
    const counted = Number(created.slice(0, 4));
    perYear.set(counted, (perYear.get(counted) ?? 0) + 1);
    [...chosen].forEach((p, j) => authors.push({ initiative_id: id, person_id: p.id, share: team[j]! }));
  }

  await k.transaction().execute(async (trx) => {
    await trx.insertInto('organisations').values(units).execute();
    await bulkInsert(trx, 'people', people, CHUNK);
    await indexNames(trx, people, { fresh: true });
    await bulkInsert(trx, 'initiatives', initiatives, CHUNK);
    await bulkInsert(trx, 'initiative_authors', authors, CHUNK);
  });
  h.deps.tree.invalidate();

  // Reviewers: real accounts (council members at the root), then the round with every sheet filed.
  const reviewerNames = Array.from({ length: sizes.reviewers }, (_, i) => `hoidong${pad(i + 1)}`);
  const userIds: string[] = [];
  for (const u of reviewerNames)
    userIds.push((await makeUser(admin, u, [{ role: 'council_member', orgId: rootId }], REVIEWER_PASSWORD)).id);
  const roundId = newId();
  const roundItems = initiatives.slice(-sizes.inReview).map((i) => i.id);
  const reviewers = userIds.map((user_id) => ({
    id: newId(),
    round_id: roundId,
    user_id,
    person_id: null,
    org_id: rootId,
    fields: '[]',
    initiative_ids: '[]',
    created_at: now,
  }));
  const reviews: InitiativeReviewTable[] = [];
  for (const initiative_id of roundItems) {
    const base = rng.int(3, 8);
    for (const r of reviewers) {
      const scores = Object.fromEntries(
        DEFAULT_RUBRIC.map((c) => [c.key, Math.max(0, Math.min(10, base + rng.int(-2, 2)))]),
      );
      reviews.push({
        round_id: roundId,
        initiative_id,
        reviewer_id: r.id,
        status: 'scored',
        scores: JSON.stringify(scores),
        total: weightedScore(DEFAULT_RUBRIC, scores),
        comment: rng.chance(0.2) ? 'Cần bổ sung số liệu hiệu quả.' : '',
        reason: '',
        updated_at: now,
      });
    }
  }
  await k.transaction().execute(async (trx) => {
    await trx
      .insertInto('initiative_rounds')
      .values({
        id: roundId,
        title: `Xét công nhận sáng kiến năm ${sizes.toYear}`,
        opens_on: `${sizes.toYear}-01-01`,
        closes_on: `${sizes.toYear}-12-31`,
        status: 'open',
        phases: JSON.stringify(DEFAULT_PHASES),
        current_phase: 0,
        rubric: JSON.stringify(DEFAULT_RUBRIC),
        contested_stdev: 15,
        ...stamp,
      })
      .execute();
    const items = roundItems.map((initiative_id, position) => ({
      round_id: roundId,
      initiative_id,
      position,
      outcome: 'pending',
    }));
    await bulkInsert(trx, 'initiative_round_items', items, CHUNK);
    await bulkInsert(trx, 'initiative_reviewers', reviewers, CHUNK);
    await bulkInsert(trx, 'initiative_reviews', reviews, CHUNK);
  });
  // Autovacuum would get there within a minute or two; do it now, as bench/src/generate.ts does.
  if (h.db.dialect === 'postgres') await sql`vacuum analyze`.execute(k);
  return {
    rootId,
    unitIds: units.map((u) => u.id),
    roundId,
    roundItems,
    reviewerNames,
    perYear,
    rows: {
      organisations: units.length,
      people: people.length,
      initiatives: initiatives.length,
      initiative_authors: authors.length,
      initiative_round_items: roundItems.length,
      initiative_reviewers: reviewers.length,
      initiative_reviews: reviews.length,
    },
    seconds: (performance.now() - started) / 1000,
  };
}
