import { useEffect, useMemo } from 'react';
import dayjs from 'dayjs';
import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useProblemHandler } from '../../api/problems.ts';
import { DateField, dateRule, type DateValue } from '../../components/DateField.tsx';
import { limit } from '../../components/textLimit.ts';
import { useFormGuard } from '../../components/useFormGuard.tsx';
import { useT } from '../../i18n/index.tsx';
import { dayjsToIso, formatDate, formatDateTime } from '../../lib/format.ts';
import { useTaskWrites } from './api.ts';
import { defaultReportMonth, monthText, reportMonths } from './periods.ts';
import type { TaskReport, TaskView } from './types.ts';

const REQUEST_COLORS = { pending: 'orange', approved: 'green', refused: 'red' } as const;

/** The monthly reports, newest first: percent, what was done, obstacles, a request for a new deadline and its fate. */
export function TaskReports({ reports }: { reports: TaskReport[] }) {
  const t = useT();
  const rows = [...reports].sort((a, b) => b.reportedAt.localeCompare(a.reportedAt));
  return (
    <Table<TaskReport>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: t('wp.noReports') }}
      scroll={{ x: 900 }}
      columns={[
        { key: 'period', title: t('wp.reportMonth'), width: 90, render: (_, r) => monthText(r.period) },
        { key: 'percent', title: '%', width: 60, render: (_, r) => `${r.percent}%` },
        {
          key: 'done',
          title: t('wp.doneText'),
          render: (_, r) => <span style={{ whiteSpace: 'pre-wrap' }}>{r.doneText}</span>,
        },
        {
          key: 'obstacles',
          title: t('wp.obstacles'),
          render: (_, r) => <span style={{ whiteSpace: 'pre-wrap' }}>{r.obstacles}</span>,
        },
        {
          key: 'request',
          title: t('wp.request'),
          render: (_, r) =>
            r.requestedDeadline ? (
              <Space orientation="vertical" size={0}>
                <span>
                  {t('wp.requestTo', { date: formatDate(r.requestedDeadline) })}{' '}
                  {r.requestStatus && (
                    <Tag color={REQUEST_COLORS[r.requestStatus]}>{t(`wp.request.${r.requestStatus}`)}</Tag>
                  )}
                </span>
                <Typography.Text type="secondary">{r.requestReason}</Typography.Text>
                {r.decidedByName && (
                  <Typography.Text type="secondary">
                    {t('wp.decidedBy', { name: r.decidedByName, at: formatDateTime(r.decidedAt) })}
                    {r.decisionNote ? `: ${r.decisionNote}` : ''}
                  </Typography.Text>
                )}
              </Space>
            ) : (
              t('common.none')
            ),
        },
        {
          key: 'by',
          title: t('wp.reportedBy'),
          width: 180,
          render: (_, r) => (
            <Space orientation="vertical" size={0}>
              <span>{r.reportedByName}</span>
              <Typography.Text type="secondary">{formatDateTime(r.reportedAt)}</Typography.Text>
            </Space>
          ),
        },
      ]}
    />
  );
}

interface Values {
  period: string;
  percent: number;
  doneText?: string;
  obstacles?: string;
  ask?: boolean;
  requestedDeadline?: DateValue;
  requestReason?: string;
}

/**
 * "Báo cáo tiến độ": the unit in charge's report of a month — percent, what was done, obstacles — and, when the
 * deadline cannot be kept, a request for a new one with its reason, which a leader then decides.
 */
export function ReportForm({ task }: { task: TaskView }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const guard = useFormGuard({ form });
  const handle = useProblemHandler();
  const { report } = useTaskWrites(task.id);
  const ask = Form.useWatch('ask', form);
  const thisMonth = dayjs().format('YYYY-MM');
  const months = useMemo(
    () => reportMonths(task.startDate, task.deadline, thisMonth),
    [task.startDate, task.deadline, thisMonth],
  );
  const options = months.map((m) => ({ value: m, label: t('wp.monthOf', { month: monthText(m) }) }));

  useEffect(() => {
    if (!form.isFieldsTouched()) {
      form.setFieldsValue({
        period: defaultReportMonth(months, thisMonth),
        percent: task.percent,
      });
    }
  }, [form, months, thisMonth, task.percent]);

  const onFinish = async (v: Values) => {
    try {
      await report.mutateAsync({
        period: v.period,
        percent: v.percent,
        doneText: v.doneText?.trim() ?? '',
        obstacles: v.obstacles?.trim() ?? '',
        requestedDeadline: v.ask && dayjs.isDayjs(v.requestedDeadline) ? dayjsToIso(v.requestedDeadline) : null,
        requestReason: v.ask ? (v.requestReason?.trim() ?? '') : '',
        version: task.version,
      });
      void message.success(v.ask ? t('wp.reportedWithRequest') : t('wp.reported'));
      guard.saved();
      form.resetFields();
    } catch (e) {
      handle(e, { form });
    }
  };

  return (
    <Card title={t('wp.report')} style={{ marginBottom: 16 }}>
      <Form<Values>
        name="taskReport"
        form={form}
        layout="vertical"
        onValuesChange={guard.onValuesChange}
        onFinish={(v) => void onFinish(v)}
      >
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item name="period" label={t('wp.reportMonth')} rules={[{ required: true }]}>
              <Select options={options} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              name="percent"
              label={t('wp.percentDone')}
              rules={[{ required: true, message: t('common.required', { field: t('wp.percentDone').toLowerCase() }) }]}
            >
              <InputNumber min={0} max={100} precision={0} suffix="%" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="doneText" label={t('wp.doneText')}>
              <Input.TextArea {...limit(4000)} autoSize={{ minRows: 2, maxRows: 6 }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="obstacles" label={t('wp.obstacles')}>
              <Input.TextArea {...limit(4000)} autoSize={{ minRows: 2, maxRows: 6 }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="ask" valuePropName="checked">
          <Checkbox>{t('wp.askExtension')}</Checkbox>
        </Form.Item>
        {ask && (
          <Row gutter={16}>
            <Col xs={24} md={6}>
              <Form.Item
                name="requestedDeadline"
                label={t('wp.requestedDeadline')}
                rules={[
                  { required: true, message: t('common.required', { field: t('wp.requestedDeadline').toLowerCase() }) },
                  dateRule,
                ]}
              >
                <DateField />
              </Form.Item>
            </Col>
            <Col xs={24} md={18}>
              <Form.Item
                name="requestReason"
                label={t('wp.requestReason')}
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    message: t('common.required', { field: t('wp.requestReason').toLowerCase() }),
                  },
                ]}
              >
                <Input.TextArea {...limit(2000)} autoSize={{ minRows: 1, maxRows: 4 }} />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Button type="primary" htmlType="submit" loading={report.isPending}>
          {t('wp.sendReport')}
        </Button>
      </Form>
    </Card>
  );
}
