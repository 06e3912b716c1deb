import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Space, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { applyFieldErrors, problemText } from '../../api/problems.ts';
import type { Ok } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { fetchMe, ME_KEY, useLogout } from './session.ts';
import { useFormGuard } from '../../components/useFormGuard.tsx';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** Change one's own password; `forced` when the account still has its initial password. */
export default function ChangePasswordPage({ forced = false }: { forced?: boolean }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const guard = useFormGuard({ form });
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const logout = useLogout();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onFinish = async ({ currentPassword, newPassword }: Values) => {
    setBusy(true);
    setError(null);
    try {
      await api.post<Ok>('/auth/password', { currentPassword, newPassword });
      void message.success(t('auth.passwordChanged'));
      form.resetFields();
      // The server may rotate the session: read it again (new CSRF token, mustChangePassword cleared).
      queryClient.setQueryData(ME_KEY, await fetchMe());
      guard.saved();
      if (!forced) void navigate('/');
    } catch (e) {
      applyFieldErrors(form, e);
      setError(problemText(e, t));
    } finally {
      setBusy(false);
    }
  };

  const card = (
    <Card style={{ width: '100%', maxWidth: 440 }}>
      <Typography.Title level={forced ? 3 : 4} style={{ marginTop: 0 }}>
        {forced ? t('auth.mustChangeTitle') : t('user.changePassword')}
      </Typography.Title>
      {forced && <Typography.Paragraph>{t('auth.mustChangeText')}</Typography.Paragraph>}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form<Values>
        name="change-password"
        form={form}
        onValuesChange={guard.onValuesChange}
        layout="vertical"
        onFinish={onFinish}
        disabled={busy}
        requiredMark={false}
      >
        <Form.Item
          label={t('auth.currentPassword')}
          name="currentPassword"
          rules={[
            { required: true, message: t('common.required', { field: t('auth.currentPassword').toLowerCase() }) },
          ]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label={t('auth.newPassword')}
          name="newPassword"
          extra={t('auth.passwordHint')}
          rules={[{ required: true, min: 10, message: t('auth.passwordHint') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t('auth.confirmPassword')}
          name="confirm"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('auth.passwordMismatch') },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('auth.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('user.changePassword')}
          </Button>
          {forced && <Button onClick={() => void logout()}>{t('user.logout')}</Button>}
        </Space>
      </Form>
    </Card>
  );

  if (!forced) return card;
  return <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', padding: 16 }}>{card}</main>;
}
