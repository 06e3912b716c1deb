import type { z } from 'zod';
import type { PeriodView, SubjectHistory } from '@thidua/contracts';
import { DISCIPLINE_LABELS, LEAVE_LABELS, REVIEW_LABELS, historyIssues } from '@thidua/domain';
import type { RequestUser } from '../../../platform/access.ts';
import type { Deps } from '../../../platform/context.ts';
import { hiddenFor, initiativeViews } from '../../initiatives/service.ts';
import { linksOf, ratingsOf, recordRows, recordView, toRecord } from './rows.ts';
import { resolveSubject } from './subjects.ts';

const PERIOD_LABELS: Record<string, string> = { ...DISCIPLINE_LABELS, ...REVIEW_LABELS, ...LEAVE_LABELS };

/** Everything known about a subject: awards, ratings, periods, initiatives, and what looks wrong. */
export async function getHistory(
  deps: Deps,
  user: RequestUser,
  subjectId: string,
): Promise<z.infer<typeof SubjectHistory>> {
  const { subject, canEdit, tree } = await resolveSubject(deps, user, subjectId);
  const db = deps.db.kysely;
  const rows = await recordRows(db, subject.id);
  const links = await linksOf(
    db,
    rows.map((r) => r.id),
  );
  const ratings = await ratingsOf(db, subject.id);
  const periods = await db
    .selectFrom('subject_periods')
    .selectAll()
    .where('subject_id', '=', subject.id)
    .orderBy('from_date')
    .execute();
  const initiativeIds =
    subject.kind === 'individual'
      ? (
          await db
            .selectFrom('initiative_authors')
            .select('initiative_id')
            .where('person_id', '=', subject.id)
            .execute()
        ).map((r) => r.initiative_id)
      : (await db.selectFrom('initiatives').select('id').where('org_id', '=', subject.id).execute()).map((r) => r.id);
  const hidden = await hiddenFor(db, user.id);
  const issues = historyIssues(rows.map(toRecord), ratings).map((i) => ({
    kind: i.kind,
    recordIds: i.records.map((k) => rows[k]!.id),
    message: i.message,
  }));
  return {
    subject,
    canEdit,
    awards: rows.map((r) => recordView(r, links.get(r.id) ?? [])),
    ratings,
    periods: periods.map((p) => ({
      id: p.id,
      category: p.category as z.infer<typeof PeriodView>['category'],
      kind: p.kind as z.infer<typeof PeriodView>['kind'],
      kindLabel: PERIOD_LABELS[p.kind] ?? p.kind,
      from: p.from_date,
      to: p.to_date,
      decisionNumber: p.decision_number,
      note: p.note,
      version: Number(p.version),
    })),
    // A reviewer does not learn from a person's history what he scores anonymously.
    initiatives: (
      await initiativeViews(
        deps,
        tree,
        initiativeIds.filter((id) => !hidden.has(id)),
        { user, hidden },
      )
    ).sort((a, b) => (b.recognisedOn ?? '').localeCompare(a.recognisedOn ?? '')),
    issues,
  };
}
