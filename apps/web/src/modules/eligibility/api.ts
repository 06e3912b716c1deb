import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { download } from '../../api/files.ts';
import type { CandidateList, EligibilityCheckResult } from '../../api/types.ts';

export const ELIGIBILITY_KEY = ['eligibility'] as const;

export interface CheckInput {
  subjectId: string;
  awardCode: string;
  year: number;
}

export function useEligibilityCheck() {
  return useMutation({
    mutationFn: (input: CheckInput) => api.post<EligibilityCheckResult>('/eligibility/check', input),
  });
}

export interface CandidatesFilter {
  orgId: string | null;
  year: number;
  awardCode?: string;
  include: 'eligible' | 'all';
}

const toQuery = (f: CandidatesFilter) => ({
  orgId: f.orgId,
  year: f.year,
  awardCode: f.awardCode,
  include: f.include,
});

export function useCandidates(filter: CandidatesFilter) {
  return useQuery({
    queryKey: [...ELIGIBILITY_KEY, 'candidates', filter],
    queryFn: ({ signal }) => api.get<CandidateList>('/eligibility/candidates', toQuery(filter), signal),
    enabled: Boolean(filter.orgId),
    placeholderData: keepPreviousData,
  });
}

export function exportCandidates(filter: CandidatesFilter): Promise<void> {
  return download('/eligibility/candidates.xlsx', `de-xuat-khen-thuong-${filter.year}.xlsx`, {
    query: toQuery(filter),
  });
}
