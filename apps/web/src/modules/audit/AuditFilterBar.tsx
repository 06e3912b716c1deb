import { useEffect, useState } from 'react';
import { AutoComplete, Col, DatePicker, Input, Row, Select } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { DATE_FORMAT, dayjsToIso, isoToDayjs } from '../../lib/format.ts';
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

  const range = [isoToDayjs(filters.from), isoToDayjs(filters.to)] as const;
  return (
    <Row gutter={[8, 8]} style={{ marginBottom: 16 }} role="search">
      <Col xs={24} sm={12} lg={5}>
        <AutoComplete
          allowClear
          aria-label={t('audit.entityType')}
          placeholder={t('audit.entityType')}
          options={labels.entityOptions.map((o) => ({ value: o.value, label: `${o.label} (${o.value})` }))}
          value={filters.entityType}
          onChange={(value: string) => onChange({ entityType: value || undefined })}
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
        <DatePicker.RangePicker
          aria-label={t('audit.dateRange')}
          format={DATE_FORMAT}
          allowEmpty={[true, true]}
          value={[range[0], range[1]]}
          onChange={(dates) =>
            onChange({ from: dayjsToIso(dates?.[0]) ?? undefined, to: dayjsToIso(dates?.[1]) ?? undefined })
          }
          style={{ width: '100%' }}
        />
      </Col>
    </Row>
  );
}
