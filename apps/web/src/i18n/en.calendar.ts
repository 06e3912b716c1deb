import type { viCalendar } from './vi.calendar.ts';

/** English texts of the working-day calendar page. */
export const enCalendar: Record<keyof typeof viCalendar, string> = {
  'nav.calendar': 'Working calendar',
  'calendar.title': 'Working calendar',
  'calendar.intro':
    'Saturdays and Sundays are weekly rest days. The table lists the year’s exceptions: public holidays (Labour Code 2019 Art 112), days off in lieu or swapped, and make-up working days from the yearly announcements. Time limits and posting periods are counted on this calendar; a year that is not in it cannot be counted.',
  'calendar.year': 'Year',
  'calendar.add': 'Add a day',
  'calendar.addDay': 'Add a day to {year}',
  'calendar.editDay': 'Edit a day',
  'calendar.addYear': 'Add a year',
  'calendar.addYearHint':
    'A new year has no holidays yet: after adding it, enter its public holidays (including the lunar Tết and Hùng Kings’ day) and the announced days off in lieu and make-up days.',
  'calendar.date': 'Date',
  'calendar.weekday': 'Weekday',
  'calendar.kind': 'Kind',
  'calendar.kindHint': 'Make-up working days fall on a weekend; days off in lieu or swapped fall on a weekday.',
  'calendar.name': 'Name',
  'calendar.legalBasis': 'Legal basis',
  'calendar.legalBasisPlaceholder': 'E.g. Labour Code 2019 Art 112; Ministry of Home Affairs notice',
  'calendar.kind.holiday': 'Public holiday',
  'calendar.kind.day_off': 'Day off in lieu',
  'calendar.kind.makeup_workday': 'Make-up working day',
  'calendar.weekday.0': 'Sunday',
  'calendar.weekday.1': 'Monday',
  'calendar.weekday.2': 'Tuesday',
  'calendar.weekday.3': 'Wednesday',
  'calendar.weekday.4': 'Thursday',
  'calendar.weekday.5': 'Friday',
  'calendar.weekday.6': 'Saturday',
  'calendar.confirmDelete': 'Remove {date} from the calendar?',
  'calendar.deleted': 'Day removed from the calendar.',
};
