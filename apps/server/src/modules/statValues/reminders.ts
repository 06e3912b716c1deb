import {
  REPORTING_PERIOD_TYPE_LABELS,
  formatPeriodId,
  periodOf,
  previousPeriod,
  type ReportingPeriodType,
} from '@thidua/domain';
import { sql } from 'kysely';
import { isPostgres } from '../../db/index.ts';
import { SYSTEM_ACTOR, appendAudit, type Actor } from '../../platform/audit.ts';
import { todayVn } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { notifyUsers, usersActingFor } from '../../platform/notify.ts';
import { loadWorkCalendar } from '../calendar/service.ts';
import { dueDateOf, periodInfo } from './period.ts';
import { completenessQuery } from './submissions.ts';
import { gridIndicators } from './queries.ts';

/** The advisory lock of the reminder round (7401 is the audit chain's). */
const REMINDER_LOCK = 7402;
const dayDiff = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
const vnDate = (iso: string) => iso.split('-').reverse().join('/');

/**
 * Reminders of the deadlines (docs/statistics.md): for each active data set, the last period that has ended;
 * when its due date is within the data set's `reminder_days` or past, the reporters of every unit still open
 * get an in-app notice (and a mail, queued with it). A unit is reminded at most once a day per period.
 */
export async function remindSubmissions(
  deps: Deps,
  actor: Actor = SYSTEM_ACTOR,
): Promise<{ units: number; notified: number }> {
  const db = deps.db.kysely;
  const today = todayVn(clockOf(deps));
  const tree = await deps.tree.fresh();
  const datasets = await db.selectFrom('stat_datasets').selectAll().where('active', '=', 1).execute();
  let units = 0;
  let notified = 0;
  await db.transaction().execute(async (trx) => {
    // Every server runs this round: on PostgreSQL they take turns, and the one that waited reads the notices
    // the other committed (each statement sees what is committed), so no unit is reminded twice that day.
    if (isPostgres(trx)) await sql`select pg_advisory_xact_lock(${sql.lit(REMINDER_LOCK)})`.execute(trx);
    for (const ds of datasets) {
      const current = periodOf(ds.period_type as ReportingPeriodType, today);
      const period = periodInfo(formatPeriodId(previousPeriod(current)), ds.period_type);
      const calendar = await loadWorkCalendar(trx, period.year, period.year + 1);
      const due = dueDateOf(period, Number(ds.due_day), calendar);
      if (!due) continue;
      const left = dayDiff(today, due);
      if (left > Number(ds.reminder_days)) continue;
      const indicators = await gridIndicators(trx, ds.id);
      const rows = await completenessQuery(trx, ds.id, period, indicators).execute();
      for (const r of rows.filter((x) => !x.status || x.status === 'open')) {
        const orgId = r.org_id ?? tree.roots()[0];
        if (!orgId) continue;
        const q = new URLSearchParams({ dataset: ds.id, unit: r.unit_id, period: period.id });
        const link = `/statistics/entry?${q.toString()}`;
        const already = await trx
          .selectFrom('notifications')
          .select('user_id')
          .where('kind', '=', 'statistics.reminder')
          .where('link', '=', link)
          .where('created_at', '>=', new Date(`${today}T00:00:00+07:00`).toISOString())
          .execute();
        const done = new Set(already.map((a) => a.user_id));
        const users = (await usersActingFor(trx, tree, orgId, ['stat_reporter'])).filter((u) => !done.has(u));
        if (!users.length) continue;
        units++;
        notified += await notifyUsers(trx, users, {
          kind: 'statistics.reminder',
          title: `${left < 0 ? 'Quá hạn' : 'Sắp đến hạn'} báo cáo: ${ds.name} — ${r.unit_name}, ${period.label}`,
          body:
            left < 0
              ? `Đã quá hạn ${-left} ngày (hạn ${vnDate(due)}). Số liệu đã nhập: ${Number(r.present ?? 0)} ô. Đề nghị nhập đủ và gửi duyệt.`
              : `Hạn nộp ${vnDate(due)} (còn ${left} ngày). Báo cáo ${REPORTING_PERIOD_TYPE_LABELS[period.type].toLowerCase()}: nhập đủ số liệu và gửi duyệt.`,
          link,
        });
      }
    }
    if (units)
      await appendAudit(trx, actor, 'stat_submissions.reminded', 'stat_reminder', newId(), null, {
        units,
        notified,
        today,
      });
  });
  return { units, notified };
}
