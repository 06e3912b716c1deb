import { autoRecusal, DEFAULT_RUBRIC, weightedScore, type RoundStatus } from '@thidua/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../db/index.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { DIALECTS, freshPostgres } from '../test/harness.ts';
import { seedDemo } from './demo.ts';

const fakeHash = (p: string) => Promise.resolve(`plain:${p}`);

describe.each(DIALECTS)('demo initiatives on %s', (dialect) => {
  let db: Db;
  let drop: (() => Promise<void>) | undefined;
  const k = () => db.kysely;

  beforeAll(async () => {
    if (dialect === 'postgres') {
      const fresh = await freshPostgres();
      drop = fresh.drop;
      db = openDb({ databaseUrl: fresh.url });
    } else db = openDb({});
    await migrateToLatest(db);
    await seedDemo(db, { hashPassword: fakeHash });
  }, 120_000);

  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  const roundOf = (status: RoundStatus) =>
    k().selectFrom('initiative_rounds').selectAll().where('status', '=', status).executeTakeFirstOrThrow();

  it('holds 152 initiatives and topics over 2017–2021, 19 of them province-wide', async () => {
    // As the statistics count them: in the year of recognition, or of registration while not recognised.
    const year = sql<string>`substr(coalesce(recognised_on, created_at), 1, 4)`;
    const rows = await k()
      .selectFrom('initiatives')
      .select(['level', 'kind', 'status', 'recognised_on', 'first_applied_on', 'escalation', 'escalation_decision'])
      .where(year, '>=', '2017')
      .where(year, '<=', '2021')
      .execute();
    expect(rows).toHaveLength(152);
    const wide = rows.filter((r) => r.level === 'provincial' || r.level === 'national');
    expect(wide).toHaveLength(19);
    expect(new Set(rows.map((r) => r.kind))).toEqual(
      new Set(['initiative', 'research_topic', 'technical_improvement']),
    );
    expect(rows.every((r) => r.status === 'recognised' && r.first_applied_on! < r.recognised_on!)).toBe(true);
    for (const r of wide) {
      expect(r.escalation).toBe('recognised');
      expect(r.escalation_decision).toMatch(/^\d+\/QĐ-UBND$/u);
    }
  });

  it('gives every initiative authors whose shares sum to 100, and a distinct title', async () => {
    const rows = await k()
      .selectFrom('initiatives as i')
      .leftJoin('initiative_authors as a', 'a.initiative_id', 'i.id')
      .select(['i.id', 'i.title'])
      .select((e) => [e.fn.sum<number>('a.share').as('total'), e.fn.count<number>('a.person_id').as('authors')])
      .groupBy(['i.id', 'i.title'])
      .execute();
    expect(rows.length).toBeGreaterThan(152);
    for (const r of rows) {
      expect(Number(r.total), r.title).toBe(100);
      expect(Number(r.authors)).toBeGreaterThanOrEqual(1);
      expect(Number(r.authors)).toBeLessThanOrEqual(3);
    }
    expect(new Set(rows.map((r) => r.title)).size).toBe(rows.length);
  });

  it('recognised the 2025 round’s initiatives by one decision of the Director', async () => {
    const round = await roundOf('decided');
    expect(round.title).toBe('Đợt xét công nhận sáng kiến năm 2025');
    const items = await k()
      .selectFrom('initiative_round_items as ri')
      .innerJoin('initiatives as i', 'i.id', 'ri.initiative_id')
      .select(['ri.outcome', 'i.status', 'i.level', 'i.recognised_on', 'i.decision_number'])
      .where('ri.round_id', '=', round.id)
      .execute();
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.every((i) => i.outcome === 'recognised' && i.status === 'recognised')).toBe(true);
    expect(items.every((i) => i.level === 'grassroots' && i.recognised_on!.startsWith('2025-12-'))).toBe(true);
    expect(new Set(items.map((i) => i.decision_number)).size).toBe(1);
    const counter = await k()
      .selectFrom('decision_counters')
      .select('last')
      .where('symbol', '=', 'QĐ-SCT')
      .where('year', '=', 2025)
      .executeTakeFirstOrThrow();
    expect(Number(counter.last)).toBeGreaterThanOrEqual(Number(items[0]!.decision_number.split('/')[0]));
  });

  it('has the 2026 round open with the council as reviewers and sheets filed', async () => {
    const round = await roundOf('open');
    expect(round).toMatchObject({
      title: 'Đợt xét công nhận sáng kiến năm 2026',
      opens_on: '2026-11-02',
      closes_on: '2026-12-15',
    });
    expect(Number(round.current_phase)).toBe(0);
    expect(JSON.parse(round.rubric)).toEqual(DEFAULT_RUBRIC);
    const items = await k()
      .selectFrom('initiative_round_items as ri')
      .innerJoin('initiatives as i', 'i.id', 'ri.initiative_id')
      .select(['i.status', 'i.level', 'i.created_at', 'i.org_id'])
      .where('ri.round_id', '=', round.id)
      .execute();
    expect(items.length).toBeGreaterThanOrEqual(6);
    expect(items.every((i) => i.status === 'in_review' && i.level === null && i.created_at.startsWith('2026'))).toBe(
      true,
    );
    expect(new Set(items.map((i) => i.org_id)).size).toBeGreaterThanOrEqual(5);
    const reviewers = await k()
      .selectFrom('initiative_reviewers')
      .selectAll()
      .where('round_id', '=', round.id)
      .execute();
    expect(reviewers.length).toBeGreaterThanOrEqual(4);
    const sheets = await k().selectFrom('initiative_reviews').selectAll().where('round_id', '=', round.id).execute();
    expect(sheets.length).toBeGreaterThan(items.length);
    expect(sheets.filter((s) => s.status === 'abstained')).toHaveLength(1);
    for (const s of sheets.filter((x) => x.status === 'scored'))
      expect(Number(s.total)).toBe(weightedScore(DEFAULT_RUBRIC, JSON.parse(s.scores)));
    // At least one initiative the reviewers disagree on by more than half the scale.
    const byItem = new Map<string, number[]>();
    for (const s of sheets.filter((x) => x.status === 'scored'))
      byItem.set(s.initiative_id, [...(byItem.get(s.initiative_id) ?? []), Number(s.total)]);
    expect([...byItem.values()].some((t) => Math.max(...t) - Math.min(...t) > 50)).toBe(true);
  });

  it('files no sheet for a reviewer the server would recuse', async () => {
    const orgs = await k().selectFrom('organisations').select(['id', 'parent_id']).execute();
    const parentOf = new Map(orgs.map((o) => [o.id, o.parent_id]));
    const isWithin = (o: string, a: string) => {
      for (let x: string | null | undefined = o; x; x = parentOf.get(x)) if (x === a) return true;
      return false;
    };
    const isRoot = (o: string) => parentOf.get(o) === null;
    const personOrg = new Map(
      (await k().selectFrom('people').select(['id', 'org_id']).execute()).map((p) => [p.id, p.org_id]),
    );
    const grants = await k().selectFrom('role_grants').select(['user_id', 'org_id']).execute();
    const reviewers = new Map(
      (await k().selectFrom('initiative_reviewers').selectAll().execute()).map((r) => [r.id, r]),
    );
    const authors = await k().selectFrom('initiative_authors').select(['initiative_id', 'person_id']).execute();
    const unit = new Map(
      (await k().selectFrom('initiatives').select(['id', 'org_id']).execute()).map((i) => [i.id, i.org_id]),
    );
    const sheets = await k().selectFrom('initiative_reviews').selectAll().execute();
    expect(sheets.length).toBeGreaterThan(0);
    for (const s of sheets) {
      const r = reviewers.get(s.reviewer_id)!;
      const authorIds = authors.filter((a) => a.initiative_id === s.initiative_id).map((a) => a.person_id);
      const cause = autoRecusal(
        {
          personId: r.person_id,
          orgIds: [
            r.org_id,
            ...(r.person_id ? [personOrg.get(r.person_id)!] : []),
            ...grants.filter((g) => g.user_id === r.user_id).map((g) => g.org_id),
          ],
        },
        { authorIds, orgIds: [unit.get(s.initiative_id)!, ...authorIds.map((a) => personOrg.get(a)!)] },
        isWithin,
        isRoot,
      );
      expect(cause, `${s.reviewer_id} on ${s.initiative_id}`).toBeNull();
    }
    // The members seated for a division are recused from its initiatives, so some pairs have no sheet.
    const open = await roundOf('open');
    const items = await k()
      .selectFrom('initiative_round_items')
      .select('initiative_id')
      .where('round_id', '=', open.id)
      .execute();
    const ofOpen = [...reviewers.values()].filter((r) => r.round_id === open.id);
    const recusedPairs = ofOpen.flatMap((r) =>
      items.filter((i) => !isRoot(r.org_id) && isWithin(unit.get(i.initiative_id)!, r.org_id)),
    );
    expect(recusedPairs.length).toBeGreaterThanOrEqual(2);
  });
});
