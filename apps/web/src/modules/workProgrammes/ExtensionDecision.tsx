import { useState } from 'react';
import { Alert, App, Button, Form, Input, Space, Typography } from 'antd';
import { isApiError } from '../../api/client.ts';
import { useProblemHandler } from '../../api/problems.ts';
import { limit } from '../../components/textLimit.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { useTaskWrites } from './api.ts';
import { monthText } from './periods.ts';
import type { TaskReport, TaskView } from './types.ts';

/**
 * The request for a new deadline waiting for a leader, shown above everything: the date asked, the reason, who
 * asked. A leader approves ("Đồng ý gia hạn": the deadline moves) or refuses ("Không đồng ý", saying why).
 */
export function ExtensionDecision({
  task,
  report,
  onReload,
}: {
  task: TaskView;
  report: TaskReport;
  onReload: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const { decide } = useTaskWrites(task.id);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  const send = async (approve: boolean) => {
    if (!approve && !note.trim()) {
      setError(t('wp.refuseNoteRequired'));
      return;
    }
    try {
      await decide.mutateAsync({ approve, note: note.trim(), version: task.version });
      void message.success(
        approve ? t('wp.approved', { date: formatDate(report.requestedDeadline) }) : t('wp.refused'),
      );
      setNote('');
    } catch (e) {
      if (isApiError(e)) {
        const field = e.fieldErrors.find((f) => f.path.endsWith('note'));
        if (field) setError(field.message);
      }
      handle(e, { onReload });
    }
  };

  return (
    <Alert
      type="warning"
      showIcon
      role="region"
      aria-label={t('wp.pendingRequest')}
      style={{ marginBottom: 16 }}
      title={
        <strong>
          {t('wp.pendingRequestText', {
            from: formatDate(task.deadline),
            to: formatDate(report.requestedDeadline),
          })}
        </strong>
      }
      description={
        <div>
          <Typography.Paragraph style={{ marginBottom: 8 }}>
            {t('wp.requestReasonText', { reason: report.requestReason })}
            <br />
            <Typography.Text type="secondary">
              {t('wp.requestedBy', {
                name: report.reportedByName,
                at: formatDateTime(report.reportedAt),
                month: monthText(report.period),
                percent: report.percent,
              })}
            </Typography.Text>
          </Typography.Paragraph>
          {task.abilities.decide ? (
            <Form layout="vertical">
              <Form.Item
                label={t('wp.decisionNote')}
                htmlFor="extension-note"
                validateStatus={error ? 'error' : undefined}
                help={error ?? t('wp.decisionNoteHelp')}
              >
                <Input.TextArea
                  id="extension-note"
                  value={note}
                  onChange={(e) => {
                    setNote(e.target.value);
                    setError(null);
                  }}
                  {...limit(2000)}
                  autoSize={{ minRows: 1, maxRows: 4 }}
                />
              </Form.Item>
              <Space wrap>
                <Button type="primary" loading={decide.isPending} onClick={() => void send(true)}>
                  {t('wp.approve')}
                </Button>
                <Button danger loading={decide.isPending} onClick={() => void send(false)}>
                  {t('wp.refuse')}
                </Button>
              </Space>
            </Form>
          ) : (
            <Typography.Text>{t('wp.waitingLeader')}</Typography.Text>
          )}
        </div>
      }
    />
  );
}
