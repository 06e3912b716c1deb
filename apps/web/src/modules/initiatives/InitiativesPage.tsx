import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, InputNumber, Select, Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { INITIATIVE_SORTS } from '@thidua/contracts';
import { INITIATIVE_STATUSES } from '@thidua/domain';
import type { InitiativeView } from '../../api/types.ts';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { ListPage, useListState } from '../../components/ListPage.tsx';
import { useT } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { formatDate } from '../../lib/format.ts';
import { BarChartOutlined, PlusOutlined } from '../../lib/icons.tsx';
import { useAbilities } from '../auth/session.ts';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.tsx';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { INITIATIVES_KEY, useInitiativeStats } from './api.ts';
import { InitiativeModal } from './InitiativeModal.tsx';
import { STATUS_COLORS, useInitiativeLabels } from './labels.ts';

const yearOrNull = (v: string | null) => (v ? Number(v) : null);

/** "Sổ sáng kiến": the registry of initiatives, their authors, status, recognition and the award each founded. */
export default function InitiativesPage() {
  const t = useT();
  const labels = useLabels();
  const own = useInitiativeLabels();
  const canWrite = Boolean(useAbilities()?.initiatives.create);
  const navigate = useNavigate();
  const list = useListState(['orgId', 'personId', 'status', 'level', 'field', 'from', 'to'], '-recognisedOn');
  const { filters } = list;
  const [creating, setCreating] = useState(false);
  const year = new Date().getFullYear();
  const fields = useFieldNames(year);

  const columns: TableColumnsType<InitiativeView> = [
    {
      key: 'title',
      title: t('initiatives.titleField'),
      render: (_, i) => (
        <Link to={`/initiatives/${i.id}`}>
          <Typography.Text strong>{i.title}</Typography.Text>
        </Link>
      ),
    },
    { key: 'kind', title: t('initiatives.kind'), render: (_, i) => labels.initiativeKind[i.kind] },
    { key: 'field', title: t('initiatives.field'), render: (_, i) => i.field || t('common.none') },
    { key: 'org', title: t('people.org'), dataIndex: 'orgName' },
    {
      key: 'authors',
      title: t('initiatives.authors'),
      render: (_, i) =>
        i.anonymous ? (
          <Typography.Text type="secondary">{t('initiatives.anonymous')}</Typography.Text>
        ) : (
          i.authors.map((a) => `${a.name} (${a.share}%)`).join('; ')
        ),
    },
    {
      key: 'status',
      title: t('initiatives.status'),
      render: (_, i) => <Tag color={STATUS_COLORS[i.status]}>{own.status[i.status]}</Tag>,
    },
    {
      key: 'level',
      title: t('initiatives.level'),
      render: (_, i) => (i.level ? <Tag color="blue">{labels.recognition[i.level]}</Tag> : t('common.none')),
    },
    { key: 'recognisedOn', title: t('initiatives.recognisedOn'), render: (_, i) => formatDate(i.recognisedOn) },
    { key: 'decision', title: t('initiatives.decision'), render: (_, i) => i.decisionNumber || t('common.none') },
    {
      key: 'usedBy',
      title: t('initiatives.usedBy'),
      render: (_, i) =>
        i.usedBy ? (
          <span>
            {i.usedBy.awardName} {i.usedBy.year}
            <Typography.Text type="secondary"> — {i.usedBy.subjectName}</Typography.Text>
          </span>
        ) : i.pendingProposal ? (
          <Typography.Text type="warning">
            {t('initiatives.pendingIn', { title: i.pendingProposal.title })}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('initiatives.unused')}</Typography.Text>
        ),
    },
  ];

  return (
    <ListPage<InitiativeView>
      title={t('initiatives.registry')}
      actions={
        <>
          <Link to="/initiatives/stats">
            <Button icon={<BarChartOutlined />}>{t('nav.initiativeStats')}</Button>
          </Link>
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('initiatives.add')}
            </Button>
          )}
        </>
      }
      path="/initiatives"
      queryKey={INITIATIVES_KEY}
      state={list}
      sorts={INITIATIVE_SORTS}
      searchLabel={t('initiatives.search')}
      columns={columns}
      emptyText={t('initiatives.empty')}
      // The workbook's statistics sheet spans years: the last five unless the filter says otherwise.
      exportTo={{
        path: '/initiatives/export.xlsx',
        filename: 'so-sang-kien.xlsx',
        query: { from: yearOrNull(filters.from) ?? year - 4, to: yearOrNull(filters.to) ?? year },
      }}
      filters={
        <>
          <OrgTreeSelect
            aria-label={t('people.org')}
            value={filters.orgId}
            onChange={(v) => list.set({ orgId: v ?? null })}
            allowClear
            style={{ width: 280 }}
          />
          <PersonSelect
            aria-label={t('initiatives.author')}
            placeholder={t('initiatives.author')}
            value={filters.personId}
            onChange={(v) => list.set({ personId: v ?? null })}
            style={{ width: 240 }}
          />
          <FilterSelect
            state={list}
            name="status"
            label={t('initiatives.status')}
            options={INITIATIVE_STATUSES.map((s) => ({ value: s, label: own.status[s] }))}
            width={170}
          />
          <FilterSelect
            state={list}
            name="level"
            label={t('initiatives.level')}
            options={labels.recognitionOptions}
            width={200}
          />
          <Select<string>
            aria-label={t('initiatives.field')}
            placeholder={t('initiatives.field')}
            allowClear
            showSearch
            value={filters.field ?? undefined}
            onChange={(v) => list.set({ field: v ?? null })}
            options={fields.map((f) => ({ value: f, label: f }))}
            style={{ width: 200 }}
          />
          <Space size={4}>
            <InputNumber
              aria-label={t('initiatives.fromYear')}
              placeholder={t('initiatives.fromYear')}
              min={1945}
              max={2100}
              value={yearOrNull(filters.from)}
              onChange={(v) => list.set({ from: v ? String(v) : null })}
              style={{ width: 100 }}
            />
            <InputNumber
              aria-label={t('initiatives.toYear')}
              placeholder={t('initiatives.toYear')}
              min={1945}
              max={2100}
              value={yearOrNull(filters.to)}
              onChange={(v) => list.set({ to: v ? String(v) : null })}
              style={{ width: 100 }}
            />
          </Space>
        </>
      }
    >
      <InitiativeModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(v) => void navigate(`/initiatives/${v.id}`)}
      />
    </ListPage>
  );
}

/** The fields initiatives were filed under (the statistics' widest span), for the exact-match filter. */
function useFieldNames(year: number): string[] {
  const { data } = useInitiativeStats(year - 50, year);
  return (data?.byField ?? [])
    .map((f) => f.field)
    .filter((f) => f !== 'Chưa phân loại')
    .sort((a, b) => a.localeCompare(b, 'vi'));
}
