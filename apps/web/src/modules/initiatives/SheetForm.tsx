import { useEffect, useState } from 'react';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Space, Tag, Typography } from 'antd';
import { weightedScore, type RubricCriterion } from '@thidua/domain';
import { useProblemHandler } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { DossierDescriptions } from './DossierDescriptions.tsx';
import { useSaveSheet, type Queue, type QueueItem } from './roundsApi.ts';
import { limit } from '../../components/textLimit.ts';
import { useFormGuard } from '../../components/useFormGuard.tsx';

type Values = { scores: Record<string, number | null>; comment: string };

/** One initiative as the reviewer sees it in this phase, with the rubric to score it. */
export function SheetForm({
  item,
  round,
  autoFocus,
  onSaved,
}: {
  item: QueueItem;
  round: Queue['rounds'][number];
  /** Put the cursor on the first score (after "save and next"). */
  autoFocus?: boolean;
  onSaved: (next: boolean) => void;
}) {
  const t = useT();
  const labels = useLabels();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const save = useSaveSheet();
  const [form] = Form.useForm<Values>();
  const guard = useFormGuard({ form });
  const [recusing, setRecusing] = useState(false);
  const [reason, setReason] = useState('');
  const scores = Form.useWatch('scores', form) ?? {};
  const rubric = round.rubric as RubricCriterion[];
  const filled = Object.fromEntries(Object.entries(scores).filter(([, v]) => typeof v === 'number')) as Record<
    string,
    number
  >;
  const total = rubric.every((c) => typeof scores[c.key] === 'number') ? weightedScore(rubric, filled) : null;
  const readOnly = !round.canScore || !!item.recusedBecause;

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue({
      scores: Object.fromEntries(rubric.map((c) => [c.key, item.sheet?.scores[c.key] ?? null])),
      comment: item.sheet?.comment ?? '',
    });
  }, [item, form, rubric]);

  const send = async (body: Parameters<typeof save.mutateAsync>[0]['body'], done: string, next: boolean) => {
    try {
      await save.mutateAsync({ roundId: item.roundId, initiativeId: item.initiativeId, body });
      guard.saved();
      void message.success(done);
      onSaved(next);
    } catch (e) {
      handle(e, { form });
    }
  };
  const score = (v: Values) =>
    void send(
      { action: 'score', scores: v.scores as Record<string, number>, comment: v.comment ?? '' },
      t('reviews.saved'),
      true,
    );

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {item.title}
      </Typography.Title>
      <Space wrap size={4}>
        <Tag>{labels.initiativeKind[item.kind as keyof typeof labels.initiativeKind] ?? item.kind}</Tag>
        {item.field && <Tag>{item.field}</Tag>}
      </Space>
      {item.recusedBecause && (
        <Alert type="warning" showIcon title={t('reviews.recused', { reason: item.recusedBecause })} />
      )}
      {!round.canScore && round.refusal && <Alert type="info" showIcon title={round.refusal} />}
      <DossierDescriptions
        dossier={item}
        first={{
          label: t('reviews.authors'),
          value: item.authors ? (
            `${item.authors.map((a) => `${a.name} (${a.share}%)`).join('; ')} — ${item.orgName ?? ''}`
          ) : (
            <Typography.Text type="secondary">{t('reviews.anonymous')}</Typography.Text>
          ),
        }}
      />
      {item.others && (
        <Alert
          type="info"
          title={t('reviews.others', {
            n: item.others.aggregate.count,
            mean: item.others.aggregate.mean ?? '—',
            totals: item.others.totals.join('; '),
          })}
        />
      )}
      <Form<Values>
        form={form}
        onValuesChange={guard.onValuesChange}
        layout="vertical"
        onFinish={score}
        disabled={readOnly}
      >
        {rubric.map((c, k) => (
          <Form.Item
            key={c.key}
            name={['scores', c.key]}
            label={`${c.label} (${c.min}–${c.max}, ${t('rounds.weight').toLowerCase()} ${c.weight})`}
            extra={c.anchors.map((a) => `${a.score}: ${a.text}`).join(' · ')}
            rules={[{ required: true, message: t('reviews.scoreRequired', { label: c.label }) }]}
          >
            <InputNumber
              aria-label={c.label}
              min={c.min}
              max={c.max}
              step={1}
              style={{ width: 120 }}
              autoFocus={autoFocus && k === 0 && !readOnly}
            />
          </Form.Item>
        ))}
        <Typography.Paragraph strong data-testid="sheet-total">
          {t('reviews.total', { total: total ?? '—' })}
        </Typography.Paragraph>
        <Form.Item name="comment" label={t('rounds.comment')}>
          <Input.TextArea {...limit(4000)} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('reviews.saveNext')}
          </Button>
          <Button
            onClick={() =>
              void send(
                { action: 'abstain', comment: form.getFieldValue('comment') ?? '' },
                t('reviews.abstained'),
                true,
              )
            }
          >
            {t('reviews.abstain')}
          </Button>
          <Button danger onClick={() => setRecusing(true)}>
            {t('reviews.recuse')}
          </Button>
        </Space>
      </Form>
      <Modal
        open={recusing}
        title={t('reviews.recuse')}
        okText={t('rounds.confirm')}
        cancelText={t('common.cancel')}
        okButtonProps={{ disabled: !reason.trim() }}
        onOk={() => {
          setRecusing(false);
          void send({ action: 'recuse', reason }, t('reviews.recusedSaved'), true);
        }}
        onCancel={() => setRecusing(false)}
      >
        <Input.TextArea
          aria-label={t('reviews.reason')}
          placeholder={t('reviews.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          autoSize={{ minRows: 3 }}
        />
      </Modal>
    </Space>
  );
}
