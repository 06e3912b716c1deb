import { sql, type Kysely } from 'kysely';
import { RECOGNITION_LABELS, findAward, searchKey, type RecognitionLevel } from '@thidua/domain';
import type { Database } from '../../db/schema.ts';
import { num } from '../../db/index.ts';

/**
 * What the public pages read (docs/reports.md, "Public pages"). Personal data is limited to a name, a unit
 * and a title (the position): never a birth date, an identity number or an address.
 */

export const PAGE_SIZE = 20;

type Db = Kysely<Database>;

/** A diacritics-free search box's words (at most 6, each a literal inside LIKE: searchKey leaves no % or _). */
const wordsOf = (q: string) => searchKey(q).split(' ').filter(Boolean).slice(0, 6);

export interface Recipient {
  name: string;
  title: string;
  unit: string;
  award: string;
}

export interface RegisterEntry {
  id: string;
  number: string;
  signedOn: string;
  summary: string;
  recipients: Recipient[];
}

/** People and units named on a list of items, with the unit's name and the person's position. */
async function recipientsOf(db: Db, table: 'decision_recipients', ids: string[]) {
  if (!ids.length) return new Map<string, Recipient[]>();
  const rows = await db
    .selectFrom(`${table} as r`)
    .leftJoin('organisations as o', 'o.id', 'r.org_id')
    .leftJoin('people as p', (j) => j.onRef('p.id', '=', 'r.subject_id').on('r.subject_kind', '=', 'individual'))
    .select(['r.decision_id as owner', 'r.name', 'r.award_code', 'o.name as unit', 'p.position', 'r.subject_kind'])
    .where('r.decision_id', 'in', ids)
    .orderBy('r.decision_id')
    .orderBy('r.position')
    .execute();
  const out = new Map<string, Recipient[]>();
  for (const r of rows) {
    const list = out.get(r.owner) ?? [];
    list.push({
      name: r.name,
      title: r.subject_kind === 'individual' ? (r.position ?? '') : '',
      unit: r.subject_kind === 'individual' ? (r.unit ?? '') : '',
      award: findAward(r.award_code)?.name ?? r.award_code,
    });
    out.set(r.owner, list);
  }
  return out;
}

/** The decisions the register shows: the Director's own, commendations, issued. */
const issued = (db: Db) =>
  db
    .selectFrom('decisions as d')
    .where('d.level', '=', 'here')
    .where('d.kind', '=', 'award')
    .where('d.status', '=', 'issued');

/** One decision of the register with all its recipients (its own page), or undefined. */
export async function registerEntry(db: Db, id: string): Promise<RegisterEntry | undefined> {
  const row = await issued(db)
    .select(['d.id', 'd.number', 'd.signed_on', 'd.summary'])
    .where('d.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const recipients = await recipientsOf(db, 'decision_recipients', [row.id]);
  return {
    id: row.id,
    number: row.number,
    signedOn: row.signed_on,
    summary: row.summary,
    recipients: recipients.get(row.id) ?? [],
  };
}

/** The Director's issued commendation decisions, newest first, searchable by number, summary or a recipient's name. */
export async function decisionRegister(db: Db, opts: { q: string; page: number }) {
  let query = issued(db);
  for (const w of wordsOf(opts.q)) {
    const like = `%${w}%`;
    query = query.where((eb) =>
      eb.or([
        eb('d.search_key', 'like', like),
        eb.exists(
          eb
            .selectFrom('decision_recipients as r')
            .innerJoin('people as p', 'p.id', 'r.subject_id')
            .select('r.decision_id')
            .whereRef('r.decision_id', '=', 'd.id')
            .where('p.search_key', 'like', like),
        ),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    query
      .select(['d.id', 'd.number', 'd.signed_on', 'd.summary'])
      .orderBy('d.signed_on', 'desc')
      .orderBy('d.id', 'desc')
      .limit(PAGE_SIZE)
      .offset((opts.page - 1) * PAGE_SIZE)
      .execute(),
    query.select(sql<number | string>`count(*)`.as('n')).executeTakeFirst(),
  ]);
  const recipients = await recipientsOf(
    db,
    'decision_recipients',
    rows.map((r) => r.id),
  );
  const items: RegisterEntry[] = rows.map((r) => ({
    id: r.id,
    number: r.number,
    signedOn: r.signed_on,
    summary: r.summary,
    recipients: recipients.get(r.id) ?? [],
  }));
  return { items, total: num(count?.n), page: opts.page };
}

export interface PostedCandidate {
  id: string;
  name: string;
  title: string;
  unit: string;
  award: string;
  achievement: string;
}

export interface Posting {
  id: string;
  title: string;
  year: number;
  from: string;
  to: string;
  candidates: PostedCandidate[];
}

/** Dossiers in their public posting period on `today` (YYYY-MM-DD, Vietnam), with their candidates. */
export async function postingsOn(db: Db, today: string, id?: string): Promise<Posting[]> {
  let q = db
    .selectFrom('proposals')
    .select(['id', 'title', 'year', 'posting_from', 'posting_to'])
    .where('status', '=', 'posting')
    .where('posting_from', '<=', today)
    .where('posting_to', '>=', today);
  if (id) q = q.where('id', '=', id);
  const rows = await q.orderBy('posting_to').orderBy('id').limit(50).execute();
  if (!rows.length) return [];
  const items = await db
    .selectFrom('proposal_items as i')
    .leftJoin('people as p', (j) => j.onRef('p.id', '=', 'i.subject_id').on('i.subject_kind', '=', 'individual'))
    .leftJoin('organisations as s', (j) =>
      j.onRef('s.id', '=', 'i.subject_id').on('i.subject_kind', '<>', 'individual'),
    )
    .leftJoin('organisations as o', 'o.id', 'i.org_id')
    .select([
      'i.id',
      'i.proposal_id',
      'i.subject_kind',
      'i.award_code',
      'i.achievement',
      'p.full_name',
      'p.position',
      's.name as collective',
      'o.name as unit',
    ])
    .where(
      'i.proposal_id',
      'in',
      rows.map((r) => r.id),
    )
    .where('i.outcome', '<>', 'returned')
    .orderBy('i.proposal_id')
    .orderBy('i.position')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    year: r.year,
    from: r.posting_from ?? '',
    to: r.posting_to ?? '',
    candidates: items
      .filter((i) => i.proposal_id === r.id)
      .map((i) => {
        const person = i.subject_kind === 'individual';
        return {
          id: i.id,
          name: (person ? i.full_name : i.collective) ?? '',
          title: person ? (i.position ?? '') : '',
          unit: person ? (i.unit ?? '') : '',
          award: findAward(i.award_code)?.name ?? i.award_code,
          achievement: i.achievement.slice(0, 600),
        };
      }),
  }));
}

export interface PublicInitiative {
  id: string;
  title: string;
  authors: string[];
  level: string;
  year: string;
}

/** Recognised initiatives, newest recognition first, searchable by title. */
export async function recognisedInitiatives(db: Db, opts: { q: string; page: number }) {
  let query = db
    .selectFrom('initiatives as i')
    .where('i.status', '=', 'recognised')
    .where('i.recognised_on', 'is not', null);
  for (const w of wordsOf(opts.q)) query = query.where('i.search_key', 'like', `%${w}%`);
  const [rows, count] = await Promise.all([
    query
      .select(['i.id', 'i.title', 'i.level', 'i.recognised_on'])
      .orderBy('i.recognised_on', 'desc')
      .orderBy('i.id', 'desc')
      .limit(PAGE_SIZE)
      .offset((opts.page - 1) * PAGE_SIZE)
      .execute(),
    query.select(sql<number | string>`count(*)`.as('n')).executeTakeFirst(),
  ]);
  const ids = rows.map((r) => r.id);
  const authors = ids.length
    ? await db
        .selectFrom('initiative_authors as a')
        .innerJoin('people as p', 'p.id', 'a.person_id')
        .select(['a.initiative_id', 'p.full_name', 'p.sort_key'])
        .where('a.initiative_id', 'in', ids)
        .orderBy('a.share', 'desc')
        .orderBy('p.sort_key')
        .execute()
    : [];
  const items: PublicInitiative[] = rows.map((r) => ({
    id: r.id,
    title: r.title,
    authors: authors.filter((a) => a.initiative_id === r.id).map((a) => a.full_name),
    level: r.level ? (RECOGNITION_LABELS[r.level as RecognitionLevel] ?? r.level) : '',
    year: (r.recognised_on ?? '').slice(0, 4),
  }));
  return { items, total: num(count?.n), page: opts.page };
}
