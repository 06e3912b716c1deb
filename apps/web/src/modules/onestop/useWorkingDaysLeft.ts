import { useQueries } from '@tanstack/react-query';
import { WorkCalendar, vnDateOf, workingDaysBetween } from '@thidua/domain';
import { api } from '../../api/client.ts';

interface CalendarYear {
  year: number;
  days: { date: string; kind: 'holiday' | 'day_off' | 'makeup_workday'; name: string; legalBasis: string }[];
}

/**
 * Working days from today to the due day (Vietnam dates) over the department's calendar: negative when
 * the due day has passed, 0 when it is today; null while the calendar loads or lacks one of the years.
 */
export function useWorkingDaysLeft(dueAt: string | null | undefined): number | null {
  const today = vnDateOf(new Date().toISOString());
  const due = dueAt ? vnDateOf(dueAt) : null;
  const years: number[] = [];
  if (due) {
    const [a, b] = [Number(today.slice(0, 4)), Number(due.slice(0, 4))].sort((x, y) => x - y);
    for (let y = a!; y <= b!; y++) years.push(y);
  }
  const results = useQueries({
    queries: years.map((year) => ({
      queryKey: ['calendar', year],
      queryFn: ({ signal }: { signal: AbortSignal }) => api.get<CalendarYear>('/calendar', { year }, signal),
      staleTime: 10 * 60_000,
      retry: false,
    })),
  });
  if (!due || results.some((r) => !r.data)) return null;
  const calendar = new WorkCalendar(
    years,
    results.flatMap((r) => r.data!.days),
  );
  return workingDaysBetween(calendar, today, due);
}
