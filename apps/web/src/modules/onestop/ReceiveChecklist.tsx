import { Button, Checkbox, Form, Space, Table, Tag, Typography, Upload } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { CloudUploadOutlined, DeleteOutlined } from '../../lib/icons.tsx';
import { SCAN_ACCEPT } from './ChecklistEditor.tsx';
import { KIND_KEYS } from './labels.ts';
import type { ProcedureVersionView } from './types.ts';

/** A scan chosen for one document (kept in the form until the receipt is saved, then uploaded). */
function ScanPicker({
  value,
  onChange,
  name,
}: {
  value?: File;
  onChange?: (file: File | undefined) => void;
  name: string;
}) {
  const t = useT();
  if (value)
    return (
      <Space size={4}>
        <Typography.Text ellipsis style={{ maxWidth: 200 }} title={value.name}>
          {value.name}
        </Typography.Text>
        <Button
          size="small"
          type="text"
          icon={<DeleteOutlined />}
          aria-label={t('onestop.receive.removeScan', { name })}
          onClick={() => onChange?.(undefined)}
        />
      </Space>
    );
  return (
    <Upload
      accept={SCAN_ACCEPT}
      showUploadList={false}
      beforeUpload={(file) => {
        onChange?.(file);
        return false;
      }}
    >
      <Button size="small" icon={<CloudUploadOutlined />} aria-label={`${t('onestop.receive.chooseScan')}: ${name}`}>
        {t('onestop.receive.chooseScan')}
      </Button>
    </Upload>
  );
}

/**
 * Step 3 of the receipt: the version's documents, each ticked when handed in (the form holds `ticks[i]`), with
 * a scan to attach once received (`scans[i]`; choosing one ticks the document).
 */
export function ReceiveChecklist({ documents }: { documents: ProcedureVersionView['documents'] }) {
  const t = useT();
  const form = Form.useFormInstance();
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
        {
          key: 'scan',
          title: t('onestop.receive.file'),
          render: (_, d) => (
            <Form.Item
              name={['scans', d.index]}
              noStyle
              getValueFromEvent={(file?: File) => {
                if (file) form.setFieldValue(['ticks', d.index], true);
                return file;
              }}
            >
              <ScanPicker name={d.name} />
            </Form.Item>
          ),
        },
      ]}
    />
  );
}
