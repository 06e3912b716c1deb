import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type {
  StatDataset,
  StatDatasetInput,
  StatDatasetSummary,
  StatDisaggregation,
  StatIndicator,
  StatIndicatorInput,
  StatRule,
  StatRuleInput,
  StatUnit,
  StatUnitInput,
  StatUnitTree,
} from './types.ts';

/** The catalog's API paths (modules/statistics on the server). */
export const CATALOG_PATHS = {
  indicators: '/indicators',
  datasets: '/stat-datasets',
  units: '/stat-units',
  unitTree: '/stat-units/tree',
  disaggregations: '/stat-disaggregations',
  rules: '/stat-rules',
  targets: '/stat-targets',
} as const;
export const STAT_CATALOG_KEY = ['stat-catalog'] as const;

interface Paged<T> {
  items: T[];
  total: number;
}
const enc = encodeURIComponent;

/** Every active data set (a department has a handful: one page of 100 holds them). */
export function useDatasets() {
  return useQuery({
    queryKey: [...STAT_CATALOG_KEY, 'datasets', 'all'],
    queryFn: ({ signal }) => api.get<Paged<StatDatasetSummary>>(CATALOG_PATHS.datasets, { pageSize: 100 }, signal),
    staleTime: 60_000,
  });
}

/** One data set with its indicators and units. */
export function useDataset(id: string | null | undefined) {
  return useQuery({
    queryKey: [...STAT_CATALOG_KEY, 'datasets', 'one', id],
    queryFn: ({ signal }) => api.get<StatDataset>(`${CATALOG_PATHS.datasets}/${enc(id!)}`, undefined, signal),
    enabled: Boolean(id),
    staleTime: 60_000,
  });
}

/** Indicators matching a search (diacritics-free on the server), for pickers. */
export function useIndicatorOptions(q: string) {
  return useQuery({
    queryKey: [...STAT_CATALOG_KEY, 'indicators', 'options', q],
    queryFn: ({ signal }) =>
      api.get<Paged<StatIndicator>>(CATALOG_PATHS.indicators, { q, pageSize: 500, active: 'true' }, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** The reporting units valid on a day, as a tree flattened depth-first. */
export function useUnitTree(asOf: string, kind?: string) {
  return useQuery({
    queryKey: [...STAT_CATALOG_KEY, 'units', 'tree', asOf, kind],
    queryFn: ({ signal }) => api.get<StatUnitTree>(CATALOG_PATHS.unitTree, { asOf, kind }, signal),
    staleTime: 60_000,
  });
}

export function useDisaggregations() {
  return useQuery({
    queryKey: [...STAT_CATALOG_KEY, 'disaggregations'],
    queryFn: ({ signal }) =>
      api.get<Paged<StatDisaggregation>>(CATALOG_PATHS.disaggregations, { pageSize: 100 }, signal),
    staleTime: 60_000,
  });
}

function useSaver<I, R>(path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, input }: { id?: string; version?: number; input: I }) =>
      id ? api.put<R>(`${path}/${enc(id)}`, { ...input, version }) : api.post<R>(path, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: STAT_CATALOG_KEY }),
  });
}

export const useSaveIndicator = () => useSaver<StatIndicatorInput, StatIndicator>(CATALOG_PATHS.indicators);
export const useSaveDataset = () => useSaver<StatDatasetInput, StatDataset>(CATALOG_PATHS.datasets);
export const useSaveRule = () => useSaver<StatRuleInput, StatRule>(CATALOG_PATHS.rules);
export const useSaveUnit = () => useSaver<StatUnitInput, StatUnit>(CATALOG_PATHS.units);
