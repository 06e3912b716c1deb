import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Collapse, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { TdktForm, TdktFormsReport, TdktRow } from '@thidua/contracts';
import { api } from '../../api/client.ts';
import { download } from '../../api/files.ts';
import { problemText } from '../../api/problems.ts';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.tsx';
import { useT } from '../../i18n/index.tsx';
import { formatNumber } from '../../lib/format.ts';
import { DownloadOutlined } from '../../lib/icons.tsx';
import { useUrlState } from '../../lib/useUrlState.ts';
import { yearOptions } from '../../lib/years.ts';

/** The year the forms open on: the one just ended (the forms are reported after the year closes). */
const lastYear = () => new Date().getFullYear() - 1;

/** A form's header as nested table columns: leaves sharing the headers above them are grouped under them. */
function formColumns(form: TdktForm, t: ReturnType<typeof useT>): TableColumnsType<TdktRow> {
  type Col = TableColumnsType<TdktRow>[number] & { children?: Col[] };
  const top: Col[] = [
    { key: 'code', title: t('tdkt.no'), dataIndex: 'code', width: 56, align: 'center', fixed: 'left' },
    {
      key: 'label',
      title: form.rowHeader,
      width: 280,
      fixed: 'left',
      render: (_, r) => (
        <span style={{ paddingLeft: r.level * 16, fontWeight: r.bold ? 600 : undefined }}>{r.label}</span>
      ),
    },
  ];
  form.columns.forEach((c, i) => {
    let level = top;
    c.path.forEach((title, depth) => {
      const key = `g:${c.path.slice(0, depth + 1).join('/')}`;
      let group = level.at(-1);
      if (group?.key !== key) {
        group = { key, title, align: 'center', children: [] };
        level.push(group);
      }
      level = group.children!;
    });
    level.push({
      key: c.key,
      title: c.label,
      align: 'right',
      width: 96,
      render: (_, r) => <span style={{ fontWeight: r.bold ? 600 : undefined }}>{formatNumber(r.values[i] ?? 0)}</span>,
    });
  });
  return top;
}

function FormPreview({ form }: { form: TdktForm }) {
  const t = useT();
  return (
    <Card
      title={
        <Space wrap>
          <Typography.Text strong>{form.code}</Typography.Text>
          <Typography.Text>{form.title}</Typography.Text>
        </Space>
      }
      style={{ marginBottom: 16 }}
    >
      <Alert type="warning" showIcon message={form.layoutNote} style={{ marginBottom: 12 }} />
      <Typography.Paragraph type="secondary">{form.unit}</Typography.Paragraph>
      <Table<TdktRow>
        rowKey="key"
        size="small"
        bordered
        pagination={false}
        columns={formColumns(form, t)}
        dataSource={form.rows}
        scroll={{ x: 'max-content' }}
      />
      <Collapse
        ghost
        style={{ marginTop: 8 }}
        items={[
          {
            key: 'notes',
            label: t('tdkt.howCounted'),
            children: (
              <ul style={{ margin: 0 }}>
                {form.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** "Biểu thống kê TĐKT": forms 0601–0605 of a year, previewed as tables and downloaded as one workbook. */
export default function TdktFormsPage() {
  const t = useT();
  const { message } = App.useApp();
  const [values, setFilter] = useUrlState((params) => ({
    orgId: params.get('orgId'),
    year: params.get('year') ?? String(lastYear()),
  }));
  const year = Number(values.year) || lastYear();
  const query = { year, orgId: values.orgId ?? undefined };
  const { data, isFetching, error } = useQuery({
    queryKey: ['reports', 'tdkt-forms', query],
    queryFn: ({ signal }) => api.get<TdktFormsReport>('/reports/tdkt-forms', query, signal),
    placeholderData: keepPreviousData,
  });
  const [exporting, setExporting] = useState(false);
  const onExport = async () => {
    setExporting(true);
    try {
      await download('/reports/tdkt-forms.xlsx', `bieu-thong-ke-tdkt-${year}.xlsx`, { query });
    } catch (e) {
      void message.error(problemText(e, t));
    } finally {
      setExporting(false);
    }
  };

  return (
    <div>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 8 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('nav.tdktForms')}
        </Typography.Title>
        <Button type="primary" icon={<DownloadOutlined />} loading={exporting} onClick={() => void onExport()}>
          {t('tdkt.download')}
        </Button>
      </div>
      <Typography.Paragraph type="secondary">{t('tdkt.intro')}</Typography.Paragraph>
      <Card style={{ marginBottom: 16 }}>
        <Space wrap size="middle">
          <OrgTreeSelect
            aria-label={t('tdkt.unit')}
            placeholder={t('tdkt.unitDefault')}
            allowClear
            value={values.orgId}
            onChange={(v) => setFilter({ orgId: v })}
            style={{ width: 360 }}
          />
          <Space size={4}>
            <Typography.Text>{t('tdkt.year')}</Typography.Text>
            <Select
              aria-label={t('tdkt.year')}
              value={year}
              options={yearOptions().filter((o) => o.value <= new Date().getFullYear())}
              onChange={(v) => setFilter({ year: String(v) })}
              style={{ width: 110 }}
            />
          </Space>
          {data && <Tag>{t('tdkt.scope', { org: data.orgName, date: data.asOf.split('-').reverse().join('/') })}</Tag>}
        </Space>
      </Card>
      {error ? <Alert type="error" showIcon message={problemText(error, t)} style={{ marginBottom: 16 }} /> : null}
      {isFetching && !data ? <Card loading /> : null}
      {data?.forms.map((f) => (
        <FormPreview key={f.code} form={f} />
      ))}
    </div>
  );
}
