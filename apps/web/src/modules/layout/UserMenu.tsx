import { useNavigate } from 'react-router';
import { App, Button, Dropdown } from 'antd';
import type { MenuProps } from 'antd';
import { CheckOutlined, GlobalOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '../../lib/icons.tsx';
import { useI18n, type Lang } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { useCurrentUser, useLogout } from '../auth/session.ts';

export function UserMenu({ compact }: { compact: boolean }) {
  const { t, lang, setLang } = useI18n();
  const labels = useLabels();
  const me = useCurrentUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const { message } = App.useApp();

  const language = (code: Lang, label: string) => ({
    key: `lang:${code}`,
    label,
    icon: code === lang ? <CheckOutlined /> : <span style={{ display: 'inline-block', width: 14 }} />,
  });
  const roles = [...new Set(me.roles.map((grant) => labels.role[grant.role]))].join(', ');
  const items: MenuProps['items'] = [
    {
      key: 'who',
      disabled: true,
      label: (
        <div style={{ lineHeight: 1.4 }}>
          <div style={{ fontWeight: 600, color: 'rgba(0,0,0,0.88)' }}>{me.displayName}</div>
          <div style={{ fontSize: 12 }}>
            {me.username}
            {roles ? ` · ${roles}` : ''}
          </div>
        </div>
      ),
    },
    { type: 'divider' },
    { key: 'password', icon: <KeyOutlined />, label: t('user.changePassword') },
    { type: 'divider' },
    {
      type: 'group',
      key: 'language',
      label: (
        <span>
          <GlobalOutlined /> {t('user.language')}
        </span>
      ),
      children: [language('vi', t('lang.vi')), language('en', t('lang.en'))],
    },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: t('user.logout'), danger: true },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') void navigate('/account/password');
    else if (key === 'lang:vi') setLang('vi');
    else if (key === 'lang:en') setLang('en');
    else if (key === 'logout') {
      void logout().then(() => {
        void message.info(t('auth.signedOut'));
        void navigate('/login', { replace: true });
      });
    }
  };
  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button
        type="text"
        icon={<UserOutlined />}
        aria-label={`${t('user.menu')}: ${me.displayName}`}
        style={{ color: 'inherit' }}
      >
        {compact ? null : me.displayName}
      </Button>
    </Dropdown>
  );
}
