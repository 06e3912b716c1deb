import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '../../lib/icons.tsx';
import { problemText } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { FullPageSpin } from '../layout/Lazy.tsx';
import { LanguageSwitch } from '../layout/LanguageSwitch.tsx';
import { login, ME_KEY, useMe } from './session.ts';

interface Values {
  username: string;
  password: string;
}

/** Only same-app paths are accepted as the place to go back to. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function SignInPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const { data: me, isPending } = useMe();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (isPending) return <FullPageSpin />;
  if (me) return <Navigate to={safeNext(params.get('next'))} replace />;

  const onFinish = async ({ username, password }: Values) => {
    setBusy(true);
    setError(null);
    try {
      const signedIn = await login(username.trim(), password);
      queryClient.setQueryData(ME_KEY, signedIn);
      void navigate(safeNext(params.get('next')), { replace: true });
    } catch (e) {
      setError(problemText(e, t));
      setBusy(false);
    }
  };

  return (
    <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <LanguageSwitch />
        </div>
        <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('auth.welcome')}</Typography.Paragraph>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('auth.signIn')}
        </Typography.Title>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
        <Form<Values> name="sign-in" layout="vertical" onFinish={onFinish} requiredMark={false} disabled={busy}>
          <Form.Item
            label={t('auth.username')}
            name="username"
            rules={[{ required: true, message: t('common.required', { field: t('auth.username').toLowerCase() }) }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus autoCapitalize="none" />
          </Form.Item>
          <Form.Item
            label={t('auth.password')}
            name="password"
            rules={[{ required: true, message: t('common.required', { field: t('auth.password').toLowerCase() }) }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('auth.signIn')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
