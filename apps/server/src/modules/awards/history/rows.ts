import type { z } from 'zod';
import type { Kysely } from 'kysely';
import type { AwardRecordView } from '@thidua/contracts';
import { awardName, type AwardOrigin, type AwardRecord, type CommendationType, type Rating } from '@thidua/domain';
import type { AwardRecordTable, Database } from '../../../db/schema.ts';
import type { Subject } from './subjects.ts';

/** Row helpers shared by the history view and the record writes. */
export type RecordView = z.infer<typeof AwardRecordView>;

export const toRecord = (
  r: Pick<AwardRecordTable, 'award_code' | 'year' | 'from_year' | 'decision_number' | 'decision_date'>,
) =>
  ({
    awardCode: r.award_code,
    year: Number(r.year),
    fromYear: Number(r.from_year),
    ...(r.decision_number
      ? { decision: { number: r.decision_number, ...(r.decision_date ? { date: r.decision_date } : {}) } }
      : {}),
  }) satisfies AwardRecord;

export async function recordRows(db: Kysely<Database>, subjectId: string) {
  return db
    .selectFrom('award_records')
    .selectAll()
    .where('subject_id', '=', subjectId)
    .where('deleted_at', 'is', null)
    .orderBy('year')
    .orderBy('from_year')
    .orderBy('decision_date')
    .execute();
}

export async function ratingsOf(db: Kysely<Database>, subjectId: string) {
  return (
    await db
      .selectFrom('ratings')
      .select(['year', 'rating'])
      .where('subject_id', '=', subjectId)
      .orderBy('year')
      .execute()
  ).map((r) => ({ year: Number(r.year), rating: r.rating as Rating }));
}

export async function linksOf(db: Kysely<Database>, recordIds: string[]) {
  const out = new Map<string, { id: string; title: string }[]>();
  if (!recordIds.length) return out;
  const rows = await db
    .selectFrom('award_record_initiatives as ai')
    .innerJoin('initiatives as i', 'i.id', 'ai.initiative_id')
    .select(['ai.award_record_id', 'i.id', 'i.title'])
    .where('ai.award_record_id', 'in', recordIds)
    .execute();
  for (const r of rows) {
    const list = out.get(r.award_record_id) ?? [];
    list.push({ id: r.id, title: r.title });
    out.set(r.award_record_id, list);
  }
  return out;
}

export function recordView(r: AwardRecordTable, initiatives: { id: string; title: string }[]): RecordView {
  return {
    id: r.id,
    awardCode: r.award_code,
    awardName: awardName(r.award_code),
    year: Number(r.year),
    fromYear: Number(r.from_year),
    commendationType: r.commendation_type as CommendationType,
    decisionNumber: r.decision_number,
    decisionDate: r.decision_date,
    decisionSigner: r.decision_signer,
    decisionAuthority: r.decision_authority,
    origin: r.origin as AwardOrigin,
    note: r.note,
    flag: r.flag,
    initiatives,
    version: Number(r.version),
  };
}

export const entityOf = (s: Subject) => (s.kind === 'individual' ? 'person' : 'organisation');
