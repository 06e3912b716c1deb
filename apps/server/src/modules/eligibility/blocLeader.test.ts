import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, asAdmin, makeHarness, rootOrgId, type Client, type Harness } from '../../test/harness.ts';
import { insertRating, insertUnit } from '../../test/factories/people.ts';
import { insertScorecard, insertScorecardTemplate } from '../../test/factories/scorecards.ts';
import { nowIso } from '../../db/index.ts';
import { ManualClock } from '../../platform/clock.ts';
import { newId } from '../../platform/ids.ts';
import type { Db } from '../../test/factories/steps.ts';

interface Criterion {
  key: string;
  met: boolean | null;
  detail: string;
  evidence: string[];
}

async function insertBloc(k: Db, name: string, organiser: 'province' | 'ministry' | 'department'): Promise<string> {
  const id = newId();
  const now = nowIso();
  await k
    .insertInto('blocs')
    .values({ id, name, kind: 'bloc', organiser, description: '', created_at: now, updated_at: now, version: 1 })
    .execute();
  return id;
}

/**
 * The province's bloc of economic departments scored for 2025 and published: unit A first, unit B second, an
 * agency outside the department third. A second bloc's 2025 cycle, ranked but not yet published, puts B first.
 */
describe.each(DIALECTS)('the flags read the published bloc ranking (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let root: string;
  let unitA: string;
  let unitB: string;
  const check = async (subjectId: string, year = 2025) => {
    const res = await admin.send('POST', '/api/v1/eligibility/check', {
      subjectId,
      awardCode: 'emulation_flag_provincial',
      year,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { verdict: string; criteria: Criterion[] };
    return { verdict: body.verdict, leader: body.criteria.find((c) => c.key === 'bloc_leader')! };
  };

  beforeAll(async () => {
    h = await makeHarness(dialect, { clock: new ManualClock('2026-03-15T09:00:00+07:00') });
    admin = await asAdmin(h);
    const k = h.db.kysely;
    root = await rootOrgId(h);
    unitA = await insertUnit(k, root, 'TTXT', 'Trung tâm Khuyến công và Xúc tiến thương mại');
    unitB = await insertUnit(k, root, 'QLTT', 'Phòng Quản lý thương mại');
    for (const org of [unitA, unitB])
      for (const year of [2024, 2025])
        await insertRating(k, { id: org, org_id: org, kind: 'collective' }, year, 'excellent');

    const economic = await insertBloc(k, 'Khối thi đua các sở kinh tế', 'province');
    const template = await insertScorecardTemplate(k, { kind: 'bloc', blocId: economic, year: 2025 });
    await insertScorecard(k, {
      template,
      status: 'published',
      publishedOn: '2026-01-20',
      members: [
        { orgId: unitA, selfShare: 0.98 },
        { orgId: unitB, selfShare: 0.9 },
        { name: 'Sở Tài chính', orgId: null, selfShare: 0.85 },
      ],
    });
    const other = await insertBloc(k, 'Khối thi đua các đơn vị sự nghiệp', 'province');
    const pending = await insertScorecardTemplate(k, { kind: 'bloc', blocId: other, year: 2025 });
    await insertScorecard(k, {
      template: pending,
      status: 'ranked',
      members: [
        { orgId: unitB, selfShare: 1 },
        { orgId: unitA, selfShare: 0.8 },
      ],
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the member ranked first of a published cycle leads its bloc for the province’s flag', async () => {
    const ranks = await h.db.kysely
      .selectFrom('scorecard_members')
      .innerJoin('scorecards', 'scorecards.id', 'scorecard_members.scorecard_id')
      .select(['scorecard_members.org_id', 'scorecard_members.rank'])
      .where('scorecards.status', '=', 'published')
      .execute();
    expect(ranks.find((r) => r.org_id === unitA)?.rank).toBe(1);
    const { verdict, leader } = await check(unitA);
    expect(leader.met).toBe(true);
    expect(leader.detail).toBe(
      'Dẫn đầu Khối thi đua các sở kinh tế năm 2025: hạng 1/3 (kết quả chấm điểm đã công bố).',
    );
    expect(leader.evidence).toEqual([
      'Dẫn đầu Khối thi đua các sở kinh tế năm 2025: hạng 1/3 (kết quả chấm điểm đã công bố)',
    ]);
    // Only the judgement of exceeding the targets is left to the council.
    expect(verdict).toBe('needs_review');
  });

  it('the second is refused with the same evidence; an unpublished cycle counts for nothing', async () => {
    const { verdict, leader } = await check(unitB);
    expect(verdict).toBe('not_eligible');
    expect(leader.met).toBe(false);
    expect(leader.detail).toContain('Khối thi đua các sở kinh tế năm 2025: hạng 2/3 (kết quả chấm điểm đã công bố)');
    expect(leader.detail).not.toContain('đơn vị sự nghiệp');
  });

  it('a year without a published ranking answers as before: a fact from outside', async () => {
    const { leader } = await check(unitA, 2024);
    expect(leader.met).toBeNull();
    expect(leader.detail).toContain('thông tin từ bên ngoài, cần bổ sung');
  });

  it('the candidates for the province’s flag list the bloc leader and not the runner-up', async () => {
    const res = await admin.get(
      `/api/v1/eligibility/candidates?orgId=${root}&year=2025&awardCode=emulation_flag_provincial`,
    );
    expect(res.statusCode).toBe(200);
    const items = (res.json() as { items: { subjectId: string; awards: { code: string; verdict: string }[] }[] }).items;
    expect(items.map((i) => i.subjectId)).toContain(unitA);
    expect(items.map((i) => i.subjectId)).not.toContain(unitB);
    expect(items.find((i) => i.subjectId === unitA)?.awards).toEqual([
      expect.objectContaining({ code: 'emulation_flag_provincial', verdict: 'needs_review' }),
    ]);
  });
});
