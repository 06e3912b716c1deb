import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { App, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useProblemHandler } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { dayjsToIso } from '../../lib/format.ts';
import { useProposals } from '../proposals/api.ts';
import { PickerCapped } from '../../components/PickerCapped.tsx';
import { useRecordDecision } from './api.ts';
import { limit } from '../../components/textLimit.ts';
import { DateField, dateRule } from '../../components/DateField.tsx';
import { useFormGuard } from '../../components/useFormGuard.tsx';

interface Values {
  proposalId: string | null;
  number: string;
  signedOn: Dayjs | null;
  signer: string;
  authority: string;
}

/** A higher level's decision on a forwarded dossier, typed in as it arrives. */
export function RecordDecisionModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const guard = useFormGuard({ form, active: open });
  const forwarded = useProposals({ status: 'forwarded' }, open);
  const record = useRecordDecision();

  useEffect(() => {
    if (open)
      form.setFieldsValue({
        proposalId: null,
        number: '',
        signedOn: null,
        signer: '',
        authority: t('decisions.defaultAuthority'),
      });
  }, [open, form, t]);

  const onOk = async () => {
    const v = await form.validateFields();
    try {
      const decision = await record.mutateAsync({
        proposalId: v.proposalId ?? '',
        // The dossier as the clerk picked it: one changed since is refused (409) rather than decided unseen.
        proposalVersion: forwarded.data?.find((p) => p.id === v.proposalId)?.version,
        number: v.number.trim(),
        signedOn: dayjsToIso(v.signedOn) ?? '',
        signer: v.signer,
        authority: v.authority,
      });
      void message.success(t('decisions.recorded', { number: decision.number }));
      onClose();
      guard.saved();
      void navigate(`/decisions/${decision.id}`);
    } catch (e) {
      handle(e, { form, onReload: () => void forwarded.refetch() });
    }
  };

  const required = (field: string) => ({ required: true, whitespace: true, message: t('common.required', { field }) });
  return (
    <Modal
      open={open}
      title={t('decisions.record')}
      okText={t('decisions.recordOk')}
      cancelText={t('common.cancel')}
      onOk={() => void onOk().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={record.isPending}
      width={640}
      destroyOnHidden
      forceRender
    >
      <Form form={form} onValuesChange={guard.onValuesChange} layout="vertical">
        <PickerCapped shown={forwarded.data?.length ?? 0} total={forwarded.total} />
        <Form.Item
          name="proposalId"
          label={t('decisions.forwardedDossier')}
          rules={[{ required: true, message: t('common.requiredSelect', { field: t('decisions.forwardedDossier') }) }]}
        >
          <Select
            loading={forwarded.isFetching}
            options={(forwarded.data ?? []).map((p) => ({
              value: p.id,
              label: `${p.title} — ${p.orgName} (${p.year})`,
            }))}
            showSearch={{ optionFilterProp: 'label' }}
            notFoundContent={t('decisions.noForwarded')}
          />
        </Form.Item>
        <Form.Item name="number" label={t('decisions.number')} rules={[required(t('decisions.number'))]}>
          <Input {...limit(60)} placeholder="123/QĐ-UBND" />
        </Form.Item>
        <Form.Item
          name="signedOn"
          label={t('decisions.signedOn')}
          rules={[
            dateRule,
            { required: true, message: t('common.requiredSelect', { field: t('decisions.signedOn') }) },
          ]}
        >
          <DateField style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="signer" label={t('decisions.signer')} rules={[required(t('decisions.signer'))]}>
          <Input {...limit(120)} />
        </Form.Item>
        <Form.Item name="authority" label={t('decisions.authority')} rules={[required(t('decisions.authority'))]}>
          <Input {...limit(200)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
