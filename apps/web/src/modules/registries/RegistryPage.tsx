import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { REGISTRY_SORTS, registryStatuses, type RegistryKind } from '@thidua/contracts';
import { DateField } from '../../components/DateField.tsx';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { ListPage, useListState } from '../../components/ListPage.tsx';
import { useT } from '../../i18n/index.tsx';
import { dayjsToIso, formatDate, formatNumber, isoToDayjs } from '../../lib/format.ts';
import { CloudUploadOutlined, PlusOutlined } from '../../lib/icons.tsx';
import { useAbilities } from '../auth/session.ts';
import { registryKey, type RegistryRecord } from './api.ts';
import { FILTER_OF, NAV_TITLE, fieldsOf, labelsOf } from './fields.ts';
import { RegistryDrawer } from './RegistryDrawer.tsx';
import { SummaryBar } from './SummaryBar.tsx';

/** "all" in the URL: every row whatever its dates; no asOf: today. */
const ALL = 'all';

/** One registry's list: as of a date (today unless chosen), searched without diacritics, counted on top. */
export default function RegistryPage({ kind }: { kind: RegistryKind }) {
  return <KindPage key={kind} kind={kind} />;
}

function KindPage({ kind }: { kind: RegistryKind }) {
  const t = useT();
  const navigate = useNavigate();
  const labels = labelsOf(kind, t);
  const canEdit = useAbilities()?.registries.edit ?? false;
  const filter = FILTER_OF[kind];
  const list = useListState(['status', 'asOf', ...(filter ? [filter.key] : [])], 'name');
  // The open record stays out of the URL's list state: opening one must not send the list back to page 1.
  const [openId, setOpenId] = useState<string | null>(null);
  const rawAsOf = list.filters.asOf;
  const asOf = rawAsOf === ALL ? null : (rawAsOf ?? dayjs().format('YYYY-MM-DD'));
  const state = { ...list, view: { ...list.view, asOf: asOf ?? undefined } };
  const narrowed = !!list.q || !!list.filters.status || (filter ? !!list.filters[filter.key] : false);

  const own = fieldsOf(kind).filter((f) => f.column);
  const columns: TableColumnsType<RegistryRecord> = [
    {
      key: 'name',
      title: labels.field('name'),
      render: (_, r) => (
        <Typography.Link onClick={() => setOpenId(r.id)} style={{ minWidth: 200, display: 'inline-block' }}>
          {r.name}
        </Typography.Link>
      ),
    },
    { key: 'code', title: labels.field('code'), dataIndex: 'code' },
    ...own.map((f) => ({
      key: f.key,
      title: labels.field(f.key),
      align: f.type === 'int' || f.type === 'number' ? ('right' as const) : undefined,
      render: (_: unknown, r: RegistryRecord) => {
        const v = r[f.key];
        if (v === null || v === undefined || v === '') return '';
        if (f.type === 'bool') return v ? t('reg.yes') : t('reg.no');
        if (f.type === 'enum') return labels.value(f, String(v));
        if (f.type === 'int' || f.type === 'number') return formatNumber(Number(v));
        return String(v);
      },
    })),
    { key: 'unit', title: labels.field('unitId'), render: (_, r) => r.unitName ?? '' },
    {
      key: 'status',
      title: labels.field('status'),
      render: (_, r) => <Tag color={r.validTo ? 'default' : 'green'}>{labels.status(r.status)}</Tag>,
    },
    {
      key: 'validFrom',
      title: t('reg.validity'),
      render: (_, r) => `${formatDate(r.validFrom)}${r.validTo ? ` – ${formatDate(r.validTo)}` : ''}`,
    },
  ];

  return (
    <ListPage<RegistryRecord>
      title={t(NAV_TITLE[kind])}
      actions={
        canEdit && (
          <Space wrap>
            <Button icon={<CloudUploadOutlined />} onClick={() => void navigate(`/registries/${kind}/import`)}>
              {t('reg.import')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpenId('new')}>
              {t('reg.add')}
            </Button>
          </Space>
        )
      }
      path={`/registries/${kind}`}
      queryKey={registryKey(kind)}
      state={state}
      sorts={REGISTRY_SORTS}
      searchLabel={t('reg.search')}
      columns={columns}
      emptyText={t('reg.empty')}
      narrowed={narrowed}
      exportTo={{ path: `/registries/${kind}/export.xlsx`, filename: `${kind}.xlsx` }}
      filters={
        <>
          <Space size={4}>
            <span>{t('reg.asOf')}</span>
            <DateField
              standalone
              aria-label={t('reg.asOf')}
              placeholder={t('reg.asOfAll')}
              value={isoToDayjs(asOf)}
              onChange={(v) => {
                if (v === undefined || (v && !dayjs.isDayjs(v))) return;
                list.set({ asOf: v ? dayjsToIso(v) : ALL });
              }}
              style={{ width: 150 }}
            />
          </Space>
          {filter && (
            <FilterSelect
              state={list}
              name={filter.key}
              label={labels.field(filter.key)}
              options={(filter.values ?? []).map((v) => ({ value: v, label: labels.value(filter, v) }))}
              width={230}
            />
          )}
          <FilterSelect
            state={list}
            name="status"
            label={labels.field('status')}
            options={registryStatuses(kind).map((s) => ({ value: s, label: labels.status(s) }))}
            width={200}
          />
          <SummaryBar kind={kind} asOf={asOf} />
        </>
      }
    >
      <RegistryDrawer kind={kind} id={openId} onClose={() => setOpenId(null)} />
    </ListPage>
  );
}
