import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RegistryImportResult, RegistryKind, RegistrySummary } from '@thidua/contracts';
import { api } from '../../api/client.ts';
import { download, uploadFile } from '../../api/files.ts';

export type RegistryRecord = {
  id: string;
  kind: RegistryKind;
  name: string;
  code: string;
  unitId: string | null;
  unitName: string | null;
  status: string;
  validFrom: string;
  validTo: string | null;
  note: string;
  abilities: { edit: boolean; close: boolean };
  version: number;
} & Record<string, unknown>;

export const registryKey = (kind: RegistryKind) => ['registries', kind] as const;
const base = (kind: RegistryKind) => `/registries/${kind}`;

export function useRegistrySummary(kind: RegistryKind, asOf: string | null) {
  return useQuery({
    queryKey: [...registryKey(kind), 'summary', asOf],
    queryFn: ({ signal }) => api.get<RegistrySummary>(`${base(kind)}/summary`, { asOf: asOf ?? undefined }, signal),
  });
}

export function useRegistryRecord(kind: RegistryKind, id: string | null) {
  return useQuery({
    queryKey: [...registryKey(kind), 'one', id],
    queryFn: ({ signal }) => api.get<RegistryRecord>(`${base(kind)}/${encodeURIComponent(id!)}`, undefined, signal),
    enabled: Boolean(id && id !== 'new'),
  });
}

export function useRegistryUnits() {
  return useQuery({
    queryKey: ['registries', 'units'],
    queryFn: ({ signal }) =>
      api.get<{ items: { id: string; code: string; name: string; validTo: string | null }[] }>(
        '/registries/units',
        undefined,
        signal,
      ),
    staleTime: 5 * 60_000,
  });
}

/** Saves a record: POST without an id, PUT with it (and its version). */
export function useSaveRegistry(kind: RegistryKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: Record<string, unknown> }) =>
      id
        ? api.put<RegistryRecord>(`${base(kind)}/${encodeURIComponent(id)}`, body)
        : api.post<RegistryRecord>(base(kind), body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: registryKey(kind) }),
  });
}

export function useCloseRegistry(kind: RegistryKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: Record<string, unknown> }) =>
      api.post<RegistryRecord>(`${base(kind)}/${encodeURIComponent(id)}/close`, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: registryKey(kind) }),
  });
}

export const downloadRegistry = (kind: RegistryKind) => download(`${base(kind)}/export.xlsx`, `${kind}.xlsx`);

export const runRegistryImport = (kind: RegistryKind, file: File, dryRun: boolean, onProgress: (p: number) => void) =>
  uploadFile<RegistryImportResult>(`${base(kind)}/import`, file, { query: { dryRun }, onProgress });
