import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Button, Card, Descriptions, Result, Space, Tag, Typography } from 'antd';
import { problemText } from '../../api/problems.ts';
import { NextStep } from '../../components/NextStep.tsx';
import { TransitionTimeline } from '../../components/TransitionTimeline.tsx';
import { WorkflowActions } from '../../components/WorkflowActions.tsx';
import { useT } from '../../i18n/index.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { EditOutlined } from '../../lib/icons.tsx';
import { FullPageSpin } from '../layout/Lazy.tsx';
import { useScorecard, useScorecardTransition } from './api.ts';
import { EditCycleModal } from './EditCycleModal.tsx';
import { SCORECARD_STATUS_COLORS, byPreference, useScorecardLabels } from './labels.ts';
import { MembersTable } from './MembersTable.tsx';
import { ResultsSection } from './ResultsSection.tsx';

/**
 * One scoring cycle: who acts next, the office's steps (close the self-assessment, rank, reopen, publish), the
 * members' sheets with their status and scores, and once ranked the ranking, the radar of the fields, the
 * bloc's history and the documents; the cycle's history at the foot.
 */
export default function CyclePage() {
  const t = useT();
  const labels = useScorecardLabels();
  const { id } = useParams();
  const { data: s, isPending, error, refetch } = useScorecard(id);
  const transition = useScorecardTransition(id ?? '');
  const [editing, setEditing] = useState(false);
  if (isPending) return <FullPageSpin />;
  if (!s)
    return (
      <Result
        status="error"
        title={t('app.error')}
        subTitle={problemText(error, t)}
        extra={<Link to="/scorecards">{t('common.back')}</Link>}
      />
    );
  const reload = () => void refetch();
  const ranked = s.status === 'ranked' || s.status === 'published';

  return (
    <>
      <div className="page-header">
        <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {s.name}
          </Typography.Title>
          <Space wrap size={4}>
            <Tag color={SCORECARD_STATUS_COLORS[s.status]}>{labels.status(s.status)}</Tag>
            <Tag>{labels.kind(s.kind)}</Tag>
            {s.blocName && <Tag>{s.blocName}</Tag>}
            <Tag>{t('sc.yearTag', { year: s.year })}</Tag>
          </Space>
        </Space>
        <Space wrap align="start">
          {s.abilities.edit && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )}
          <WorkflowActions
            entity="scorecard"
            actions={byPreference(s.abilities.transitions, ['close_self', 'rank', 'publish', 'reopen'])}
            unavailable={s.abilities.unavailable}
            version={s.version}
            name={s.name}
            danger={['reopen']}
            pending={transition.isPending}
            run={(step) => transition.mutateAsync(step)}
            onReload={reload}
          />
        </Space>
      </div>
      <NextStep step={s.nextStep} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'max', label: t('sc.maxTotal'), children: formatNumber(s.maxTotal) },
            {
              key: 'caps',
              label: t('sc.caps'),
              children: t('sc.capsText', { bonus: formatNumber(s.bonusCap), penalty: formatNumber(s.penaltyCap) }),
            },
            {
              key: 'submitted',
              label: t('sc.submitted'),
              children: `${formatNumber(s.submittedCount)}/${formatNumber(s.memberCount)}`,
            },
            { key: 'selfDue', label: t('sc.selfDue'), children: formatDate(s.selfDue) || t('common.none') },
            {
              key: 'appraisalDue',
              label: t('sc.appraisalDue'),
              children: formatDate(s.appraisalDue) || t('common.none'),
            },
            {
              key: 'decision',
              label: t('sc.decision'),
              children: s.decisionNumber
                ? t('sc.decisionText', {
                    number: s.decisionNumber,
                    date: formatDate(s.decisionDate) || '…',
                    signer: s.decisionSigner || '…',
                  })
                : t('common.none'),
            },
            ...(s.publishedOn
              ? [{ key: 'published', label: t('sc.publishedOn'), children: formatDate(s.publishedOn) }]
              : []),
            ...(s.note ? [{ key: 'note', label: t('sc.note'), span: 3, children: s.note }] : []),
          ]}
        />
      </Card>
      <Card title={t('sc.members')} style={{ marginBottom: 16 }}>
        <MembersTable scorecard={s} />
      </Card>
      {ranked && <ResultsSection scorecard={s} />}
      <Card title={t('workflow.history')} style={{ marginTop: 16 }}>
        <TransitionTimeline
          entity="scorecard"
          items={s.transitionsLog}
          colors={SCORECARD_STATUS_COLORS}
          createdLabel={t('sc.created')}
        />
      </Card>
      <EditCycleModal open={editing} scorecard={s} onClose={() => setEditing(false)} />
    </>
  );
}
