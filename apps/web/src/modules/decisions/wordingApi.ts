import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { DecisionTemplateList, DecisionTemplateView } from '@thidua/contracts';
import { api } from '../../api/client.ts';

export type DecisionTemplate = z.infer<typeof DecisionTemplateView>;
const KEY = ['decision-templates'] as const;

/** The wording of each kind of decision, its placeholders, and the Director in office (the signer to pre-fill). */
export function useDecisionTemplates() {
  return useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => api.get<z.infer<typeof DecisionTemplateList>>('/decision-templates', undefined, signal),
  });
}

/** Saves a kind's wording as a new version, at the version read. */
export function useSaveDecisionTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, body, version }: { kind: string; body: Record<string, string>; version: number }) =>
      api.put<DecisionTemplate>(`/decision-templates/${kind}`, { body, version }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
