import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { CalendarDayView, CalendarYearView, DayKind } from './types.ts';
import { api } from '../../api/client.ts';

const KEY = ['calendar'] as const;

/**
 * After a change: the calendar itself is awaited (the table shows the new day); dossiers are only
 * marked stale, since a calendar change moves the end of their public posting.
 */
function refresh(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: ['proposals'] });
  return queryClient.invalidateQueries({ queryKey: KEY });
}

export function useCalendarYears() {
  return useQuery({
    queryKey: [...KEY, 'years'],
    queryFn: ({ signal }) => api.get<{ years: number[] }>('/calendar/years', undefined, signal).then((r) => r.years),
  });
}

export function useCalendarYear(year: number | undefined) {
  return useQuery({
    queryKey: [...KEY, 'year', year],
    queryFn: ({ signal }) => api.get<CalendarYearView>('/calendar', { year }, signal),
    enabled: year !== undefined,
  });
}

export interface DayInput {
  date: string;
  kind: DayKind;
  name: string;
  legalBasis: string;
}

export function useSaveDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, input }: { id?: string; version?: number; input: DayInput }) =>
      id
        ? api.put<CalendarDayView>(`/calendar/days/${encodeURIComponent(id)}`, { ...input, version })
        : api.post<CalendarDayView>('/calendar/days', input),
    onSuccess: () => refresh(queryClient),
  });
}

export function useDeleteDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (day: CalendarDayView) =>
      api.delete<{ ok: true }>(`/calendar/days/${encodeURIComponent(day.id)}`, { version: day.version }),
    onSuccess: () => refresh(queryClient),
  });
}

export function useAddYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (year: number) => api.post<CalendarYearView>('/calendar/years', { year }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
