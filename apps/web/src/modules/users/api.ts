import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '@thidua/domain';
import { api } from '../../api/client.ts';
import type { User } from '../../api/types.ts';

export const USERS_KEY = ['users'] as const;

export function useUsers(enabled = true) {
  return useQuery({
    queryKey: USERS_KEY,
    queryFn: ({ signal }) => api.get<{ items: User[] }>('/users', undefined, signal).then((r) => r.items),
    enabled,
  });
}

export interface Grant {
  role: Role;
  orgId: string;
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  email: string | null;
  password: string;
  roles: Grant[];
}

export interface UpdateUserInput {
  displayName?: string;
  email?: string | null;
  active?: boolean;
  roles?: Grant[];
  password?: string;
  version: number;
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => api.post<User>('/users', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...patch }: UpdateUserInput & { id: string }) =>
      api.patch<User>(`/users/${encodeURIComponent(id)}`, patch),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}
