import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { download, uploadFile } from '../../api/files.ts';
import type { ItemShape } from './tree.ts';
import type {
  CreateTemplateInput,
  ScorecardSource,
  TemplateImportResult,
  TemplateSummary,
  TemplateView,
} from './types.ts';

/** The templates' API (modules/scorecardTemplates on the server). */
export const TEMPLATES_PATH = '/scorecard-templates';
export const TEMPLATES_KEY = ['scorecard-templates'] as const;
const enc = encodeURIComponent;
const base = (id: string) => `${TEMPLATES_PATH}/${enc(id)}`;

export function useTemplate(id: string | undefined) {
  return useQuery({
    queryKey: [...TEMPLATES_KEY, 'one', id],
    queryFn: ({ signal }) => api.get<TemplateView>(base(id!), undefined, signal),
    enabled: Boolean(id),
  });
}

/** Templates of one kind and bloc (for "copy from": last year's first); a bloc keeps a handful. */
export function useTemplateChoices(kind: string | undefined, blocId: string | null | undefined) {
  return useQuery({
    queryKey: [...TEMPLATES_KEY, 'choices', kind, blocId],
    queryFn: ({ signal }) =>
      api.get<{ items: TemplateSummary[] }>(
        TEMPLATES_PATH,
        { kind, blocId: blocId ?? undefined, sort: '-year', pageSize: 100 },
        signal,
      ),
    enabled: Boolean(kind) && (kind === 'par' || Boolean(blocId)),
  });
}

/** The figures a computed criterion may draw on (one-stop, initiatives, movements, statistics). */
export function useSources() {
  return useQuery({
    queryKey: ['scorecard-sources'],
    queryFn: ({ signal }) => api.get<{ items: ScorecardSource[] }>('/scorecard-sources', undefined, signal),
    staleTime: 5 * 60_000,
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return (view?: TemplateView) => {
    if (view?.id) queryClient.setQueryData([...TEMPLATES_KEY, 'one', view.id], view);
    void queryClient.invalidateQueries({ queryKey: [...TEMPLATES_KEY, 'list'] });
    void queryClient.invalidateQueries({ queryKey: [...TEMPLATES_KEY, 'choices'] });
  };
}

export function useCreateTemplate() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: CreateTemplateInput) => api.post<TemplateView>(TEMPLATES_PATH, input),
    onSuccess: (v) => refresh(v),
  });
}

export interface SaveTemplateInput {
  name: string;
  basis: string;
  bonusCap: number;
  penaltyCap: number;
  items: ItemShape[];
  version: number;
}

export function useSaveTemplate(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: SaveTemplateInput) => api.put<TemplateView>(base(id), input),
    onSuccess: (v) => refresh(v),
  });
}

export function useCopyTemplate() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, year, name }: { id: string; year: number; name?: string }) =>
      api.post<TemplateView>(`${base(id)}/copy`, { year, ...(name ? { name } : {}) }),
    onSuccess: (v) => refresh(v),
  });
}

export function useDeleteTemplate() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version?: number }) =>
      api.delete<unknown>(base(id), version === undefined ? undefined : { version }),
    onSuccess: () => refresh(),
  });
}

export function downloadTemplateXlsx(id: string, name: string) {
  return download(`${base(id)}/export.xlsx`, `${name}.xlsx`);
}

/** The workbook in the layout of the export: a dry run answers the row report, the real run replaces the tree. */
export function runTemplateImport(id: string, file: File, dryRun: boolean, onProgress?: (p: number) => void) {
  return uploadFile<TemplateImportResult>(`${base(id)}/import`, file, {
    query: { dryRun: String(dryRun) },
    ...(onProgress ? { onProgress } : {}),
  });
}
