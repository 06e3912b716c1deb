import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, Button, Card, Empty, Result, Space, Tabs, Tag, Typography } from 'antd';
import { problemText } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { ArrowLeftOutlined, CopyOutlined, EditOutlined } from '../../lib/icons.tsx';
import { FullPageSpin } from '../layout/Lazy.tsx';
import { useMovementLabels } from '../movements/labels.ts';
import { useBloc } from './api.ts';
import { BlocFormModal } from './BlocFormModal.tsx';
import { BlocYearPanel } from './BlocYearPanel.tsx';

/** One bloc: a tab per year with its members, covenant and documents; "Thêm năm" copies last year. */
export default function BlocDetailPage() {
  const t = useT();
  const labels = useMovementLabels();
  const { id } = useParams();
  const { data: bloc, isPending, error, refetch } = useBloc(id);
  const [addedYear, setAddedYear] = useState<number | null>(null);
  const [activeYear, setActiveYear] = useState<string | undefined>(undefined);
  const [editing, setEditing] = useState(false);

  if (isPending) return <FullPageSpin />;
  if (!bloc)
    return (
      <Result
        status="error"
        title={t('app.error')}
        subTitle={problemText(error, t)}
        extra={<Link to="/blocs">{t('common.back')}</Link>}
      />
    );

  const saved = [...bloc.years].sort((a, b) => b.year - a.year);
  const latest = saved[0];
  const draftYear = addedYear !== null && !saved.some((y) => y.year === addedYear) ? addedYear : null;
  const years = [...(draftYear !== null ? [draftYear] : []), ...saved.map((y) => y.year)];
  const reload = () => void refetch();
  const addYear = () => {
    const next = latest ? latest.year + 1 : new Date().getFullYear();
    setAddedYear(next);
    setActiveYear(String(next));
  };

  return (
    <>
      <div className="page-header">
        <Space orientation="vertical" size={0}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {bloc.name}
          </Typography.Title>
          <Space size={4} wrap>
            <Tag color={bloc.kind === 'cluster' ? 'purple' : 'blue'}>{labels.blocKind[bloc.kind]}</Tag>
            <Typography.Text type="secondary">{labels.organiser[bloc.organiser]}</Typography.Text>
          </Space>
        </Space>
        <Space wrap>
          {bloc.canEdit && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )}
          <Link to="/blocs">
            <ArrowLeftOutlined /> {t('common.back')}
          </Link>
        </Space>
      </div>
      {bloc.description && <Alert type="info" title={bloc.description} style={{ marginBottom: 16 }} />}
      <Card>
        {years.length === 0 ? (
          <Empty description={t('blocs.noYears')}>
            {bloc.canEdit && (
              <Button type="primary" icon={<CopyOutlined />} onClick={addYear}>
                {t('blocs.addYear')}
              </Button>
            )}
          </Empty>
        ) : (
          <Tabs
            activeKey={activeYear ?? String(years[0])}
            onChange={setActiveYear}
            destroyOnHidden
            tabBarExtraContent={
              bloc.canEdit && draftYear === null ? (
                <Button icon={<CopyOutlined />} onClick={addYear}>
                  {t('blocs.addYear')}
                </Button>
              ) : undefined
            }
            items={years.map((year) => ({
              key: String(year),
              label: year === draftYear ? t('blocs.yearDraft', { year }) : t('blocs.yearN', { year }),
              children: (
                <BlocYearPanel
                  blocId={bloc.id}
                  year={year}
                  view={saved.find((y) => y.year === year)}
                  template={year === draftYear ? latest : undefined}
                  canEdit={bloc.canEdit}
                  onChanged={reload}
                />
              ),
            }))}
          />
        )}
      </Card>
      <BlocFormModal open={editing} bloc={bloc} onClose={() => setEditing(false)} />
    </>
  );
}
