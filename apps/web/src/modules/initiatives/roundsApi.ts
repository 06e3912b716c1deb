import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateRoundRequest,
  QueueItemView,
  RecognitionPreview,
  RecognitionPreviewRequest,
  RecognitionRequest,
  RecognitionResult,
  ReviewQueue,
  RoundDetail,
  RoundList,
  SheetRequest,
} from '@thidua/contracts';
import { api } from '../../api/client.ts';
import { download } from '../../api/files.ts';
import { INITIATIVES_KEY } from './api.ts';

export const ROUNDS_KEY = ['initiative-rounds'] as const;
export const QUEUE_KEY = ['initiative-reviews'] as const;
const enc = encodeURIComponent;
const base = (id: string) => `/initiative-rounds/${enc(id)}`;

export type Round = z.infer<typeof RoundList>['items'][number];
export type Detail = z.infer<typeof RoundDetail>;
export type Item = Detail['items'][number];
export type Queue = z.infer<typeof ReviewQueue>;
export type QueueItem = z.infer<typeof QueueItemView>;
export type RoundInput = z.input<typeof CreateRoundRequest>;
export type Preview = z.infer<typeof RecognitionPreview>;

export function useRounds() {
  return useQuery<Round[]>({
    queryKey: [...ROUNDS_KEY, 'list'],
    queryFn: ({ signal }) => api.get<{ items: Round[] }>('/initiative-rounds', undefined, signal).then((r) => r.items),
  });
}

export function useRound(id: string | undefined) {
  return useQuery<Detail>({
    queryKey: [...ROUNDS_KEY, 'one', id],
    queryFn: ({ signal }) => api.get<Detail>(base(id!), undefined, signal),
    enabled: !!id,
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ROUNDS_KEY });
    void queryClient.invalidateQueries({ queryKey: QUEUE_KEY });
    void queryClient.invalidateQueries({ queryKey: INITIATIVES_KEY });
  };
}

export function useSaveRound() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, version, input }: { id?: string; version?: number; input: RoundInput }) =>
      id ? api.put<Detail>(base(id), { ...input, version }) : api.post<Detail>('/initiative-rounds', input),
    onSuccess: refresh,
  });
}

export function useRoundAction(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { action: 'open' | 'close' | 'reopen' | 'phase'; phase?: number; version: number }) =>
      api.post<Detail>(`${base(id)}/actions`, body),
    onSuccess: refresh,
  });
}

export const previewRecognition = (id: string, body: z.input<typeof RecognitionPreviewRequest>) =>
  api.post<Preview>(`${base(id)}/recognition/preview`, body);

export function useRecognise(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: z.input<typeof RecognitionRequest>) =>
      api.post<z.infer<typeof RecognitionResult>>(`${base(id)}/recognition`, body),
    onSuccess: refresh,
  });
}

export const downloadRoundExcel = (id: string) => download(`${base(id)}/export.xlsx`, 'ket-qua-cham-sang-kien.xlsx');

export function useReviewQueue() {
  return useQuery<Queue>({
    queryKey: [...QUEUE_KEY],
    queryFn: ({ signal }) => api.get<Queue>('/initiative-reviews', undefined, signal),
  });
}

export function useSaveSheet() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({
      roundId,
      initiativeId,
      body,
    }: {
      roundId: string;
      initiativeId: string;
      body: z.input<typeof SheetRequest>;
    }) => api.put<QueueItem>(`${base(roundId)}/sheets/${enc(initiativeId)}`, body),
    onSuccess: refresh,
  });
}
