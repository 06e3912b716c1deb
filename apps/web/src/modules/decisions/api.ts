import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, send } from '../../api/client.ts';
import { download, saveBlob } from '../../api/files.ts';
import type {
  DecisionPreview,
  DecisionPreviewInput,
  DecisionView,
  IssueDecisionInput,
  RecordDecisionInput,
  RevokeDecisionInput,
} from '../../api/types.ts';
import { PROPOSALS_KEY } from '../proposals/api.ts';

export const DECISIONS_KEY = ['decisions'] as const;
const enc = encodeURIComponent;
const base = (id: string) => `/decisions/${enc(id)}`;

export function useDecision(id: string | undefined) {
  return useQuery({
    queryKey: [...DECISIONS_KEY, 'one', id],
    queryFn: ({ signal }) => api.get<DecisionView>(base(id!), undefined, signal),
    enabled: Boolean(id),
  });
}

function useDecisionWrite<T>(fn: (input: T) => Promise<DecisionView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (decision) => {
      queryClient.setQueryData([...DECISIONS_KEY, 'one', decision.id], decision);
      void queryClient.invalidateQueries({ queryKey: DECISIONS_KEY });
      void queryClient.invalidateQueries({ queryKey: PROPOSALS_KEY });
      void queryClient.invalidateQueries({ queryKey: ['history'] });
    },
  });
}

export function usePreviewDecision() {
  return useMutation({
    mutationFn: (input: DecisionPreviewInput) => api.post<DecisionPreview>('/decisions/preview', input),
  });
}

export function useIssueDecision() {
  return useDecisionWrite((input: IssueDecisionInput) => api.post<DecisionView>('/decisions', input));
}

export function useRecordDecision() {
  return useDecisionWrite((input: RecordDecisionInput) => api.post<DecisionView>('/decisions/record', input));
}

export function useRevokeDecision(id: string) {
  return useDecisionWrite((input: RevokeDecisionInput) => api.post<DecisionView>(`${base(id)}/revoke`, input));
}

/** The draft ("DỰ THẢO") of the decision as Word, from the same body as the preview. */
export async function downloadDraft(input: DecisionPreviewInput): Promise<void> {
  const res = await send('POST', '/decisions/preview.docx', { body: input });
  saveBlob(await res.blob(), 'du-thao-quyet-dinh-khen-thuong.docx');
}

export function downloadDocument(d: { id: string }) {
  return download(`${base(d.id)}/document.docx`, 'quyet-dinh-khen-thuong.docx');
}

export interface PrintOptions {
  offsetX: number;
  offsetY: number;
  preprinted: boolean;
}

export function downloadCertificates(d: { id: string }, print: PrintOptions, position?: number) {
  return download(`${base(d.id)}/certificates.pdf`, position ? `giay-khen-${position}.pdf` : 'giay-khen.pdf', {
    query: { offsetX: print.offsetX, offsetY: print.offsetY, preprinted: String(print.preprinted), position },
  });
}

export function downloadRecipients(d: { id: string }) {
  return download(`${base(d.id)}/recipients.xlsx`, 'danh-sach-khen-thuong.xlsx');
}
