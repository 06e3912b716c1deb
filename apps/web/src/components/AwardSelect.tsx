import { useMemo, type CSSProperties } from 'react';
import { Select } from 'antd';
import { searchKey } from '@thidua/domain';
import { useT } from '../i18n/index.tsx';
import { useLabels } from '../i18n/labels.ts';
import { useCatalog } from '../modules/awards/api.ts';

export interface AwardSelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  /** Only awards this kind of subject may receive. */
  subject?: 'individual' | 'collective';
  /** Only these codes (e.g. the awards the eligibility engine judges). */
  codes?: readonly string[];
  /** The catalog of this day (today when absent). */
  date?: string;
  allowClear?: boolean;
  placeholder?: string;
  style?: CSSProperties;
  'aria-label'?: string;
}

/** Award picker from the catalog, grouped (titles, orders, certificates…), searchable without diacritics. */
export function AwardSelect({ subject, codes, date, placeholder, ...rest }: AwardSelectProps) {
  const t = useT();
  const labels = useLabels();
  const { data, isPending } = useCatalog(date);
  const options = useMemo(() => {
    const groups = new Map<string, { value: string; label: string; key: string }[]>();
    // Awards for the armed forces, foreigners, localities or other sectors come last, in a group of their own
    // (a record of past awards may still name one: a veteran's order).
    const others: { value: string; label: string; key: string }[] = [];
    for (const a of data?.items ?? []) {
      if (subject && !a.subjects.includes(subject)) continue;
      if (codes && !codes.includes(a.code)) continue;
      const list = a.audience ? others : (groups.get(a.group) ?? []);
      list.push({ value: a.code, label: a.name, key: searchKey(a.name) });
      if (!a.audience) groups.set(a.group, list);
    }
    return [
      ...[...groups].map(([group, list]) => ({ label: labels.awardGroup(group), options: list })),
      ...(others.length ? [{ label: t('catalog.otherAudiences'), options: others }] : []),
    ];
  }, [data, subject, codes, labels, t]);
  return (
    <Select
      {...rest}
      loading={isPending}
      options={options}
      placeholder={placeholder ?? t('history.pickAward')}
      showSearch={{
        filterOption: (input, option) =>
          searchKey(input)
            .split(' ')
            .every((w) => String((option as { key?: string } | undefined)?.key ?? '').includes(w)),
      }}
      popupMatchSelectWidth={false}
    />
  );
}
