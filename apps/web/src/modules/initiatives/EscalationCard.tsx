import { useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useProblemHandler } from '../../api/problems.ts';
import type { InitiativeView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { dayjsToIso, formatDate } from '../../lib/format.ts';
import { useEscalate } from './api.ts';
import { useInitiativeLabels } from './labels.ts';
import { limit } from '../../components/textLimit.ts';
import { DateField, dateRule } from '../../components/DateField.tsx';
import { useFormGuard } from '../../components/useFormGuard.tsx';

interface Values {
  on: Dayjs;
  outcome: 'recognised' | 'not_recognised';
  decision: string;
  note: string;
}

/** The provincial council's review of province-wide effect: proposed by the office, tracked to its result. */
export function EscalationCard({ initiative: i }: { initiative: InitiativeView }) {
  const t = useT();
  const own = useInitiativeLabels();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const escalate = useEscalate(i.id);
  const [mode, setMode] = useState<'propose' | 'result' | null>(null);
  const [form] = Form.useForm<Values>();
  const guard = useFormGuard({ form, active: mode !== null });
  const e = i.escalation;
  // The server's policy says what the office may do now; the page only shows it.
  const canPropose = i.abilities.proposeEscalation;
  const canResult = i.abilities.recordEscalation;

  const submit = async (v: Values) => {
    try {
      await escalate.mutateAsync(
        mode === 'propose'
          ? { action: 'propose', on: dayjsToIso(v.on)!, note: v.note ?? '', version: i.version }
          : {
              action: 'result',
              outcome: v.outcome,
              on: dayjsToIso(v.on)!,
              decision: v.decision ?? '',
              note: v.note ?? '',
              version: i.version,
            },
      );
      guard.saved();
      void message.success(t('common.saved'));
      setMode(null);
    } catch (err) {
      handle(err, { form });
    }
  };

  return (
    <Card title={t('initiatives.escalation')} style={{ marginTop: 16 }}>
      <Space orientation="vertical">
        {e ? (
          <>
            <Typography.Text strong>{own.escalation[e.status]}</Typography.Text>
            <Typography.Text type="secondary">
              {t('initiatives.proposedOn', { date: formatDate(e.proposedOn) })}
              {e.resultOn ? ` · ${t('initiatives.resultOn', { date: formatDate(e.resultOn) })}` : ''}
            </Typography.Text>
            {e.decision && <Typography.Text>{t('initiatives.provincialDecision', { n: e.decision })}</Typography.Text>}
            {e.note && <Typography.Text type="secondary">{e.note}</Typography.Text>}
          </>
        ) : (
          <Typography.Text type="secondary">{t('initiatives.notEscalated')}</Typography.Text>
        )}
        <Space>
          {canPropose && <Button onClick={() => setMode('propose')}>{t('initiatives.propose')}</Button>}
          {canResult && (
            <Button type="primary" onClick={() => setMode('result')}>
              {t('initiatives.recordResult')}
            </Button>
          )}
        </Space>
      </Space>
      <Modal
        open={mode !== null}
        title={mode === 'propose' ? t('initiatives.propose') : t('initiatives.recordResult')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setMode(null)}
        confirmLoading={escalate.isPending}
        destroyOnHidden
      >
        <Form<Values>
          form={form}
          onValuesChange={guard.onValuesChange}
          layout="vertical"
          initialValues={{ on: dayjs(), outcome: 'recognised', decision: '', note: '' }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item
            name="on"
            label={t('initiatives.date')}
            rules={[dateRule, { required: true, message: t('initiatives.date') }]}
          >
            <DateField style={{ width: '100%' }} />
          </Form.Item>
          {mode === 'result' && (
            <>
              <Form.Item name="outcome" label={t('initiatives.outcome')}>
                <Radio.Group
                  options={[
                    { value: 'recognised', label: own.escalation.recognised },
                    { value: 'not_recognised', label: own.escalation.not_recognised },
                  ]}
                />
              </Form.Item>
              <Form.Item name="decision" label={t('initiatives.provincialDecisionNumber')}>
                <Input {...limit(120)} placeholder="1234/QĐ-UBND" />
              </Form.Item>
            </>
          )}
          <Form.Item name="note" label={t('initiatives.note')}>
            <Input.TextArea {...limit(1000)} autoSize={{ minRows: 2 }} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
