import { Checkbox, Form, Table, Tag } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { KIND_KEYS } from './labels.ts';
import type { ProcedureVersionView } from './types.ts';

/** Step 3 of the receipt: the version's documents, each ticked when handed in (the form holds `ticks[i]`). */
export function ReceiveChecklist({ documents }: { documents: ProcedureVersionView['documents'] }) {
  const t = useT();
  return (
    <Table
      size="small"
      rowKey="name"
      pagination={false}
      dataSource={documents.map((d, index) => ({ ...d, index }))}
      columns={[
        {
          key: 'tick',
          title: t('onestop.receive.handedIn'),
          width: 90,
          render: (_, d) => (
            <Form.Item name={['ticks', d.index]} valuePropName="checked" noStyle>
              <Checkbox aria-label={t('onestop.receive.tickOf', { name: d.name })} />
            </Form.Item>
          ),
        },
        {
          key: 'name',
          title: t('onestop.documentName'),
          render: (_, d) => (
            <>
              {d.name} {d.required && <Tag color="red">{t('onestop.required')}</Tag>}
            </>
          ),
        },
        {
          key: 'kind',
          title: t('onestop.documentKind'),
          render: (_, d) => `${t(KIND_KEYS[d.kind])} × ${d.count}`,
        },
      ]}
    />
  );
}
