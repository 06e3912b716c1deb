import { useEffect, useState } from 'react';
import { App, Button, Form, InputNumber, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { STAT_PERIOD_TYPES, STAT_PERIOD_TYPE_LABELS, STAT_UNIT_KINDS, STAT_UNIT_KIND_LABELS } from '@thidua/contracts';
import { useProblemHandler } from '../../api/problems.ts';
import { EmptyText } from '../../components/EmptyText.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { useT } from '../../i18n/index.tsx';
import { PlusOutlined } from '../../lib/icons.tsx';
import { useDataset, useDatasets, useIndicatorOptions, useSaveDataset, useUnitTree } from './apiCatalog.ts';
import type { StatDatasetInput, StatDatasetSummary } from './types.ts';
import { CatalogModal } from './CatalogModal.tsx';

const today = () => new Date().toISOString().slice(0, 10);

/** "Biểu mẫu": the forms units report (indicators, units, period type, due day), each opened to read or edit. */
export function DatasetsTab({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const datasets = useDatasets();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('stat.catalog.datasets')}</Typography.Title>
        <Space wrap>
          <ExportButton path="/stat-datasets/export.xlsx" filename="bieu-mau-bao-cao.xlsx" />
          {canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('stat.catalog.newDataset')}
            </Button>
          )}
        </Space>
      </div>
      <Table<StatDatasetSummary>
        rowKey="id"
        size="middle"
        dataSource={datasets.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <EmptyText loading={datasets.isFetching}>{t('stat.catalog.noDatasets')}</EmptyText> }}
        columns={[
          { title: t('stat.catalog.code'), dataIndex: 'code', width: 120 },
          {
            title: t('stat.catalog.name'),
            key: 'name',
            render: (_, d) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => setEditing(d.id)}>
                {d.name}
              </Button>
            ),
          },
          { title: t('stat.catalog.periodType'), key: 'pt', render: (_, d) => STAT_PERIOD_TYPE_LABELS[d.periodType] },
          { title: t('stat.catalog.indicatorCount'), dataIndex: 'indicatorCount', align: 'right' },
          { title: t('stat.catalog.unitCount'), dataIndex: 'unitCount', align: 'right' },
          {
            title: t('stat.catalog.dueDay'),
            key: 'due',
            render: (_, d) => t('stat.catalog.dueDayText', { day: d.dueDay }),
          },
          {
            title: t('stat.status'),
            key: 'active',
            render: (_, d) =>
              d.active ? <Tag color="green">{t('stat.catalog.active')}</Tag> : <Tag>{t('stat.catalog.inactive')}</Tag>,
          },
        ]}
      />
      <DatasetForm id={editing} readOnly={!canEdit} onClose={() => setEditing(null)} />
    </>
  );
}

function DatasetForm({ id, readOnly, onClose }: { id: string | 'new' | null; readOnly: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const [form] = Form.useForm<StatDatasetInput>();
  const dataset = useDataset(id && id !== 'new' ? id : null);
  const indicators = useIndicatorOptions('');
  const units = useUnitTree(today());
  const save = useSaveDataset();
  const d = id !== 'new' ? dataset.data : undefined;
  useEffect(() => {
    if (id === null) return;
    form.resetFields();
    if (d)
      form.setFieldsValue({
        code: d.code,
        name: d.name,
        periodType: d.periodType,
        unitKind: d.unitKind,
        dueDay: d.dueDay,
        reminderDays: d.reminderDays,
        active: d.active,
        indicatorIds: d.indicators.map((i) => i.id),
        unitIds: d.units.map((u) => u.id),
      });
    else if (id === 'new') form.setFieldsValue({ periodType: 'month', dueDay: 10, reminderDays: 3, active: true });
  }, [id, d, form]);

  const submit = async () => {
    const values = await form.validateFields();
    try {
      await save.mutateAsync({ id: d?.id, version: d?.version, input: values });
      void message.success(t('stat.catalog.saved'));
      onClose();
    } catch (e) {
      handle(e, { form });
    }
  };

  return (
    <CatalogModal
      open={id !== null}
      title={d ? `${d.code} — ${d.name}` : t('stat.catalog.newDataset')}
      form={form}
      readOnly={readOnly}
      saving={save.isPending}
      width={760}
      onSave={() => void submit()}
      onClose={onClose}
    >
      <Form.Item name="periodType" label={t('stat.catalog.periodType')}>
        <Select options={STAT_PERIOD_TYPES.map((k) => ({ value: k, label: STAT_PERIOD_TYPE_LABELS[k] }))} />
      </Form.Item>
      <Form.Item name="unitKind" label={t('stat.catalog.unitKind')} rules={[{ required: true }]}>
        <Select options={STAT_UNIT_KINDS.map((k) => ({ value: k, label: STAT_UNIT_KIND_LABELS[k] }))} />
      </Form.Item>
      <Form.Item name="dueDay" label={t('stat.catalog.dueDay')} extra={t('stat.catalog.dueDayHint')}>
        <InputNumber min={1} max={28} />
      </Form.Item>
      <Form.Item name="reminderDays" label={t('stat.catalog.reminderDays')}>
        <InputNumber min={0} max={28} />
      </Form.Item>
      <Form.Item name="indicatorIds" label={t('stat.catalog.indicators')}>
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          options={(indicators.data?.items ?? []).map((i) => ({ value: i.id, label: `${i.code} — ${i.name}` }))}
        />
      </Form.Item>
      <Form.Item name="unitIds" label={t('stat.catalog.units')}>
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.code} — ${u.name}` }))}
        />
      </Form.Item>
      <Form.Item name="active" label={t('stat.catalog.active')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </CatalogModal>
  );
}
