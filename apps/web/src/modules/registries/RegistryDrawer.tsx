import { useEffect, useMemo, useState } from 'react';
import { App, Button, Descriptions, Drawer, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import type { FormInstance } from 'antd';
import { REGISTRY_STATUSES, type RegistryKind } from '@thidua/contracts';
import { useProblemHandler } from '../../api/problems.ts';
import { DateField, dateRule } from '../../components/DateField.tsx';
import { useI18n, useT } from '../../i18n/index.tsx';
import { dayjsToIso, formatDate, formatNumber, isoToDayjs } from '../../lib/format.ts';
import { useAbilities } from '../auth/session.ts';
import { useRegistryRecord, useRegistryUnits, useSaveRegistry, type RegistryRecord } from './api.ts';
import { CloseModal } from './CloseModal.tsx';
import { fieldsOf, labelsOf, type FieldDef } from './fields.ts';

/** A record of a registry: read by everyone, edited and closed by the planning division (id "new": a new one). */
export function RegistryDrawer({ kind, id, onClose }: { kind: RegistryKind; id: string | null; onClose: () => void }) {
  const t = useT();
  const { data: record, refetch } = useRegistryRecord(kind, id);
  const canEdit = useAbilities()?.registries.edit ?? false;
  const isNew = id === 'new';
  const [closing, setClosing] = useState(false);
  const [form] = Form.useForm();
  const loaded = isNew || !!record;
  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      size={640}
      destroyOnHidden
      title={isNew ? t('reg.newTitle') : (record?.name ?? t('reg.one'))}
      extra={
        record?.abilities.close && (
          <Button danger onClick={() => setClosing(true)}>
            {t('reg.close')}
          </Button>
        )
      }
    >
      {loaded &&
        (canEdit ? (
          <RecordForm kind={kind} record={isNew ? null : record!} form={form} onSaved={onClose} />
        ) : (
          record && <RecordView kind={kind} record={record} />
        ))}
      {record && closing && (
        <CloseModal
          kind={kind}
          record={record}
          onDone={() => {
            setClosing(false);
            void refetch();
          }}
          onCancel={() => setClosing(false)}
        />
      )}
    </Drawer>
  );
}

function RecordView({ kind, record }: { kind: RegistryKind; record: RegistryRecord }) {
  const t = useT();
  const labels = labelsOf(kind, t);
  const shown = (f: FieldDef) => {
    const v = record[f.key];
    if (f.key === 'unitId') return record.unitName ?? '';
    if (f.key === 'status') return labels.status(record.status);
    if (v === null || v === undefined) return '';
    if (f.type === 'bool') return v ? t('reg.yes') : t('reg.no');
    if (f.type === 'enum') return labels.value(f, String(v));
    if (f.type === 'date') return formatDate(String(v));
    if (f.type === 'int' || f.type === 'number') return formatNumber(Number(v));
    return String(v);
  };
  return (
    <Descriptions column={1} bordered size="small">
      {fieldsOf(kind).map((f) => (
        <Descriptions.Item key={f.key} label={labels.field(f.key)}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{shown(f)}</span>
        </Descriptions.Item>
      ))}
      {record.validTo && (
        <Descriptions.Item label={labels.field('validTo')}>{formatDate(record.validTo)}</Descriptions.Item>
      )}
    </Descriptions>
  );
}

function RecordForm(props: {
  kind: RegistryKind;
  record: RegistryRecord | null;
  form: FormInstance;
  onSaved: () => void;
}) {
  const { kind, record, form } = props;
  const t = useT();
  const { message } = App.useApp();
  const onError = useProblemHandler();
  const labels = labelsOf(kind, t);
  const units = useRegistryUnits().data?.items ?? [];
  const save = useSaveRegistry(kind);
  // Hectares and scores are typed the Vietnamese way (12,5) in Vietnamese.
  const decimal = useI18n().lang === 'vi' ? ',' : '.';
  // Stable, so that the form is filled once per record, not again on every render (a late list of units).
  const fields = useMemo(() => fieldsOf(kind), [kind]);
  useEffect(() => {
    const initial: Record<string, unknown> = { status: 'active', traditional: false };
    for (const f of fields) {
      const v = record?.[f.key];
      if (v === undefined) continue;
      initial[f.key] = f.type === 'date' ? isoToDayjs(v as string | null) : v;
    }
    form.setFieldsValue(initial);
  }, [record, form, fields, kind]);

  const submit = async (values: Record<string, unknown>) => {
    const body: Record<string, unknown> = {};
    for (const f of fields) {
      const v = values[f.key];
      if (f.type === 'date') body[f.key] = dayjsToIso(v as never);
      else if (f.type === 'int' || f.type === 'number') {
        if (v !== null && v !== undefined && v !== '') body[f.key] = v;
        else if (f.key === 'score') body[f.key] = null;
      } else if (f.type === 'unit') body[f.key] = v ?? null;
      else if (f.type === 'bool') body[f.key] = Boolean(v);
      else body[f.key] = v ?? '';
    }
    if (body.decisionDate === undefined && fields.some((f) => f.key === 'decisionDate')) body.decisionDate = null;
    if (record) body.version = record.version;
    try {
      await save.mutateAsync({ id: record?.id ?? null, body });
      void message.success(t('reg.saved'));
      props.onSaved();
    } catch (e) {
      onError(e, { form });
    }
  };

  const input = (f: FieldDef) => {
    switch (f.type) {
      case 'longText':
        return <Input.TextArea rows={3} />;
      case 'int':
        return <InputNumber min={0} precision={0} style={{ width: 180 }} />;
      case 'number':
        return <InputNumber min={0} decimalSeparator={decimal} style={{ width: 180 }} />;
      case 'date':
        return <DateField />;
      case 'bool':
        return <Switch />;
      case 'enum': {
        const ended = !!record && (REGISTRY_STATUSES[kind].closing as readonly string[]).includes(record.status);
        const values = f.key === 'status' && ended ? [record.status] : (f.values ?? []);
        return (
          <Select
            options={values.map((v) => ({
              value: v,
              label: f.key === 'status' ? labels.status(v) : labels.value(f, v),
            }))}
            style={{ width: 300 }}
          />
        );
      }
      case 'unit':
        return (
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('reg.unitPlaceholder')}
            options={units.map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }))}
            style={{ width: 300 }}
          />
        );
      default:
        return <Input />;
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={(v) => void submit(v as Record<string, unknown>)}>
      {fields.map((f) => (
        <Form.Item
          key={f.key}
          name={f.key}
          label={labels.field(f.key)}
          valuePropName={f.type === 'bool' ? 'checked' : 'value'}
          rules={[
            ...(f.required ? [{ required: true, message: `${labels.field(f.key)}: ${t('reg.required')}` }] : []),
            ...(f.type === 'date' ? [dateRule] : []),
          ]}
        >
          {input(f)}
        </Form.Item>
      ))}
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('reg.save')}
        </Button>
        <Button onClick={props.onSaved}>{t('reg.cancel')}</Button>
      </Space>
    </Form>
  );
}
