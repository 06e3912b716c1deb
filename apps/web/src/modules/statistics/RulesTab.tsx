import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { STAT_RULE_KINDS, STAT_RULE_KIND_LABELS, STAT_RULE_OPERATORS } from '@thidua/contracts';
import { api } from '../../api/client.ts';
import { useProblemHandler } from '../../api/problems.ts';
import { EmptyText } from '../../components/EmptyText.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { useT } from '../../i18n/index.tsx';
import { PlusOutlined } from '../../lib/icons.tsx';
import { CATALOG_PATHS, STAT_CATALOG_KEY, useDatasets, useIndicatorOptions, useSaveRule } from './apiCatalog.ts';
import type { StatRule, StatRuleInput } from './types.ts';
import { CatalogModal } from './CatalogModal.tsx';

/** "Quy tắc kiểm tra": the validation rules, an error blocking the submission, a warning only telling. */
export function RulesTab({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const rules = useQuery({
    queryKey: [...STAT_CATALOG_KEY, 'rules'],
    queryFn: ({ signal }) =>
      api.get<{ items: StatRule[]; total: number }>(CATALOG_PATHS.rules, { pageSize: 500 }, signal),
  });
  const [editing, setEditing] = useState<StatRule | 'new' | null>(null);
  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('stat.catalog.rules')}</Typography.Title>
        <Space wrap>
          <ExportButton path="/stat-rules/export.xlsx" filename="quy-tac-kiem-tra.xlsx" />
          {canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('stat.catalog.newRule')}
            </Button>
          )}
        </Space>
      </div>
      <Table<StatRule>
        rowKey="id"
        size="middle"
        dataSource={rules.data?.items ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: <EmptyText loading={rules.isFetching}>{t('stat.catalog.noRules')}</EmptyText> }}
        columns={[
          { title: t('stat.catalog.code'), dataIndex: 'code', width: 120 },
          {
            title: t('stat.catalog.name'),
            key: 'name',
            render: (_, r) => (
              <Button
                type="link"
                style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left' }}
                onClick={() => setEditing(r)}
              >
                {r.name}
              </Button>
            ),
          },
          { title: t('stat.catalog.kind'), key: 'kind', render: (_, r) => STAT_RULE_KIND_LABELS[r.kind] },
          {
            title: t('stat.catalog.expression'),
            key: 'expr',
            render: (_, r) =>
              r.kind === 'expression' ? (
                <code>
                  {r.leftExpr} {r.operator} {r.rightExpr}
                </code>
              ) : (
                [r.indicator?.code, r.threshold !== null ? `${r.threshold}` : null].filter(Boolean).join(' · ')
              ),
          },
          {
            title: t('stat.severity'),
            key: 'severity',
            render: (_, r) => (
              <Tag color={r.severity === 'error' ? 'red' : 'orange'}>{t(`stat.severity.${r.severity}`)}</Tag>
            ),
          },
          {
            title: t('stat.dataset'),
            key: 'dataset',
            render: (_, r) => r.dataset?.name ?? t('stat.catalog.allDatasets'),
          },
        ]}
      />
      <RuleForm rule={editing} readOnly={!canEdit} onClose={() => setEditing(null)} />
    </>
  );
}

function RuleForm({
  rule,
  readOnly,
  onClose,
}: {
  rule: StatRule | 'new' | null;
  readOnly: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const [form] = Form.useForm<StatRuleInput>();
  const save = useSaveRule();
  const datasets = useDatasets();
  const indicators = useIndicatorOptions('');
  const kind = Form.useWatch('kind', form);
  const r = rule && rule !== 'new' ? rule : null;
  useEffect(() => {
    if (rule === null) return;
    form.resetFields();
    if (r)
      form.setFieldsValue({
        code: r.code,
        name: r.name,
        kind: r.kind,
        leftExpr: r.leftExpr,
        operator: r.operator,
        rightExpr: r.rightExpr,
        indicatorId: r.indicator?.id ?? null,
        threshold: r.threshold,
        severity: r.severity,
        datasetId: r.dataset?.id ?? null,
        active: r.active,
      });
    else form.setFieldsValue({ kind: 'expression', operator: '==', severity: 'error', active: true });
  }, [rule, r, form]);

  const submit = async () => {
    const v = await form.validateFields();
    try {
      await save.mutateAsync({
        id: r?.id,
        version: r?.version,
        input: {
          ...v,
          indicatorId: v.indicatorId ?? null,
          datasetId: v.datasetId ?? null,
          threshold: v.threshold ?? null,
        },
      });
      void message.success(t('stat.catalog.saved'));
      onClose();
    } catch (e) {
      handle(e, { form });
    }
  };

  return (
    <CatalogModal
      open={rule !== null}
      title={r ? `${r.code} — ${r.name}` : t('stat.catalog.newRule')}
      form={form}
      readOnly={readOnly}
      saving={save.isPending}
      width={720}
      onSave={() => void submit()}
      onClose={onClose}
    >
      <Form.Item name="kind" label={t('stat.catalog.kind')}>
        <Select options={STAT_RULE_KINDS.map((k) => ({ value: k, label: STAT_RULE_KIND_LABELS[k] }))} />
      </Form.Item>
      {kind === 'expression' ? (
        <>
          <Form.Item name="leftExpr" label={t('stat.catalog.leftExpr')} extra={t('stat.catalog.formulaHint')}>
            <Input style={{ fontFamily: 'monospace' }} />
          </Form.Item>
          <Form.Item name="operator" label={t('stat.catalog.operator')}>
            <Select options={STAT_RULE_OPERATORS.map((o) => ({ value: o, label: o }))} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="rightExpr" label={t('stat.catalog.rightExpr')}>
            <Input style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        </>
      ) : (
        <>
          <Form.Item name="indicatorId" label={t('stat.col.indicator')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={(indicators.data?.items ?? []).map((i) => ({ value: i.id, label: `${i.code} — ${i.name}` }))}
            />
          </Form.Item>
          <Form.Item name="threshold" label={t('stat.catalog.threshold')}>
            <InputNumber />
          </Form.Item>
        </>
      )}
      <Form.Item name="severity" label={t('stat.severity')}>
        <Select
          options={[
            { value: 'error', label: t('stat.severity.error') },
            { value: 'warning', label: t('stat.severity.warning') },
          ]}
        />
      </Form.Item>
      <Form.Item name="datasetId" label={t('stat.dataset')}>
        <Select
          allowClear
          placeholder={t('stat.catalog.allDatasets')}
          options={(datasets.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
        />
      </Form.Item>
      <Form.Item name="active" label={t('stat.catalog.active')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </CatalogModal>
  );
}
