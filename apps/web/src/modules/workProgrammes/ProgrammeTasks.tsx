import { useState } from 'react';
import { Link } from 'react-router';
import { App, Button, Card, Form, Input, Modal, Progress, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useProblemHandler } from '../../api/problems.ts';
import { limit } from '../../components/textLimit.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/format.ts';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '../../lib/icons.tsx';
import { useProgrammeTasks, useProgrammeWrites } from './api.ts';
import { TASK_STATUS_COLORS, useWpLabels } from './labels.ts';
import { TakeTasksModal } from './TakeTasksModal.tsx';
import { TaskFormModal } from './TaskFormModal.tsx';
import './workProgrammes.css';
import type { ProgrammeView, TaskSummary } from './types.ts';

/** A task's deadline as the tables show it: red once passed unfinished, the first deadline beside a moved one. */
export function DeadlineText({ task }: { task: Pick<TaskSummary, 'deadline' | 'originalDeadline' | 'overdue'> }) {
  const t = useT();
  return (
    <span>
      <Typography.Text type={task.overdue ? 'danger' : undefined} strong={task.overdue}>
        {formatDate(task.deadline)}
      </Typography.Text>
      {task.originalDeadline !== task.deadline && (
        <Typography.Text type="secondary" delete style={{ marginLeft: 6 }} title={t('wp.originalDeadline')}>
          {formatDate(task.originalDeadline)}
        </Typography.Text>
      )}
      {task.overdue && (
        <Tag color="red" style={{ marginLeft: 6 }}>
          {t('wp.overdue')}
        </Tag>
      )}
    </span>
  );
}

/**
 * The programme's tasks: code, title, unit in charge, leader, deadline (overdue in red), status and percent. The
 * office adds and edits them (a reason once the programme is issued), takes tasks from the year's programme into
 * a quarter's or a month's, and removes one with a reason.
 */
export function ProgrammeTasks({ programme: p }: { programme: ProgrammeView }) {
  const t = useT();
  const labels = useWpLabels();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const { data, isFetching } = useProgrammeTasks(p.id);
  const { remove } = useProgrammeWrites(p.id);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [taking, setTaking] = useState(false);
  const [removing, setRemoving] = useState<TaskSummary | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const issued = p.status !== 'draft';
  const tasks = data?.items ?? [];

  const onRemove = async () => {
    if (!removing) return;
    // A task the programme assigned is dropped, which always says why; a taken one, once the programme is issued.
    const own = removing.programmeId === p.id;
    if ((issued || own) && !reason.trim()) {
      setReasonError(t('common.required', { field: t('wp.reason').toLowerCase() }));
      return;
    }
    try {
      await remove.mutateAsync({ taskId: removing.id, own, reason: reason.trim(), version: p.version });
      void message.success(t('wp.taskRemoved', { code: removing.code }));
      setRemoving(null);
    } catch (e) {
      handle(e);
    }
  };

  const columns: TableColumnsType<TaskSummary> = [
    { key: 'code', title: t('wp.code'), width: 64, render: (_, r) => r.code },
    {
      key: 'title',
      title: t('wp.taskTitle'),
      width: '36%',
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/tasks/${r.id}`}>{r.title}</Link>
          {r.product && (
            <Typography.Text type="secondary">{t('wp.productShort', { product: r.product })}</Typography.Text>
          )}
          {r.programmeId !== p.id && (
            <Typography.Text type="secondary" title={r.programmeTitle}>
              {t('wp.takenFromShort')}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      key: 'org',
      title: t('wp.orgInCharge'),
      width: 180,
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <span>{r.orgName}</span>
          {r.partnerNames.length > 0 && (
            <Typography.Text type="secondary">
              {t('wp.partnersShort', { names: r.partnerNames.join(', ') })}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { key: 'leader', title: t('wp.leader'), width: 130, render: (_, r) => r.leaderName ?? t('common.none') },
    { key: 'deadline', title: t('wp.deadline'), width: 130, render: (_, r) => <DeadlineText task={r} /> },
    {
      key: 'status',
      title: t('wp.status'),
      width: 140,
      render: (_, r) => (
        <Space orientation="vertical" size={2}>
          <Tag color={TASK_STATUS_COLORS[r.status]}>{labels.taskStatus(r.status)}</Tag>
          {r.extensionPending && r.status !== 'extension_requested' && (
            <Tag color="orange">{t('wp.extensionPending')}</Tag>
          )}
        </Space>
      ),
    },
    {
      key: 'percent',
      title: '%',
      width: 110,
      render: (_, r) => (
        <Progress
          percent={r.percent}
          size="small"
          status={r.overdue ? 'exception' : r.status === 'done' ? 'success' : 'normal'}
        />
      ),
    },
    ...(p.abilities.edit
      ? [
          {
            key: 'actions',
            title: '',
            width: 90,
            render: (_: unknown, r: TaskSummary) => (
              <Space size={0}>
                <Tooltip title={t('wp.editTask')}>
                  <Button
                    type="text"
                    icon={<EditOutlined />}
                    aria-label={t('wp.editTaskOf', { code: r.code })}
                    onClick={() => setEditing(r.id)}
                  />
                </Tooltip>
                <Tooltip title={t('wp.removeTask')}>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('wp.removeTaskOf', { code: r.code })}
                    onClick={() => {
                      setReason('');
                      setReasonError(null);
                      setRemoving(r);
                    }}
                  />
                </Tooltip>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t('wp.tasks')}
      extra={
        p.abilities.edit && (
          <Space wrap>
            {p.kind !== 'year' && p.parent && <Button onClick={() => setTaking(true)}>{t('wp.takeFromYear')}</Button>}
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('wp.addTask')}
            </Button>
          </Space>
        )
      }
    >
      <Table<TaskSummary>
        size="small"
        rowKey="id"
        loading={isFetching && !data}
        pagination={false}
        dataSource={tasks}
        columns={columns}
        rowClassName={(r) => (r.overdue ? 'wp-row-overdue' : '')}
        locale={{ emptyText: t('wp.noTasks') }}
        scroll={{ x: 1000 }}
      />
      <TaskFormModal
        open={editing !== null}
        programme={p}
        taskId={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
      />
      {p.parent && (
        <TakeTasksModal open={taking} programme={p} held={tasks.map((x) => x.id)} onClose={() => setTaking(false)} />
      )}
      <Modal
        open={removing !== null}
        title={removing ? t('wp.removeTaskOf', { code: removing.code }) : ''}
        okText={t('wp.removeOk')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        onOk={() => void onRemove()}
        onCancel={() => setRemoving(null)}
        confirmLoading={remove.isPending}
        destroyOnHidden
      >
        <Typography.Paragraph>{removing?.title}</Typography.Paragraph>
        {removing?.programmeId === p.id && (
          <Typography.Paragraph type="secondary">{t('wp.dropHelp')}</Typography.Paragraph>
        )}
        <Form layout="vertical">
          <Form.Item
            label={issued || removing?.programmeId === p.id ? t('wp.reason') : t('workflow.reasonOptional')}
            htmlFor="remove-reason"
            required={issued || removing?.programmeId === p.id}
            validateStatus={reasonError ? 'error' : undefined}
            help={reasonError ?? undefined}
          >
            <Input.TextArea
              id="remove-reason"
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                setReasonError(null);
              }}
              {...limit(2000)}
              autoSize={{ minRows: 2, maxRows: 6 }}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
