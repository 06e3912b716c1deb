import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Button, Card, Result, Space, Tag, Typography } from 'antd';
import { problemText } from '../../api/problems.ts';
import { AttachmentsPanel } from '../../components/AttachmentsPanel.tsx';
import { NextStep } from '../../components/NextStep.tsx';
import { TransitionTimeline } from '../../components/TransitionTimeline.tsx';
import { WorkflowActions } from '../../components/WorkflowActions.tsx';
import type { TaskAction } from '@thidua/domain';
import { useT } from '../../i18n/index.tsx';
import { CheckOutlined } from '../../lib/icons.tsx';
import { FullPageSpin } from '../layout/Lazy.tsx';
import { byPreference } from '../scorecards/labels.ts';
import { uploadTaskFile, useTask, useTaskWrites } from './api.ts';
import { CompleteTaskModal } from './CompleteTaskModal.tsx';
import { ExtensionDecision } from './ExtensionDecision.tsx';
import { TASK_STATUS_COLORS, useWpLabels } from './labels.ts';
import { TaskChanges } from './TaskChanges.tsx';
import { TaskDetails } from './TaskDetails.tsx';
import { ReportForm, TaskReports } from './TaskReports.tsx';

/** Steps taken by their own forms on this page (a report asks for a new deadline; a leader decides it; completion). */
const OWN_FORMS = new Set(['request_extension', 'approve_extension', 'refuse_extension', 'complete']);

/**
 * One task: what it is and who carries it, the programmes holding it, who acts next; the unit's monthly reports
 * and its report form (with a request for a new deadline), the request waiting for a leader shown first to the
 * leader with "Đồng ý gia hạn" / "Không đồng ý", the completion with the product, the files, the changes made by
 * amendments (before and after) and the status history.
 */
export default function TaskPage() {
  const t = useT();
  const labels = useWpLabels();
  const { id } = useParams();
  const { data: task, isPending, error, refetch } = useTask(id);
  const writes = useTaskWrites(id ?? '');
  const [completing, setCompleting] = useState(false);
  if (isPending) return <FullPageSpin />;
  if (!task)
    return (
      <Result
        status="error"
        title={t('app.error')}
        subTitle={problemText(error, t)}
        extra={<Link to="/tasks">{t('common.back')}</Link>}
      />
    );
  const reload = () => void refetch();
  const pending = task.reports.find((r) => r.requestStatus === 'pending');
  const canComplete = task.abilities.transitions.includes('complete');

  return (
    <>
      <div className="page-header">
        <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {task.code}. {task.title}
          </Typography.Title>
          <Space wrap size={4}>
            <Tag color={TASK_STATUS_COLORS[task.status]}>{labels.taskStatus(task.status)}</Tag>
            {task.overdue && <Tag color="red">{t('wp.overdue')}</Tag>}
            {task.extensionPending && task.status !== 'extension_requested' && (
              <Tag color="orange">{t('wp.extensionPending')}</Tag>
            )}
            <Tag>{t('wp.priorityTag', { priority: labels.priority(task.priority) })}</Tag>
            <Tag>{task.orgName}</Tag>
          </Space>
        </Space>
        <Space wrap align="start">
          {canComplete && (
            <Button type="primary" icon={<CheckOutlined />} onClick={() => setCompleting(true)}>
              {t('wp.complete')}
            </Button>
          )}
          <WorkflowActions
            entity="work_task"
            actions={byPreference(
              task.abilities.transitions.filter((a) => !OWN_FORMS.has(a)),
              ['start', 'drop'],
            )}
            unavailable={task.unavailable.filter((u) => !OWN_FORMS.has(u.action))}
            version={task.version}
            name={`${task.code}. ${task.title}`}
            danger={['drop']}
            pending={writes.transition.isPending}
            run={(step) => writes.transition.mutateAsync({ ...step, action: step.action as TaskAction })}
            onReload={reload}
          />
        </Space>
      </div>
      <NextStep step={task.next} />
      {pending && <ExtensionDecision task={task} report={pending} onReload={reload} />}
      {task.unavailable
        .filter((u) => u.action === 'complete')
        .map((u) => (
          <Typography.Paragraph key={u.action} type="secondary">
            {t('wp.completeUnavailable', { reason: u.reason })}
          </Typography.Paragraph>
        ))}
      <TaskDetails task={task} />
      {task.abilities.report && <ReportForm task={task} />}
      <Card title={t('wp.reports')} style={{ marginBottom: 16 }}>
        <TaskReports reports={task.reports} />
      </Card>
      <Card title={t('wp.files')} style={{ marginBottom: 16 }}>
        <AttachmentsPanel
          attachments={task.attachments}
          upload={task.abilities.attach ? (file, onProgress) => uploadTaskFile(task.id, file, onProgress) : undefined}
          canDelete={task.abilities.attach}
          onChanged={reload}
        />
      </Card>
      <Card title={t('wp.changes')} style={{ marginBottom: 16 }}>
        <TaskChanges changes={task.changes} />
      </Card>
      <Card title={t('workflow.history')}>
        <TransitionTimeline
          entity="work_task"
          items={task.transitions}
          colors={TASK_STATUS_COLORS}
          createdLabel={t('wp.assignedStep')}
        />
      </Card>
      <CompleteTaskModal open={completing} task={task} onClose={() => setCompleting(false)} onReload={reload} />
    </>
  );
}
