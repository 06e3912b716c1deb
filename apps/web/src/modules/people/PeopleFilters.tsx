import { Checkbox, Select, Space } from 'antd';
import { EMPLOYMENT_TYPES, GENDERS, PERSON_STATUSES } from '@thidua/domain';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.tsx';
import type { ListState } from '../../components/ListPage.tsx';
import { useT } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';

/** The people list's own filters (after the search box): unit with or without its sub-units, status, kind, gender. */
export const PEOPLE_FILTERS = ['orgId', 'subtree', 'status', 'employmentType', 'gender'] as const;

/** A value from the URL only when it is one the server knows (an edited link must not break the list). */
function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

export function PeopleFilters({ state }: { state: ListState }) {
  const t = useT();
  const labels = useLabels();
  const f = state.filters;
  return (
    <>
      <Space direction="vertical" size={4}>
        <OrgTreeSelect
          aria-label={t('people.org')}
          placeholder={t('people.org')}
          allowClear
          showInactive
          value={f.orgId ?? null}
          onChange={(orgId) => state.set({ orgId: orgId ?? null, subtree: null })}
          style={{ width: 280 }}
        />
        {f.orgId && (
          <Checkbox
            checked={f.subtree !== 'false'}
            onChange={(e) => state.set({ subtree: e.target.checked ? null : 'false' })}
          >
            {t('people.includeSubunits')}
          </Checkbox>
        )}
      </Space>
      <Select
        allowClear
        aria-label={t('people.status')}
        placeholder={t('people.status')}
        options={labels.personStatusOptions}
        value={oneOf(PERSON_STATUSES, f.status ?? null)}
        onChange={(status?: string) => state.set({ status: status ?? null })}
        style={{ width: 170 }}
      />
      <Select
        allowClear
        aria-label={t('people.employmentType')}
        placeholder={t('people.employmentType')}
        options={labels.employmentTypeOptions}
        value={oneOf(EMPLOYMENT_TYPES, f.employmentType ?? null)}
        onChange={(employmentType?: string) => state.set({ employmentType: employmentType ?? null })}
        style={{ width: 170 }}
      />
      <Select
        allowClear
        aria-label={t('people.gender')}
        placeholder={t('people.gender')}
        options={labels.genderOptions}
        value={oneOf(GENDERS, f.gender ?? null)}
        onChange={(gender?: string) => state.set({ gender: gender ?? null })}
        style={{ width: 120 }}
      />
    </>
  );
}
