import { Col, Form, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { DateField, DateText, type DateValue } from '../../components/DateField.tsx';
import { useT } from '../../i18n/index.tsx';
import { limit } from '../../components/textLimit.ts';

export interface DecisionValues {
  no: string;
  date: DateValue;
  signer: string;
}
export type DecisionErrors = Partial<Record<keyof DecisionValues, string>>;

/** What a publish, amend or abolish step must name: the decision's number, date and signer. */
export function checkDecision(v: DecisionValues, t: ReturnType<typeof useT>): DecisionErrors {
  const errors: DecisionErrors = {};
  if (!v.no.trim()) errors.no = t('procedures.decisionNoRequired');
  if (v.date instanceof DateText) errors.date = v.date.message;
  else if (!v.date) errors.date = t('procedures.decisionDateRequired');
  if (!v.signer.trim()) errors.signer = t('procedures.decisionSignerRequired');
  return errors;
}

export const decisionDate = (v: DecisionValues) => (v.date as Dayjs).format('YYYY-MM-DD');

/** The decision's three fields inside the workflow step's dialog. */
export function DecisionFields({
  value,
  errors,
  onChange,
}: {
  value: DecisionValues;
  errors: DecisionErrors;
  onChange: (patch: Partial<DecisionValues>) => void;
}) {
  const t = useT();
  const status = (k: keyof DecisionValues) => (errors[k] ? ('error' as const) : undefined);
  return (
    <Row gutter={12}>
      <Col span={12}>
        <Form.Item
          label={t('procedures.decisionNo')}
          htmlFor="decision-no"
          required
          validateStatus={status('no')}
          help={errors.no}
        >
          <Input
            id="decision-no"
            value={value.no}
            placeholder="12/QĐ-UBND"
            onChange={(e) => onChange({ no: e.target.value })}
            {...limit(60)}
          />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          label={t('procedures.decisionDate')}
          htmlFor="decision-date"
          required
          validateStatus={status('date')}
          help={errors.date}
        >
          <DateField
            id="decision-date"
            value={value.date}
            onChange={(date) => onChange({ date })}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item
          label={t('procedures.decisionSigner')}
          htmlFor="decision-signer"
          required
          validateStatus={status('signer')}
          help={errors.signer}
        >
          <Input
            id="decision-signer"
            value={value.signer}
            onChange={(e) => onChange({ signer: e.target.value })}
            {...limit(120)}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
