import { useEffect } from 'react';
import { Alert, App, Form, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { CouncilRole } from '@thidua/domain';
import { problemText, useProblemHandler } from '../../api/problems.ts';
import type { CouncilMemberView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { dayjsToIso, isoToDayjs } from '../../lib/format.ts';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.tsx';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { useProposalLabels } from '../proposals/labels.ts';
import { useCouncilUsers, useSaveMember } from './api.ts';
import { DateField, dateRule } from '../../components/DateField.tsx';
import { useFormGuard } from '../../components/useFormGuard.tsx';

interface Values {
  userId: string | null;
  personId: string | null;
  role: CouncilRole;
  orgId: string | null;
  termFrom: Dayjs | null;
  termTo: Dayjs | null;
}

export interface MemberModalProps {
  open: boolean;
  member: CouncilMemberView | null;
  onClose: () => void;
}

/** Adds a member to the council or changes his role, unit and term. */
export function MemberModal({ open, member, onClose }: MemberModalProps) {
  const t = useT();
  const labels = useProposalLabels();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const guard = useFormGuard({ form, active: open });
  const users = useCouncilUsers(open);
  const save = useSaveMember();

  useEffect(() => {
    if (!open) return;
    form.setFieldsValue(
      member
        ? {
            userId: member.userId,
            personId: member.personId,
            role: member.role,
            orgId: member.orgId,
            termFrom: isoToDayjs(member.termFrom),
            termTo: isoToDayjs(member.termTo),
          }
        : { userId: null, personId: null, role: 'member', orgId: null, termFrom: null, termTo: null },
    );
  }, [open, member, form]);

  const userOptions = (users.data ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }));
  if (member && !userOptions.some((o) => o.value === member.userId))
    userOptions.unshift({ value: member.userId, label: member.name });

  const onOk = async () => {
    const v = await form.validateFields();
    try {
      await save.mutateAsync({
        id: member?.id,
        input: {
          userId: v.userId ?? '',
          personId: v.personId ?? null,
          role: v.role,
          orgId: v.orgId ?? '',
          termFrom: dayjsToIso(v.termFrom) ?? '',
          termTo: dayjsToIso(v.termTo),
          ...(member ? { version: member.version } : {}),
        },
      });
      guard.saved();
      void message.success(t('common.saved'));
      onClose();
    } catch (e) {
      handle(e, { form });
    }
  };

  const required = (field: string) => ({ required: true, message: t('common.requiredSelect', { field }) });
  return (
    <Modal
      open={open}
      title={member ? t('council.editMember') : t('council.addMember')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void onOk().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      forceRender
    >
      {users.error && (
        <Alert type="warning" showIcon title={problemText(users.error, t)} style={{ marginBottom: 12 }} />
      )}
      <Form form={form} onValuesChange={guard.onValuesChange} layout="vertical">
        <Form.Item name="userId" label={t('council.user')} rules={[required(t('council.user'))]}>
          <Select
            options={userOptions}
            loading={users.isPending && !users.error}
            disabled={Boolean(member)}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item name="personId" label={t('council.person')} extra={t('council.personHint')}>
          <PersonSelect known={member?.personId ? [{ value: member.personId, label: member.name }] : undefined} />
        </Form.Item>
        <Form.Item name="role" label={t('council.role')} rules={[required(t('council.role'))]}>
          <Select options={labels.councilRoleOptions} />
        </Form.Item>
        <Form.Item
          name="orgId"
          label={t('council.unit')}
          extra={t('council.unitHint')}
          rules={[required(t('council.unit'))]}
        >
          <OrgTreeSelect />
        </Form.Item>
        <Form.Item name="termFrom" label={t('council.termFrom')} rules={[dateRule, required(t('council.termFrom'))]}>
          <DateField style={{ width: 180 }} />
        </Form.Item>
        <Form.Item rules={[dateRule]} name="termTo" label={t('council.termTo')}>
          <DateField style={{ width: 180 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
