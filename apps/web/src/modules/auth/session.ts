import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, isApiError, setCsrfToken } from '../../api/client.ts';
import type { Me, Ok } from '../../api/types.ts';

export const ME_KEY = ['auth', 'me'] as const;

/** The signed-in user, or null when there is no session. */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get<Me>('/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: Infinity, retry: 1 });
}

/** The signed-in user inside the authenticated part of the app. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser outside RequireAuth');
  return data;
}

type Abilities = Me['abilities'];

/**
 * What the signed-in user may do in one area, as `/auth/me` says (the same policies the server
 * refuses by): menus, pages and buttons read this instead of comparing role names.
 */
export function useAbilities(): Abilities | undefined {
  return useMe().data?.abilities;
}

/** Add people (somewhere in the user's own units; each person's `abilities.edit` says the rest). */
export function useCanWritePeople(): boolean {
  return Boolean(useAbilities()?.people.create);
}

/** Import people from Excel (server: people/policy). */
export function useCanImportPeople(): boolean {
  return Boolean(useAbilities()?.people.import);
}

export async function login(username: string, password: string): Promise<Me> {
  const me = await api.post<Me>('/auth/login', { username, password });
  setCsrfToken(me.csrfToken);
  return me;
}

/** Ends the session on the server and forgets everything cached for this user. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    try {
      await api.post<Ok>('/auth/logout');
    } catch {
      /* the session may already be gone */
    }
    setCsrfToken(null);
    queryClient.clear();
    queryClient.setQueryData(ME_KEY, null);
  }, [queryClient]);
}

// What the user may start comes with /auth/me, from the same policies the server refuses by.

/** Launch and steer emulation movements and blocs (server: movements/policy). */
export function useCanManageMovements(): boolean {
  return Boolean(useMe().data?.abilities.movements.create);
}

/** The emulation office reviews dossiers, runs the council and records higher decisions (server: proposals/policy). */
export function useCanReviewProposals(): boolean {
  return Boolean(useMe().data?.abilities.proposals.review);
}

/** Add and edit the council's members (server: council/policy). */
export function useCanManageCouncilMembers(): boolean {
  return Boolean(useMe().data?.abilities.council.manageMembers);
}

/** Open a council session (server: council/policy). */
export function useCanOpenCouncilSession(): boolean {
  return Boolean(useMe().data?.abilities.council.openSession);
}

/** Draft proposal dossiers (a unit officer for his unit; the office for the department). */
export function useCanPropose(): boolean {
  return Boolean(useMe().data?.abilities.proposals.create);
}

/** Issue (and revoke) the Director's award decisions, department-wide (server: decisions/policy). */
export function useCanIssueDecisions(): boolean {
  return Boolean(useMe().data?.abilities.decisions.issue);
}

/** The unit a unit officer proposes for (his first unit_officer grant), else null. */
export function useOwnUnitId(): string | null {
  const { data } = useMe();
  return data?.roles.find((grant) => grant.role === 'unit_officer')?.orgId ?? null;
}
