import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { EMPLOYMENT_TYPES, GENDERS, PERSON_STATUSES } from '@thidua/domain';
import { PEOPLE_SORTS, type PeopleFilters } from './api.ts';

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

const PAGE_SIZES = [20, 50, 100];

/** The list's filters live in the URL, so Back, reload and shared links keep them. */
export function usePeopleFilters(): [PeopleFilters, (patch: Partial<PeopleFilters>) => void, () => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<PeopleFilters>(() => {
    const page = Number(params.get('page'));
    const pageSize = Number(params.get('pageSize'));
    return {
      q: params.get('q') ?? undefined,
      orgId: params.get('orgId') ?? undefined,
      subtree: params.get('subtree') !== 'false',
      status: oneOf(PERSON_STATUSES, params.get('status')),
      employmentType: oneOf(EMPLOYMENT_TYPES, params.get('employmentType')),
      gender: oneOf(GENDERS, params.get('gender')),
      sort: oneOf(PEOPLE_SORTS, params.get('sort')) ?? 'name',
      page: Number.isInteger(page) && page > 0 ? page : 1,
      pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : 20,
    };
  }, [params]);

  const update = useCallback(
    (patch: Partial<PeopleFilters>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(patch)) {
            if (value === undefined || value === '' || value === null) next.delete(key);
            else next.set(key, String(value));
          }
          // Any filter change returns to the first page.
          if (!('page' in patch)) next.delete('page');
          if (next.get('subtree') === 'true') next.delete('subtree');
          if (next.get('sort') === 'name') next.delete('sort');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  const reset = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  return [filters, update, reset];
}

export { PAGE_SIZES };
