import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  DashboardResponse,
  PivotRequest,
  PivotResponse,
  StatViewInput,
  StatViewList,
  StatViewView,
} from '@thidua/contracts';
import { api } from '../../api/client.ts';
import { download } from '../../api/files.ts';

export const ANALYTICS_KEY = ['stat-analytics'] as const;
export const ANALYTICS_PATHS = {
  pivot: '/analytics/pivot',
  pivotXlsx: '/analytics/pivot.xlsx',
  dashboard: '/analytics/dashboard',
  views: '/analytics/views',
} as const;

export type PivotBody = z.input<typeof PivotRequest>;
export type SavedView = StatViewView;
export type SavedViewInput = z.input<typeof StatViewInput>;

/** The pivot for a request; nothing is asked until an indicator and a period are chosen. */
export function usePivot(body: PivotBody | null) {
  return useQuery({
    queryKey: [...ANALYTICS_KEY, 'pivot', body],
    queryFn: () => api.post<PivotResponse>(ANALYTICS_PATHS.pivot, body),
    enabled: body !== null,
    placeholderData: keepPreviousData,
  });
}

export function downloadPivot(body: PivotBody) {
  const join = (v: readonly string[] | undefined) => (v && v.length ? v.join(',') : undefined);
  return download(ANALYTICS_PATHS.pivotXlsx, 'phan-tich-so-lieu.xlsx', {
    query: {
      indicators: join(body.indicators),
      periods: join(body.periods),
      units: join(body.units),
      rows: join(body.rows),
      columns: join(body.columns),
      compare: join(body.compare),
    },
  });
}

/** The leader's headline figures for a period (the last one ended when none is given). */
export function useDashboard(period: string | null) {
  return useQuery({
    queryKey: [...ANALYTICS_KEY, 'dashboard', period],
    queryFn: ({ signal }) =>
      api.get<DashboardResponse>(ANALYTICS_PATHS.dashboard, { period: period ?? undefined }, signal),
    placeholderData: keepPreviousData,
  });
}

/** The user's own views and those shared with everyone. */
export function useSavedViews() {
  return useQuery({
    queryKey: [...ANALYTICS_KEY, 'views'],
    queryFn: ({ signal }) => api.get<z.infer<typeof StatViewList>>(ANALYTICS_PATHS.views, undefined, signal),
  });
}

export function useSaveView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, input }: { id?: string; version?: number; input: SavedViewInput }) =>
      id
        ? api.put<SavedView>(`${ANALYTICS_PATHS.views}/${encodeURIComponent(id)}`, { ...input, version })
        : api.post<SavedView>(ANALYTICS_PATHS.views, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...ANALYTICS_KEY, 'views'] }),
  });
}

export function useDeleteView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api.delete<unknown>(`${ANALYTICS_PATHS.views}/${encodeURIComponent(id)}`, { version }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...ANALYTICS_KEY, 'views'] }),
  });
}
