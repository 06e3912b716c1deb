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
import { selectArrays, type Db } from '../../../db/index.ts';

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

export interface LoadOptions {
  /** Ratings from this year on; no ladder looks further back. */
  sinceYear: number;
  /** Decision numbers, dates and signers for the evidence lines; a candidate run needs only verdicts. */
  details: boolean;
  /** Given by a run that loads a province batch after batch: the tables a large batch reads whole (award–initiative
   *  links, recognised initiatives) are read by the first and kept here for the others. */
  shared?: LoadShared;
}

/** Whole-table reads kept across the batches of one run (rows as arrays, as read). */
export interface LoadShared {
  links?: unknown[][];
  initiatives?: unknown[][];
}

// Bound parameters per query: well under SQLite's 32,766 and PostgreSQL's 65,535.
const CHUNK = 2000;
type Table = 'award_records' | 'ratings' | 'subject_periods';

/**
 * Loads history, ratings, periods and initiatives for many subjects in a few
 * set queries (never one query per subject): a province's candidate run reads
 * well over a million rows, so rows come back as arrays, not objects.
 */
export async function loadSubjectData(
  db: Db,
  subjectIds: readonly string[],
  opts: LoadOptions,
): Promise<Map<string, SubjectData>> {
  const k = db.kysely;
  const data = new Map<string, SubjectData>();
  const of = (id: string) => {
    let d = data.get(id);
    if (!d) data.set(id, (d = empty()));
    return d;
  };
  // Sorted ids walk the subject index in order: far fewer page reads than a name-ordered list.
  const ids = [...subjectIds].sort();
  const scoped = async (
    table: Table,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    build: (q: any) => any,
  ): Promise<unknown[][]> => {
    const out: unknown[][] = [];
    for (let i = 0; i < ids.length; i += CHUNK)
      out.push(
        ...(await selectArrays(db, build(k.selectFrom(table).where('subject_id', 'in', ids.slice(i, i + CHUNK))))),
      );
    return out;
  };

  const awardColumns = ['id', 'subject_id', 'award_code', 'year', 'from_year', 'commendation_type'];
  if (opts.details) awardColumns.push('decision_number', 'decision_date', 'decision_signer');
  const awards = await scoped('award_records', (q) => q.where('deleted_at', 'is', null).select(awardColumns));
  // Few awards rest on initiatives: for a large selection, reading every link beats re-reading every award.
  const large = ids.length > CHUNK;
  const whole = async (key: keyof LoadShared, read: () => Promise<unknown[][]>) =>
    opts.shared ? (opts.shared[key] ??= await read()) : read();
  const links = large
    ? await whole('links', () =>
        selectArrays(db, k.selectFrom('award_record_initiatives').select(['award_record_id', 'initiative_id'])),
      )
    : await scoped('award_records', (q) =>
        q
          .where('deleted_at', 'is', null)
          .innerJoin('award_record_initiatives as ai', 'ai.award_record_id', 'award_records.id')
          .select(['ai.award_record_id', 'ai.initiative_id']),
      );
  const linksOf = new Map<string, string[]>();
  for (const [recordId, initiativeId] of links as [string, string][]) {
    const list = linksOf.get(recordId);
    if (list) list.push(initiativeId);
    else linksOf.set(recordId, [initiativeId]);
  }
  for (const a of awards) {
    const [id, subjectId, code, year, fromYear, type, number, date, signer] = a as [
      string,
      string,
      string,
      number,
      number,
      string,
      string?,
      (string | null)?,
      string?,
    ];
    const rec: AwardRecord = {
      awardCode: code,
      year: Number(year),
      fromYear: Number(fromYear),
      type: type as CommendationType,
      ...(number ? { decision: { number, ...(date ? { date } : {}), ...(signer ? { signer } : {}) } } : {}),
      ...(linksOf.has(id) ? { initiativeIds: linksOf.get(id)! } : {}),
    };
    of(subjectId).awards.push(rec);
  }

  const ratings = await scoped('ratings', (q) =>
    q.select(['subject_id', 'year', 'rating']).where('year', '>=', opts.sinceYear),
  );
  for (const [subjectId, year, rating] of ratings as [string, number, string][])
    of(subjectId).ratings.push({ year: Number(year), rating: rating as Rating });

  const periods = await scoped('subject_periods', (q) =>
    q.select(['subject_id', 'category', 'kind', 'from_date', 'to_date', 'decision_number', 'note']),
  );
  for (const [subjectId, category, kind, from, to, number, note] of periods as [
    string,
    string,
    string,
    string,
    string | null,
    string,
    string,
  ][]) {
    const d = of(subjectId);
    if (category === 'discipline')
      d.discipline.push({ form: kind as DisciplineForm, from, to, ...(number ? { decision: { number } } : {}) });
    else if (category === 'review')
      d.reviewFlags.push({ kind: kind as ReviewFlag['kind'], from, to, ...(note ? { note } : {}) });
    else if (category === 'leave' && to) d.maternityLeaves.push({ from, to });
  }

  // Recognised initiatives, credited to each author.
  const base = k
    .selectFrom('initiatives as i')
    .innerJoin('initiative_authors as a', 'a.initiative_id', 'i.id')
    .select(['a.person_id', 'i.id', 'i.title', 'i.kind', 'i.level', 'i.recognised_on', 'i.decision_number'])
    .where('i.level', 'is not', null)
    .where('i.recognised_on', 'is not', null);
  // A large selection reads them all (once a run, when the run shares them): an IN list joined to the authors'
  // key can make the planner probe every initiative with the whole list once statistics exist.
  const initiatives: unknown[][] = large ? await whole('initiatives', () => selectArrays(db, base)) : [];
  if (!large)
    for (let i = 0; i < ids.length; i += CHUNK)
      initiatives.push(...(await selectArrays(db, base.where('a.person_id', 'in', ids.slice(i, i + CHUNK)))));
  const wanted = large ? new Set(ids) : null;
  for (const [personId, id, title, kind, level, recognisedOn, number] of initiatives as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ][])
    if (!wanted || wanted.has(personId))
      of(personId).initiatives.push({
        id,
        title,
        kind: kind as InitiativeRecord['kind'],
        level: level as RecognitionLevel,
        recognisedOn,
        ...(number ? { decision: { number } } : {}),
      });
  return data;
}
