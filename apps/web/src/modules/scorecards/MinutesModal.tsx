import { useEffect } from 'react';
import dayjs from 'dayjs';
import { Alert, App, Form, Input, InputNumber, Modal, Radio, Select, Spin, Table } from 'antd';
import { DateField, dateRule, type DateValue } from '../../components/DateField.tsx';
import { limit } from '../../components/textLimit.ts';
import { useFormGuard } from '../../components/useFormGuard.tsx';
import { problemText, useProblemHandler } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { dayjsToIso, isoToDayjs } from '../../lib/format.ts';
import { useSessions } from '../council/api.ts';
import { formatDate } from '../../lib/format.ts';
import { useMinutes, useSaveMinutes } from './api.ts';
import type { RankingRow, ScorecardView } from './types.ts';

interface Values {
  heldOn?: DateValue;
  place?: string;
  chair?: string;
  secretary?: string;
  attendees?: string;
  present?: number | null;
  ballots?: number | null;
  votes?: Record<string, number | null>;
  conclusion?: string;
  votingMethod?: 'show_of_hands' | 'secret_ballot' | 'paper_ballot';
  tellers?: string;
  councilSessionId?: string | null;
}

/**
 * The bloc's acclamation minutes (biên bản suy tôn): the meeting, who attended, the ballots and the votes each
 * member received, the conclusion. They belong in the flag dossier, so they print as DOCX.
 */
export function MinutesModal({
  open,
  scorecard: s,
  ranking,
  onClose,
}: {
  open: boolean;
  scorecard: ScorecardView;
  ranking: readonly RankingRow[];
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const guard = useFormGuard({ form, active: open });
  const handle = useProblemHandler();
  const minutes = useMinutes(s.id, open);
  const save = useSaveMinutes(s.id);
  const m = minutes.data;
  const method = Form.useWatch('votingMethod', form);
  const secret = method === 'secret_ballot';
  const paper = method === 'paper_ballot';
  // Only a closed session has a count to take.
  const sessions = useSessions();
  const closedSessions = (sessions.data ?? []).filter((x) => x.status === 'closed');

  useEffect(() => {
    if (!open || minutes.isPending) return;
    form.resetFields();
    form.setFieldsValue({
      heldOn: isoToDayjs(m?.heldOn),
      place: m?.place ?? '',
      chair: m?.chair ?? '',
      secretary: m?.secretary ?? '',
      attendees: m?.attendees ?? '',
      present: m?.present ?? null,
      ballots: m?.ballots ?? null,
      votes: Object.fromEntries(
        ranking.map((r) => [r.memberId, m?.votes.find((v) => v.memberId === r.memberId)?.votes ?? null]),
      ),
      conclusion: m?.conclusion ?? '',
      votingMethod: m?.votingMethod ?? 'show_of_hands',
      councilSessionId: m?.councilSession?.id ?? null,
      tellers: m?.tellers ?? '',
    });
  }, [open, m, minutes.isPending, ranking, form]);

  const onFinish = async (v: Values) => {
    try {
      await save.mutateAsync({
        heldOn: dayjs.isDayjs(v.heldOn) ? dayjsToIso(v.heldOn)! : '',
        place: v.place ?? '',
        chair: v.chair ?? '',
        secretary: v.secretary ?? '',
        attendees: v.attendees ?? '',
        present: v.present ?? 0,
        ballots: v.ballots ?? 0,
        votes: ranking.map((r) => ({ memberId: r.memberId, votes: v.votes?.[r.memberId] ?? 0 })),
        conclusion: v.conclusion ?? '',
        votingMethod: v.votingMethod ?? 'show_of_hands',
        councilSessionId: v.votingMethod === 'secret_ballot' ? (v.councilSessionId ?? null) : null,
        tellers: v.votingMethod === 'paper_ballot' ? (v.tellers ?? '') : '',
        version: m?.version ?? null,
      });
      void message.success(t('common.saved'));
      guard.saved();
      onClose();
    } catch (e) {
      handle(e, { form, onReload: () => void minutes.refetch() });
    }
  };

  return (
    <Modal
      open={open}
      title={t('sc.minutes')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      width={720}
      forceRender
    >
      {minutes.error && (
        <Alert type="error" showIcon title={problemText(minutes.error, t)} style={{ marginBottom: 12 }} />
      )}
      <Spin spinning={minutes.isFetching}>
        <Form<Values>
          name="minutes"
          form={form}
          layout="vertical"
          onValuesChange={guard.onValuesChange}
          onFinish={(v) => void onFinish(v)}
        >
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
            <Form.Item
              name="heldOn"
              label={t('sc.heldOn')}
              rules={[
                dateRule,
                { required: true, message: t('common.required', { field: t('sc.heldOn').toLowerCase() }) },
              ]}
            >
              <DateField />
            </Form.Item>
            <Form.Item name="place" label={t('sc.place')}>
              <Input {...limit(300)} />
            </Form.Item>
            <Form.Item name="chair" label={t('sc.chair')}>
              <Input {...limit(200)} />
            </Form.Item>
            <Form.Item name="secretary" label={t('sc.secretary')}>
              <Input {...limit(200)} />
            </Form.Item>
            <Form.Item name="present" label={t('sc.present')}>
              <InputNumber min={0} precision={0} disabled={secret} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="ballots" label={t('sc.ballots')}>
              <InputNumber min={0} precision={0} disabled={secret} style={{ width: '100%' }} />
            </Form.Item>
          </div>
          <Form.Item name="votingMethod" label={t('sc.votingMethod')}>
            <Radio.Group
              options={(['show_of_hands', 'paper_ballot', 'secret_ballot'] as const).map((k) => ({
                value: k,
                label: t(`sc.voting.${k}`),
              }))}
            />
          </Form.Item>
          {secret && (
            <Form.Item
              name="councilSessionId"
              label={t('sc.councilSession')}
              extra={t('sc.councilSessionHint')}
              rules={[
                { required: true, message: t('common.required', { field: t('sc.councilSession').toLowerCase() }) },
              ]}
            >
              <Select
                loading={sessions.isPending}
                options={closedSessions.map((x) => ({ value: x.id, label: `${x.title} (${formatDate(x.heldOn)})` }))}
              />
            </Form.Item>
          )}
          {paper && (
            <Form.Item
              name="tellers"
              label={t('sc.tellers')}
              extra={t('sc.tellersHint')}
              rules={[{ required: true, message: t('common.required', { field: t('sc.tellers').toLowerCase() }) }]}
            >
              <Input {...limit(500)} />
            </Form.Item>
          )}
          <Form.Item name="attendees" label={t('sc.attendees')}>
            <Input.TextArea {...limit(4000)} autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
          <Table<RankingRow>
            rowKey="memberId"
            size="small"
            pagination={false}
            dataSource={[...ranking]}
            style={{ marginBottom: 16 }}
            columns={[
              { key: 'rank', title: t('sc.rank'), width: 70, render: (_, r) => r.rank ?? '—' },
              { key: 'name', title: t('sc.member'), render: (_, r) => r.name },
              {
                key: 'votes',
                title: t('sc.votes'),
                width: 160,
                render: (_, r) => (
                  <Form.Item name={['votes', r.memberId]} noStyle>
                    <InputNumber
                      min={0}
                      precision={0}
                      disabled={secret}
                      aria-label={t('sc.votesOf', { name: r.name })}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                ),
              },
            ]}
          />
          <Form.Item name="conclusion" label={t('sc.conclusion')}>
            <Input.TextArea {...limit(4000)} autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
        </Form>
      </Spin>
    </Modal>
  );
}
