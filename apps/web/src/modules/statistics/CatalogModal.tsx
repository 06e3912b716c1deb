import type { ReactNode } from 'react';
import { Form, Input, Modal } from 'antd';
import type { FormInstance } from 'antd';
import { useT } from '../../i18n/index.tsx';

/**
 * The frame of every catalog record's form (indicator, data set, unit, rule): a modal with its title, save and
 * close, read-only for those who may not edit, and the code and name every record starts with.
 */
export function CatalogModal({
  open,
  title,
  form,
  readOnly,
  saving,
  nameMax = 300,
  width,
  onSave,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  form: FormInstance;
  readOnly: boolean;
  saving: boolean;
  nameMax?: number;
  width?: number;
  onSave: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      onOk={onSave}
      okText={t('common.save')}
      cancelText={t('common.close')}
      okButtonProps={{ hidden: readOnly }}
      confirmLoading={saving}
      {...(width ? { width } : {})}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" disabled={readOnly}>
        <Form.Item name="code" label={t('stat.catalog.code')} rules={[{ required: true }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="name" label={t('stat.catalog.name')} rules={[{ required: true }]}>
          <Input maxLength={nameMax} />
        </Form.Item>
        {children}
      </Form>
    </Modal>
  );
}
