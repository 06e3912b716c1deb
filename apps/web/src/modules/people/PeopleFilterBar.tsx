import { useEffect, useState } from 'react';
import { Button, Checkbox, Col, Input, Row, Select } from 'antd';
import { ClearOutlined, SearchOutlined } from '../../lib/icons.tsx';
import { useT } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.tsx';
import type { PeopleFilters } from './api.ts';

export interface PeopleFilterBarProps {
  filters: PeopleFilters;
  onChange: (patch: Partial<PeopleFilters>) => void;
  onReset: () => void;
}

export function PeopleFilterBar({ filters, onChange, onReset }: PeopleFilterBarProps) {
  const t = useT();
  const labels = useLabels();
  const [text, setText] = useState(filters.q ?? '');
  const debounced = useDebounced(text, 350);

  // Type-ahead: the URL (and so the query) follows the box once typing pauses.
  useEffect(() => {
    if ((filters.q ?? '') !== debounced) onChange({ q: debounced || undefined });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  // Reset from outside (e.g. "Xóa bộ lọc").
  useEffect(() => {
    if (filters.q === undefined) setText('');
  }, [filters.q]);

  const hasFilters = Boolean(filters.q || filters.orgId || filters.status || filters.employmentType || filters.gender);
  return (
    <Row gutter={[8, 8]} style={{ marginBottom: 16 }} role="search">
      <Col xs={24} md={12} xl={6}>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('people.search')}
          aria-label={t('people.search')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onPressEnter={() => onChange({ q: text || undefined })}
        />
      </Col>
      <Col xs={24} md={12} xl={6}>
        <OrgTreeSelect
          aria-label={t('people.org')}
          placeholder={t('people.org')}
          allowClear
          showInactive
          value={filters.orgId ?? null}
          onChange={(orgId) => onChange({ orgId: orgId ?? undefined })}
          style={{ width: '100%' }}
        />
        {filters.orgId && (
          <Checkbox
            checked={filters.subtree}
            onChange={(e) => onChange({ subtree: e.target.checked })}
            style={{ marginTop: 4 }}
          >
            {t('people.includeSubunits')}
          </Checkbox>
        )}
      </Col>
      <Col xs={12} md={8} xl={3}>
        <Select
          allowClear
          aria-label={t('people.status')}
          placeholder={t('people.status')}
          options={labels.personStatusOptions}
          value={filters.status}
          onChange={(status) => onChange({ status })}
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={12} md={8} xl={3}>
        <Select
          allowClear
          aria-label={t('people.employmentType')}
          placeholder={t('people.employmentType')}
          options={labels.employmentTypeOptions}
          value={filters.employmentType}
          onChange={(employmentType) => onChange({ employmentType })}
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={12} md={4} xl={3}>
        <Select
          allowClear
          aria-label={t('people.gender')}
          placeholder={t('people.gender')}
          options={labels.genderOptions}
          value={filters.gender}
          onChange={(gender) => onChange({ gender })}
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={12} md={4} xl={3}>
        <Button icon={<ClearOutlined />} onClick={onReset} disabled={!hasFilters} block>
          {t('common.reset')}
        </Button>
      </Col>
    </Row>
  );
}
