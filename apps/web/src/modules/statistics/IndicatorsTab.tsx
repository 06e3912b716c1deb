import { useState } from 'react';
import { Button, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import {
  STAT_AGGREGATION_LABELS,
  STAT_INDICATOR_KINDS,
  STAT_INDICATOR_KIND_LABELS,
  STAT_INDICATOR_SORTS,
  STAT_PERIOD_TYPES,
  STAT_PERIOD_TYPE_LABELS,
} from '@thidua/contracts';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { ListPage, useListState } from '../../components/ListPage.tsx';
import { useT } from '../../i18n/index.tsx';
import { PlusOutlined } from '../../lib/icons.tsx';
import { CATALOG_PATHS, STAT_CATALOG_KEY } from './apiCatalog.ts';
import { IndicatorForm } from './IndicatorForm.tsx';
import type { StatIndicator } from './types.ts';

/** "Chỉ tiêu": the catalog's indicators, searched without diacritics, opened in a form to read or edit. */
export function IndicatorsTab({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const list = useListState(['kind', 'periodType'], 'code');
  const [editing, setEditing] = useState<StatIndicator | null | 'new'>(null);
  const columns: TableColumnsType<StatIndicator> = [
    { key: 'code', title: t('stat.catalog.code'), dataIndex: 'code', width: 120 },
    {
      key: 'name',
      title: t('stat.catalog.name'),
      render: (_, i) => (
        <Button
          type="link"
          style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left' }}
          onClick={() => setEditing(i)}
        >
          {i.name}
        </Button>
      ),
    },
    { key: 'unit', title: t('stat.col.unit'), dataIndex: 'unit' },
    { key: 'kind', title: t('stat.catalog.kind'), render: (_, i) => STAT_INDICATOR_KIND_LABELS[i.kind] },
    {
      key: 'aggregation',
      title: t('stat.catalog.aggregation'),
      render: (_, i) => STAT_AGGREGATION_LABELS[i.aggregation],
    },
    { key: 'periodType', title: t('stat.catalog.periodType'), render: (_, i) => STAT_PERIOD_TYPE_LABELS[i.periodType] },
    { key: 'disaggregation', title: t('stat.catalog.disaggregation'), render: (_, i) => i.disaggregation?.name ?? '' },
    {
      key: 'active',
      title: t('stat.status'),
      render: (_, i) =>
        i.active ? <Tag color="green">{t('stat.catalog.active')}</Tag> : <Tag>{t('stat.catalog.inactive')}</Tag>,
    },
  ];
  return (
    <>
      <ListPage<StatIndicator>
        title={t('stat.catalog.indicators')}
        path={CATALOG_PATHS.indicators}
        exportTo={{ path: `${CATALOG_PATHS.indicators}/export.xlsx`, filename: 'danh-muc-chi-tieu.xlsx' }}
        queryKey={[...STAT_CATALOG_KEY, 'indicators']}
        state={list}
        sorts={STAT_INDICATOR_SORTS}
        searchLabel={t('stat.catalog.searchIndicators')}
        columns={columns}
        emptyText={t('stat.catalog.noIndicators')}
        actions={
          canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('stat.catalog.newIndicator')}
            </Button>
          )
        }
        filters={
          <>
            <FilterSelect
              state={list}
              name="kind"
              label={t('stat.catalog.kind')}
              width={240}
              options={STAT_INDICATOR_KINDS.map((k) => ({ value: k, label: STAT_INDICATOR_KIND_LABELS[k] }))}
            />
            <FilterSelect
              state={list}
              name="periodType"
              label={t('stat.catalog.periodType')}
              width={160}
              options={STAT_PERIOD_TYPES.map((k) => ({ value: k, label: STAT_PERIOD_TYPE_LABELS[k] }))}
            />
          </>
        }
      />
      <IndicatorForm
        open={editing !== null}
        indicator={editing === 'new' ? null : editing}
        readOnly={!canEdit}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
