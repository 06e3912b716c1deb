import {
  buildLadders,
  DEFAULT_SETTINGS,
  evaluate,
  findAward,
  historyIssues,
  type AwardRecord,
  type DisciplineForm,
  type EligibilityInput,
  type EligibilityResult,
  type InitiativeRecord,
  type MemberRecord,
  type Rating,
  type RecognitionLevel,
  type ReviewFlag,
} from '@thidua/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../db/index.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { DIALECTS, freshPostgres } from '../test/harness.ts';
import { DEMO_CAST } from './awardsDemoCast.ts';
import { seedDemo } from './demo.ts';

const YEAR = 2026;
const fakeHash = (p: string) => Promise.resolve(`plain:${p}`);

/** Every ladder the 2026 list must show at least one subject for. */
const LADDERS: [string, 'individual' | 'collective'][] = [
  ['advanced_worker', 'individual'],
  ['grassroots_emulation_fighter', 'individual'],
  ['provincial_emulation_fighter', 'individual'],
  ['national_emulation_fighter', 'individual'],
  ['certificate_of_merit_provincial', 'individual'],
  ['certificate_of_merit_pm', 'individual'],
  ['order_labour_3', 'individual'],
  ['advanced_collective', 'collective'],
  ['excellent_collective', 'collective'],
  ['certificate_of_merit_provincial', 'collective'],
  ['emulation_flag_provincial', 'collective'],
  ['emulation_flag_government', 'collective'],
];

type World = Awaited<ReturnType<typeof loadWorld>>;

/** The seeded rows turned into engine inputs: a plain, test-only version of what the server does. */
async function loadWorld(db: Db) {
  const k = db.kysely;
  const [orgs, people, ratings, awards, links, initiatives, authors, periods] = await Promise.all([
    k.selectFrom('organisations').selectAll().execute(),
    k.selectFrom('people').selectAll().execute(),
    k.selectFrom('ratings').selectAll().execute(),
    k.selectFrom('award_records').selectAll().execute(),
    k.selectFrom('award_record_initiatives').selectAll().execute(),
    // Only recognised initiatives count, as the server loads them (awards/history/load.ts); the register
    // also holds initiatives still under review (initiativesDemo.ts).
    k.selectFrom('initiatives').selectAll().where('recognised_on', 'is not', null).execute(),
    k.selectFrom('initiative_authors').selectAll().execute(),
    k.selectFrom('subject_periods').selectAll().execute(),
  ]);
  const group = <T>(rows: T[], key: (r: T) => string) => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
    return m;
  };
  const linksOf = group(links, (l) => l.award_record_id);
  const awardsOf = group(awards, (a) => a.subject_id);
  const ratingsOf = group(ratings, (r) => r.subject_id);
  const periodsOf = group(periods, (p) => p.subject_id);
  const initiativeById = new Map(initiatives.map((i) => [i.id, i]));
  const authoredBy = group(
    authors.filter((a) => initiativeById.has(a.initiative_id)),
    (a) => a.person_id,
  );

  const history = (id: string) => ({
    awards: (awardsOf.get(id) ?? []).map(
      (a): AwardRecord => ({
        awardCode: a.award_code,
        year: Number(a.year),
        fromYear: Number(a.from_year),
        type: a.commendation_type as AwardRecord['type'] & string,
        decision: { number: a.decision_number, date: a.decision_date!, signer: a.decision_signer },
        initiativeIds: (linksOf.get(a.id) ?? []).map((l) => l.initiative_id),
      }),
    ),
    ratings: (ratingsOf.get(id) ?? []).map((r) => ({ year: Number(r.year), rating: r.rating as Rating })),
    discipline: (periodsOf.get(id) ?? [])
      .filter((p) => p.category === 'discipline')
      .map((p) => ({ form: p.kind as DisciplineForm, from: p.from_date, to: p.to_date })),
  });
  const members = (orgId: string): MemberRecord[] =>
    people
      .filter((p) => p.org_id === orgId && (p.status === 'working' || p.status === 'on_leave'))
      .map((p) => ({ id: p.id, name: p.full_name, ...history(p.id) }));

  const input = (kind: 'individual' | 'collective', id: string, awardCode: string): EligibilityInput => {
    const own = periodsOf.get(id) ?? [];
    const person = kind === 'individual' ? people.find((p) => p.id === id)! : undefined;
    return {
      subject: {
        kind,
        id,
        ...(person?.start_date ? { recruitedOn: person.start_date } : {}),
        maternityLeaves: own
          .filter((p) => p.category === 'leave' && p.to_date)
          .map((p) => ({ from: p.from_date, to: p.to_date! })),
      },
      awardCode,
      year: YEAR,
      ...history(id),
      reviewFlags: own
        .filter((p) => p.category === 'review')
        .map((p) => ({ kind: p.kind as ReviewFlag['kind'], from: p.from_date, to: p.to_date })),
      initiatives: (authoredBy.get(id) ?? []).map((a): InitiativeRecord => {
        const i = initiativeById.get(a.initiative_id)!;
        return {
          id: i.id,
          title: i.title,
          kind: i.kind as InitiativeRecord['kind'],
          level: i.level as RecognitionLevel,
          recognisedOn: i.recognised_on!,
        };
      }),
      ...(kind === 'collective' ? { members: members(id) } : {}),
    };
  };
  return { orgs, people, ratings, awards, links, initiatives, authors, periods, history, input };
}

const failing = (r: EligibilityResult) => r.criteria.filter((c) => c.met === false).map((c) => c.key);

function subjectOf(w: World, unit: string, name: string | null): { kind: 'individual' | 'collective'; id: string } {
  const org = w.orgs.find((o) => o.code === unit)!;
  if (!name) return { kind: 'collective', id: org.id };
  const found = w.people.filter((p) => p.org_id === org.id && p.full_name === name);
  expect(found, `${name} (${unit})`).toHaveLength(1);
  return { kind: 'individual', id: found[0]!.id };
}

describe.each(DIALECTS)('demo award history on %s', (dialect) => {
  let db: Db;
  let drop: (() => Promise<void>) | undefined;
  let w: World;

  beforeAll(async () => {
    if (dialect === 'postgres') {
      const fresh = await freshPostgres();
      drop = fresh.drop;
      db = openDb({ databaseUrl: fresh.url });
    } else db = openDb({});
    await migrateToLatest(db);
    await seedDemo(db, { hashPassword: fakeHash });
    w = await loadWorld(db);
  }, 120_000);

  afterAll(async () => {
    await db?.close();
    await drop?.();
  });

  it('rates every unit and member of staff for ten years, with titles only where decided', () => {
    const years = new Set(w.ratings.map((r) => Number(r.year)));
    expect([...years].sort()).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    const working = w.people.filter((p) => p.status === 'working');
    const rated2026 = new Set(w.ratings.filter((r) => Number(r.year) === YEAR).map((r) => r.subject_id));
    expect(working.every((p) => rated2026.has(p.id))).toBe(true);
    const of = (code: string, year: number) =>
      w.awards.filter((a) => a.award_code === code && Number(a.year) === year).length;
    const staff2025 = w.ratings.filter((r) => r.subject_kind === 'individual' && Number(r.year) === 2025).length;
    expect(of('advanced_worker', 2025) / staff2025).toBeGreaterThan(0.6);
    const fighters = of('grassroots_emulation_fighter', 2025) / staff2025;
    expect(fighters).toBeGreaterThan(0.08);
    expect(fighters).toBeLessThan(0.22);
    // 2026 annual titles: decided early, never after "today".
    const early = w.awards.filter((a) => Number(a.year) === YEAR);
    expect(early.length).toBeGreaterThan(0);
    expect(early.length).toBeLessThan(of('advanced_worker', 2025));
    expect(early.every((a) => a.decision_date! <= '2026-11-26')).toBe(true);
  });

  it('writes plausible decisions and a consistent history', () => {
    for (const a of w.awards) {
      expect(findAward(a.award_code), a.award_code).toBeDefined();
      expect(a.decision_number).toMatch(/^\d+\/QĐ-(SCT|UBND|TTg|CTN|BCT|TTKC|QLTT)$/u);
      expect(a.decision_signer.length).toBeGreaterThan(0);
      expect(a.decision_date! >= `${a.year}-01-01` && a.decision_date! <= `${Number(a.year) + 1}-12-31`).toBe(true);
      if (a.decision_number.endsWith('QĐ-UBND')) expect(a.decision_signer).toBe('Chủ tịch UBND tỉnh');
      // The archive's records name the post; a decision issued through the register names the Director.
      if (a.decision_number.endsWith('QĐ-SCT')) expect(['Giám đốc Sở', 'Lê Quang Tiến']).toContain(a.decision_signer);
    }
    const holders = [...new Set(w.awards.map((a) => a.subject_id))];
    for (const id of holders) {
      const h = w.history(id);
      expect(historyIssues(h.awards, h.ratings), id).toEqual([]);
    }
  });

  it('gives initiatives authors whose shares sum to 100, and links most of them to the award they founded', () => {
    expect(w.initiatives.length).toBeGreaterThanOrEqual(8);
    for (const i of w.initiatives) {
      const shares = w.authors.filter((a) => a.initiative_id === i.id).map((a) => a.share);
      expect(
        shares.reduce((s, x) => s + x, 0),
        i.title,
      ).toBe(100);
    }
    expect(new Set(w.initiatives.map((i) => i.level))).toEqual(new Set(['grassroots', 'provincial', 'national']));
    expect(new Set(w.links.map((l) => l.initiative_id)).size).toBeGreaterThanOrEqual(4);
  });

  it('puts at least one subject on every ladder of 2026', () => {
    const ladders = buildLadders(DEFAULT_SETTINGS);
    const individuals = w.people.filter((p) => p.status === 'working' || p.status === 'on_leave');
    for (const [code, kind] of LADDERS) {
      expect(
        ladders.some((l) => l.awardCode === code && l.subject === kind),
        `${code}/${kind} is a ladder`,
      ).toBe(true);
      const ids = kind === 'individual' ? individuals.map((p) => p.id) : w.orgs.map((o) => o.id);
      const candidates = ids.filter((id) => evaluate(w.input(kind, id, code)).verdict !== 'not_eligible');
      expect(candidates.length, `${code}/${kind}`).toBeGreaterThan(0);
    }
  });

  it.each(DEMO_CAST.map((c) => [`${c.name ?? c.unit} → ${c.awardCode}`, c] as const))('%s', (_, c) => {
    const s = subjectOf(w, c.unit, c.name);
    const r = evaluate(w.input(s.kind, s.id, c.awardCode));
    if (c.expect === 'candidate') {
      expect(r.verdict, JSON.stringify(r.criteria.filter((x) => x.met !== true))).not.toBe('not_eligible');
    } else {
      expect(r.verdict).toBe('not_eligible');
      expect(failing(r)).toEqual([c.expect.failing]);
    }
  });
});
