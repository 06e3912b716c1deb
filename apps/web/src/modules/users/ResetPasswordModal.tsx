import { useEffect } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { useProblemHandler } from '../../api/problems.ts';
import type { User } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { useUpdateUser } from './api.ts';
import { useFormGuard } from '../../components/useFormGuard.tsx';

export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const guard = useFormGuard({ form, active: Boolean(user) });
  const handle = useProblemHandler();
  const update = useUpdateUser();

  useEffect(() => {
    if (user) form.resetFields();
  }, [user, form]);

  const onFinish = async ({ password }: { password: string }) => {
    if (!user) return;
    try {
      await update.mutateAsync({ id: user.id, version: user.version, password });
      guard.saved();
      void message.success(t('users.resetDone'));
      onClose();
    } catch (error) {
      handle(error, { form, onReload: onClose });
    }
  };

  return (
    <Modal
      open={Boolean(user)}
      title={user ? t('users.resetTitle', { name: user.username }) : ''}
      okText={t('users.resetPassword')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
      forceRender
    >
      <Form
        name="reset-password"
        form={form}
        onValuesChange={guard.onValuesChange}
        layout="vertical"
        onFinish={onFinish}
      >
        <Form.Item
          label={t('users.newPassword')}
          name="password"
          extra={t('auth.passwordHint')}
          rules={[{ required: true, min: 10, message: t('auth.passwordHint') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
