import { useEffect } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { useProblemHandler } from '../../api/problems.ts';
import type { User } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { useCreateUser, useUpdateUser, type Grant } from './api.ts';
import { RoleGrantsField } from './RoleGrantsField.tsx';
import { limit } from '../../components/textLimit.ts';
import { useFormGuard } from '../../components/useFormGuard.tsx';

interface Values {
  username: string;
  displayName: string;
  email?: string;
  password?: string;
  roles: Grant[];
}

export interface UserFormModalProps {
  open: boolean;
  /** The user being edited; absent when creating. */
  user?: User;
  onClose: () => void;
}

export function UserFormModal({ open, user, onClose }: UserFormModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const guard = useFormGuard({ form, active: open });
  const handle = useProblemHandler();
  const create = useCreateUser();
  const update = useUpdateUser();
  const busy = create.isPending || update.isPending;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      user
        ? {
            username: user.username,
            displayName: user.displayName,
            email: user.email ?? '',
            roles: user.roles.map(({ role, orgId }) => ({ role, orgId })),
          }
        : { username: '', displayName: '', email: '', password: '', roles: [] },
    );
  }, [open, user, form]);

  const onFinish = async (values: Values) => {
    const roles = (values.roles ?? []).map(({ role, orgId }) => ({ role, orgId }));
    const email = values.email?.trim() || null;
    try {
      if (user) {
        await update.mutateAsync({
          id: user.id,
          version: user.version,
          displayName: values.displayName,
          email,
          roles,
        });
        guard.saved();
        void message.success(t('common.saved'));
      } else {
        const created = await create.mutateAsync({
          username: values.username.trim(),
          displayName: values.displayName,
          email,
          password: values.password ?? '',
          roles,
        });
        guard.saved();
        void message.success(t('users.created', { name: created.username }));
      }
      onClose();
    } catch (error) {
      handle(error, { form, onReload: onClose });
    }
  };

  const need = (field: string) => [{ required: true, message: t('common.required', { field: field.toLowerCase() }) }];
  return (
    <Modal
      open={open}
      title={user ? t('users.editTitle', { name: user.username }) : t('users.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      width={640}
      forceRender
    >
      <Form<Values>
        name="user"
        form={form}
        onValuesChange={guard.onValuesChange}
        layout="vertical"
        onFinish={onFinish}
        disabled={busy}
      >
        <Form.Item label={t('users.username')} name="username" rules={need(t('users.username'))}>
          <Input disabled={Boolean(user)} autoComplete="off" autoCapitalize="none" />
        </Form.Item>
        <Form.Item label={t('users.email')} name="email" extra={t('users.emailHint')}>
          <Input type="email" {...limit(200)} autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('users.displayName')} name="displayName" rules={need(t('users.displayName'))}>
          <Input {...limit(200)} autoComplete="off" />
        </Form.Item>
        {!user && (
          <Form.Item
            label={t('users.password')}
            name="password"
            extra={t('auth.passwordHint')}
            rules={[{ required: true, min: 10, message: t('auth.passwordHint') }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        <RoleGrantsField />
      </Form>
    </Modal>
  );
}
