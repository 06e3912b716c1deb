import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

type Values = Record<string, string | null | undefined>;

/**
 * Filter values kept in component state (changes apply at once, even several in a row) and mirrored
 * into the query string so a link or a reload shows the same view. The router applies a URL change
 * in a transition, so reading filters back from the URL would lose one of two quick changes.
 */
export function useUrlState<T extends Values>(read: (params: URLSearchParams) => T) {
  const [params, setParams] = useSearchParams();
  const [values, setValues] = useState<T>(() => read(params));
  useEffect(() => {
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries(values)) if (value) next.set(key, value);
    if (next.toString() !== params.toString()) setParams(next, { replace: true });
  }, [values, params, setParams]);
  const update = (patch: Partial<T>) => setValues((prev) => ({ ...prev, ...patch }));
  return [values, update] as const;
}
