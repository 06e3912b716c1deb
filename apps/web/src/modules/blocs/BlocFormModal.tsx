import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { App, Form, Input, Modal, Select } from 'antd';
import type { BlocKind, BlocOrganiser } from '@thidua/domain';
import { useProblemHandler } from '../../api/problems.ts';
import type { BlocView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { useMovementLabels } from '../movements/labels.ts';
import { useSaveBloc } from './api.ts';
import { limit } from '../../components/textLimit.ts';
import { useFormGuard } from '../../components/useFormGuard.tsx';

interface Values {
  name: string;
  kind: BlocKind;
  organiser: BlocOrganiser;
  description: string;
}

/** Create or rename a bloc / cluster. */
export function BlocFormModal({ open, bloc, onClose }: { open: boolean; bloc?: BlocView; onClose: () => void }) {
  const t = useT();
  const labels = useMovementLabels();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const guard = useFormGuard({ form, active: open });
  const handle = useProblemHandler();
  const save = useSaveBloc();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({
      name: bloc?.name ?? '',
      kind: bloc?.kind ?? 'bloc',
      organiser: bloc?.organiser ?? 'province',
      description: bloc?.description ?? '',
    });
  }, [open, bloc, form]);

  const onFinish = async (v: Values) => {
    try {
      const saved = await save.mutateAsync({
        id: bloc?.id,
        version: bloc?.version,
        input: { ...v, description: v.description ?? '' },
      });
      void message.success(bloc ? t('common.saved') : t('blocs.created', { name: saved.name }));
      onClose();
      guard.saved();
      if (!bloc) void navigate(`/blocs/${saved.id}`);
    } catch (e) {
      handle(e, { form, onReload: onClose });
    }
  };

  return (
    <Modal
      open={open}
      title={bloc ? t('blocs.editTitle') : t('blocs.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      forceRender
    >
      <Form<Values>
        name="bloc"
        form={form}
        onValuesChange={guard.onValuesChange}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item
          name="name"
          label={t('blocs.name')}
          rules={[{ required: true, message: t('common.required', { field: t('blocs.name').toLowerCase() }) }]}
        >
          <Input {...limit(300)} />
        </Form.Item>
        <Form.Item name="kind" label={t('blocs.kind')}>
          <Select options={labels.blocKindOptions} />
        </Form.Item>
        <Form.Item name="organiser" label={t('blocs.organiser')}>
          <Select options={labels.organiserOptions} />
        </Form.Item>
        <Form.Item name="description" label={t('blocs.description')}>
          <Input.TextArea {...limit(2000)} autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
