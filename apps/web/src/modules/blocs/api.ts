import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { uploadFile } from '../../api/files.ts';
import type { Attachment, BlocList, BlocView, CreateBlocInput, SaveBlocYearInput } from '../../api/types.ts';

export const BLOCS_KEY = ['blocs'] as const;
const base = (id: string) => `/blocs/${encodeURIComponent(id)}`;

export function useBlocs() {
  return useQuery({
    queryKey: [...BLOCS_KEY, 'list'],
    queryFn: ({ signal }) => api.get<BlocList>('/blocs', undefined, signal).then((r) => r.items),
  });
}

export function useBloc(id: string | undefined) {
  return useQuery({
    queryKey: [...BLOCS_KEY, 'one', id],
    queryFn: ({ signal }) => api.get<BlocView>(base(id!), undefined, signal),
    enabled: Boolean(id),
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return (bloc: BlocView) => {
    queryClient.setQueryData([...BLOCS_KEY, 'one', bloc.id], bloc);
    void queryClient.invalidateQueries({ queryKey: [...BLOCS_KEY, 'list'] });
  };
}

export function useSaveBloc() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, version, input }: { id?: string; version?: number; input: CreateBlocInput }) =>
      id ? api.put<BlocView>(base(id), { ...input, version }) : api.post<BlocView>('/blocs', input),
    onSuccess: refresh,
  });
}

export function useSaveBlocYear(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ year, input }: { year: number; input: SaveBlocYearInput }) =>
      api.put<BlocView>(`${base(id)}/years/${year}`, input),
    onSuccess: refresh,
  });
}

export function uploadBlocAttachment(id: string, year: number, file: File, onProgress?: (percent: number) => void) {
  return uploadFile<Attachment>(`${base(id)}/years/${year}/attachments`, file, { onProgress });
}
