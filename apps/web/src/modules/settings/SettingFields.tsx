import { Button, Form, Input, InputNumber, Select, Space, Switch, Table } from 'antd';
import { DeleteOutlined, PlusOutlined } from '../../lib/icons.tsx';
import { useT } from '../../i18n/index.tsx';
import type { SettingField } from './api.ts';
import { fieldPath } from './convert.ts';
import { limit } from '../../components/textLimit.ts';
import { DateField, dateRule } from '../../components/DateField.tsx';

type Column = NonNullable<SettingField['columns']>[number];
const money = {
  formatter: (v: number | string | undefined) => String(v ?? '').replace(/\B(?=(\d{3})+(?!\d))/gu, '.'),
  parser: (v: string | undefined) => Number((v ?? '').replace(/\./gu, '')),
};

/**
 * One input for a scalar kind, labelled for a screen reader (and for the browser tests). Form.Item
 * hands its child `value`/`checked` and `onChange`: they are passed on to the input.
 */
function Scalar({
  kind,
  label,
  options,
  min,
  max,
  ...control
}: Pick<Column, 'kind' | 'options' | 'min' | 'max'> & { label: string } & Record<string, unknown>) {
  const t = useT();
  const p = { 'aria-label': label, ...control };
  switch (kind) {
    case 'percent':
      return <InputNumber {...p} min={0} max={100} step={1} suffix="%" style={{ width: 140 }} />;
    case 'integer':
      return <InputNumber {...p} min={min} max={max} precision={0} style={{ width: 140 }} />;
    case 'number':
      return <InputNumber {...p} min={min} max={max} step={0.1} style={{ width: 140 }} />;
    case 'money':
      return <InputNumber<number> {...p} min={min} max={max} {...money} suffix="đ" style={{ width: 200 }} />;
    case 'boolean':
      return <Switch {...p} checkedChildren={t('settings.yes')} unCheckedChildren={t('settings.no')} />;
    case 'select':
      return <Select {...p} options={options} style={{ minWidth: 240 }} />;
    case 'list':
      // The order chosen is the order kept (tie-break keys are applied first to last).
      return <Select {...p} mode="multiple" options={options} style={{ minWidth: 360, maxWidth: 720 }} />;
    case 'date':
      return <DateField {...p} />;
    case 'time':
      // The server checks the format and names the field; the pattern only helps the browser.
      return <Input {...p} placeholder="HH:MM" pattern="[0-2][0-9]:[0-5][0-9]" {...limit(5)} style={{ width: 100 }} />;
    default:
      return <Input {...p} {...limit(300)} />;
  }
}

/** A required field's message names it, as the server's do. */
const required = (label: string) => ({ required: true, message: `${label}: không được để trống` });

const valueProp = (kind: Column['kind']) => (kind === 'boolean' ? 'checked' : 'value');

/** The input of each entry of a record: a share, a number, or one of `entryOptions`. */
const entryKind = (f: SettingField): Column['kind'] =>
  f.entry === 'percent' ? 'percent' : f.entry === 'choice' ? 'select' : 'number';

/** A record with fixed keys (bonus multiples): one labelled number per key. */
function FixedMap({ field }: { field: SettingField }) {
  const kind = field.entry === 'percent' ? 'percent' : 'number';
  return (
    <>
      {(field.options ?? []).map((o) => (
        <Form.Item
          key={o.value}
          name={[...fieldPath(field), o.value]}
          label={o.label}
          rules={[dateRule, required(o.label)]}
        >
          <Scalar kind={kind} label={`${field.label}: ${o.label}`} />
        </Form.Item>
      ))}
    </>
  );
}

/** An open record (thresholds per award): rows of key and value; the "default" row stays. */
function OpenMap({ field }: { field: SettingField }) {
  const t = useT();
  const kind = entryKind(field);
  // A new row starts at 50% for a share, at the first allowed value for a choice ("từ … trở lên").
  const fresh = field.entry === 'choice' ? field.entryOptions?.[0]?.value : 50;
  const labelOf = (key: string) => field.options?.find((o) => o.value === key)?.label ?? key;
  return (
    <Form.Item label={field.label}>
      <Form.List name={fieldPath(field)}>
        {(rows, { add, remove }) => (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {rows.map((row) => (
              <Form.Item key={row.key} noStyle shouldUpdate>
                {({ getFieldValue }) => {
                  const key = getFieldValue([...fieldPath(field), row.name, 'key']) as string | undefined;
                  return (
                    <Space wrap>
                      <Form.Item
                        name={[row.name, 'key']}
                        noStyle
                        rules={[
                          required(t('settings.award')),
                          {
                            // Two rows for one award would collapse into one on saving.
                            validator: async (_, v: string | undefined) => {
                              const all = (getFieldValue(fieldPath(field)) as { key?: string }[]).map((r) => r?.key);
                              if (v && all.filter((k) => k === v).length > 1)
                                throw new Error(`${labelOf(v)}: đã có ở dòng khác`);
                            },
                          },
                        ]}
                      >
                        <Select
                          aria-label={`${t('settings.award')}, ${row.name + 1}`}
                          options={field.options}
                          disabled={key === 'default'}
                          showSearch={{ optionFilterProp: 'label' }}
                          style={{ width: 360 }}
                        />
                      </Form.Item>
                      <Form.Item name={[row.name, 'value']} noStyle rules={[dateRule, required(field.label)]}>
                        <Scalar
                          kind={kind}
                          options={field.entryOptions}
                          label={`${field.label}: ${key ? labelOf(key) : row.name + 1}`}
                        />
                      </Form.Item>
                      {key !== 'default' && (
                        <Button
                          icon={<DeleteOutlined />}
                          aria-label={`${t('settings.removeRow')} ${row.name + 1}`}
                          onClick={() => remove(row.name)}
                        />
                      )}
                    </Space>
                  );
                }}
              </Form.Item>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ key: undefined, value: fresh })}>
              {t('settings.addThreshold')}
            </Button>
          </Space>
        )}
      </Form.List>
    </Form.Item>
  );
}

/** An array of objects (base-salary rows): a small table editor. */
function Rows({ field }: { field: SettingField }) {
  const t = useT();
  const columns = field.columns ?? [];
  return (
    <Form.List name={fieldPath(field)}>
      {(rows, { add, remove }) => (
        <>
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={rows}
            columns={[
              ...columns.map((c) => ({
                key: c.name,
                title: c.label,
                render: (_: unknown, row: (typeof rows)[number]) => (
                  <Form.Item
                    name={[row.name, c.name]}
                    valuePropName={valueProp(c.kind)}
                    rules={[dateRule, required(c.label)]}
                    style={{ marginBottom: 0 }}
                  >
                    <Scalar
                      kind={c.kind}
                      options={c.options}
                      min={c.min}
                      max={c.max}
                      label={`${c.label}, ${row.name + 1}`}
                    />
                  </Form.Item>
                ),
              })),
              {
                key: 'remove',
                title: '',
                render: (_: unknown, row: (typeof rows)[number]) => (
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={`${t('settings.removeRow')} ${row.name + 1}`}
                    onClick={() => remove(row.name)}
                  />
                ),
              },
            ]}
          />
          <Button icon={<PlusOutlined />} style={{ marginTop: 8 }} onClick={() => add({ confidence: 'U' })}>
            {t('settings.addRow')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** The inputs of one setting, drawn from the form description the server sends with it. */
export function SettingFields({ fields }: { fields: SettingField[] }) {
  return (
    <>
      {fields.map((f) => {
        if (f.kind === 'map')
          return f.fixedKeys ? <FixedMap key={f.name} field={f} /> : <OpenMap key={f.name} field={f} />;
        if (f.kind === 'rows') return <Rows key={f.name} field={f} />;
        return (
          <Form.Item
            key={f.name}
            name={fieldPath(f)}
            label={f.label}
            valuePropName={valueProp(f.kind)}
            rules={f.kind === 'boolean' ? [] : [dateRule, required(f.label)]}
          >
            <Scalar kind={f.kind} options={f.options} min={f.min} max={f.max} label={f.label} />
          </Form.Item>
        );
      })}
    </>
  );
}
