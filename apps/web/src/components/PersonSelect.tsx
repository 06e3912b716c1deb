import { useMemo, useState, type CSSProperties } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { api } from '../api/client.ts';
import type { PeoplePage } from '../api/types.ts';
import { useT } from '../i18n/index.tsx';
import { useDebounced } from '../lib/useDebounced.ts';
import { PEOPLE_KEY } from '../modules/people/api.ts';

export interface PersonOption {
  value: string;
  label: string;
}

export interface PersonSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null, option?: PersonOption) => void;
  /** Labels of people already chosen (the search results may not hold them). */
  known?: PersonOption[];
  placeholder?: string;
  style?: CSSProperties;
  status?: 'error' | 'warning';
  'aria-label'?: string;
}

/** Person picker searching the server by name (diacritics optional): "nguyen van a". */
export function PersonSelect({ value, onChange, known, placeholder, ...rest }: PersonSelectProps) {
  const t = useT();
  const [q, setQ] = useState('');
  const search = useDebounced(q.trim(), 250);
  const { data, isFetching } = useQuery({
    queryKey: [...PEOPLE_KEY, 'pick', search],
    queryFn: ({ signal }) =>
      api.get<PeoplePage>('/people', { q: search || undefined, pageSize: 20, sort: 'name' }, signal),
    staleTime: 30_000,
  });
  const options = useMemo(() => {
    const found = (data?.items ?? []).map((p) => ({ value: p.id, label: `${p.fullName} — ${p.orgName}` }));
    const extra = (known ?? []).filter((k) => !found.some((f) => f.value === k.value));
    return [...extra, ...found];
  }, [data, known]);
  return (
    <Select<string, PersonOption>
      {...rest}
      value={value ?? undefined}
      onChange={(next, option) => onChange?.(next ?? null, Array.isArray(option) ? option[0] : option)}
      options={options}
      loading={isFetching}
      allowClear
      placeholder={placeholder ?? t('people.pick')}
      showSearch={{ filterOption: false, onSearch: setQ, searchValue: q }}
      notFoundContent={isFetching ? t('app.loading') : t('people.noMatch')}
      popupMatchSelectWidth={false}
    />
  );
}
