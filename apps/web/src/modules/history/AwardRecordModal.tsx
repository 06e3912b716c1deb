import { useEffect } from 'react';
import { App, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { AwardOrigin, CommendationType } from '@thidua/domain';
import { isApiError } from '../../api/client.ts';
import { useProblemHandler } from '../../api/problems.ts';
import type { AwardRecordView, InitiativeView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { dayjsToIso, isoToDayjs } from '../../lib/format.ts';
import { AwardSelect } from '../../components/AwardSelect.tsx';
import { useSaveAwardRecord, type AwardRecordInput } from './api.ts';
import { QuestionCircleOutlined } from '../../lib/icons.tsx';
import { limit } from '../../components/textLimit.ts';
import { DateField, dateRule } from '../../components/DateField.tsx';
import { useFormGuard } from '../../components/useFormGuard.tsx';

interface Values {
  awardCode: string;
  year: number;
  fromYear: number | null;
  commendationType: CommendationType;
  decisionNumber: string;
  decisionDate: Dayjs | null;
  decisionSigner: string;
  decisionAuthority: string;
  origin: AwardOrigin;
  note: string;
  initiativeIds: string[];
}

export interface AwardRecordModalProps {
  open: boolean;
  subjectId: string;
  subjectKind: 'individual' | 'collective';
  /** The record being edited; absent when adding. */
  record?: AwardRecordView;
  initiatives: InitiativeView[];
  onClose: () => void;
}

function toValues(record: AwardRecordView | undefined): Values {
  return {
    awardCode: record?.awardCode ?? (undefined as unknown as string),
    year: record?.year ?? new Date().getFullYear(),
    fromYear: record && record.fromYear !== record.year ? record.fromYear : null,
    commendationType: record?.commendationType ?? 'periodic',
    decisionNumber: record?.decisionNumber ?? '',
    decisionDate: isoToDayjs(record?.decisionDate),
    decisionSigner: record?.decisionSigner ?? '',
    decisionAuthority: record?.decisionAuthority ?? '',
    origin: record?.origin ?? 'here',
    note: record?.note ?? '',
    initiativeIds: record?.initiatives.map((i) => i.id) ?? [],
  };
}

/** Add or edit one award of a subject's history; a duplicate or contradiction needs confirmation. */
export function AwardRecordModal({
  open,
  subjectId,
  subjectKind,
  record,
  initiatives,
  onClose,
}: AwardRecordModalProps) {
  const t = useT();
  const labels = useLabels();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const guard = useFormGuard({ form, active: open });
  const handle = useProblemHandler();
  const save = useSaveAwardRecord(subjectId);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(toValues(record));
  }, [open, record, form]);

  const submit = async (input: AwardRecordInput) => {
    try {
      const saved = await save.mutateAsync({ id: record?.id, version: record?.version, input });
      guard.saved();
      const params = { name: saved.awardName, year: saved.year };
      void message.success(input.confirmConflict ? t('history.savedFlagged', params) : t('history.saved', params));
      onClose();
    } catch (error) {
      if (isApiError(error) && error.code === 'history_conflict' && !input.confirmConflict) {
        modal.confirm({
          title: t('history.conflictTitle'),
          content: error.problem?.detail,
          okText: t('history.saveAnyway'),
          okButtonProps: { danger: true },
          cancelText: t('common.cancel'),
          onOk: () => submit({ ...input, confirmConflict: true }),
        });
        return;
      }
      handle(error, { form, onReload: onClose });
    }
  };

  const onFinish = (v: Values) =>
    void submit({
      awardCode: v.awardCode,
      year: v.year,
      fromYear: v.fromYear ?? undefined,
      commendationType: v.commendationType,
      decisionNumber: v.decisionNumber ?? '',
      decisionDate: dayjsToIso(v.decisionDate),
      decisionSigner: v.decisionSigner ?? '',
      decisionAuthority: v.decisionAuthority ?? '',
      origin: v.origin,
      note: v.note ?? '',
      initiativeIds: v.initiativeIds ?? [],
      confirmConflict: false,
    });

  const initiativeOptions = initiatives.map((i) => ({
    value: i.id,
    label:
      i.usedBy && i.usedBy.recordId !== record?.id
        ? `${i.title} — ${t('initiatives.usedBy')}: ${i.usedBy.awardName} ${i.usedBy.year}`
        : i.title,
  }));
  return (
    <Modal
      open={open}
      width={760}
      title={record ? t('history.editAward') : t('history.addAward')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      forceRender
    >
      <Form<Values>
        name="awardRecord"
        form={form}
        onValuesChange={guard.onValuesChange}
        layout="vertical"
        onFinish={onFinish}
      >
        <Form.Item
          name="awardCode"
          label={t('history.award')}
          rules={[{ required: true, message: t('common.requiredSelect', { field: t('history.award').toLowerCase() }) }]}
        >
          <AwardSelect subject={subjectKind} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item
              name="year"
              label={t('history.year')}
              tooltip={{ title: t('history.yearHint'), icon: <QuestionCircleOutlined /> }}
              rules={[{ required: true, message: t('common.required', { field: t('history.year').toLowerCase() }) }]}
            >
              <InputNumber min={1945} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="fromYear" label={t('history.fromYear')} tooltip={t('history.fromYearHint')}>
              <InputNumber min={1945} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="commendationType" label={t('history.commendationType')}>
              <Select options={labels.commendationTypeOptions} popupMatchSelectWidth={false} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item name="decisionNumber" label={t('history.decisionNumber')}>
              <Input {...limit(60)} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item rules={[dateRule]} name="decisionDate" label={t('history.decisionDate')}>
              <DateField style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="origin" label={t('history.origin')}>
              <Select options={labels.originOptions} popupMatchSelectWidth={false} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="decisionAuthority" label={t('history.decisionAuthority')}>
              <Input {...limit(200)} placeholder={t('history.decisionAuthorityHint')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="decisionSigner" label={t('history.decisionSigner')}>
              <Input {...limit(120)} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="initiativeIds" label={t('history.initiatives')}>
          <Select
            mode="multiple"
            options={initiativeOptions}
            placeholder={initiatives.length ? undefined : t('history.noInitiatives')}
            optionFilterProp="label"
          />
        </Form.Item>
        <Form.Item name="note" label={t('history.note')}>
          <Input.TextArea {...limit(500)} autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
