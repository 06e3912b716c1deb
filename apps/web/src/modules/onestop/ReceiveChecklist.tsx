import { Button, Checkbox, Form, Table, Tag, Upload } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { PaperClipOutlined } from '../../lib/icons.tsx';
import { KIND_KEYS } from './labels.ts';
import type { ProcedureDocument } from './types.ts';

/**
 * Step 3 of the receipt: the version's documents, each ticked when handed in (a scanned copy may be
 * attached). The form holds the ticks under `ticks[i]`; the files stay in the page until the receipt.
 */
export function ReceiveChecklist({
  documents,
  files,
  onFile,
}: {
  documents: readonly ProcedureDocument[];
  files: Record<number, File | undefined>;
  onFile: (index: number, file: File | undefined) => void;
}) {
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
          width: 110,
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
        {
          key: 'file',
          title: t('onestop.receive.file'),
          render: (_, d) => (
            <Upload
              maxCount={1}
              beforeUpload={(file) => {
                onFile(d.index, file);
                return false;
              }}
              onRemove={() => onFile(d.index, undefined)}
              fileList={files[d.index] ? [{ uid: String(d.index), name: files[d.index]!.name, status: 'done' }] : []}
            >
              <Button size="small" icon={<PaperClipOutlined />}>
                {t('onestop.receive.attach')}
              </Button>
            </Upload>
          ),
        },
      ]}
    />
  );
}
