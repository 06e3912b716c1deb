import { useMemo, useState } from 'react';
import { Alert, Card, Descriptions, Input, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { filterCatalog } from '@thidua/domain';
import { problemText } from '../../api/problems.ts';
import type { CatalogAward } from '../../api/types.ts';
import { ExportButton } from '../../components/ExportButton.tsx';
import { useT, type MessageKey } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { DateField, DateText, type DateValue } from '../../components/DateField.tsx';
import { SearchOutlined } from '../../lib/icons.tsx';
import { todayVn, useCatalog } from './api.ts';
import { CitationText, ConfidenceTag } from '../../components/CitationTag.tsx';

/** "Danh mục khen thưởng": titles and forms in force on a day, with bonus and legal basis. */
export default function CatalogPage() {
  const t = useT();
  const labels = useLabels();
  const [date, setDate] = useState(todayVn);
  const [typed, setTyped] = useState<DateValue>(() => dayjs(todayVn()));
  const [kind, setKind] = useState<string>();
  const [group, setGroup] = useState<string>();
  const [subject, setSubject] = useState<string>();
  const [q, setQ] = useState('');
  // Awards for the armed forces, foreigners, localities or other sectors are hidden unless asked for.
  const [showAll, setShowAll] = useState(false);
  const { data, isPending, error } = useCatalog(date);

  const items = useMemo(
    () => filterCatalog(data?.items ?? [], { kind, group, subject, q, all: showAll }),
    [data, kind, group, subject, q, showAll],
  );
  const hidden = showAll ? 0 : (data?.items.filter((a) => a.audience).length ?? 0);
  const groups = useMemo(
    () => labels.awardGroupOptions.filter((o) => data?.items.some((a) => a.group === o.value) ?? true),
    [labels, data],
  );

  const columns: TableColumnsType<CatalogAward> = [
    {
      key: 'name',
      title: t('catalog.name'),
      render: (_, a) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{a.name}</Typography.Text>
          <Typography.Text type="secondary">
            {labels.awardKind(a.kind)} · {labels.awardGroup(a.group)}
          </Typography.Text>
          {a.audience && (
            <Tag color="default" style={{ marginTop: 4 }}>
              {t('catalog.notForDepartment')}: {t(`catalog.audience.${a.audience}` as MessageKey)}
            </Tag>
          )}
        </Space>
      ),
    },
    {
      key: 'subjects',
      title: t('catalog.subjects'),
      render: (_, a) => a.subjects.map((s) => <Tag key={s}>{labels.awardSubject(s)}</Tag>),
    },
    { key: 'level', title: t('catalog.level'), render: (_, a) => labels.awardLevel(a.level) },
    {
      key: 'conferredBy',
      title: t('catalog.conferredBy'),
      render: (_, a) => a.conferredBy.map((c) => c.label).join('; ') || t('common.none'),
    },
    {
      key: 'bonus',
      title: t('catalog.bonus'),
      render: (_, a) =>
        a.bonus ? (
          <span>
            {a.bonus.ceiling && <Typography.Text type="secondary">{t('catalog.ceiling')} </Typography.Text>}
            {t('catalog.bonusFormula', {
              multiple: formatNumber(a.bonus.multiple),
              base: formatNumber(data?.baseSalary.amount),
              amount: formatNumber(a.bonus.amount),
            })}
            <ConfidenceTag confidence={a.bonus.confidence} />
          </span>
        ) : (
          <Typography.Text type="secondary">{t('catalog.noBonus')}</Typography.Text>
        ),
    },
    { key: 'citation', title: t('catalog.citation'), render: (_, a) => <CitationText citation={a.citation} /> },
  ];

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('catalog.title')}</Typography.Title>
        <ExportButton
          path="/awards/catalog/export.xlsx"
          filename="danh-muc-khen-thuong.xlsx"
          query={{ date, kind, group, subject, q: q.trim() || undefined, all: showAll ? 'true' : undefined }}
        />
      </div>
      <Card style={{ marginBottom: 16 }}>
        <Space wrap size="middle" style={{ marginBottom: data ? 16 : 0 }}>
          <DateField
            standalone
            aria-label={t('catalog.date')}
            value={typed}
            onChange={(value) => {
              setTyped(value);
              // A refused text keeps its reason beside the field; the list stays at the last real day.
              if (value && !(value instanceof DateText)) setDate(value.format('YYYY-MM-DD'));
            }}
          />
          <Select
            aria-label={t('catalog.kind')}
            placeholder={t('catalog.kind')}
            allowClear
            value={kind}
            onChange={setKind}
            options={labels.awardKindOptions}
            style={{ width: 220 }}
          />
          <Select
            aria-label={t('catalog.group')}
            placeholder={t('catalog.group')}
            allowClear
            value={group}
            onChange={setGroup}
            options={groups}
            style={{ width: 220 }}
          />
          <Select
            aria-label={t('catalog.subject')}
            placeholder={t('catalog.subject')}
            allowClear
            value={subject}
            onChange={setSubject}
            options={labels.awardSubjectOptions}
            style={{ width: 160 }}
          />
          <Input
            aria-label={t('catalog.search')}
            placeholder={t('catalog.search')}
            prefix={<SearchOutlined />}
            allowClear
            value={q}
            onChange={(e) => setQ(e.target.value)}
            style={{ width: 260 }}
          />
          <Space size="small">
            <Switch id="catalog-show-all" checked={showAll} onChange={setShowAll} />
            <label htmlFor="catalog-show-all">{t('catalog.showAll')}</label>
          </Space>
        </Space>
        {hidden > 0 && (
          <Typography.Paragraph type="secondary" style={{ marginBottom: data ? 12 : 0 }}>
            {t('catalog.hidden', { count: hidden })}
          </Typography.Paragraph>
        )}
        {data && (
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              {
                key: 'ruleSet',
                label: t('catalog.ruleSet'),
                children: `${data.ruleSet.instrument} (${t('catalog.from', { date: formatDate(data.ruleSet.validFrom) })}${
                  data.ruleSet.validTo ? ` – ${formatDate(data.ruleSet.validTo)}` : ''
                })`,
              },
              {
                key: 'base',
                label: t('catalog.baseSalary'),
                children: (
                  <span>
                    {t('catalog.baseSalaryText', {
                      amount: formatNumber(data.baseSalary.amount),
                      from: formatDate(data.baseSalary.from),
                      instrument: data.baseSalary.instrument,
                    })}
                    <ConfidenceTag confidence={data.baseSalary.confidence} />
                  </span>
                ),
              },
            ]}
          />
        )}
      </Card>
      {error && <Alert type="error" showIcon title={problemText(error, t)} style={{ marginBottom: 16 }} />}
      <Table<CatalogAward>
        rowKey="code"
        loading={isPending}
        dataSource={items}
        columns={columns}
        size="middle"
        pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (total) => t('common.total', { count: total }) }}
        scroll={{ x: 'max-content' }}
      />
    </>
  );
}
