import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SettingField, SettingList, SettingView } from '@thidua/contracts';
import { api } from '../../api/client.ts';

export type Setting = z.infer<typeof SettingView>;
export type { SettingField };

export const SETTINGS_KEY = ['settings'] as const;

export function useSettings() {
  return useQuery({
    queryKey: SETTINGS_KEY,
    queryFn: ({ signal }) => api.get<z.infer<typeof SettingList>>('/settings', undefined, signal).then((r) => r.items),
  });
}

/** Saves a value at the version read (0 while the default applies). */
export function useSaveSetting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, value, version }: { key: string; value: unknown; version: number }) =>
      api.put<Setting>(`/settings/${encodeURIComponent(key)}`, { value, version }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: SETTINGS_KEY }),
  });
}

/** Back to the default (the stored value is removed), at the version read. */
export function useResetSetting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, version }: { key: string; version: number }) =>
      api.delete<Setting>(`/settings/${encodeURIComponent(key)}`, { version }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: SETTINGS_KEY }),
  });
}
