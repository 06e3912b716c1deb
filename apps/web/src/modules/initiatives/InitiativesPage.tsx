import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert, Button, Card, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { INITIATIVE_STATUSES, type InitiativeStatus, type RecognitionLevel } from '@thidua/domain';
import { problemText } from '../../api/problems.ts';
import type { InitiativeView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { BarChartOutlined, FileExcelOutlined, PlusOutlined, SearchOutlined } from '../../lib/icons.tsx';
import { useDebounced } from '../../lib/useDebounced.ts';
import { useCanWritePeople } from '../auth/session.ts';
import { OrgTreeSelect } from '../org/OrgTreeSelect.tsx';
import { PersonSelect } from '../people/PersonSelect.tsx';
import { downloadRegistry, useInitiativePage, useInitiativeStats } from './api.ts';
import { InitiativeModal } from './InitiativeModal.tsx';
import { STATUS_COLORS, useInitiativeLabels } from './labels.ts';

const PAGE_SIZE = 50;

/** "Sổ sáng kiến": the registry of initiatives, their authors, status, recognition and the award each founded. */
export default function InitiativesPage() {
  const t = useT();
  const labels = useLabels();
  const own = useInitiativeLabels();
  const canWrite = useCanWritePeople();
  const navigate = useNavigate();
  const [orgId, setOrgId] = useState<string | null>(null);
  const [personId, setPersonId] = useState<string | null>(null);
  const [status, setStatus] = useState<InitiativeStatus | null>(null);
  const [level, setLevel] = useState<RecognitionLevel | null>(null);
  const [field, setField] = useState<string | null>(null);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const search = useDebounced(q, 300);
  const filter = { orgId, personId, q: search, status, level, field, from, to, page, pageSize: PAGE_SIZE };
  const { data, isFetching, error } = useInitiativePage(filter);
  const [creating, setCreating] = useState(false);
  const year = new Date().getFullYear();
  const fields = useFieldNames(year);
  const reset =
    <V,>(set: (v: V) => void) =>
    (v: V) => {
      set(v);
      setPage(1);
    };

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
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('initiatives.registry')}</Typography.Title>
        <Space wrap>
          <Link to="/initiatives/stats">
            <Button icon={<BarChartOutlined />}>{t('nav.initiativeStats')}</Button>
          </Link>
          <Button icon={<FileExcelOutlined />} onClick={() => void downloadRegistry(from ?? year - 4, to ?? year)}>
            {t('initiatives.exportExcel')}
          </Button>
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('initiatives.add')}
            </Button>
          )}
        </Space>
      </div>
      <Card style={{ marginBottom: 16 }}>
        <Space wrap size="middle">
          <Input
            aria-label={t('initiatives.search')}
            placeholder={t('initiatives.search')}
            prefix={<SearchOutlined />}
            allowClear
            value={q}
            onChange={(e) => reset(setQ)(e.target.value)}
            style={{ width: 260 }}
          />
          <OrgTreeSelect
            aria-label={t('people.org')}
            value={orgId}
            onChange={reset(setOrgId)}
            allowClear
            style={{ width: 280 }}
          />
          <PersonSelect
            aria-label={t('initiatives.author')}
            placeholder={t('initiatives.author')}
            value={personId}
            onChange={(v) => reset(setPersonId)(v)}
            style={{ width: 240 }}
          />
          <Select<InitiativeStatus>
            aria-label={t('initiatives.status')}
            placeholder={t('initiatives.status')}
            allowClear
            value={status ?? undefined}
            onChange={(v) => reset(setStatus)(v ?? null)}
            options={INITIATIVE_STATUSES.map((s) => ({ value: s, label: own.status[s] }))}
            style={{ width: 170 }}
          />
          <Select<RecognitionLevel>
            aria-label={t('initiatives.level')}
            placeholder={t('initiatives.level')}
            allowClear
            value={level ?? undefined}
            onChange={(v) => reset(setLevel)(v ?? null)}
            options={labels.recognitionOptions}
            style={{ width: 200 }}
          />
          <Select<string>
            aria-label={t('initiatives.field')}
            placeholder={t('initiatives.field')}
            allowClear
            showSearch
            value={field ?? undefined}
            onChange={(v) => reset(setField)(v ?? null)}
            options={fields.map((f) => ({ value: f, label: f }))}
            style={{ width: 200 }}
          />
          <Space size={4}>
            <InputNumber
              aria-label={t('initiatives.fromYear')}
              placeholder={t('initiatives.fromYear')}
              min={1945}
              max={2100}
              value={from}
              onChange={(v) => reset(setFrom)(v)}
              style={{ width: 100 }}
            />
            <InputNumber
              aria-label={t('initiatives.toYear')}
              placeholder={t('initiatives.toYear')}
              min={1945}
              max={2100}
              value={to}
              onChange={(v) => reset(setTo)(v)}
              style={{ width: 100 }}
            />
          </Space>
        </Space>
      </Card>
      {error && <Alert type="error" showIcon title={problemText(error, t)} style={{ marginBottom: 16 }} />}
      <Table<InitiativeView>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items ?? []}
        columns={columns}
        size="middle"
        locale={{ emptyText: t('initiatives.empty') }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          showSizeChanger: false,
          hideOnSinglePage: true,
          showTotal: (n) => t('initiatives.total', { n: formatNumber(n) }),
          onChange: setPage,
        }}
        scroll={{ x: 'max-content' }}
      />
      <InitiativeModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(v) => void navigate(`/initiatives/${v.id}`)}
      />
    </>
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
