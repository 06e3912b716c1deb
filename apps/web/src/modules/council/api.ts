import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { download } from '../../api/files.ts';
import type {
  BallotInput,
  BallotResult,
  CouncilMemberList,
  CouncilMemberView,
  CreateSessionInput,
  SaveCouncilMemberInput,
  SessionList,
  SessionView,
} from '../../api/types.ts';
import { PROPOSALS_KEY } from '../proposals/api.ts';

export const COUNCIL_KEY = ['council'] as const;
const enc = encodeURIComponent;
const sessionPath = (id: string) => `/council/sessions/${enc(id)}`;

export function useCouncilMembers() {
  return useQuery({
    queryKey: [...COUNCIL_KEY, 'members'],
    queryFn: ({ signal }) => api.get<CouncilMemberList>('/council/members', undefined, signal).then((r) => r.items),
  });
}

export function useSaveMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: SaveCouncilMemberInput }) =>
      id
        ? api.put<CouncilMemberView>(`/council/members/${enc(id)}`, input)
        : api.post<CouncilMemberView>('/council/members', input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: COUNCIL_KEY }),
  });
}

export function useSessions() {
  return useQuery({
    queryKey: [...COUNCIL_KEY, 'sessions'],
    queryFn: ({ signal }) => api.get<SessionList>('/council/sessions', undefined, signal).then((r) => r.items),
  });
}

export function useCreateSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateSessionInput) => api.post<SessionView>('/council/sessions', input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: COUNCIL_KEY });
      void queryClient.invalidateQueries({ queryKey: PROPOSALS_KEY });
    },
  });
}

export function useSession(id: string | undefined) {
  return useQuery({
    queryKey: [...COUNCIL_KEY, 'session', id],
    queryFn: ({ signal }) => api.get<SessionView>(sessionPath(id!), undefined, signal),
    enabled: Boolean(id),
    // Progress counts move while members vote.
    refetchInterval: (query) => (query.state.data?.status === 'open' ? 15_000 : false),
  });
}

function useSessionUpdate<T>(fn: (input: T) => Promise<SessionView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (session) => {
      queryClient.setQueryData([...COUNCIL_KEY, 'session', session.id], session);
      void queryClient.invalidateQueries({ queryKey: COUNCIL_KEY });
      void queryClient.invalidateQueries({ queryKey: PROPOSALS_KEY });
    },
  });
}

export function useAttendance(id: string) {
  return useSessionUpdate((input: { presentMemberIds: string[]; version: number }) =>
    api.put<SessionView>(`${sessionPath(id)}/attendance`, input),
  );
}

export function useCloseSession(id: string) {
  return useSessionUpdate((input: { version: number }) => api.post<SessionView>(`${sessionPath(id)}/close`, input));
}

/**
 * Sends the secret ballot. Deliberately a plain call, not a react-query mutation: the mutation cache
 * would keep the choices (its `variables`) after sending. Nothing here remembers how anyone voted.
 */
export function sendBallot(id: string, votes: BallotInput['votes']): Promise<BallotResult> {
  return api.post<BallotResult>(`${sessionPath(id)}/ballot`, { votes });
}

export function downloadMinutes(id: string) {
  return download(`${sessionPath(id)}/minutes.docx`, 'bien-ban-hop-hoi-dong.docx');
}

/** Accounts that may sit on the council, for the member form. */
export function useCouncilUsers(enabled = true) {
  return useQuery({
    queryKey: ['council', 'users'],
    queryFn: ({ signal }) =>
      api
        .get<{ items: { id: string; username: string; displayName: string }[] }>('/council/users', undefined, signal)
        .then((r) => r.items),
    enabled,
  });
}
