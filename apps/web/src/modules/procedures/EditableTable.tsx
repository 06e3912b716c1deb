import { Button, Checkbox, Form, Input, InputNumber, Select, Table } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { DeleteOutlined, PlusOutlined } from '../../lib/icons.tsx';
import { limit } from '../../components/textLimit.ts';

const ITEM = { style: { marginBottom: 0 } };

export interface EditableColumn {
  /** The item's field name (as the API names it: server errors land on it). */
  key: string;
  title: string;
  kind: 'text' | 'number' | 'money' | 'select' | 'check';
  width?: number;
  options?: { value: string; label: string }[];
  /** The message when left empty. */
  required?: string;
  max?: number;
}

/**
 * A list inside a form as an editable table (documents, steps, legs, fees): one row per item, a cell per
 * field, each cell labelled "{column} {n}" for screen readers and tests, rows added and removed in place.
 */
export function EditableTable({
  name,
  title,
  columns,
  newRow,
  addLabel,
  emptyText,
}: {
  name: string;
  title: string;
  columns: EditableColumn[];
  newRow: () => Record<string, unknown>;
  addLabel: string;
  emptyText: string;
}) {
  const t = useT();
  const cell = (c: EditableColumn, label: string) => {
    switch (c.kind) {
      case 'number':
        return <InputNumber aria-label={label} min={0} style={{ width: '100%' }} />;
      case 'money':
        return (
          <InputNumber<number>
            aria-label={label}
            min={0}
            step={1000}
            style={{ width: '100%' }}
            formatter={(v) =>
              v === undefined || v === null || String(v) === '' ? '' : Number(v).toLocaleString('vi-VN')
            }
            parser={(v) => Number((v ?? '').replace(/\D/gu, '')) || 0}
          />
        );
      case 'select':
        return <Select aria-label={label} options={c.options} />;
      case 'check':
        return <Checkbox aria-label={label} />;
      default:
        return <Input aria-label={label} {...limit(c.max ?? 500)} />;
    }
  };
  return (
    <Form.List name={name}>
      {(fields, { add, remove }, { errors }) => (
        <fieldset style={{ border: 0, padding: 0, margin: '0 0 20px', minWidth: 0 }}>
          <legend style={{ fontWeight: 600, fontSize: 15, marginBottom: 8, color: 'inherit', border: 0 }}>
            {title}
          </legend>
          <Table
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={fields}
            locale={{ emptyText }}
            scroll={{ x: 'max-content' }}
            columns={[
              { key: 'no', title: t('procedures.no'), width: 48, render: (_, __, i) => i + 1 },
              ...columns.map((c) => ({
                key: c.key,
                title: c.title,
                width: c.width,
                render: (_: unknown, field: { name: number }, index: number) => (
                  <Form.Item
                    {...ITEM}
                    name={[field.name, c.key]}
                    valuePropName={c.kind === 'check' ? 'checked' : 'value'}
                    rules={c.required ? [{ required: true, whitespace: c.kind === 'text', message: c.required }] : []}
                  >
                    {cell(c, `${c.title} ${index + 1}`)}
                  </Form.Item>
                ),
              })),
              {
                key: 'remove',
                width: 48,
                render: (_: unknown, field: { name: number }, index: number) => (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('procedures.removeRow', { what: title.toLowerCase(), n: index + 1 })}
                    onClick={() => remove(field.name)}
                  />
                ),
              },
            ]}
          />
          <Button icon={<PlusOutlined />} style={{ marginTop: 8 }} onClick={() => add(newRow())}>
            {addLabel}
          </Button>
          <Form.ErrorList errors={errors} />
        </fieldset>
      )}
    </Form.List>
  );
}
