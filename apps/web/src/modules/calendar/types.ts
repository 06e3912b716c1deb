export type { CalendarDayView, CalendarYearView } from '@thidua/contracts';
export type { DayKind } from '@thidua/domain';
