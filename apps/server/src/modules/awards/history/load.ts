import type { Kysely } from 'kysely';
import type {
  AwardRecord,
  CommendationType,
  DisciplineForm,
  DisciplinePeriod,
  InitiativeRecord,
  Rating,
  RatingRecord,
  RecognitionLevel,
  ReviewFlag,
} from '@thidua/domain';
import type { Database } from '../../../db/schema.ts';

/** What the engine reads about one subject. */
export interface SubjectData {
  awards: AwardRecord[];
  ratings: RatingRecord[];
  discipline: DisciplinePeriod[];
  reviewFlags: ReviewFlag[];
  maternityLeaves: { from: string; to: string }[];
  initiatives: InitiativeRecord[];
}

const empty = (): SubjectData => ({
  awards: [],
  ratings: [],
  discipline: [],
  reviewFlags: [],
  maternityLeaves: [],
  initiatives: [],
});

/** Which subjects to load: a list of ids, or everyone whose unit is in a set (null: the whole tree). */
export type SubjectSelection = { ids: readonly string[] } | { orgIds: readonly string[] | null };

const CHUNK = 500;

async function byChunks<T>(ids: readonly string[], run: (part: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await run(ids.slice(i, i + CHUNK))));
  return out;
}

/**
 * Loads history, ratings, periods and initiatives for many subjects in a few
 * set queries (never one query per subject): a province's candidate run reads
 * a million rows. Ratings older than `sinceYear` are skipped; no ladder looks
 * further back.
 */
export async function loadSubjectData(
  db: Kysely<Database>,
  sel: SubjectSelection,
  sinceYear: number,
): Promise<Map<string, SubjectData>> {
  const data = new Map<string, SubjectData>();
  const of = (id: string) => {
    let d = data.get(id);
    if (!d) data.set(id, (d = empty()));
    return d;
  };
  // Rows are selected by subject (ids) or by the subject's recorded unit; for people
  // moved since, "by unit" follows the person's current unit through a sub-select.
  const scoped = async <R>(
    table: 'award_records' | 'ratings' | 'subject_periods',
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    build: (q: any) => any,
  ): Promise<R[]> => {
    if ('ids' in sel)
      return byChunks(sel.ids, (part) => build(db.selectFrom(table).where('subject_id', 'in', part)).execute());
    if (sel.orgIds === null) return build(db.selectFrom(table)).execute();
    const orgIds = sel.orgIds;
    return byChunks(orgIds, (part) =>
      build(
        db
          .selectFrom(table)
          .where((eb) =>
            eb.or([
              eb('subject_id', 'in', part),
              eb('subject_id', 'in', eb.selectFrom('people').select('id').where('org_id', 'in', part)),
            ]),
          ),
      ).execute(),
    );
  };

  type AwardRow = {
    id: string;
    subject_id: string;
    award_code: string;
    year: number;
    from_year: number;
    commendation_type: string;
    decision_number: string;
    decision_date: string | null;
    decision_signer: string;
  };
  const awards = await scoped<AwardRow>('award_records', (q) =>
    q
      .where('deleted_at', 'is', null)
      .select([
        'id',
        'subject_id',
        'award_code',
        'year',
        'from_year',
        'commendation_type',
        'decision_number',
        'decision_date',
        'decision_signer',
      ]),
  );
  const links = await scoped<{ award_record_id: string; initiative_id: string }>('award_records', (q) =>
    q
      .where('deleted_at', 'is', null)
      .innerJoin('award_record_initiatives as ai', 'ai.award_record_id', 'award_records.id')
      .select(['ai.award_record_id', 'ai.initiative_id']),
  );
  const linksOf = new Map<string, string[]>();
  for (const l of links) {
    const list = linksOf.get(l.award_record_id) ?? [];
    list.push(l.initiative_id);
    linksOf.set(l.award_record_id, list);
  }
  for (const a of awards) {
    const rec: AwardRecord = {
      awardCode: a.award_code,
      year: Number(a.year),
      fromYear: Number(a.from_year),
      type: a.commendation_type as CommendationType,
      ...(a.decision_number
        ? {
            decision: {
              number: a.decision_number,
              ...(a.decision_date ? { date: a.decision_date } : {}),
              ...(a.decision_signer ? { signer: a.decision_signer } : {}),
            },
          }
        : {}),
      ...(linksOf.has(a.id) ? { initiativeIds: linksOf.get(a.id)! } : {}),
    };
    of(a.subject_id).awards.push(rec);
  }

  const ratings = await scoped<{ subject_id: string; year: number; rating: string }>('ratings', (q) =>
    q.select(['subject_id', 'year', 'rating']).where('year', '>=', sinceYear),
  );
  for (const r of ratings) of(r.subject_id).ratings.push({ year: Number(r.year), rating: r.rating as Rating });

  const periods = await scoped<{
    subject_id: string;
    category: string;
    kind: string;
    from_date: string;
    to_date: string | null;
    decision_number: string;
    note: string;
  }>('subject_periods', (q) =>
    q.select(['subject_id', 'category', 'kind', 'from_date', 'to_date', 'decision_number', 'note']),
  );
  for (const p of periods) {
    const d = of(p.subject_id);
    if (p.category === 'discipline')
      d.discipline.push({
        form: p.kind as DisciplineForm,
        from: p.from_date,
        to: p.to_date,
        ...(p.decision_number ? { decision: { number: p.decision_number } } : {}),
      });
    else if (p.category === 'review')
      d.reviewFlags.push({
        kind: p.kind as ReviewFlag['kind'],
        from: p.from_date,
        to: p.to_date,
        ...(p.note ? { note: p.note } : {}),
      });
    else if (p.category === 'leave' && p.to_date) d.maternityLeaves.push({ from: p.from_date, to: p.to_date });
  }

  // Recognised initiatives, credited to each author.
  const initiatives = await (async () => {
    const base = db
      .selectFrom('initiatives as i')
      .innerJoin('initiative_authors as a', 'a.initiative_id', 'i.id')
      .select([
        'a.person_id',
        'i.id',
        'i.title',
        'i.kind',
        'i.level',
        'i.recognised_on',
        'i.decision_number',
        'i.decision_signer',
      ])
      .where('i.level', 'is not', null)
      .where('i.recognised_on', 'is not', null);
    if ('ids' in sel) return byChunks(sel.ids, (part) => base.where('a.person_id', 'in', part).execute());
    return base.execute();
  })();
  for (const i of initiatives) {
    of(i.person_id).initiatives.push({
      id: i.id,
      title: i.title,
      kind: i.kind as InitiativeRecord['kind'],
      level: i.level as RecognitionLevel,
      recognisedOn: i.recognised_on!,
      ...(i.decision_number
        ? { decision: { number: i.decision_number, ...(i.decision_signer ? { signer: i.decision_signer } : {}) } }
        : {}),
    });
  }
  return data;
}
