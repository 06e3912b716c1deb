import { CalendarYearMissingError, addWorkingDays, workingDaysBetween } from '@thidua/domain';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import { loadWorkCalendar } from '../calendar/service.ts';

/** A calendar year nobody configured: the clerk is told which year an administrator must add. */
const yearMissing = (e: CalendarYearMissingError) =>
  new AppError(409, 'calendar_year_missing', `${e.message} Chưa tính được ngày kết thúc công khai.`, [
    { path: 'action', message: `Thiếu lịch làm việc năm ${e.year}` },
  ]);

/** The last day of a public posting of `days` working days starting `from`, on the stored calendar. */
export async function postingEndsOn(trx: Transaction<Database>, from: string, days: number): Promise<string> {
  const year = Number(from.slice(0, 4));
  // Ten working days or a few more never reach past the following year.
  const calendar = await loadWorkCalendar(trx, year, year + 1);
  try {
    return addWorkingDays(calendar, from, days);
  } catch (e) {
    if (e instanceof CalendarYearMissingError) throw yearMissing(e);
    throw e;
  }
}

export interface PostingInProgress {
  id: string;
  from: string;
  to: string;
  /** Working days the posting was given, counted under the calendar as it stood. */
  days: number | null;
}

/** Dossiers being publicly posted, with the length of their posting under the current calendar. */
export async function postingsInProgress(trx: Transaction<Database>): Promise<PostingInProgress[]> {
  const rows = await trx
    .selectFrom('proposals')
    .select(['id', 'posting_from', 'posting_to'])
    .where('status', '=', 'posting')
    .where('posting_from', 'is not', null)
    .where('posting_to', 'is not', null)
    .execute();
  const out: PostingInProgress[] = [];
  for (const r of rows) {
    const from = r.posting_from!;
    const to = r.posting_to!;
    try {
      const calendar = await loadWorkCalendar(trx, Number(from.slice(0, 4)), Number(to.slice(0, 4)));
      out.push({ id: r.id, from, to, days: workingDaysBetween(calendar, from, to) });
    } catch (e) {
      if (!(e instanceof CalendarYearMissingError)) throw e;
      out.push({ id: r.id, from, to, days: null });
    }
  }
  return out;
}

/**
 * After a calendar change, each posting keeps its number of working days and ends
 * on the day the new calendar gives (a holiday added inside the window pushes the
 * end back). The dossier's version moves on, so a form opened before sees the change.
 */
export async function reschedulePostings(
  trx: Transaction<Database>,
  actor: Actor,
  postings: PostingInProgress[],
  now: string,
): Promise<void> {
  for (const p of postings) {
    if (p.days === null) continue;
    const to = await postingEndsOn(trx, p.from, p.days);
    if (to === p.to) continue;
    await trx
      .updateTable('proposals')
      .set({ posting_to: to, updated_at: now, version: sql<number>`version + 1` })
      .where('id', '=', p.id)
      .execute();
    await appendAudit(
      trx,
      actor,
      'proposal.posting_rescheduled',
      'proposal',
      p.id,
      { postingTo: p.to },
      { postingTo: to },
    );
  }
}
