import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EmploymentType, Gender, PersonStatus } from '@thidua/domain';
import { api, type Query } from '../../api/client.ts';
import type { PeoplePage, Person } from '../../api/types.ts';

export const PEOPLE_SORTS = ['name', '-name', 'dateOfBirth', '-dateOfBirth', 'startDate', '-startDate'] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];

export interface PeopleFilters {
  q?: string;
  orgId?: string;
  subtree: boolean;
  status?: PersonStatus;
  employmentType?: EmploymentType;
  gender?: Gender;
  sort: PeopleSort;
  page: number;
  pageSize: number;
}

/** Query string of the list (and of the Excel export, which takes the same filters). */
export function filtersToQuery(filters: PeopleFilters, paging = true): Query {
  const query: Query = {
    q: filters.q?.trim() || undefined,
    orgId: filters.orgId,
    subtree: filters.orgId ? String(filters.subtree) : undefined,
    status: filters.status,
    employmentType: filters.employmentType,
    gender: filters.gender,
    sort: filters.sort,
  };
  if (paging) Object.assign(query, { page: filters.page, pageSize: filters.pageSize });
  return query;
}

export const PEOPLE_KEY = ['people'] as const;

export function usePeople(filters: PeopleFilters) {
  return useQuery({
    queryKey: [...PEOPLE_KEY, 'list', filters],
    queryFn: ({ signal }) => api.get<PeoplePage>('/people', filtersToQuery(filters), signal),
    placeholderData: keepPreviousData,
  });
}

export function usePerson(id: string | undefined) {
  return useQuery({
    queryKey: [...PEOPLE_KEY, 'one', id],
    queryFn: ({ signal }) => api.get<Person>(`/people/${encodeURIComponent(id!)}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export interface PersonInput {
  familyName: string;
  middleName: string;
  givenName: string;
  gender: Gender;
  dateOfBirth: string | null;
  position: string;
  orgId: string;
  employmentType: EmploymentType;
  startDate: string | null;
  status: PersonStatus;
  citizenId: string | null;
}

export function useSavePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, input }: { id?: string; version?: number; input: Partial<PersonInput> }) =>
      id
        ? api.patch<Person>(`/people/${encodeURIComponent(id)}`, { ...input, version })
        : api.post<Person>('/people', input),
    onSuccess: (person) => {
      queryClient.setQueryData([...PEOPLE_KEY, 'one', person.id], person);
      void queryClient.invalidateQueries({ queryKey: [...PEOPLE_KEY, 'list'] });
      void queryClient.invalidateQueries({ queryKey: [...PEOPLE_KEY, 'count'] });
    },
  });
}
