import { lazy } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Button, Card, Result, Space, Tabs, Tag, Typography } from 'antd';
import type { MovementAction } from '@thidua/domain';
import { problemText } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { EditOutlined } from '../../lib/icons.tsx';
import { FullPageSpin, Lazy } from '../layout/Lazy.tsx';
import { WorkflowActions } from '../../components/WorkflowActions.tsx';
import { NextStep } from '../../components/NextStep.tsx';
import { useMovement, useTransition } from './api.ts';
import { ExemplarsTab } from './ExemplarsTab.tsx';
import { InfoTab } from './InfoTab.tsx';
import { STATUS_COLORS, useMovementLabels } from './labels.ts';
import { ProgressTab } from './ProgressTab.tsx';
import { RegistrationsTab } from './RegistrationsTab.tsx';
import { ReportsTab } from './ReportsTab.tsx';
import { StageTimeline } from './StageTimeline.tsx';

// The charts (echarts) load only when the "Bảng theo dõi" tab is opened.
const DashboardTab = lazy(() => import('./DashboardTab.tsx'));

const TABS = ['info', 'registrations', 'progress', 'dashboard', 'exemplars', 'reports'] as const;
type TabKey = (typeof TABS)[number];

/** One movement: its stage, the actions open to the user, and a tab per area of work. */
export default function MovementDetailPage() {
  const t = useT();
  const labels = useMovementLabels();
  const { id } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { data: movement, isPending, error, refetch } = useMovement(id);
  const transition = useTransition();
  const tab: TabKey = TABS.find((k) => k === params.get('tab')) ?? 'info';

  if (isPending) return <FullPageSpin />;
  if (!movement)
    return (
      <Result
        status="error"
        title={t('app.error')}
        subTitle={problemText(error, t)}
        extra={<Link to="/movements">{t('common.back')}</Link>}
      />
    );

  const reload = () => void refetch();
  const items = [
    { key: 'info', label: t('movements.tabInfo'), children: <InfoTab movement={movement} onChanged={reload} /> },
    {
      key: 'registrations',
      label: t('movements.tabRegistrations'),
      children: <RegistrationsTab movement={movement} />,
    },
    { key: 'progress', label: t('movements.tabProgress'), children: <ProgressTab movement={movement} /> },
    {
      key: 'dashboard',
      label: t('movements.tabDashboard'),
      children: (
        <Lazy>
          <DashboardTab movement={movement} />
        </Lazy>
      ),
    },
    { key: 'exemplars', label: t('movements.tabExemplars'), children: <ExemplarsTab movement={movement} /> },
    { key: 'reports', label: t('movements.tabReports'), children: <ReportsTab movement={movement} /> },
  ];

  return (
    <>
      <div className="page-header">
        <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {movement.name}
          </Typography.Title>
          <Space wrap size={4}>
            <Tag color={STATUS_COLORS[movement.status]}>{labels.status[movement.status]}</Tag>
            <Tag>{labels.kind[movement.kind]}</Tag>
            <Typography.Text type="secondary">{movement.year}</Typography.Text>
          </Space>
        </Space>
        <Space wrap>
          <WorkflowActions
            entity="movement"
            actions={movement.abilities.transitions}
            version={movement.version}
            name={movement.name}
            run={(step) => transition.mutateAsync({ id: movement.id, ...step, action: step.action as MovementAction })}
            onReload={reload}
            pending={transition.isPending}
            doneText={(_, action) => t('movements.transitioned', { action })}
          />
          {movement.abilities.edit && (
            <Button icon={<EditOutlined />} onClick={() => void navigate(`/movements/${movement.id}/edit`)}>
              {t('common.edit')}
            </Button>
          )}
        </Space>
      </div>
      <NextStep step={movement.nextStep} />
      <StageTimeline movement={movement} />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'info' ? {} : { tab: key }, { replace: true })}
          items={items}
          destroyOnHidden
        />
      </Card>
    </>
  );
}
