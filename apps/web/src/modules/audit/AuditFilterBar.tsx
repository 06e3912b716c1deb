import { useEffect, useState } from 'react';
import { Col, Input, Row, Select, Space } from 'antd';
import { searchKey } from '@thidua/domain';
import { useT } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { isoToDayjs } from '../../lib/format.ts';
import { DateField, DateText, type DateValue } from '../../components/DateField.tsx';
import { useDebounced } from '../../lib/useDebounced.ts';
import { useUsers } from '../users/api.ts';
import type { AuditFilters } from './api.ts';

export interface AuditFilterBarProps {
  filters: AuditFilters;
  onChange: (patch: Partial<AuditFilters>) => void;
}

export function AuditFilterBar({ filters, onChange }: AuditFilterBarProps) {
  const t = useT();
  const labels = useLabels();
  const users = useUsers();
  const [entityId, setEntityId] = useState(filters.entityId ?? '');
  const debouncedId = useDebounced(entityId.trim(), 400);
  useEffect(() => {
    if ((filters.entityId ?? '') !== debouncedId) onChange({ entityId: debouncedId || undefined });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedId]);

  const [from, setFrom] = useState<DateValue>(() => isoToDayjs(filters.from));
  const [to, setTo] = useState<DateValue>(() => isoToDayjs(filters.to));
  /** A refused text stays in its field with its reason and filters nothing. */
  const iso = (v: DateValue) => (v && !(v instanceof DateText) && v.isValid() ? v.format('YYYY-MM-DD') : undefined);
  return (
    <Row gutter={[8, 8]} style={{ marginBottom: 16 }} role="search">
      <Col xs={24} sm={12} lg={5}>
        {/* The record kind by its Vietnamese name; the code stays in the URL only. */}
        <Select
          allowClear
          aria-label={t('audit.entityType')}
          placeholder={t('audit.entityType')}
          // Typed without diacritics too: "ho so" finds "Hồ sơ đề nghị".
          showSearch={{
            filterOption: (input, option) => searchKey(String(option?.label ?? '')).includes(searchKey(input)),
          }}
          options={labels.entityOptions.map((o) => ({ value: o.value, label: o.label }))}
          value={filters.entityType}
          onChange={(value?: string) => onChange({ entityType: value || undefined })}
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={24} sm={12} lg={6}>
        <Input
          allowClear
          aria-label={t('audit.entityId')}
          placeholder={t('audit.entityId')}
          value={entityId}
          onChange={(e) => setEntityId(e.target.value)}
        />
      </Col>
      <Col xs={24} sm={12} lg={6}>
        <Select
          allowClear
          aria-label={t('audit.actor')}
          placeholder={t('audit.actor')}
          loading={users.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          options={(users.data ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }))}
          value={filters.actorId}
          onChange={(actorId?: string) => onChange({ actorId })}
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={24} sm={12} lg={7}>
        <Space.Compact block role="group" aria-label={t('audit.dateRange')}>
          <DateField
            standalone
            aria-label={t('audit.dateFrom')}
            placeholder={t('audit.dateFrom')}
            value={from}
            onChange={(v) => {
              setFrom(v);
              onChange({ from: iso(v) });
            }}
            style={{ width: '50%' }}
          />
          <DateField
            standalone
            aria-label={t('audit.dateTo')}
            placeholder={t('audit.dateTo')}
            value={to}
            onChange={(v) => {
              setTo(v);
              onChange({ to: iso(v) });
            }}
            style={{ width: '50%' }}
          />
        </Space.Compact>
      </Col>
    </Row>
  );
}
