import { useEffect } from 'react';
import { App, Form, Input, Modal, Select } from 'antd';
import type { OrgKind } from '@thidua/domain';
import { useProblemHandler } from '../../api/problems.ts';
import type { Organisation } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { useCreateOrganisation, useUpdateOrganisation, type OrgInput } from './api.ts';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.tsx';
import { limit } from '../../components/textLimit.ts';
import { useFormGuard } from '../../components/useFormGuard.tsx';

interface Values {
  code: string;
  name: string;
  kind: OrgKind;
  parentId: string | null;
}

export interface OrgFormModalProps {
  open: boolean;
  /** The unit being edited; absent when creating. */
  org?: Organisation;
  /** Parent preselected when creating a child unit. */
  parentId?: string | null;
  defaultKind?: OrgKind;
  onClose: () => void;
  onSaved?: (org: Organisation) => void;
}

export function OrgFormModal({
  open,
  org,
  parentId = null,
  defaultKind = 'division',
  onClose,
  onSaved,
}: OrgFormModalProps) {
  const t = useT();
  const labels = useLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const guard = useFormGuard({ form, active: open });
  const handle = useProblemHandler();
  const create = useCreateOrganisation();
  const update = useUpdateOrganisation();
  const busy = create.isPending || update.isPending;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      org
        ? { code: org.code, name: org.name, kind: org.kind, parentId: org.parentId }
        : { code: '', name: '', kind: defaultKind, parentId },
    );
  }, [open, org, parentId, defaultKind, form]);

  const onFinish = async (values: Values) => {
    try {
      let saved: Organisation;
      if (org) {
        const patch: Partial<OrgInput> = {};
        if (values.code !== org.code) patch.code = values.code;
        if (values.name !== org.name) patch.name = values.name;
        if (values.kind !== org.kind) patch.kind = values.kind;
        if ((values.parentId ?? null) !== org.parentId) patch.parentId = values.parentId ?? null;
        saved = await update.mutateAsync({ id: org.id, version: org.version, ...patch });
        guard.saved();
        void message.success(t('common.saved'));
      } else {
        saved = await create.mutateAsync({ ...values, parentId: values.parentId ?? null });
        guard.saved();
        void message.success(t('org.created', { name: saved.name }));
      }
      onSaved?.(saved);
      onClose();
    } catch (error) {
      handle(error, { form, onReload: onClose });
    }
  };

  const required = (key: 'org.code' | 'org.name') => [
    { required: true, message: t('common.required', { field: t(key).toLowerCase() }) },
  ];
  return (
    <Modal
      open={open}
      title={org ? t('org.editTitle') : t('org.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      forceRender
    >
      <Form<Values>
        name="organisation"
        form={form}
        onValuesChange={guard.onValuesChange}
        layout="vertical"
        onFinish={onFinish}
        disabled={busy}
      >
        <Form.Item label={t('org.code')} name="code" rules={required('org.code')}>
          <Input {...limit(30)} autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('org.name')} name="name" rules={required('org.name')}>
          <Input {...limit(300)} autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('org.kind')} name="kind" rules={[{ required: true }]}>
          <Select options={labels.orgKindOptions} />
        </Form.Item>
        <Form.Item label={t('org.parent')} name="parentId">
          <OrgTreeSelect allowClear showInactive excludeSubtreeOf={org?.id} placeholder={t('org.noParent')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
