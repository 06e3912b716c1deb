import { useEffect } from 'react';
import { App, Col, Form, Input, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useProblemHandler } from '../../api/problems.ts';
import type { PeriodView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { dayjsToIso, isoToDayjs } from '../../lib/format.ts';
import { useSavePeriod, type PeriodInput } from './api.ts';
import { limit } from '../../components/textLimit.ts';
import { DateField, dateRule } from '../../components/DateField.tsx';
import { useFormGuard } from '../../components/useFormGuard.tsx';

type Category = PeriodView['category'];
interface Values {
  category: Category;
  kind: PeriodView['kind'];
  from: Dayjs | null;
  to: Dayjs | null;
  decisionNumber: string;
  note: string;
}

export interface PeriodModalProps {
  open: boolean;
  subjectId: string;
  period?: PeriodView;
  onClose: () => void;
}

/** Add or edit a period of discipline, of being under review, or of maternity leave. */
export function PeriodModal({ open, subjectId, period, onClose }: PeriodModalProps) {
  const t = useT();
  const labels = useLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const guard = useFormGuard({ form, active: open });
  const handle = useProblemHandler();
  const save = useSavePeriod(subjectId);
  const category = Form.useWatch('category', form) ?? 'discipline';

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({
      category: period?.category ?? 'discipline',
      kind: period?.kind,
      from: isoToDayjs(period?.from),
      to: isoToDayjs(period?.to),
      decisionNumber: period?.decisionNumber ?? '',
      note: period?.note ?? '',
    });
  }, [open, period, form]);

  const onFinish = async (v: Values) => {
    const input: PeriodInput = {
      category: v.category,
      kind: v.kind,
      from: dayjsToIso(v.from) ?? '',
      to: dayjsToIso(v.to),
      decisionNumber: v.decisionNumber ?? '',
      note: v.note ?? '',
    };
    try {
      await save.mutateAsync({ id: period?.id, version: period?.version, input });
      guard.saved();
      void message.success(t('common.saved'));
      onClose();
    } catch (error) {
      handle(error, { form, onReload: onClose });
    }
  };

  const required = (field: string) => [{ required: true, message: t('common.requiredSelect', { field }) }];
  return (
    <Modal
      open={open}
      title={period ? t('history.editPeriod') : t('history.addPeriod')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      forceRender
    >
      <Form<Values>
        name="period"
        form={form}
        onValuesChange={guard.onValuesChange}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
      >
        <Row gutter={16}>
          <Col xs={24} sm={10}>
            <Form.Item name="category" label={t('history.periodCategory')}>
              <Select options={labels.periodCategoryOptions} onChange={() => form.setFieldValue('kind', undefined)} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item
              name="kind"
              label={t('history.periodKind')}
              rules={required(t('history.periodKind').toLowerCase())}
            >
              <Select<string>
                options={labels.periodKinds[category as Category] as { value: string; label: string }[]}
                popupMatchSelectWidth={false}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="from"
              label={t('history.from')}
              rules={[dateRule, ...required(t('history.from').toLowerCase())]}
            >
              <DateField style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item rules={[dateRule]} name="to" label={t('history.to')} tooltip={t('history.toHint')}>
              <DateField style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="decisionNumber" label={t('history.decisionNumber')}>
          <Input {...limit(60)} />
        </Form.Item>
        <Form.Item name="note" label={t('history.note')}>
          <Input.TextArea {...limit(500)} autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
