import { z } from 'zod';
import { DAY_KINDS } from '@thidua/domain';
import { Id, IsoDate, IsoDateTime, Version, text } from './common.ts';

/** The working-day calendar: configured years and their exceptions (holidays, days off in lieu, make-up days). */
export const CalendarDayKind = z.enum(DAY_KINDS, { message: 'Loại ngày phải là nghỉ lễ, nghỉ bù hoặc làm bù' });

const CalendarYearNumber = z.coerce
  .number({ message: 'Năm phải là số' })
  .int('Năm phải là số nguyên')
  .min(2000, 'Năm phải từ 2000 đến 2100')
  .max(2100, 'Năm phải từ 2000 đến 2100');

export const CalendarQuery = z.object({ year: CalendarYearNumber });

export const CalendarDayView = z.object({
  id: Id,
  date: IsoDate,
  kind: CalendarDayKind,
  name: z.string(),
  legalBasis: z.string(),
  version: Version,
  updatedAt: IsoDateTime,
});
export type CalendarDayView = z.infer<typeof CalendarDayView>;

/** GET /calendar?year= — the API outside tools rely on: {year, days: [{date, kind, name, …}]}. */
export const CalendarYearView = z.object({ year: z.number().int(), days: z.array(CalendarDayView) });
export type CalendarYearView = z.infer<typeof CalendarYearView>;

export const CalendarYearsView = z.object({ years: z.array(z.number().int()) });

export const AddCalendarYearRequest = z.object({ year: CalendarYearNumber });

export const CalendarDayRequest = z.object({
  date: IsoDate,
  kind: CalendarDayKind,
  name: text(200),
  legalBasis: text(300, 0).default(''),
});
export type CalendarDayRequest = z.infer<typeof CalendarDayRequest>;

export const UpdateCalendarDayRequest = CalendarDayRequest.extend({ version: Version });

export const CalendarVersionQuery = z.object({ version: z.coerce.number().int().min(1, 'Phiên bản không hợp lệ') });
