import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { download, uploadFile } from '../../api/files.ts';
import type {
  Decision,
  LatenessView,
  ProcedureIdentityInput,
  ProcedureImportResult,
  ProcedureView,
  ReportView,
  SatisfactionView,
  SimplificationView,
  VersionContent,
} from './types.ts';

export const PROCEDURES_KEY = ['procedures'] as const;
export const REPORT_KEY = ['one-stop', 'report'] as const;
const enc = encodeURIComponent;
const base = (id: string) => `/procedures/${enc(id)}`;

export function useProcedure(id: string | undefined) {
  return useQuery({
    queryKey: [...PROCEDURES_KEY, 'one', id],
    queryFn: ({ signal }) => api.get<ProcedureView>(base(id!), undefined, signal),
    enabled: Boolean(id),
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return (procedure?: ProcedureView) => {
    if (procedure?.id) queryClient.setQueryData([...PROCEDURES_KEY, 'one', procedure.id], procedure);
    void queryClient.invalidateQueries({ queryKey: PROCEDURES_KEY });
  };
}

/** Creates a procedure: a draft with its first version. */
export function useCreateProcedure() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: ProcedureIdentityInput & { content: VersionContent }) =>
      api.post<ProcedureView>('/procedures', input),
    onSuccess: (p) => refresh(p),
  });
}

/** Saves a procedure's identity fields. */
export function useSaveIdentity() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, version, input }: { id: string; version: number; input: ProcedureIdentityInput }) =>
      api.put<ProcedureView>(base(id), { ...input, version }),
    onSuccess: (p) => refresh(p),
  });
}

export function useSaveDraft() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, version, input }: { id: string; version: number; input: VersionContent }) =>
      api.put<ProcedureView>(`${base(id)}/draft`, { ...input, version }),
    onSuccess: (p) => refresh(p),
  });
}

/** Uploads the form template of a draft version's document (1-based seq); answers the procedure. */
export function useTemplateUpload() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, seq, file }: { id: string; seq: number; file: File }) =>
      uploadFile<ProcedureView>(`${base(id)}/draft/documents/${seq}/template`, file),
    onSuccess: (p) => refresh(p),
  });
}

/** Downloads a document's form template (readable by everyone signed in). */
export function downloadTemplate(fileId: string, name: string) {
  return download(`/attachments/${enc(fileId)}`, name);
}

export function useProcedureTransition() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({
      id,
      ...body
    }: {
      id: string;
      action: string;
      version: number;
      reason?: string;
      decision: Decision;
    }) => api.post<ProcedureView>(`${base(id)}/transitions`, body),
    onSuccess: (p) => refresh(p),
  });
}

/** Starts an amendment: a draft version copied from the one in force. */
export function useStartAmendment() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api.post<ProcedureView>(`${base(id)}/versions`, { version }),
    onSuccess: (p) => refresh(p),
  });
}

export function downloadPublished(format: 'docx' | 'xlsx') {
  return download(`/procedures/published.${format}`, `danh-muc-thu-tuc-cong-bo.${format}`);
}

export function downloadCatalogTemplate() {
  return download('/procedures/export.xlsx', 'danh-muc-thu-tuc-hanh-chinh.xlsx');
}

export function runProcedureImport(file: File, dryRun: boolean, onProgress: (percent: number) => void) {
  return uploadFile<ProcedureImportResult>('/procedures/import', file, {
    query: { dryRun: String(dryRun) },
    onProgress,
  });
}

export function useSimplification(query: { from?: string; to?: string; by: 'year' | 'field' }) {
  return useQuery({
    queryKey: [...PROCEDURES_KEY, 'simplification', query],
    queryFn: ({ signal }) => api.get<SimplificationView>('/procedures/simplification', query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useReport(query: { from: string; to: string; groupBy: 'field' | 'procedure' }, enabled: boolean) {
  return useQuery({
    queryKey: [...REPORT_KEY, query],
    queryFn: ({ signal }) => api.get<ReportView>('/one-stop/report', query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function downloadReport(query: { from: string; to: string; groupBy: string }) {
  return download('/one-stop/report.xlsx', `bieu-06-${query.from}-${query.to}.xlsx`, { query });
}

export function useLateness(query: { from: string; to: string; by: 'unit' | 'officer' }, enabled: boolean) {
  return useQuery({
    queryKey: [...REPORT_KEY, 'lateness', query],
    queryFn: ({ signal }) => api.get<LatenessView>('/one-stop/lateness', query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useSatisfaction(query: { from: string; to: string; by: 'procedure' | 'officer' }, enabled: boolean) {
  return useQuery({
    queryKey: [...REPORT_KEY, 'satisfaction', query],
    queryFn: ({ signal }) => api.get<SatisfactionView>('/one-stop/satisfaction', query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
