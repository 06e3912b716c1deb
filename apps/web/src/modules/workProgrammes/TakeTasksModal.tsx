import { useEffect, useState } from 'react';
import { App, Form, Input, Modal, Table, Tag, Typography } from 'antd';
import { useProblemHandler } from '../../api/problems.ts';
import { limit } from '../../components/textLimit.ts';
import { useT } from '../../i18n/index.tsx';
import { useProgrammeTasks, useProgrammeWrites } from './api.ts';
import { TASK_STATUS_COLORS, useWpLabels } from './labels.ts';
import { DeadlineText } from './ProgrammeTasks.tsx';
import type { ProgrammeView, TaskSummary } from './types.ts';

/**
 * "Lấy nhiệm vụ từ chương trình năm": a quarter's or month's programme picks tasks of its year's programme (those
 * it does not hold yet, still open); once issued the pick is an amendment and asks the reason.
 */
export function TakeTasksModal({
  open,
  programme: p,
  held,
  onClose,
}: {
  open: boolean;
  programme: ProgrammeView;
  held: string[];
  onClose: () => void;
}) {
  const t = useT();
  const labels = useWpLabels();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const { data, isFetching } = useProgrammeTasks(p.parent?.id, open);
  const { take } = useProgrammeWrites(p.id);
  const [selected, setSelected] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const issued = p.status !== 'draft';

  useEffect(() => {
    if (open) {
      setSelected([]);
      setReason('');
      setError(null);
    }
  }, [open]);

  const offered = (data?.items ?? []).filter(
    (x) => !held.includes(x.id) && x.status !== 'done' && x.status !== 'dropped',
  );

  const onOk = async () => {
    if (!selected.length) return setError(t('wp.pickTasks'));
    if (issued && !reason.trim()) return setError(t('common.required', { field: t('wp.reason').toLowerCase() }));
    try {
      await take.mutateAsync({ taskIds: selected, reason: reason.trim(), version: p.version });
      void message.success(t('wp.tasksTaken', { n: selected.length }));
      onClose();
    } catch (e) {
      handle(e);
    }
  };

  return (
    <Modal
      open={open}
      title={t('wp.takeFromYear')}
      okText={t('wp.takeOk', { n: selected.length })}
      cancelText={t('common.cancel')}
      onOk={() => void onOk()}
      onCancel={onClose}
      confirmLoading={take.isPending}
      width={900}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('wp.takeHelp', { title: p.parent?.title ?? '' })}</Typography.Paragraph>
      <Table<TaskSummary>
        size="small"
        rowKey="id"
        loading={isFetching}
        dataSource={offered}
        pagination={{ pageSize: 10, showSizeChanger: false }}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => {
            setSelected(keys.map(String));
            setError(null);
          },
          getCheckboxProps: (r) => ({ 'aria-label': t('wp.pickTask', { code: r.code }) }),
        }}
        locale={{ emptyText: t('wp.nothingToTake') }}
        columns={[
          { key: 'code', title: t('wp.code'), width: 80, render: (_, r) => r.code },
          { key: 'title', title: t('wp.taskTitle'), render: (_, r) => r.title },
          { key: 'org', title: t('wp.orgInCharge'), render: (_, r) => r.orgName },
          { key: 'deadline', title: t('wp.deadline'), width: 140, render: (_, r) => <DeadlineText task={r} /> },
          {
            key: 'status',
            title: t('wp.status'),
            width: 130,
            render: (_, r) => <Tag color={TASK_STATUS_COLORS[r.status]}>{labels.taskStatus(r.status)}</Tag>,
          },
        ]}
      />
      <Form layout="vertical" style={{ marginTop: 12 }}>
        <Form.Item
          label={issued ? t('wp.reason') : t('workflow.reasonOptional')}
          htmlFor="take-reason"
          required={issued}
          validateStatus={error ? 'error' : undefined}
          help={error ?? undefined}
        >
          <Input.TextArea
            id="take-reason"
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              setError(null);
            }}
            {...limit(2000)}
            autoSize={{ minRows: 1, maxRows: 4 }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
