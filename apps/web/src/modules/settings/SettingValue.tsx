import { Descriptions, Table } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import type { Setting, SettingField } from './api.ts';

type Column = NonNullable<SettingField['columns']>[number];
type Obj = Record<string, unknown>;

const percentText = (v: number) => `${formatNumber(Math.round(v * 10_000) / 100)}%`;

function Scalar({ field, value }: { field: Pick<Column, 'kind' | 'options'>; value: unknown }) {
  const t = useT();
  if (value === null || value === undefined) return <>—</>;
  switch (field.kind) {
    case 'percent':
      return <>{percentText(Number(value))}</>;
    case 'money':
      return <>{formatNumber(Number(value))} đ</>;
    case 'integer':
    case 'number':
      return <>{formatNumber(Number(value))}</>;
    case 'boolean':
      return <>{value ? t('settings.yes') : t('settings.no')}</>;
    case 'select':
      return <>{field.options?.find((o) => o.value === value)?.label ?? String(value)}</>;
    case 'date':
      return <>{formatDate(String(value))}</>;
    case 'list':
      return (
        <>
          {(Array.isArray(value) ? value : [])
            .map((v, i) => `${i + 1}. ${field.options?.find((o) => o.value === v)?.label ?? String(v)}`)
            .join('; ')}
        </>
      );
    default:
      return <>{String(value)}</>;
  }
}

function FieldValue({ field, value }: { field: SettingField; value: unknown }) {
  if (field.kind === 'map') {
    const kind = field.entry === 'percent' ? 'percent' : field.entry === 'choice' ? 'select' : 'number';
    const rec = (value ?? {}) as Obj;
    return (
      <Descriptions
        size="small"
        column={1}
        items={(field.options ?? [])
          .filter((o) => o.value in rec)
          .map((o) => ({
            key: o.value,
            label: o.label,
            children: <Scalar field={{ kind, options: field.entryOptions }} value={rec[o.value]} />,
          }))}
      />
    );
  }
  if (field.kind === 'rows')
    return (
      <Table
        size="small"
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={(value ?? []) as Obj[]}
        columns={(field.columns ?? []).map((c) => ({
          key: c.name,
          title: c.label,
          render: (_: unknown, row: Obj) => <Scalar field={c} value={row[c.name]} />,
        }))}
      />
    );
  return <Scalar field={field} value={value} />;
}

/** A setting's value as read (the one in force, or the default beside it). */
export function SettingValue({ setting, value }: { setting: Pick<Setting, 'form'>; value: unknown }) {
  const whole = setting.form.find((f) => f.name === '');
  if (whole) return <FieldValue field={whole} value={value} />;
  const obj = (value ?? {}) as Obj;
  return (
    <Descriptions
      size="small"
      column={1}
      items={setting.form.map((f) => ({
        key: f.name,
        label: f.label,
        children: <FieldValue field={f} value={obj[f.name]} />,
      }))}
    />
  );
}
