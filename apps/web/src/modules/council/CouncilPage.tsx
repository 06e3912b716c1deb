import { useSearchParams } from 'react-router';
import { Card, Tabs, Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { MembersTab } from './MembersTab.tsx';
import { SessionsTab } from './SessionsTab.tsx';

/** "Hội đồng Thi đua – Khen thưởng": its members and its meetings. */
export default function CouncilPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'sessions' ? 'sessions' : 'members';
  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('council.title')}</Typography.Title>
      </div>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'members' ? {} : { tab: key }, { replace: true })}
          destroyOnHidden
          items={[
            { key: 'members', label: t('council.tabMembers'), children: <MembersTab /> },
            { key: 'sessions', label: t('council.tabSessions'), children: <SessionsTab /> },
          ]}
        />
      </Card>
    </>
  );
}
