import { findAward, searchKey } from '@thidua/domain';
import type { Deps } from '../../platform/context.ts';
import type { Fact, FactKind } from './tdktLayout.ts';

/**
 * The facts forms 0601–0605 count, read from the modules that hold them (docs/reports.md
 * "Statutory forms"): movements, the award history, the council and the blocs, the people.
 * Each fact carries the attributes a layout's conditions name; nothing here knows a form's layout.
 */

export interface TdktScope {
  orgId: string;
  /** The unit's subtree, or null for the whole department (no filter). */
  ids: string[] | null;
  year: number;
  /** The day people, councils and blocs are counted on. */
  asOf: string;
}

/** Whole years from one ISO date to another. */
export function fullYears(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

/** A leader or manager by the title the position starts with (deputies included). */
const LEADER =
  /^(pho )?(tong giam doc|giam doc|truong|chanh|chu tich|doi truong|chi cuc truong|hieu truong|can bo lanh dao)/u;
export const isLeaderPosition = (position: string): boolean => LEADER.test(searchKey(position));

const ACTIVE = ['working', 'on_leave'];

async function movementFacts(deps: Deps, s: TdktScope): Promise<Fact[]> {
  const db = deps.db.kysely;
  const movements = await db
    .selectFrom('movements')
    .select(['id', 'kind', 'launch_level', 'starts_on', 'ends_on', 'status'])
    .where('status', '!=', 'draft')
    .where('starts_on', '>=', `${s.year}-01-01`)
    .where('starts_on', '<=', `${s.year}-12-31`)
    .execute();
  if (!movements.length) return [];
  const ids = movements.map((m) => m.id);
  const inScope = <T extends { org_id: string | null }>(rows: T[]) =>
    s.ids ? rows.filter((r) => r.org_id !== null && s.ids!.includes(r.org_id)) : rows;
  const [orgs, exemplars, awards, units] = await Promise.all([
    db.selectFrom('movement_orgs').select(['movement_id', 'org_id']).where('movement_id', 'in', ids).execute(),
    db.selectFrom('movement_exemplars').select(['movement_id', 'org_id']).where('movement_id', 'in', ids).execute(),
    db
      .selectFrom('award_records')
      .select(['movement_id', 'org_id'])
      .where('movement_id', 'in', ids)
      .where('deleted_at', 'is', null)
      .execute(),
    db
      .selectFrom('organisations')
      .select('id')
      .where('parent_id', '=', s.orgId)
      .where('active', '=', 1)
      .where('kind', 'not in', ['enterprise', 'cooperative'])
      .execute(),
  ]);
  const count = (rows: { movement_id?: string | null }[], id: string) =>
    rows.filter((r) => r.movement_id === id).length;
  const taking = inScope(orgs);
  const exemplarsIn = inScope(exemplars);
  const awardsIn = inScope(awards);
  const children = units.map((u) => u.id);
  const facts: Fact[] = [];
  for (const m of movements) {
    const part = new Set(taking.filter((o) => o.movement_id === m.id).map((o) => o.org_id));
    if (!part.size) continue;
    const whole = part.has(s.orgId) || (children.length > 0 && children.every((c) => part.has(c)));
    // A movement of 01/01 to 31/12 lasts one year: count up to the day after its end.
    const span = fullYears(m.starts_on, nextDay(m.ends_on));
    facts.push({
      attrs: {
        kind: m.kind,
        level: m.launch_level,
        scope: whole ? 'whole' : 'part',
        duration: span < 1 ? 'short' : span < 3 ? 'medium' : 'long',
        stage: ['final_review', 'closed'].includes(m.status)
          ? 'reviewed'
          : m.status === 'interim_review'
            ? 'interim'
            : 'running',
      },
      measures: { units: part.size, exemplars: count(exemplarsIn, m.id), awards: count(awardsIn, m.id) },
    });
  }
  return facts;
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

async function awardFacts(deps: Deps, s: TdktScope): Promise<Fact[]> {
  const db = deps.db.kysely;
  let q = db
    .selectFrom('award_records as a')
    .leftJoin('people as p', (j) => j.onRef('p.id', '=', 'a.subject_id').on('a.subject_kind', '=', 'individual'))
    .select([
      'a.award_code',
      'a.subject_kind',
      'a.commendation_type',
      'p.id as personId',
      'p.position',
      'p.employment_type',
    ])
    .where('a.deleted_at', 'is', null)
    .where('a.year', '=', s.year);
  if (s.ids) q = q.where('a.org_id', 'in', s.ids);
  const rows = await q.execute();
  const methods = new Set(['periodic', 'thematic', 'ad_hoc', 'tenure', 'seniority', 'foreign']);
  return rows.map((r) => {
    const award = findAward(r.award_code);
    let person = '';
    if (r.subject_kind === 'individual') {
      if (!r.personId || !r.employment_type) person = 'unclassified';
      else if (isLeaderPosition(r.position ?? '')) person = 'leader';
      else person = r.employment_type === 'worker' ? 'worker' : 'staff';
    }
    return {
      attrs: {
        code: r.award_code,
        group: award?.group ?? '',
        level: award?.level ?? '',
        subject: r.subject_kind,
        person,
        method: methods.has(r.commendation_type) ? r.commendation_type : 'unclassified',
      },
    };
  });
}

const COUNCIL_SEATS: Record<string, string> = {
  chair: 'head',
  vice_chair: 'deputy',
  standing: 'standing',
  member: 'member',
  secretary: 'secretary',
};
const BLOC_SEATS: Record<string, string> = { leader: 'head', deputy: 'deputy', member: 'member' };

async function bodyFacts(deps: Deps, s: TdktScope): Promise<Fact[]> {
  const db = deps.db.kysely;
  let cm = db
    .selectFrom('council_members as m')
    .leftJoin('people as p', 'p.id', 'm.person_id')
    .select(['m.org_id', 'm.role', 'p.gender'])
    .where('m.term_from', '<=', s.asOf)
    .where((eb) => eb.or([eb('m.term_to', 'is', null), eb('m.term_to', '>=', s.asOf)]));
  if (s.ids) cm = cm.where('m.org_id', 'in', s.ids);
  const councils = new Map<string, Record<string, number>>();
  for (const m of await cm.execute()) {
    const c = councils.get(m.org_id) ?? { members: 0, women: 0 };
    c.members! += 1;
    if (m.gender === 'female') c.women! += 1;
    const seat = COUNCIL_SEATS[m.role] ?? 'member';
    c[seat] = (c[seat] ?? 0) + 1;
    councils.set(m.org_id, c);
  }
  const facts: Fact[] = [...councils.values()].map((measures) => ({ attrs: { body: 'council' }, measures }));
  const members = await db
    .selectFrom('bloc_years as y')
    .innerJoin('blocs as b', 'b.id', 'y.bloc_id')
    .innerJoin('bloc_members as m', 'm.bloc_year_id', 'y.id')
    .select(['y.id', 'b.kind', 'm.org_id', 'm.role'])
    .where('y.year', '=', s.year)
    .execute();
  const blocs = new Map<string, { kind: string; inScope: boolean; measures: Record<string, number> }>();
  for (const m of members) {
    const b = blocs.get(m.id) ?? { kind: m.kind, inScope: false, measures: { members: 0 } };
    b.measures.members! += 1;
    const seat = BLOC_SEATS[m.role] ?? 'member';
    b.measures[seat] = (b.measures[seat] ?? 0) + 1;
    if (!s.ids || (m.org_id && s.ids.includes(m.org_id))) b.inScope = true;
    blocs.set(m.id, b);
  }
  for (const b of blocs.values()) if (b.inScope) facts.push({ attrs: { body: b.kind }, measures: b.measures });
  return facts;
}

async function officerFacts(deps: Deps, s: TdktScope): Promise<Fact[]> {
  const db = deps.db.kysely;
  const tree = await deps.tree.fresh();
  let pq = db
    .selectFrom('people')
    .select(['id', 'full_name', 'position', 'org_id', 'gender', 'employment_type', 'start_date'])
    .where('status', 'in', ACTIVE);
  if (s.ids) pq = pq.where('org_id', 'in', s.ids);
  const people = await pq.execute();
  const chosen = new Map(
    people
      .filter((p) => {
        const k = searchKey(p.position);
        return k.includes('thi dua') || k.includes('khen thuong');
      })
      .map((p) => [p.id, p]),
  );
  // The emulation officers' accounts, each matched to the one active person of that name in its reach.
  const grants = await db
    .selectFrom('role_grants as g')
    .innerJoin('users as u', 'u.id', 'g.user_id')
    .select(['u.id', 'u.display_name', 'g.org_id'])
    .where('g.role', '=', 'emulation_officer')
    .where('u.active', '=', 1)
    .execute();
  const seen = new Set<string>();
  let unmatched = 0;
  for (const g of grants) {
    if (seen.has(g.id)) continue;
    seen.add(g.id);
    const named = people.filter((p) => p.full_name === g.display_name && tree.isWithin(p.org_id, g.org_id));
    if (named.length === 1) chosen.set(named[0]!.id, named[0]!);
    else if (!s.ids || s.ids.includes(g.org_id)) unmatched++;
  }
  const facts: Fact[] = [...chosen.values()].map((p) => {
    const years = p.start_date && p.start_date <= s.asOf ? fullYears(p.start_date, s.asOf) : null;
    const band =
      years === null
        ? 'unclassified'
        : years < 5
          ? 'lt5'
          : years < 10
            ? '5to10'
            : years < 15
              ? '10to15'
              : years < 20
                ? '15to20'
                : 'ge20';
    return { attrs: { band, type: p.employment_type || 'unclassified', gender: p.gender } };
  });
  for (let i = 0; i < unmatched; i++) facts.push({ attrs: { band: 'unclassified', type: 'unclassified', gender: '' } });
  return facts;
}

export const FACT_READERS: Record<FactKind, (deps: Deps, s: TdktScope) => Promise<Fact[]>> = {
  movement: movementFacts,
  award: awardFacts,
  body: bodyFacts,
  officer: officerFacts,
};
