import { useEffect } from 'react';
import { App, Form, Input, Modal, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { useProblemHandler } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { dayjsToIso } from '../../lib/format.ts';
import { useProposals } from '../proposals/api.ts';
import { PickerCapped } from '../../components/PickerCapped.tsx';
import { useCreateSession } from './api.ts';
import { limit } from '../../components/textLimit.ts';
import { DateField, dateRule } from '../../components/DateField.tsx';
import { useFormGuard } from '../../components/useFormGuard.tsx';
import { EmptyText } from '../../components/EmptyText.tsx';

interface Values {
  title: string;
  heldOn: Dayjs | null;
  venue: string;
  proposalIds: string[];
}

/** A council meeting on the dossiers waiting for it (status "Chờ Hội đồng xét"). */
export function SessionModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const guard = useFormGuard({ form, active: open });
  const waiting = useProposals({ status: 'council' }, open);
  const create = useCreateSession();
  const selected = (Form.useWatch('proposalIds', form) as string[] | undefined) ?? [];

  useEffect(() => {
    if (open)
      form.setFieldsValue({
        title: t('council.defaultTitle', { year: new Date().getFullYear() }),
        heldOn: dayjs(),
        venue: '',
        proposalIds: [],
      });
  }, [open, form, t]);

  const onOk = async () => {
    const v = await form.validateFields();
    try {
      const session = await create.mutateAsync({
        title: v.title,
        heldOn: dayjsToIso(v.heldOn) ?? '',
        venue: v.venue ?? '',
        proposalIds: v.proposalIds,
      });
      void message.success(t('council.sessionCreated'));
      onClose();
      guard.saved();
      void navigate(`/council/sessions/${session.id}`);
    } catch (e) {
      handle(e, { form });
    }
  };

  return (
    <Modal
      open={open}
      title={t('council.createSession')}
      okText={t('council.createSession')}
      cancelText={t('common.cancel')}
      onOk={() => void onOk().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={create.isPending}
      width={820}
      destroyOnHidden
      forceRender
    >
      <Form form={form} onValuesChange={guard.onValuesChange} layout="vertical">
        <Form.Item
          name="title"
          label={t('council.sessionTitle')}
          rules={[
            { required: true, whitespace: true, message: t('common.required', { field: t('council.sessionTitle') }) },
          ]}
        >
          <Input {...limit(300)} />
        </Form.Item>
        <Form.Item
          name="heldOn"
          label={t('council.heldOn')}
          rules={[dateRule, { required: true, message: t('common.requiredSelect', { field: t('council.heldOn') }) }]}
        >
          <DateField style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="venue" label={t('council.venue')}>
          <Input {...limit(300)} />
        </Form.Item>
        {/* Outside the Form.Item: a Form.Item passes its value only to a single child. */}
        <PickerCapped shown={waiting.data?.length ?? 0} total={waiting.total} />
        <Form.Item
          name="proposalIds"
          label={t('council.pickDossiers', { count: selected.length })}
          rules={[{ required: true, type: 'array', min: 1, message: t('council.pickDossiersRequired') }]}
          valuePropName="selectedRowKeys"
          trigger="onChange"
        >
          <DossierPicker loading={waiting.isFetching} rows={waiting.data ?? []} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface PickerRow {
  id: string;
  title: string;
  orgName: string;
  itemCount: number;
  flaggedCount: number;
}

function DossierPicker({
  rows,
  loading,
  selectedRowKeys,
  onChange,
}: {
  rows: PickerRow[];
  loading: boolean;
  selectedRowKeys?: string[];
  onChange?: (keys: string[]) => void;
}) {
  const t = useT();
  return (
    <Table<PickerRow>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={rows}
      pagination={false}
      scroll={{ y: 280 }}
      locale={{ emptyText: <EmptyText loading={!!loading}>{t('council.noWaiting')}</EmptyText> }}
      rowSelection={{
        selectedRowKeys: selectedRowKeys ?? [],
        onChange: (keys) => onChange?.(keys.map(String)),
        getCheckboxProps: (r) => ({ 'aria-label': t('council.pickDossier', { name: r.title }) }),
      }}
      columns={[
        { key: 'title', title: t('proposals.titleField'), dataIndex: 'title' },
        { key: 'org', title: t('proposals.org'), dataIndex: 'orgName' },
        { key: 'items', title: t('proposals.itemCount'), dataIndex: 'itemCount', align: 'right' },
        { key: 'flagged', title: t('proposals.flaggedCount'), dataIndex: 'flaggedCount', align: 'right' },
      ]}
    />
  );
}
