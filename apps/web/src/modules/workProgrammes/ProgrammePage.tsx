import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Button, Card, Descriptions, Result, Space, Table, Tag, Typography } from 'antd';
import { problemText } from '../../api/problems.ts';
import { NextStep } from '../../components/NextStep.tsx';
import { TransitionTimeline } from '../../components/TransitionTimeline.tsx';
import { WorkflowActions } from '../../components/WorkflowActions.tsx';
import { useT } from '../../i18n/index.tsx';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format.ts';
import { EditOutlined } from '../../lib/icons.tsx';
import { FullPageSpin } from '../layout/Lazy.tsx';
import { byPreference } from '../scorecards/labels.ts';
import { useProgramme, useProgrammeWrites } from './api.ts';
import { AmendModal } from './AmendModal.tsx';
import { EditProgrammeModal } from './EditProgrammeModal.tsx';
import { IssueDecisionFields, useIssueDecision } from './IssueDecision.tsx';
import { PROGRAMME_STATUS_COLORS, useWpLabels } from './labels.ts';
import { ProgrammeTasks } from './ProgrammeTasks.tsx';
import type { ProgrammeView } from './types.ts';

/** The decision's fields the issue needs; a programme missing one asks for it in the issue dialog. */
const decisionMissing = (p: ProgrammeView) => !p.decision?.number || !p.decision.date || !p.decision.signer;

/**
 * One programme: its period and decision, who acts next, the office's steps (issue — asking the decision first
 * when it is not recorded —, close, withdraw), its amendments, its tasks (add, edit, take from the year's
 * programme, remove with a reason once issued) and its history.
 */
export default function ProgrammePage() {
  const t = useT();
  const labels = useWpLabels();
  const { id } = useParams();
  const { data: p, isPending, error, refetch } = useProgramme(id);
  const writes = useProgrammeWrites(id ?? '');
  const decision = useIssueDecision(p);
  const [editing, setEditing] = useState(false);
  const [amending, setAmending] = useState(false);
  if (isPending) return <FullPageSpin />;
  if (!p)
    return (
      <Result
        status="error"
        title={t('app.error')}
        subTitle={problemText(error, t)}
        extra={<Link to="/work-programmes">{t('common.back')}</Link>}
      />
    );
  const reload = () => void refetch();
  // The issue's guard refuses a programme without its decision; the dialog asks for it, so it is offered.
  const issueByDialog =
    decisionMissing(p) && p.taskCount > 0 && p.status === 'draft' && p.unavailable.some((u) => u.action === 'issue');
  const actions = byPreference(
    [...p.abilities.transitions, ...(issueByDialog && !p.abilities.transitions.includes('issue') ? ['issue'] : [])],
    // Closing ends the programme for good: never the main button.
    ['issue', 'reopen', 'close'],
  );
  const unavailable = p.unavailable.filter((u) => !(issueByDialog && u.action === 'issue'));

  return (
    <>
      <div className="page-header">
        <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {p.title}
          </Typography.Title>
          <Space wrap size={4}>
            <Tag color={PROGRAMME_STATUS_COLORS[p.status]}>{labels.status(p.status)}</Tag>
            <Tag>{p.periodLabel}</Tag>
            <Tag>{p.orgName}</Tag>
            {p.amendment > 0 && <Tag color="orange">{t('wp.amendmentN', { n: p.amendment })}</Tag>}
          </Space>
        </Space>
        <Space wrap align="start">
          {p.abilities.edit && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )}
          {p.abilities.amend && <Button onClick={() => setAmending(true)}>{t('wp.amend')}</Button>}
          <WorkflowActions
            entity="work_programme"
            actions={actions}
            unavailable={unavailable}
            version={p.version}
            name={p.title}
            danger={['reopen']}
            pending={writes.transition.isPending || writes.update.isPending}
            extra={(a) => (a === 'issue' ? <IssueDecisionFields state={decision} /> : null)}
            onOpen={(a) => a === 'issue' && decision.reset()}
            run={async (step) => {
              const version = step.action === 'issue' ? await decision.save(step.version) : step.version;
              return writes.transition.mutateAsync({ ...step, version });
            }}
            onReload={reload}
          />
        </Space>
      </div>
      <NextStep step={p.next} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'period', label: t('wp.period'), children: p.periodLabel },
            { key: 'org', label: t('wp.org'), children: p.orgName },
            {
              key: 'decision',
              label: t('wp.decision'),
              children: p.decision?.number
                ? t('wp.decisionText', {
                    number: p.decision.number,
                    date: formatDate(p.decision.date) || '…',
                    signer: p.decision.signer || '…',
                  })
                : t('wp.noDecision'),
            },
            {
              key: 'tasks',
              label: t('wp.tasksDone'),
              children: (
                <span>
                  {formatNumber(p.doneCount)}/{formatNumber(p.taskCount)}
                  {p.overdueCount > 0 && (
                    <Typography.Text type="danger">
                      {' '}
                      · {t('wp.overdueN', { n: formatNumber(p.overdueCount) })}
                    </Typography.Text>
                  )}
                </span>
              ),
            },
            ...(p.parent
              ? [
                  {
                    key: 'parent',
                    label: t('wp.parent'),
                    children: <Link to={`/work-programmes/${p.parent.id}`}>{p.parent.title}</Link>,
                  },
                ]
              : []),
            ...(p.children.length
              ? [
                  {
                    key: 'children',
                    label: t('wp.children'),
                    children: (
                      <Space wrap size={4}>
                        {p.children.map((c) => (
                          <Link key={c.id} to={`/work-programmes/${c.id}`}>
                            {c.title}
                          </Link>
                        ))}
                      </Space>
                    ),
                  },
                ]
              : []),
            ...(p.note ? [{ key: 'note', label: t('wp.note'), span: 3, children: p.note }] : []),
          ]}
        />
      </Card>
      <ProgrammeTasks programme={p} />
      {p.amendments.length > 0 && (
        <Card title={t('wp.amendments')} style={{ marginTop: 16 }}>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={p.amendments}
            columns={[
              { key: 'n', title: t('wp.amendmentNo'), width: 90, render: (_, a) => a.number },
              { key: 'reason', title: t('wp.reason'), render: (_, a) => a.reason },
              {
                key: 'decision',
                title: t('wp.decision'),
                render: (_, a) =>
                  a.decisionNumber
                    ? t('wp.decisionShort', { number: a.decisionNumber, date: formatDate(a.decisionDate) || '…' })
                    : t('common.none'),
              },
              {
                key: 'by',
                title: t('wp.by'),
                render: (_, a) => `${a.actorName}, ${formatDateTime(a.at)}`,
              },
            ]}
          />
        </Card>
      )}
      <Card title={t('workflow.history')} style={{ marginTop: 16 }}>
        <TransitionTimeline
          entity="work_programme"
          items={p.transitions}
          colors={PROGRAMME_STATUS_COLORS}
          createdLabel={t('wp.createdStep')}
        />
      </Card>
      <EditProgrammeModal open={editing} programme={p} onClose={() => setEditing(false)} />
      <AmendModal open={amending} programme={p} onClose={() => setAmending(false)} />
    </>
  );
}
