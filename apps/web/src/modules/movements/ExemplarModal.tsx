import { useEffect } from 'react';
import { App, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useProblemHandler } from '../../api/problems.ts';
import type { ExemplarView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { dayjsToIso, isoToDayjs } from '../../lib/format.ts';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.tsx';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { useSaveExemplar } from './api.ts';
import { limit } from '../../components/textLimit.ts';
import { DateField, dateRule } from '../../components/DateField.tsx';
import { useFormGuard } from '../../components/useFormGuard.tsx';

interface Values {
  subjectKind: 'individual' | 'collective';
  subjectId: string | null;
  title: string;
  description: string;
  evidence: string;
  recordedOn: Dayjs | null;
}

export interface ExemplarModalProps {
  movementId: string;
  open: boolean;
  exemplar?: ExemplarView;
  onClose: () => void;
}

/** Record or edit an exemplar (điển hình tiên tiến): a unit or a person, what they did, the evidence. */
export function ExemplarModal({ movementId, open, exemplar, onClose }: ExemplarModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const guard = useFormGuard({ form, active: open });
  const handle = useProblemHandler();
  const save = useSaveExemplar(movementId);
  const kind = Form.useWatch('subjectKind', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({
      subjectKind: exemplar?.subjectKind ?? 'collective',
      subjectId: exemplar?.subjectId ?? null,
      title: exemplar?.title ?? '',
      description: exemplar?.description ?? '',
      evidence: exemplar?.evidence ?? '',
      recordedOn: isoToDayjs(exemplar?.recordedOn) ?? dayjs(),
    });
  }, [open, exemplar, form]);

  const onFinish = async (v: Values) => {
    try {
      await save.mutateAsync({
        exemplar,
        input: {
          subjectKind: v.subjectKind,
          subjectId: v.subjectId ?? '',
          title: v.title,
          description: v.description ?? '',
          evidence: v.evidence ?? '',
          recordedOn: dayjsToIso(v.recordedOn) ?? '',
        },
      });
      guard.saved();
      void message.success(t('common.saved'));
      onClose();
    } catch (e) {
      handle(e, { form, onReload: onClose });
    }
  };

  const known =
    exemplar?.subjectKind === 'individual' ? [{ value: exemplar.subjectId, label: exemplar.subjectName }] : [];
  return (
    <Modal
      open={open}
      width={720}
      title={exemplar ? t('movements.editExemplar') : t('movements.addExemplar')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      forceRender
    >
      <Form<Values>
        name="exemplar"
        form={form}
        onValuesChange={guard.onValuesChange}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item name="subjectKind" label={t('movements.subjectKind')}>
          <Radio.Group
            onChange={() => form.setFieldValue('subjectId', null)}
            options={[
              { value: 'collective', label: t('movements.collective') },
              { value: 'individual', label: t('movements.individual') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="subjectId"
          label={kind === 'individual' ? t('movements.person') : t('movements.unit')}
          rules={[{ required: true, message: t('movements.subjectRequired') }]}
        >
          {kind === 'individual' ? <PersonSelect known={known} /> : <OrgTreeSelect />}
        </Form.Item>
        <Form.Item
          name="title"
          label={t('movements.exemplarTitle')}
          rules={[
            { required: true, message: t('common.required', { field: t('movements.exemplarTitle').toLowerCase() }) },
          ]}
        >
          <Input {...limit(300)} />
        </Form.Item>
        <Form.Item name="recordedOn" label={t('movements.recordedOn')} rules={[dateRule, { required: true }]}>
          <DateField style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="description" label={t('movements.exemplarDescription')}>
          <Input.TextArea {...limit(4000)} autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
        <Form.Item name="evidence" label={t('movements.evidence')}>
          <Input.TextArea {...limit(2000)} autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
