import type { z } from 'zod';
import type {
  AddCalendarYearRequest,
  CalendarDayRequest,
  CalendarDayView,
  CalendarYearView,
  UpdateCalendarDayRequest,
} from '@thidua/contracts';
import { WorkCalendar, formatVnDate, isWeekend, type CalendarDay, type DayKind } from '@thidua/domain';
import type { Transaction } from 'kysely';
import type { CalendarDayTable, Database } from '../../db/schema.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { AppError, badRequest, conflict, notFound, type FieldError } from '../../platform/errors.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { newId } from '../../platform/ids.ts';
import { deleteVersioned, updateVersioned } from '../../platform/versioned.ts';
import { postingsInProgress, reschedulePostings } from '../proposals/service.ts';
import { configuredYears, dayByDate, dayById, daysOfYears, type Executor } from './queries.ts';

/**
 * The calendar an engine needs, read from the database each time: a year's rows
 * are few, and a cache would have to be invalidated across every server process.
 * Only configured years are loaded; asking the calendar about another year throws
 * CalendarYearMissingError, which names it.
 */
export async function loadWorkCalendar(db: Executor, fromYear: number, toYear = fromYear): Promise<WorkCalendar> {
  const [years, rows] = await Promise.all([configuredYears(db, fromYear, toYear), daysOfYears(db, fromYear, toYear)]);
  return new WorkCalendar(years, rows.map(toDomain));
}

const toDomain = (r: CalendarDayTable): CalendarDay => ({
  date: r.date,
  kind: r.kind as DayKind,
  name: r.name,
  legalBasis: r.legal_basis,
});

const toView = (r: CalendarDayTable): CalendarDayView => ({
  id: r.id,
  date: r.date,
  kind: r.kind as DayKind,
  name: r.name,
  legalBasis: r.legal_basis,
  version: Number(r.version),
  updatedAt: r.updated_at,
});

const yearMissing = (year: number) =>
  new AppError(
    404,
    'not_found',
    `Chưa cấu hình lịch làm việc năm ${year}. Quản trị viên thêm năm ${year} ở trang Lịch làm việc.`,
    [{ path: 'year', message: `Năm ${year} chưa được cấu hình` }],
  );

export async function listYears(deps: Deps): Promise<number[]> {
  return configuredYears(deps.db.kysely);
}

export async function getYear(deps: Deps, year: number): Promise<CalendarYearView> {
  const db = deps.db.kysely;
  if (!(await configuredYears(db, year, year)).length) throw yearMissing(year);
  return { year, days: (await daysOfYears(db, year, year)).map(toView) };
}

export async function addYear(
  deps: Deps,
  actor: Actor,
  input: z.output<typeof AddCalendarYearRequest>,
): Promise<CalendarYearView> {
  const db = deps.db.kysely;
  if ((await configuredYears(db, input.year, input.year)).length)
    throw conflict('duplicate', `Năm ${input.year} đã có trong lịch làm việc.`, [{ path: 'year', message: 'Đã có' }]);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('calendar_years')
      .values({ year: input.year, created_at: nowIsoOf(clockOf(deps)) })
      .execute();
    await appendAudit(trx, actor, 'calendar.year_added', 'calendar_year', String(input.year), null, {
      year: input.year,
    });
  });
  return getYear(deps, input.year);
}

/** The checks every saved day passes, each naming its field. */
async function dayErrors(db: Executor, input: z.output<typeof CalendarDayRequest>, id?: string): Promise<void> {
  const year = Number(input.date.slice(0, 4));
  const errors: FieldError[] = [];
  if (!(await configuredYears(db, year, year)).length)
    errors.push({ path: 'date', message: `Năm ${year} chưa có trong lịch làm việc: thêm năm ${year} trước` });
  else if (input.kind === 'makeup_workday' && !isWeekend(input.date))
    errors.push({ path: 'kind', message: 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật' });
  else if (input.kind === 'day_off' && isWeekend(input.date))
    errors.push({ path: 'kind', message: 'Ngày nghỉ bù, hoán đổi phải là ngày làm việc thường (thứ Hai – thứ Sáu)' });
  if (errors.length) throw badRequest('invalid_date', errors.map((e) => e.message).join('; ') + '.', errors);
  const same = await dayByDate(db, input.date);
  if (same && same.id !== id)
    throw conflict('duplicate', `Ngày ${formatVnDate(input.date)} đã có trong lịch: "${same.name}".`, [
      { path: 'date', message: `Đã có: ${same.name}` },
    ]);
}

/**
 * Every write changes when public postings end: the working days each posting was
 * given are counted under the calendar before the change and laid out again under
 * the new one, in the same transaction.
 */
async function changeDays(
  deps: Deps,
  actor: Actor,
  write: (trx: Transaction<Database>) => Promise<void>,
): Promise<void> {
  await deps.db.kysely.transaction().execute(async (trx) => {
    const postings = await postingsInProgress(trx);
    await write(trx);
    await reschedulePostings(trx, actor, postings, nowIsoOf(clockOf(deps)));
  });
}

export async function addDay(
  deps: Deps,
  actor: Actor,
  input: z.output<typeof CalendarDayRequest>,
): Promise<CalendarDayView> {
  await dayErrors(deps.db.kysely, input);
  const now = nowIsoOf(clockOf(deps));
  const row: CalendarDayTable = {
    id: newId(),
    date: input.date,
    kind: input.kind,
    name: input.name,
    legal_basis: input.legalBasis,
    created_at: now,
    updated_at: now,
    version: 1,
  };
  await changeDays(deps, actor, async (trx) => {
    await trx.insertInto('calendar_days').values(row).execute();
    await appendAudit(trx, actor, 'calendar.day_added', 'calendar_day', row.id, null, input);
  });
  return toView(row);
}

export async function updateDay(
  deps: Deps,
  actor: Actor,
  id: string,
  input: z.output<typeof UpdateCalendarDayRequest>,
): Promise<CalendarDayView> {
  const db = deps.db.kysely;
  const before = await dayById(db, id);
  if (!before) throw notFound('ngày trong lịch');
  await dayErrors(db, input, id);
  const { version, ...values } = input;
  await changeDays(deps, actor, async (trx) => {
    await updateVersioned(trx, 'calendar_days', id, version, {
      date: values.date,
      kind: values.kind,
      name: values.name,
      legal_basis: values.legalBasis,
      updated_at: nowIsoOf(clockOf(deps)),
    });
    await appendAudit(trx, actor, 'calendar.day_updated', 'calendar_day', id, toDomain(before), values);
  });
  return toView((await dayById(db, id))!);
}

export async function deleteDay(deps: Deps, actor: Actor, id: string, version: number): Promise<void> {
  const before = await dayById(deps.db.kysely, id);
  if (!before) throw notFound('ngày trong lịch');
  await changeDays(deps, actor, async (trx) => {
    await deleteVersioned(trx, 'calendar_days', id, version);
    await appendAudit(trx, actor, 'calendar.day_deleted', 'calendar_day', id, toDomain(before), null);
  });
}
