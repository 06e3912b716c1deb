import { DEFAULT_PHASES, DEFAULT_RUBRIC, weightedScore, type RoundStatus } from '@thidua/domain';
import type { Transaction } from 'kysely';
import { bulkInsert } from '../db/bulk.ts';
import type { Database, InitiativeAuthorTable, InitiativeTable, PersonTable } from '../db/schema.ts';
import type {
  InitiativeReviewerTable,
  InitiativeReviewTable,
  InitiativeRoundItemTable,
  InitiativeRoundTable,
} from '../db/schema-initiatives.ts';
import { newId } from '../platform/ids.ts';
import { creationSteps } from './creationSteps.ts';
import { DEMO_COUNCIL } from './decisionsDemoData.ts';
import {
  addMonths,
  at,
  authorRows,
  day,
  initiativeRow,
  lastNumbers,
  SYMBOL,
  type Staffing,
} from './initiativesDemoRows.ts';
import { REVIEW_COMMENTS, ROUND_2025_TITLES, ROUND_2026_TITLES } from './initiativesDemoData.ts';
import type { Rng } from './names.ts';

/**
 * The council's initiative review rounds: the 2025 round, decided (its
 * initiatives recognised by the Director in December 2025), and the 2026
 * round, open since 02/11/2026 in its first (independent, anonymous) phase,
 * with the council's members as reviewers and part of the sheets filed — one
 * abstention, one initiative the reviewers disagree on. No sheet is filed by a
 * reviewer the server would recuse (an author, or seated / working in the
 * initiative's unit other than the department itself).
 */

interface Reviewer {
  username: string;
  userId: string;
  personId: string | null;
  /** The units he reviews as: his seat, his own unit, his grants. */
  orgIds: string[];
}

interface Item {
  row: InitiativeTable;
  authors: PersonTable[];
}

const clamp = (n: number) => Math.max(0, Math.min(10, n));

async function councilReviewers(trx: Transaction<Database>, orgOf: Map<string, string>): Promise<Reviewer[]> {
  const members = await trx
    .selectFrom('council_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.username', 'm.user_id', 'm.person_id', 'm.org_id'])
    .where('m.term_to', 'is', null)
    .execute();
  const grants = await trx.selectFrom('role_grants').select(['user_id', 'org_id']).execute();
  return members
    .map((m) => ({
      username: m.username,
      userId: m.user_id,
      personId: m.person_id,
      orgIds: [
        m.org_id,
        ...(m.person_id && orgOf.has(m.person_id) ? [orgOf.get(m.person_id)!] : []),
        ...grants.filter((g) => g.user_id === m.user_id).map((g) => g.org_id),
      ],
    }))
    .sort((a, b) => DEMO_COUNCIL.indexOf(a.username) - DEMO_COUNCIL.indexOf(b.username));
}

export async function insertDemoRounds(
  trx: Transaction<Database>,
  rng: Rng,
  staff: Staffing,
  now: string,
): Promise<{ rounds: number; roundInitiatives: number; reviewers: number; sheets: number }> {
  const orgs = await trx.selectFrom('organisations').select(['id', 'parent_id']).execute();
  const parentOf = new Map(orgs.map((o) => [o.id, o.parent_id]));
  const within = (org: string, ancestor: string) => {
    for (let o: string | null | undefined = org; o; o = parentOf.get(o)) if (o === ancestor) return true;
    return false;
  };
  const orgOf = new Map(
    (await trx.selectFrom('people').select(['id', 'org_id']).execute()).map((p) => [p.id, p.org_id]),
  );
  const council = await councilReviewers(trx, orgOf);
  const recused = (r: Reviewer, i: Item) =>
    (r.personId !== null && i.authors.some((a) => a.id === r.personId)) ||
    r.orgIds.some(
      (own) =>
        parentOf.get(own) !== null && [i.row.org_id, ...i.authors.map((a) => a.org_id)].some((o) => within(o, own)),
    );
  // Authors of the rounds: one initiative each, and never a council member.
  const taken = new Set(council.flatMap((r) => (r.personId ? [r.personId] : [])));
  const last = await lastNumbers(trx);

  const initiatives: InitiativeTable[] = [];
  const authors: InitiativeAuthorTable[] = [];
  const rounds: InitiativeRoundTable[] = [];
  const items: InitiativeRoundItemTable[] = [];
  const reviewers: InitiativeReviewerTable[] = [];
  const sheets: InitiativeReviewTable[] = [];

  const round = (
    titles: [string, string, string][],
    r: { title: string; opens: string; closes: string; status: RoundStatus; phase: number; createdOn: string },
    draft: (orgId: string) => Omit<Parameters<typeof initiativeRow>[1], 'title' | 'field' | 'orgId' | 'appliedAt'>,
  ) => {
    const id = newId();
    rounds.push({
      id,
      title: r.title,
      opens_on: r.opens,
      closes_on: r.closes,
      status: r.status,
      phases: JSON.stringify(DEFAULT_PHASES),
      current_phase: r.phase,
      rubric: JSON.stringify(DEFAULT_RUBRIC),
      contested_stdev: 15,
      created_at: at(r.createdOn),
      updated_at: now,
      version: 1,
    });
    const out: Item[] = [];
    for (const [n, [code, field, title]] of titles.entries()) {
      const orgId = staff.unitOf(code);
      const row = initiativeRow(
        rng,
        { title, field, orgId, appliedAt: staff.unitName.get(orgId)!, ...draft(orgId) },
        now,
      );
      const year = Number(r.opens.slice(0, 4));
      const who = staff.authors(orgId, year, rng.pick([1, 2, 2, 3]), taken);
      for (const p of who) taken.add(p.id);
      initiatives.push(row);
      authors.push(...authorRows(rng, row.id, who));
      items.push({
        round_id: id,
        initiative_id: row.id,
        position: n + 1,
        outcome: r.status === 'decided' ? 'recognised' : 'pending',
      });
      out.push({ row, authors: who });
    }
    const seated = council.map((c) => ({ c, id: newId() }));
    for (const { c, id: reviewerId } of seated)
      reviewers.push({
        id: reviewerId,
        round_id: id,
        user_id: c.userId,
        person_id: c.personId,
        org_id: c.orgIds[0]!,
        fields: '[]',
        initiative_ids: '[]',
        created_at: at(r.createdOn, 3),
      });
    const sheet = (
      reviewer: (typeof seated)[number],
      i: Item,
      scores: Record<string, number> | null,
      on: string,
      reason = '',
    ) => {
      if (recused(reviewer.c, i)) throw new Error(`demo initiatives: ${reviewer.c.username} is recused`);
      sheets.push({
        round_id: id,
        initiative_id: i.row.id,
        reviewer_id: reviewer.id,
        status: scores ? 'scored' : 'abstained',
        scores: JSON.stringify(scores ?? {}),
        total: scores ? weightedScore(DEFAULT_RUBRIC, scores) : null,
        comment: scores ? rng.pick(REVIEW_COMMENTS) : '',
        reason,
        updated_at: at(on, rng.int(1, 9)),
      });
    };
    const around = (q: number) => ({
      novelty: clamp(q + rng.int(-2, 1)),
      applicability: clamp(q + rng.int(-1, 2)),
      effectiveness: clamp(q + rng.int(-2, 2)),
      scope: clamp(q - rng.int(0, 3)),
    });
    return { items: out, seated, sheet, around };
  };

  // 2025: decided; every initiative recognised by one decision of the Director.
  const signed = day(2025, 12, rng.int(10, 19));
  const number = (last.get(2025) ?? rng.int(60, 90)) + 1;
  const r2025 = round(
    ROUND_2025_TITLES,
    {
      title: 'Đợt xét công nhận sáng kiến năm 2025',
      opens: '2025-10-15',
      closes: '2025-11-28',
      status: 'decided',
      phase: 1,
      createdOn: '2025-10-06',
    },
    () => {
      const submitted = day(2025, 9, rng.int(8, 28));
      return {
        status: 'recognised',
        recognisedOn: signed,
        decision: `${number}/${SYMBOL}`,
        firstAppliedOn: addMonths(submitted, -rng.int(4, 10)),
        createdAt: at(submitted),
      };
    },
  );
  for (const i of r2025.items) {
    const q = rng.int(6, 8);
    for (const s of r2025.seated)
      if (!recused(s.c, i)) r2025.sheet(s, i, r2025.around(q), day(2025, 11, rng.int(3, 26)));
  }
  await trx
    .insertInto('decision_counters')
    .values({ symbol: SYMBOL, year: 2025, last: number })
    .onConflict((oc) => oc.columns(['symbol', 'year']).doUpdateSet({ last: number }))
    .execute();

  // 2026: open, first phase; submitted in October.
  const r2026 = round(
    ROUND_2026_TITLES,
    {
      title: 'Đợt xét công nhận sáng kiến năm 2026',
      opens: '2026-11-02',
      closes: '2026-12-15',
      status: 'open',
      phase: 0,
      createdOn: '2026-10-26',
    },
    () => {
      const submitted = day(2026, 10, rng.int(5, 23));
      return {
        status: 'in_review',
        recognisedOn: null,
        decision: '',
        firstAppliedOn: addMonths(submitted, -rng.int(4, 10)),
        createdAt: at(submitted),
      };
    },
  );
  const by = (username: string) => r2026.seated.find((s) => s.c.username === username);
  const [first, contested] = r2026.items;
  const hi = by('lanhdao');
  const lo = by('hoidong');
  // The disagreement the chair will see flagged: one reviewer convinced, the other not at all.
  if (contested && hi && lo) {
    r2026.sheet(hi, contested, { novelty: 9, applicability: 9, effectiveness: 8, scope: 8 }, '2026-11-06');
    r2026.sheet(lo, contested, { novelty: 3, applicability: 2, effectiveness: 3, scope: 2 }, '2026-11-09');
  }
  const abstainer = by('hd.uyvien');
  if (first && abstainer && !recused(abstainer.c, first))
    r2026.sheet(abstainer, first, null, '2026-11-12', 'Chưa đủ thông tin về hiệu quả áp dụng thực tế để chấm');
  for (const i of r2026.items) {
    const q = rng.int(5, 8);
    for (const s of r2026.seated) {
      const filed = sheets.some((x) => x.initiative_id === i.row.id && x.reviewer_id === s.id);
      if (!filed && !recused(s.c, i) && rng.chance(0.5))
        r2026.sheet(s, i, r2026.around(q), day(2026, 11, rng.int(3, 25)));
    }
  }

  await bulkInsert(trx, 'initiatives', initiatives);
  await bulkInsert(trx, 'transitions', creationSteps('initiative', initiatives));
  await bulkInsert(trx, 'initiative_authors', authors);
  await bulkInsert(trx, 'initiative_rounds', rounds);
  await bulkInsert(trx, 'transitions', creationSteps('initiative_round', rounds));
  await bulkInsert(trx, 'initiative_round_items', items);
  await bulkInsert(trx, 'initiative_reviewers', reviewers);
  await bulkInsert(trx, 'initiative_reviews', sheets);
  return {
    rounds: rounds.length,
    roundInitiatives: initiatives.length,
    reviewers: reviewers.length,
    sheets: sheets.length,
  };
}
