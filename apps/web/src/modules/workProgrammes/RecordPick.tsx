import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { api } from '../../api/client.ts';
import { useDebounced } from '../../lib/useDebounced.ts';

interface Props {
  id?: string;
  /** The list to search (`/movements`, `/procedures`, `/indicators`): its items have an id and a name. */
  path: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The record chosen before, whose name the search may not hold. */
  known?: { id: string; name: string } | null;
  placeholder?: string;
}

/** A record of another area a task links to, searched by name on the server (diacritics optional). */
export function RecordPick({ path, value, onChange, known, ...rest }: Props) {
  const [q, setQ] = useState('');
  const search = useDebounced(q.trim(), 250);
  const { data, isFetching } = useQuery({
    queryKey: ['recordPick', path, search],
    queryFn: ({ signal }) =>
      api.get<{ items: { id: string; name?: string; title?: string }[] }>(
        path,
        { q: search || undefined, pageSize: 20 },
        signal,
      ),
    staleTime: 30_000,
  });
  const options = useMemo(() => {
    const found = (data?.items ?? []).map((r) => ({ value: r.id, label: r.name ?? r.title ?? r.id }));
    if (known && !found.some((f) => f.value === known.id)) found.unshift({ value: known.id, label: known.name });
    return found;
  }, [data, known]);
  return (
    <Select
      {...rest}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      options={options}
      loading={isFetching}
    />
  );
}
