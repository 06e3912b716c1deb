import { App, Col, Form, Input, InputNumber, Modal, Row } from 'antd';
import { useProblemHandler } from '../../api/problems.ts';
import { DateField, dateRule } from '../../components/DateField.tsx';
import { limit, maxRule } from '../../components/textLimit.ts';
import { useFormGuard } from '../../components/useFormGuard.tsx';
import { useT } from '../../i18n/index.tsx';
import { dayjsToIso, isoToDayjs } from '../../lib/format.ts';
import { useSavePar } from './api.ts';
import type { ParRow } from './record.ts';

const SCORES = ['selfScore', 'appraisedScore', 'surveyScore', 'score'] as const;

/** Enters one year of the index as the province announced it, or corrects it (the office). */
export function ParEditModal(props: {
  orgId: string;
  row: ParRow | null;
  /** A new year's default: the year after the latest one entered. */
  nextYear: number;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { row } = props;
  const t = useT();
  const { message } = App.useApp();
  const onError = useProblemHandler();
  const [form] = Form.useForm();
  const guard = useFormGuard({ form });
  const save = useSavePar();
  const initial = row
    ? {
        ...row,
        decisionNumber: row.decision?.number ?? '',
        decisionDate: isoToDayjs(row.decision?.date),
        decisionSigner: row.decision?.signer ?? '',
      }
    : { year: props.nextYear, decisionSigner: t('par.defaultSigner') };

  const submit = async () => {
    const v = await form.validateFields();
    const body = {
      orgId: props.orgId,
      year: v.year,
      ...Object.fromEntries(SCORES.map((k) => [k, v[k] ?? null])),
      rank: v.rank ?? null,
      of: v.of ?? null,
      classification: v.classification ?? '',
      decisionNumber: v.decisionNumber ?? '',
      decisionDate: dayjsToIso(v.decisionDate),
      decisionSigner: v.decisionSigner ?? '',
      note: v.note ?? '',
      version: row?.version ?? null,
    };
    try {
      await save.mutateAsync(body);
      guard.saved();
      void message.success(t('par.saved', { year: v.year }));
      props.onDone();
    } catch (e) {
      onError(e, { form, onReload: props.onCancel });
    }
  };

  const points = (name: (typeof SCORES)[number]) => (
    <Form.Item name={name} label={t(`par.${name}`)}>
      <InputNumber min={0} max={1000} step={0.01} decimalSeparator="," style={{ width: '100%' }} />
    </Form.Item>
  );
  return (
    <Modal
      open
      width={720}
      title={row ? t('par.editTitle', { year: row.year }) : t('par.addTitle')}
      okText={t('par.save')}
      cancelText={t('par.cancel')}
      okButtonProps={{ loading: save.isPending }}
      onOk={() => void submit()}
      onCancel={() => {
        guard.discard();
        props.onCancel();
      }}
    >
      {guard.banner}
      <Form form={form} layout="vertical" initialValues={initial} onValuesChange={guard.onValuesChange}>
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item name="year" label={t('par.year')} rules={[{ required: true, message: t('par.yearRequired') }]}>
              <InputNumber min={2000} max={2100} disabled={!!row} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="rank"
              label={t('par.rank')}
              dependencies={['of']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_r, value: number | null) =>
                    value && getFieldValue('of') && value > getFieldValue('of')
                      ? Promise.reject(new Error(t('par.rankAboveOf')))
                      : Promise.resolve(),
                }),
              ]}
            >
              <InputNumber min={1} max={1000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="of" label={t('par.of')}>
              <InputNumber min={1} max={1000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="classification" label={t('par.classification')} rules={[maxRule(60, t)]}>
              <Input {...limit(60)} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          {SCORES.map((k) => (
            <Col span={6} key={k}>
              {points(k)}
            </Col>
          ))}
        </Row>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="decisionNumber" label={t('par.decisionNumber')} rules={[maxRule(60, t)]}>
              <Input {...limit(60)} placeholder="462/QĐ-UBND" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="decisionDate" label={t('par.decisionDate')} rules={[dateRule]}>
              <DateField />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="decisionSigner" label={t('par.decisionSigner')} rules={[maxRule(200, t)]}>
              <Input {...limit(200)} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label={t('par.note')} rules={[maxRule(2000, t)]}>
          <Input.TextArea rows={2} {...limit(2000)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
