import { useEffect } from 'react';
import { App, Form, Input, InputNumber, Select } from 'antd';
import {
  STAT_AGGREGATIONS,
  STAT_AGGREGATION_LABELS,
  STAT_INDICATOR_KINDS,
  STAT_INDICATOR_KIND_LABELS,
  STAT_PERIOD_TYPES,
  STAT_PERIOD_TYPE_LABELS,
  STAT_REGISTRY_KINDS,
  STAT_REGISTRY_KIND_LABELS,
  STAT_REGISTRY_MEASURES,
  STAT_VALUE_TYPES,
  STAT_VALUE_TYPE_LABELS,
} from '@thidua/contracts';
import { useProblemHandler } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { useDisaggregations, useSaveIndicator } from './apiCatalog.ts';
import type { StatIndicator, StatIndicatorInput } from './types.ts';
import { CatalogModal } from './CatalogModal.tsx';

const opts = <K extends string>(codes: readonly K[], labels: Record<K, string>) =>
  codes.map((c) => ({ value: c, label: labels[c] }));

/**
 * An indicator's form: what it measures, how it is summed and reported; a derived indicator's formula
 * (`[CODE]`, `growth([CODE])`…) is checked by the server when saved and its error shown under the field.
 */
export function IndicatorForm({
  open,
  indicator,
  readOnly,
  onClose,
}: {
  open: boolean;
  indicator: StatIndicator | null;
  readOnly: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const [form] = Form.useForm<StatIndicatorInput>();
  const save = useSaveIndicator();
  const disaggregations = useDisaggregations();
  const kind = Form.useWatch('kind', form);
  const registryKind = Form.useWatch('registryKind', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (indicator)
      form.setFieldsValue({
        code: indicator.code,
        name: indicator.name,
        kind: indicator.kind,
        unit: indicator.unit,
        valueType: indicator.valueType,
        aggregation: indicator.aggregation,
        periodType: indicator.periodType,
        disaggregationId: indicator.disaggregation?.id ?? null,
        formula: indicator.formula,
        registryKind: indicator.registryKind,
        registryMeasure: indicator.registryMeasure,
        decimals: indicator.decimals,
        source: indicator.source,
        description: indicator.description,
      });
    else
      form.setFieldsValue({
        kind: 'element',
        valueType: 'number',
        aggregation: 'sum',
        periodType: 'month',
        decimals: 1,
      });
  }, [open, indicator, form]);

  const submit = async () => {
    const values = await form.validateFields();
    try {
      await save.mutateAsync({
        id: indicator?.id,
        version: indicator?.version,
        input: {
          ...values,
          disaggregationId: values.disaggregationId ?? null,
          formula: values.kind === 'derived' ? (values.formula ?? '') : '',
          registryKind: values.kind === 'registry' ? (values.registryKind ?? null) : null,
          registryMeasure: values.kind === 'registry' ? (values.registryMeasure ?? null) : null,
          registryFilter: indicator?.registryFilter ?? {},
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
      open={open}
      title={indicator ? `${indicator.code} — ${indicator.name}` : t('stat.catalog.newIndicator')}
      form={form}
      readOnly={readOnly}
      saving={save.isPending}
      width={720}
      nameMax={500}
      onSave={() => void submit()}
      onClose={onClose}
    >
      <Form.Item name="kind" label={t('stat.catalog.kind')}>
        <Select options={opts(STAT_INDICATOR_KINDS, STAT_INDICATOR_KIND_LABELS)} />
      </Form.Item>
      {kind === 'derived' && (
        <Form.Item name="formula" label={t('stat.catalog.formula')} extra={t('stat.catalog.formulaHint')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
      )}
      {kind === 'registry' && (
        <>
          <Form.Item name="registryKind" label={t('stat.catalog.registryKind')}>
            <Select options={opts(STAT_REGISTRY_KINDS, STAT_REGISTRY_KIND_LABELS)} />
          </Form.Item>
          <Form.Item name="registryMeasure" label={t('stat.catalog.registryMeasure')}>
            <Select
              options={(registryKind ? STAT_REGISTRY_MEASURES[registryKind] : []).map((m) => ({
                value: m,
                label: m,
              }))}
            />
          </Form.Item>
        </>
      )}
      <Form.Item name="unit" label={t('stat.col.unit')} rules={[{ required: true }]}>
        <Input maxLength={40} placeholder="tỷ đồng" />
      </Form.Item>
      <Form.Item name="valueType" label={t('stat.catalog.valueType')}>
        <Select options={opts(STAT_VALUE_TYPES, STAT_VALUE_TYPE_LABELS)} />
      </Form.Item>
      <Form.Item name="aggregation" label={t('stat.catalog.aggregation')}>
        <Select options={opts(STAT_AGGREGATIONS, STAT_AGGREGATION_LABELS)} />
      </Form.Item>
      <Form.Item name="periodType" label={t('stat.catalog.periodType')}>
        <Select options={opts(STAT_PERIOD_TYPES, STAT_PERIOD_TYPE_LABELS)} />
      </Form.Item>
      <Form.Item name="disaggregationId" label={t('stat.catalog.disaggregation')}>
        <Select
          allowClear
          options={(disaggregations.data?.items ?? []).map((d) => ({
            value: d.id,
            label: `${d.name} (${d.options.map((o) => o.name).join(', ')})`,
          }))}
        />
      </Form.Item>
      <Form.Item name="decimals" label={t('stat.catalog.decimals')}>
        <InputNumber min={0} max={6} />
      </Form.Item>
      <Form.Item name="source" label={t('stat.catalog.source')}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="description" label={t('stat.catalog.description')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </CatalogModal>
  );
}
