import { useEffect, useState } from 'react';
import { Alert, App, Form, Input, List, Modal, Spin, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { problemText, useProblemHandler } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { dayjsToIso } from '../../lib/format.ts';
import { previewRecognition, useRecognise, type Preview } from './roundsApi.ts';
import { limit } from '../../components/textLimit.ts';
import { DateField, dateRule } from '../../components/DateField.tsx';
import { useFormGuard } from '../../components/useFormGuard.tsx';

/** Bulk recognition (or refusal): the preview first — what and under which number — then the chair confirms. */
export function RecognitionModal({
  roundId,
  ids,
  outcome,
  onClose,
}: {
  roundId: string;
  ids: string[];
  outcome: 'recognised' | 'not_recognised' | null;
  onClose: (done: boolean) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const [form] = Form.useForm<{ signedOn: Dayjs; signer: string }>();
  const guard = useFormGuard({ form, active: outcome !== null });
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const recognise = useRecognise(roundId);

  useEffect(() => {
    if (!outcome) return;
    setPreview(null);
    setError(null);
    previewRecognition(roundId, { initiativeIds: ids, outcome }).then(setPreview, setError);
  }, [roundId, ids, outcome]);

  const confirm = async (v: { signedOn: Dayjs; signer: string }) => {
    if (!preview || !outcome) return;
    try {
      const r = await recognise.mutateAsync({
        initiativeIds: preview.items.map((i) => i.initiativeId),
        outcome,
        signedOn: dayjsToIso(v.signedOn)!,
        signer: v.signer,
        expectedCount: preview.count,
      });
      guard.saved();
      void message.success(
        r.decisionNumber
          ? t('rounds.recognisedDone', { n: r.count, number: r.decisionNumber })
          : t('rounds.rejectedDone', { n: r.count }),
      );
      onClose(true);
    } catch (e) {
      handle(e, { form });
    }
  };

  return (
    <Modal
      open={outcome !== null}
      width={720}
      title={outcome === 'recognised' ? t('rounds.recogniseTitle') : t('rounds.rejectTitle')}
      okText={t('rounds.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !preview || preview.count === 0 }}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      confirmLoading={recognise.isPending}
      destroyOnHidden
    >
      {error ? <Alert type="error" showIcon title={problemText(error, t)} /> : null}
      {!preview && !error && <Spin />}
      {preview && (
        <>
          <Typography.Paragraph>
            {outcome === 'recognised'
              ? t('rounds.previewRecognise', { n: preview.count, number: preview.decisionNumber ?? '' })
              : t('rounds.previewReject', { n: preview.count })}
          </Typography.Paragraph>
          {preview.items.some((i) => i.contested) && (
            <Alert type="warning" showIcon title={t('rounds.contestedWarning')} style={{ marginBottom: 12 }} />
          )}
          {preview.refused.length > 0 && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('reviews.refusedTitle', { n: preview.refused.length })}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {preview.refused.map((r) => (
                    <li key={r.initiativeId}>
                      {r.title}: {r.reason}
                    </li>
                  ))}
                </ul>
              }
            />
          )}
          <List
            size="small"
            bordered
            dataSource={preview.items}
            style={{ marginBottom: 16, maxHeight: 240, overflow: 'auto' }}
            renderItem={(i) => (
              <List.Item>
                <span>
                  <Typography.Text strong>{i.title}</Typography.Text>
                  <Typography.Text type="secondary"> — {i.authors}</Typography.Text>
                </span>
                <span>
                  {i.mean ?? '—'} {i.contested && <Tag color="red">{t('rounds.contested')}</Tag>}
                </span>
              </List.Item>
            )}
          />
          <Form
            form={form}
            onValuesChange={guard.onValuesChange}
            layout="vertical"
            initialValues={{ signedOn: dayjs(), signer: '' }}
            onFinish={(v) => void confirm(v)}
          >
            <Form.Item
              name="signedOn"
              label={t('rounds.signedOn')}
              rules={[dateRule, { required: true, message: t('rounds.signedOn') }]}
            >
              <DateField />
            </Form.Item>
            <Form.Item
              name="signer"
              label={t('rounds.signer')}
              rules={[{ required: true, message: t('rounds.signerRequired') }]}
            >
              <Input {...limit(120)} placeholder={t('rounds.signerPlaceholder')} />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
