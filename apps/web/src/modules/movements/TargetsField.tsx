import { Button, Form, Input, InputNumber, Select, Table } from 'antd';
import type { TargetAggregation, TargetDirection } from '@thidua/domain';
import { useT } from '../../i18n/index.tsx';
import { DeleteOutlined, PlusOutlined } from '../../lib/icons.tsx';
import { limit } from '../../components/textLimit.ts';

export interface TargetValues {
  id?: string;
  name: string;
  unit: string;
  targetValue: number | null;
  direction: TargetDirection;
  aggregation: TargetAggregation;
}

const ITEM = { style: { marginBottom: 0 } };

/** The movement's targets as an editable table (name, unit of measure, value, direction, aggregation). */
export function TargetsField() {
  const t = useT();
  const directionOptions = [
    { value: 'at_least', label: t('movements.atLeast') },
    { value: 'at_most', label: t('movements.atMost') },
  ];
  const aggregationOptions = [
    { value: 'sum', label: t('movements.aggSum') },
    { value: 'latest', label: t('movements.aggLatest') },
  ];
  return (
    <Form.List name="targets">
      {(fields, { add, remove }, { errors }) => (
        <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <legend style={{ fontWeight: 600, fontSize: 16, marginBottom: 8 }}>{t('movements.targets')}</legend>
          <Table
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={fields}
            locale={{ emptyText: t('movements.noTargets') }}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                key: 'name',
                title: t('movements.targetName'),
                render: (_, field, index) => (
                  <Form.Item
                    {...ITEM}
                    name={[field.name, 'name']}
                    rules={[{ required: true, message: t('movements.targetNameRequired') }]}
                  >
                    <Input aria-label={t('movements.targetNameN', { n: index + 1 })} {...limit(300)} />
                  </Form.Item>
                ),
              },
              {
                key: 'unit',
                title: t('movements.targetUnit'),
                width: 140,
                render: (_, field, index) => (
                  <Form.Item
                    {...ITEM}
                    name={[field.name, 'unit']}
                    rules={[{ required: true, whitespace: true, message: t('movements.targetUnitRequired') }]}
                  >
                    <Input aria-label={t('movements.targetUnitN', { n: index + 1 })} {...limit(40)} />
                  </Form.Item>
                ),
              },
              {
                key: 'value',
                title: t('movements.targetValue'),
                width: 150,
                render: (_, field, index) => (
                  <Form.Item {...ITEM} name={[field.name, 'targetValue']}>
                    <InputNumber
                      aria-label={t('movements.targetValueN', { n: index + 1 })}
                      decimalSeparator=","
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                ),
              },
              {
                key: 'direction',
                title: t('movements.direction'),
                width: 150,
                render: (_, field, index) => (
                  <Form.Item {...ITEM} name={[field.name, 'direction']}>
                    <Select aria-label={t('movements.directionN', { n: index + 1 })} options={directionOptions} />
                  </Form.Item>
                ),
              },
              {
                key: 'aggregation',
                title: t('movements.aggregation'),
                width: 190,
                render: (_, field, index) => (
                  <Form.Item {...ITEM} name={[field.name, 'aggregation']}>
                    <Select aria-label={t('movements.aggregationN', { n: index + 1 })} options={aggregationOptions} />
                  </Form.Item>
                ),
              },
              {
                key: 'remove',
                width: 48,
                render: (_, field, index) => (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('movements.removeTargetN', { n: index + 1 })}
                    onClick={() => remove(field.name)}
                  />
                ),
              },
            ]}
          />
          <Button
            icon={<PlusOutlined />}
            style={{ marginTop: 8 }}
            onClick={() =>
              add({
                name: '',
                unit: '',
                targetValue: null,
                direction: 'at_least',
                aggregation: 'sum',
              } satisfies TargetValues)
            }
          >
            {t('movements.addTarget')}
          </Button>
          <Form.ErrorList errors={errors} />
        </fieldset>
      )}
    </Form.List>
  );
}
