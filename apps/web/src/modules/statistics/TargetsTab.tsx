import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Modal, Select, Space, Table, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { useProblemHandler } from '../../api/problems.ts';
import { EmptyText } from '../../components/EmptyText.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { PlusOutlined } from '../../lib/icons.tsx';
import { CATALOG_PATHS, STAT_CATALOG_KEY, useIndicatorOptions, useUnitTree } from './apiCatalog.ts';
import { formatStat } from './numbers.ts';
import type { StatTarget } from './types.ts';
import { ExportButton } from '../../components/ExportButton.tsx';

const THIS_YEAR = new Date().getFullYear();

interface TargetForm {
  indicatorId: string;
  unitId: string;
  value: number | null;
  note: string;
}

/** "Kế hoạch năm": the year's plan per indicator and unit, read by the analysis's "kế hoạch năm" column. */
export function TargetsTab({ canEdit }: { canEdit: boolean }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const queryClient = useQueryClient();
  const [year, setYear] = useState(THIS_YEAR);
  const [editing, setEditing] = useState<StatTarget | 'new' | null>(null);
  const [form] = Form.useForm<TargetForm>();
  const indicators = useIndicatorOptions('');
  const units = useUnitTree(`${year}-12-31`);
  const targets = useQuery({
    queryKey: [...STAT_CATALOG_KEY, 'targets', year],
    queryFn: ({ signal }) =>
      api.get<{ items: StatTarget[]; total: number }>(CATALOG_PATHS.targets, { year, pageSize: 500 }, signal),
  });
  const save = useMutation({
    mutationFn: (body: unknown) => api.put<{ saved: number }>(CATALOG_PATHS.targets, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: STAT_CATALOG_KEY }),
  });
  const current = editing && editing !== 'new' ? editing : null;
  useEffect(() => {
    if (editing === null) return;
    form.resetFields();
    if (current)
      form.setFieldsValue({
        indicatorId: current.indicator.id,
        unitId: current.unit.id,
        value: current.value,
        note: current.note,
      });
  }, [editing, current, form]);

  const submit = async () => {
    const v = await form.validateFields();
    try {
      await save.mutateAsync({
        year,
        items: [
          {
            indicatorId: v.indicatorId,
            unitId: v.unitId,
            category: current?.category ?? '',
            value: v.value ?? null,
            note: v.note ?? '',
            ...(current ? { version: current.version } : {}),
          },
        ],
      });
      void message.success(t('stat.catalog.saved'));
      setEditing(null);
    } catch (e) {
      handle(e, { form });
    }
  };

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('stat.catalog.targets')}</Typography.Title>
        <Space>
          <Select
            aria-label={t('stat.year')}
            value={year}
            onChange={setYear}
            options={Array.from({ length: 8 }, (_, i) => THIS_YEAR + 1 - i).map((y) => ({
              value: y,
              label: String(y),
            }))}
          />
          <ExportButton
            path={`${CATALOG_PATHS.targets}/export.xlsx`}
            filename={`ke-hoach-${year}.xlsx`}
            query={{ year }}
          />
          {canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('stat.catalog.newTarget')}
            </Button>
          )}
        </Space>
      </div>
      <Table<StatTarget>
        rowKey={(r) => `${r.indicator.id}:${r.unit.id}:${r.category}`}
        size="middle"
        dataSource={targets.data?.items ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: <EmptyText loading={targets.isFetching}>{t('stat.catalog.noTargets')}</EmptyText> }}
        onRow={(r) => (canEdit ? { onClick: () => setEditing(r), className: 'clickable-row' } : {})}
        columns={[
          { title: t('stat.col.indicator'), key: 'ind', render: (_, r) => `${r.indicator.code} — ${r.indicator.name}` },
          { title: t('stat.unit'), key: 'unit', render: (_, r) => r.unit.name },
          { title: t('stat.catalog.category'), dataIndex: 'category' },
          {
            title: t('stat.catalog.targetValue'),
            key: 'value',
            align: 'right',
            render: (_, r) => `${formatStat(r.value, undefined, lang)} ${r.indicator.unit}`,
          },
          { title: t('stat.col.comment'), dataIndex: 'note' },
        ]}
      />
      <Modal
        open={editing !== null}
        title={t('stat.catalog.targetOf', { year })}
        onCancel={() => setEditing(null)}
        onOk={() => void submit()}
        okText={t('common.save')}
        cancelText={t('common.close')}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item name="indicatorId" label={t('stat.col.indicator')} rules={[{ required: true }]}>
            <Select
              disabled={Boolean(current)}
              showSearch={{ optionFilterProp: 'label' }}
              options={(indicators.data?.items ?? []).map((i) => ({ value: i.id, label: `${i.code} — ${i.name}` }))}
            />
          </Form.Item>
          <Form.Item name="unitId" label={t('stat.unit')} rules={[{ required: true }]}>
            <Select
              disabled={Boolean(current)}
              showSearch={{ optionFilterProp: 'label' }}
              options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.code} — ${u.name}` }))}
            />
          </Form.Item>
          <Form.Item name="value" label={t('stat.catalog.targetValue')} extra={t('stat.catalog.targetEmpty')}>
            <InputNumber style={{ width: 200 }} decimalSeparator="," />
          </Form.Item>
          <Form.Item name="note" label={t('stat.col.comment')}>
            <Input maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
