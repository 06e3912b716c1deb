import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { EmailTemplate, EmailTemplateList, NotificationList, Ok, OutboxList } from '../../api/types.ts';

export const NOTIFICATIONS_KEY = ['notifications'] as const;

/** The user's notifications, polled every minute (and when the tab regains focus). */
export function useNotifications() {
  return useQuery({
    queryKey: NOTIFICATIONS_KEY,
    queryFn: ({ signal }) => api.get<NotificationList>('/notifications', undefined, signal),
    refetchInterval: 60_000,
    staleTime: 30_000,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string | 'all') =>
      id === 'all'
        ? api.post<Ok>('/notifications/read-all')
        : api.post<Ok>(`/notifications/${encodeURIComponent(id)}/read`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export const MAIL_KEY = ['mail'] as const;

export function useEmailTemplates() {
  return useQuery({
    queryKey: [...MAIL_KEY, 'templates'],
    queryFn: ({ signal }) => api.get<EmailTemplateList>('/email-templates', undefined, signal),
  });
}

export function useSaveEmailTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, ...body }: { kind: string; subject: string; body: string; version: number | null }) =>
      api.put<EmailTemplate>(`/email-templates/${encodeURIComponent(kind)}`, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: MAIL_KEY }),
  });
}

export function useOutbox() {
  return useQuery({
    queryKey: [...MAIL_KEY, 'outbox'],
    queryFn: ({ signal }) => api.get<OutboxList>('/outbox', undefined, signal),
    refetchInterval: 30_000,
  });
}
