import { useEffect } from 'react';
import { App, Form, Modal } from 'antd';
import { useProblemHandler } from '../../api/problems.ts';
import type { Organisation } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { useUpdateOrganisation } from './api.ts';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.tsx';
import { useFormGuard } from '../../components/useFormGuard.tsx';

/** Moves a unit under another parent (PATCH parentId). */
export function MoveOrgModal({ org, onClose }: { org: Organisation | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ parentId: string | null }>();
  const guard = useFormGuard({ form, active: Boolean(org) });
  const handle = useProblemHandler();
  const update = useUpdateOrganisation();

  useEffect(() => {
    if (org) form.setFieldsValue({ parentId: org.parentId });
  }, [org, form]);

  const onFinish = async ({ parentId }: { parentId: string | null }) => {
    if (!org) return;
    try {
      await update.mutateAsync({ id: org.id, version: org.version, parentId: parentId ?? null });
      guard.saved();
      void message.success(t('org.moved'));
      onClose();
    } catch (error) {
      handle(error, { form, onReload: onClose });
    }
  };

  return (
    <Modal
      open={Boolean(org)}
      title={org ? t('org.moveTitle', { name: org.name }) : ''}
      okText={t('org.move')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
      forceRender
    >
      <Form
        name="move-organisation"
        form={form}
        onValuesChange={guard.onValuesChange}
        layout="vertical"
        onFinish={onFinish}
      >
        <Form.Item label={t('org.newParent')} name="parentId">
          <OrgTreeSelect allowClear showInactive excludeSubtreeOf={org?.id} placeholder={t('org.noParent')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
