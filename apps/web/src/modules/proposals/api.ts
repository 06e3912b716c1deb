import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProposalStatus } from '@thidua/domain';
import { api } from '../../api/client.ts';
import { download, uploadFile } from '../../api/files.ts';
import type {
  Attachment,
  CreateProposalInput,
  EligibilityCheckResult,
  ProposalList,
  ProposalTransitionInput,
  ProposalView,
} from '../../api/types.ts';

export const PROPOSALS_KEY = ['proposals'] as const;
const enc = encodeURIComponent;
const base = (id: string) => `/proposals/${enc(id)}`;

export interface ProposalsFilter {
  status?: ProposalStatus;
  orgId?: string;
  year?: number;
  q?: string;
}

export function useProposalPage(filter: ProposalsFilter & { page: number; pageSize: number }, enabled = true) {
  return useQuery<ProposalList>({
    queryKey: [...PROPOSALS_KEY, 'list', filter],
    queryFn: ({ signal }) =>
      api.get<ProposalList>(
        '/proposals',
        {
          status: filter.status,
          orgId: filter.orgId,
          year: filter.year,
          q: filter.q?.trim() || undefined,
          page: filter.page,
          pageSize: filter.pageSize,
        },
        signal,
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/**
 * Dossiers of a filter for pickers (waiting for the council, for a decision): the first 500, the
 * largest page, with the total so that a picker says when there are more (`PickerCapped`).
 */
export function useProposals(filter: ProposalsFilter, enabled = true) {
  const page = useProposalPage({ ...filter, page: 1, pageSize: 500 }, enabled);
  return { ...page, data: page.data?.items, total: page.data?.total ?? 0 };
}

export function useProposal(id: string | undefined) {
  return useQuery({
    queryKey: [...PROPOSALS_KEY, 'one', id],
    queryFn: ({ signal }) => api.get<ProposalView>(base(id!), undefined, signal),
    enabled: Boolean(id),
  });
}

function useRefreshProposal() {
  const queryClient = useQueryClient();
  return (proposal?: ProposalView) => {
    if (proposal) queryClient.setQueryData([...PROPOSALS_KEY, 'one', proposal.id], proposal);
    void queryClient.invalidateQueries({ queryKey: PROPOSALS_KEY });
  };
}

export function useSaveProposal() {
  const refresh = useRefreshProposal();
  return useMutation({
    mutationFn: ({ id, version, input }: { id?: string; version?: number; input: CreateProposalInput }) =>
      id ? api.put<ProposalView>(base(id), { ...input, version }) : api.post<ProposalView>('/proposals', input),
    onSuccess: (proposal) => refresh(proposal),
  });
}

export function useProposalTransition() {
  const refresh = useRefreshProposal();
  return useMutation({
    mutationFn: ({ id, ...body }: ProposalTransitionInput & { id: string }) =>
      api.post<ProposalView>(`${base(id)}/transitions`, body),
    onSuccess: (proposal) => refresh(proposal),
  });
}

export function uploadProposalAttachment(id: string, file: File, onProgress?: (percent: number) => void) {
  return uploadFile<Attachment>(`${base(id)}/attachments`, file, { onProgress });
}

/** The submission letter (Tờ trình) of the dossier. */
export function downloadSubmission(id: string) {
  return download(`${base(id)}/submission.docx`, 'to-trinh-de-nghi-khen-thuong.docx');
}

export interface ItemCheck {
  subjectId?: string | null;
  awardCode?: string | null;
  year?: number | null;
}

/** The eligibility verdict of one item, cached per (subject, award, year); runs when all three are known. */
export function useItemEligibility({ subjectId, awardCode, year }: ItemCheck) {
  const ready = Boolean(subjectId && awardCode && year);
  return useQuery({
    queryKey: ['eligibility', 'check', subjectId, awardCode, year],
    queryFn: () => api.post<EligibilityCheckResult>('/eligibility/check', { subjectId, awardCode, year: Number(year) }),
    enabled: ready,
    staleTime: 60_000,
    retry: false,
  });
}
