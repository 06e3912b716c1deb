import { useQuery, useQueryClient, useMutation } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { download, uploadFile } from '../../api/files.ts';
import type { AwardImportResult, RatingsGrid, SaveRatingsRequest, SaveRatingsResult } from '../../api/types.ts';

export const RATINGS_KEY = ['ratings'] as const;

export interface RatingsFilter {
  orgId: string | null;
  year: number;
  subtree: boolean;
  /** Only the rows without a rating. */
  missing: boolean;
}

export function useRatings({ orgId, year, subtree, missing }: RatingsFilter) {
  return useQuery({
    queryKey: [...RATINGS_KEY, orgId, year, subtree, missing],
    queryFn: ({ signal }) =>
      api.get<RatingsGrid>('/ratings', { orgId, year, subtree: String(subtree), missing: String(missing) }, signal),
    enabled: Boolean(orgId),
  });
}

export function useSaveRatings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveRatingsRequest) => api.put<SaveRatingsResult>('/ratings', body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: RATINGS_KEY });
      void queryClient.invalidateQueries({ queryKey: ['history'] });
    },
  });
}

export function exportRatings(orgId: string, year: number, missing = false): Promise<void> {
  return download('/ratings/export.xlsx', `xep-loai-${year}.xlsx`, {
    query: { orgId, year, missing: String(missing) },
  });
}

/** Same result shape as the award-history import: `{ok, dryRun, totalRows, imported, errors, flags}`. */
export type RatingsImportResult = AwardImportResult;

export function importRatings(
  file: File,
  query: { orgId: string; year: number; dryRun: boolean },
  onProgress: (percent: number) => void,
): Promise<RatingsImportResult> {
  return uploadFile<RatingsImportResult>('/ratings/import', file, {
    query: { orgId: query.orgId, year: query.year, dryRun: String(query.dryRun) },
    onProgress,
  });
}
