import { Select } from 'antd';
import type { ListState } from './useListState.ts';

interface Props<V extends string | number> {
  state: Pick<ListState, 'filters' | 'set'>;
  /** The filter's name in the URL and in the list's query. */
  name: string;
  label: string;
  options: { value: V; label: string }[];
  width: number;
}

/** A list filter chosen from options (year, status, kind…), read from and written to the list's URL. */
export function FilterSelect<V extends string | number>({ state, name, label, options, width }: Props<V>) {
  const raw = state.filters[name];
  // The URL holds text; a numeric option (a year) is matched by its number.
  const value = options.find((o) => String(o.value) === raw)?.value;
  return (
    <Select<V>
      aria-label={label}
      placeholder={label}
      allowClear
      value={value}
      onChange={(v: V | undefined) => state.set({ [name]: v === undefined || v === null ? null : String(v) })}
      options={options}
      style={{ width }}
    />
  );
}
