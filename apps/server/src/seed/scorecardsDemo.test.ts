import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkTemplate,
  pointsFromFigure,
  rankMembers,
  roundPoints,
  sheetTotals,
  type TemplateItem,
} from '@thidua/domain';
import { DIALECTS, makeHarness, rootOrgId, signIn, type Client, type Harness } from '../test/harness.ts';
import { scorecardSettings } from '../modules/settings/read.ts';
import { DEMO_PASSWORD } from './demo.ts';
import { DIVISION_BLOC, PAR_2025_SUBMITTED, PROVINCIAL_BLOC } from './scorecardsDemo.ts';

type ParRow = { year: number; score: number; rank: number; of: number; selfScore: number; appraisedScore: number };

// The scorecards story of the demo (docs/scorecards.md "Demo"), read back as the product would compute it.
describe.each(DIALECTS)('the scorecards demo on %s', (dialect) => {
  let h: Harness;
  let leader: Client;
  let root: string;

  beforeAll(async () => {
    h = await makeHarness(dialect, { seedDemo: true });
    leader = await signIn(h.app, 'lanhdao', DEMO_PASSWORD);
    root = await rootOrgId(h);
  }, 180_000);
  afterAll(() => h?.close());

  const k = () => h.db.kysely;

  /** A template's tree as the domain reads it. */
  async function treeOf(
    templateId: string,
  ): Promise<{ items: TemplateItem[]; caps: { bonusCap: number; penaltyCap: number } }> {
    const t = await k()
      .selectFrom('scorecard_templates')
      .selectAll()
      .where('id', '=', templateId)
      .executeTakeFirstOrThrow();
    const rows = await k()
      .selectFrom('scorecard_items')
      .selectAll()
      .where('template_id', '=', templateId)
      .orderBy('position')
      .execute();
    const build = (parent: string | null): TemplateItem[] =>
      rows
        .filter((r) => r.parent_id === parent)
        .map((r) => ({
          id: r.id,
          code: r.code,
          kind: r.kind as TemplateItem['kind'],
          name: r.name,
          maxPoints: Number(r.max_points),
          method: r.method as TemplateItem['method'],
          source: r.source,
          scoring: r.scoring ? JSON.parse(r.scoring) : null,
          children: build(r.id),
        }));
    return { items: build(null), caps: { bonusCap: Number(t.bonus_cap), penaltyCap: Number(t.penalty_cap) } };
  }

  /** Every sheet of a cycle with its totals recomputed from the stored scores, and the ranking recomputed. */
  async function recompute(scorecardId: string) {
    const card = await k().selectFrom('scorecards').selectAll().where('id', '=', scorecardId).executeTakeFirstOrThrow();
    const { items, caps } = await treeOf(card.template_id);
    expect(checkTemplate(items, caps)).toEqual([]);
    const members = await k()
      .selectFrom('scorecard_members')
      .selectAll()
      .where('scorecard_id', '=', scorecardId)
      .execute();
    const out = [];
    for (const m of members) {
      const scores = await k().selectFrom('scorecard_scores').selectAll().where('member_id', '=', m.id).execute();
      const self = sheetTotals(
        items,
        new Map(scores.map((s) => [s.item_id, s.self_points === null ? null : Number(s.self_points)])),
        caps,
      );
      const appraised = sheetTotals(
        items,
        new Map(scores.map((s) => [s.item_id, s.appraised_points === null ? null : Number(s.appraised_points)])),
        caps,
      );
      expect(self.missing).toBe(0);
      expect(Number(m.self_total)).toBe(self.total);
      expect(Number(m.appraised_total)).toBe(appraised.total);
      expect(Number(m.final_total)).toBe(roundPoints(appraised.total + Number(m.survey_score ?? 0)));
      for (const s of scores.filter((x) => x.appraisal === 'reduced')) {
        expect(s.appraisal_reason).not.toBe('');
        expect(Number(s.appraised_points)).toBeLessThan(Number(s.self_points));
      }
      out.push({
        m,
        items,
        scores,
        fields: appraised.byField.map((f) => f.points ?? 0),
        penalty: appraised.penalty,
        self: self.total,
      });
    }
    const ranks = rankMembers(
      out.map((o) => ({
        id: o.m.id,
        total: Number(o.m.final_total),
        fields: o.fields,
        penalty: o.penalty,
        selfTotal: o.self,
      })),
      (await scorecardSettings(k())).tieBreak,
    );
    for (const r of ranks) expect(Number(out.find((o) => o.m.id === r.id)!.m.rank)).toBe(r.rank);
    expect(card.status).toBe('published');
    const steps = await k()
      .selectFrom('transitions')
      .select(['action', 'to_status'])
      .where('entity_id', '=', scorecardId)
      .orderBy('seq')
      .execute();
    expect(steps.map((s) => s.action)).toEqual([null, 'close_self', 'rank', 'publish']);
    return { card, sheets: out.sort((a, b) => Number(a.m.rank) - Number(b.m.rank)) };
  }

  const blocCycle = async (bloc: string, year: number) => {
    const row = await k()
      .selectFrom('scorecards as s')
      .innerJoin('bloc_years as y', 'y.id', 's.bloc_year_id')
      .innerJoin('blocs as b', 'b.id', 'y.bloc_id')
      .select('s.id')
      .where('b.name', '=', bloc)
      .where('s.year', '=', year)
      .executeTakeFirstOrThrow();
    return recompute(row.id);
  };

  it('shows the PAR index 2016–2025: first or second of 19–21 departments every year, each with its decision', async () => {
    const res = await leader.get('/api/v1/par-index/history');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.orgId).toBe(root);
    const items: (ParRow & { surveyScore: number; decision: { number: string; date: string; signer: string } })[] =
      body.items;
    expect(items.map((r) => r.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    for (const r of items) {
      expect([1, 2]).toContain(r.rank);
      expect(r.of).toBeGreaterThanOrEqual(19);
      expect(r.of).toBeLessThanOrEqual(21);
      expect(r.score).toBe(roundPoints(r.appraisedScore + r.surveyScore));
      expect(r.appraisedScore).toBeLessThanOrEqual(r.selfScore);
      expect(r.decision.number).toMatch(/^\d+\/QĐ-UBND$/u);
      expect(r.decision.date.slice(0, 4)).toBe(String(r.year + 1));
      expect(r.decision.signer).toMatch(/UBND tỉnh$/u);
    }
    expect(items.filter((r) => r.rank === 1).length).toBe(6);
  });

  it('scores 2025 by a published PAR cycle whose computed criteria count the one-stop demo, and its final is the history row', async () => {
    const card = await k()
      .selectFrom('scorecards')
      .select('id')
      .where('kind', '=', 'par')
      .where('year', '=', 2025)
      .executeTakeFirstOrThrow();
    const { sheets } = await recompute(card.id);
    expect(sheets).toHaveLength(1);
    const [sheet] = sheets;
    expect(sheet!.m.org_id).toBe(root);
    const row = (await leader.get('/api/v1/par-index/history')).json().items.find((r: ParRow) => r.year === 2025);
    expect(row).toMatchObject({
      scorecardId: card.id,
      score: Number(sheet!.m.final_total),
      selfScore: Number(sheet!.m.self_total),
      appraisedScore: Number(sheet!.m.appraised_total),
      rank: 1,
      of: 19,
      decision: { number: '462/QĐ-UBND', date: '2026-03-13' },
    });
    expect(row.score).toBeGreaterThan(90);

    // The fields carry the methodology's names; three criteria are computed from the one-stop desk.
    const fields = sheet!.items.filter((i) => i.kind === 'field').map((i) => i.name);
    expect(fields).toContain('Cải cách thủ tục hành chính');
    expect(fields).toContain('Xây dựng và phát triển Chính phủ điện tử, Chính phủ số');
    const leaves = (items: TemplateItem[]): TemplateItem[] =>
      items.flatMap((i) => (i.children.length ? leaves(i.children) : [i]));
    const computed = leaves(sheet!.items).filter((i) => i.method === 'computed');
    expect(computed.map((i) => i.source).sort()).toEqual([
      'onestop.apology_letters',
      'onestop.on_time_rate',
      'onestop.online_share',
    ]);

    // Biểu 06 of 2025 read through the API, counted by hand: the frozen figures and the points they gave.
    const biểu06 = await leader.get('/api/v1/one-stop/report?from=2025-01-01&to=2025-12-31');
    expect(biểu06.statusCode, biểu06.body).toBe(200);
    const total = biểu06.json().total;
    for (const item of computed) {
      const score = sheet!.scores.find((s) => s.item_id === item.id)!;
      const figure = JSON.parse(score.figure!);
      expect(figure.computedAt).toBe(PAR_2025_SUBMITTED);
      expect([figure.periodFrom, figure.periodTo]).toEqual(['2025-01-01', '2025-12-31']);
      if (item.source === 'onestop.on_time_rate') {
        expect(figure.denominator).toBe(total.finished);
        expect(figure.numerator).toBe(total.finishedEarly + total.finishedOnTime);
        expect(figure.denominator).toBeGreaterThan(100);
      }
      if (item.source === 'onestop.online_share') {
        expect(figure.numerator).toBe(total.receivedOnline);
        expect(figure.denominator).toBe(total.receivedOnline + total.receivedOffline);
      }
      expect(Number(score.self_points)).toBe(pointsFromFigure(item.scoring!, item.maxPoints, figure));
    }
  });

  it('ranks the provincial bloc: Sở Tài chính ahead in 2024, the department leading 2025 with the acclamation minutes', async () => {
    const y2024 = await blocCycle(PROVINCIAL_BLOC, 2024);
    expect(y2024.sheets.map((s) => s.m.name).slice(0, 2)).toEqual(['Sở Tài chính', 'Sở Công Thương tỉnh Thái Nguyên']);
    expect(y2024.sheets[1]!.m.org_id).toBe(root);
    const y2025 = await blocCycle(PROVINCIAL_BLOC, 2025);
    expect(y2025.sheets).toHaveLength(5);
    const first = y2025.sheets[0]!.m;
    expect([first.org_id, first.rank, first.classification]).toEqual([root, 1, 'Xuất sắc']);
    expect(Number(first.final_total)).toBeGreaterThan(Number(y2025.sheets[1]!.m.final_total));
    // One member was asked once to explain, and did.
    const explained = y2025.sheets.filter((s) => Number(s.m.explanation_used) === 1);
    expect(explained.map((s) => s.m.name)).toEqual(['Sở Xây dựng']);
    const steps = await k()
      .selectFrom('transitions')
      .select('action')
      .where('entity_id', '=', explained[0]!.m.id)
      .orderBy('seq')
      .execute();
    expect(steps.map((s) => s.action)).toEqual([
      null,
      'submit',
      'request_explanation',
      'explain',
      'appraise',
      'finalise',
    ]);

    const minutes = await k()
      .selectFrom('scorecard_minutes')
      .selectAll()
      .where('scorecard_id', '=', y2025.card.id)
      .executeTakeFirstOrThrow();
    const votes: { memberId: string; votes: number }[] = JSON.parse(minutes.votes);
    expect(votes.reduce((s, v) => s + v.votes, 0)).toBe(Number(minutes.ballots));
    expect(votes.find((v) => v.memberId === first.id)!.votes).toBe(Number(minutes.present) - 1);
    expect(minutes.conclusion).toContain('Cờ thi đua của UBND tỉnh năm 2025');
    // The departments' representatives vote on paper, counted by a committee the minutes name.
    expect(minutes.voting_method).toBe('paper_ballot');
    expect(minutes.tellers).toMatch(/^đại diện .+ \(Trưởng ban\), đại diện .+, đại diện .+$/u);
    // The 2025 template was copied from 2024's.
    const templates = await k()
      .selectFrom('scorecard_templates')
      .select(['id', 'copied_from_id'])
      .where('id', 'in', [y2024.card.template_id, y2025.card.template_id])
      .execute();
    expect(templates.find((t) => t.id === y2025.card.template_id)!.copied_from_id).toBe(y2024.card.template_id);
  });

  it("scores the department's bloc of divisions for 2025 on the bloc's 2025 members", async () => {
    const y = await blocCycle(DIVISION_BLOC, 2025);
    expect(y.sheets).toHaveLength(7);
    expect(y.sheets.every((s) => s.m.org_id !== null)).toBe(true);
    const members = await k()
      .selectFrom('bloc_members')
      .select('org_id')
      .where('bloc_year_id', '=', y.card.bloc_year_id!)
      .execute();
    expect(new Set(members.map((m) => m.org_id))).toEqual(new Set(y.sheets.map((s) => s.m.org_id)));
    expect(y.sheets[0]!.m.name).toBe('Phòng Quản lý Công nghiệp');
  });
});
