import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, App, Button, Card, Form, Input, Result, Select, Space, Switch, Typography } from 'antd';
import type { CommendationType } from '@thidua/domain';
import { problemText, useProblemHandler } from '../../api/problems.ts';
import type { CreateProposalInput, ProposalView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { ArrowLeftOutlined, QuestionCircleOutlined, SaveOutlined } from '../../lib/icons.tsx';
import { yearOptions } from '../../lib/years.ts';
import { useOwnUnitId } from '../auth/session.ts';
import { FullPageSpin } from '../layout/Lazy.tsx';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.tsx';
import type { PersonOption } from '../../components/PersonSelect.tsx';
import { useProposal, useSaveProposal } from './api.ts';
import { ItemsEditor, type ItemValues } from './ItemsEditor.tsx';
import { useProposalLabels } from './labels.ts';
import { limit, maxRule } from '../../components/textLimit.ts';
import { useFormGuard } from '../../components/useFormGuard.tsx';

interface Values {
  orgId: string | null;
  title: string;
  commendationType: CommendationType;
  year: number;
  simplified: boolean;
  items: ItemValues[];
}

function toValues(p: ProposalView): Values {
  return {
    orgId: p.orgId,
    title: p.title,
    commendationType: p.commendationType,
    year: p.year,
    simplified: p.simplified,
    items: p.items.map((i) => ({
      id: i.id,
      subjectKind: i.subjectKind,
      subjectId: i.subjectId,
      awardCode: i.awardCode,
      achievement: i.achievement,
      justification: i.justification,
      initiativeIds: i.initiatives.map((x) => x.id),
    })),
  };
}

/** The dossier editor: header fields and the items with their live eligibility check. */
export default function ProposalFormPage() {
  const t = useT();
  const labels = useProposalLabels();
  const { id } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const ownUnit = useOwnUnitId();
  const proposal = useProposal(id);
  const save = useSaveProposal();
  const [known, setKnown] = useState<PersonOption[]>([]);
  const p = proposal.data;
  const guard = useFormGuard({
    form,
    draft: {
      name: 'proposal',
      recordId: id,
      ready: !id || Boolean(p),
      // The labels of the people chosen, which the person search may not hold.
      extra: { get: () => known, restore: (value) => setKnown(value as PersonOption[]) },
    },
  });

  useEffect(() => {
    if (!p) return;
    form.setFieldsValue(toValues(p));
    setKnown(
      p.items
        .filter((i) => i.subjectKind === 'individual')
        .map((i) => ({ value: i.subjectId, label: `${i.subjectName} — ${i.orgName}` })),
    );
  }, [p, form]);

  if (id && proposal.isPending) return <FullPageSpin />;
  if (id && !p)
    return (
      <Result
        status="error"
        title={t('app.error')}
        subTitle={problemText(proposal.error, t)}
        extra={<Link to="/proposals">{t('common.back')}</Link>}
      />
    );
  if (p && !p.abilities.edit)
    return (
      <Result
        status="warning"
        title={t('proposals.notEditable')}
        extra={<Link to={`/proposals/${p.id}`}>{t('common.back')}</Link>}
      />
    );

  const onFinish = async () => {
    const v = form.getFieldsValue(true) as Values;
    const input: CreateProposalInput = {
      orgId: v.orgId ?? '',
      title: v.title,
      commendationType: v.commendationType,
      year: v.year,
      simplified: v.simplified,
      movementId: p?.movementId ?? null,
      items: (v.items ?? []).map((i) => ({
        ...(i.id ? { id: i.id } : {}),
        subjectKind: i.subjectKind,
        subjectId: i.subjectId ?? '',
        awardCode: i.awardCode ?? '',
        achievement: i.achievement ?? '',
        justification: i.justification ?? '',
        initiativeIds: i.subjectKind === 'individual' ? (i.initiativeIds ?? []) : [],
      })),
    };
    try {
      const saved = await save.mutateAsync({ id: p?.id, version: p?.version, input });
      guard.saved();
      void message.success(p ? t('common.saved') : t('proposals.created'));
      void navigate(`/proposals/${saved.id}`);
    } catch (e) {
      handle(e, { form, onReload: () => void proposal.refetch() });
    }
  };

  const back = p ? `/proposals/${p.id}` : '/proposals';
  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{p ? t('proposals.editTitle') : t('proposals.newTitle')}</Typography.Title>
        <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(back)}>
          {t('common.back')}
        </Button>
      </div>
      {p?.status === 'returned' && (
        <Alert type="warning" showIcon title={t('proposals.returnedHint')} style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={() => void onFinish()}
        onFinishFailed={() => void message.error(t('error.fields'))}
        onValuesChange={guard.onValuesChange}
        initialValues={{
          orgId: ownUnit,
          title: '',
          commendationType: 'periodic',
          year: new Date().getFullYear(),
          simplified: false,
          items: [],
        }}
        scrollToFirstError
      >
        {guard.banner}
        <Card title={t('proposals.general')} style={{ marginBottom: 16 }}>
          <Space wrap size="large" align="start">
            <Form.Item
              name="orgId"
              label={t('proposals.org')}
              rules={[{ required: true, message: t('common.requiredSelect', { field: t('proposals.org') }) }]}
            >
              <OrgTreeSelect style={{ width: 340 }} />
            </Form.Item>
            <Form.Item
              name="year"
              label={t('proposals.year')}
              tooltip={{ title: t('proposals.yearHint'), icon: <QuestionCircleOutlined /> }}
              rules={[{ required: true }]}
            >
              <Select options={yearOptions()} style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name="commendationType" label={t('proposals.commendationType')}>
              <Select options={labels.commendationTypeOptions} style={{ width: 280 }} />
            </Form.Item>
            <Form.Item
              name="simplified"
              label={t('proposals.simplified')}
              valuePropName="checked"
              tooltip={t('proposals.simplifiedHint')}
            >
              <Switch />
            </Form.Item>
          </Space>
          <Form.Item
            name="title"
            label={t('proposals.titleField')}
            rules={[
              { required: true, whitespace: true, message: t('common.required', { field: t('proposals.titleField') }) },
              maxRule(300, t),
            ]}
            style={{ marginBottom: 0 }}
          >
            <Input {...limit(300)} placeholder={t('proposals.titlePlaceholder')} />
          </Form.Item>
        </Card>
        <Card title={t('proposals.items')} style={{ marginBottom: 16 }}>
          <ItemsEditor
            form={form}
            known={known}
            returnReasons={Object.fromEntries((p?.items ?? []).map((i) => [i.id, i.returnReason]))}
            onKnown={(options) =>
              setKnown((prev) => [...prev, ...options.filter((o) => !prev.some((k) => k.value === o.value))])
            }
          />
        </Card>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
            {t('proposals.save')}
          </Button>
          <Button onClick={() => void navigate(back)}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </>
  );
}
