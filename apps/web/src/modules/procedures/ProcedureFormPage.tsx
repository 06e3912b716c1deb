import { useEffect } from 'react';
import type { Dayjs } from 'dayjs';
import { Link, useNavigate, useParams } from 'react-router';
import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Result,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import { ApiError, isApiError } from '../../api/client.ts';
import { problemText, useProblemHandler } from '../../api/problems.ts';
import { DateField, dateRule, type DateValue } from '../../components/DateField.tsx';
import { limit, maxRule } from '../../components/textLimit.ts';
import { useFormGuard } from '../../components/useFormGuard.tsx';
import { useT, type MessageKey } from '../../i18n/index.tsx';
import { dayjsToIso, isoToDayjs } from '../../lib/format.ts';
import { ArrowLeftOutlined, SaveOutlined } from '../../lib/icons.tsx';
import { useAbilities } from '../auth/session.ts';
import { FullPageSpin } from '../layout/Lazy.tsx';
import { useCreateProcedure, useProcedure, useSaveDraft, useSaveIdentity } from './api.ts';
import { DraftLists } from './DraftLists.tsx';
import { useProcedureLabels } from './labels.ts';
import type { ProcedureIdentityInput, ProcedureView, VersionContent } from './types.ts';

type Values = ProcedureIdentityInput &
  Omit<VersionContent, 'effectiveFrom' | 'effectiveTo'> & { effectiveFrom: DateValue };

function toValues(p: ProcedureView | undefined): Values {
  const draft = p?.versions.find((v) => v.id === p.draftVersionId);
  return {
    code: p?.code ?? '',
    name: p?.name ?? '',
    field: p?.field ?? (undefined as unknown as ProcedureIdentityInput['field']),
    level: p?.level ?? 'province',
    agency: p?.agency ?? 'Sở Công Thương',
    interAgency: p?.interAgency ?? false,
    onlineLevel: p?.onlineLevel ?? 'partial',
    legalBasis: draft?.legalBasis ?? '',
    time: draft?.time ?? { amount: undefined as unknown as number, unit: 'working_days' },
    noAppointment: draft?.noAppointment ?? false,
    fees: draft?.fees ?? [],
    documents: draft?.documents ?? [],
    steps: draft?.steps ?? [],
    legs: draft?.legs ?? [],
    result: draft?.result ?? '',
    resultValidity: draft?.resultValidity ?? '',
    complianceCost: draft?.complianceCost ?? 0,
    yearlyDossiers: draft?.yearlyDossiers ?? 0,
    changeNote: draft?.changeNote ?? '',
    effectiveFrom: isoToDayjs(draft?.effectiveFrom),
  };
}

/** A create request's content errors (`content.time.amount`) land on the draft's own fields (`time.amount`). */
function withoutContentPrefix(e: unknown): unknown {
  if (!isApiError(e) || !e.problem?.errors?.length) return e;
  const errors = e.problem.errors.map((x) => ({ ...x, path: x.path.replace(/^(\/?body[./])?\/?content[./]/u, '') }));
  return new ApiError(e.status, { ...e.problem, errors });
}

const IDENTITY_KEYS = ['code', 'name', 'field', 'level', 'agency', 'interAgency', 'onlineLevel'] as const;

/** "Thêm thủ tục" (/procedures/new) and the draft editor (/procedures/:id/draft): identity and the draft version's content. */
export default function ProcedureFormPage() {
  const t = useT();
  const labels = useProcedureLabels();
  const { id } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const canEdit = useAbilities()?.onestop.catalogEdit ?? false;
  const [form] = Form.useForm<Values>();
  const { data: procedure, isPending, error, refetch } = useProcedure(id);
  const create = useCreateProcedure();
  const saveIdentity = useSaveIdentity();
  const saveDraft = useSaveDraft();
  const guard = useFormGuard({ form, draft: { name: 'procedure', recordId: id, ready: !id || Boolean(procedure) } });

  useEffect(() => {
    if (!id || procedure) form.setFieldsValue(toValues(procedure));
  }, [id, procedure, form]);

  if (id && isPending) return <FullPageSpin />;
  if (id && !procedure)
    return (
      <Result
        status="error"
        title={t('app.error')}
        subTitle={problemText(error, t)}
        extra={<Link to="/procedures">{t('common.back')}</Link>}
      />
    );
  if (!canEdit || (procedure && !procedure.abilities.editDraft && procedure.draftVersionId))
    return <Result status="403" title="403" subTitle={t('app.forbidden')} />;
  const draft = procedure?.versions.find((v) => v.id === procedure.draftVersionId);
  if (procedure && !draft)
    return (
      <Result
        status="info"
        title={t('procedures.noDraft')}
        extra={<Link to={`/procedures/${procedure.id}`}>{t('common.back')}</Link>}
      />
    );
  // The identity is fixed once published; an amendment changes the version's content only.
  const identityLocked = procedure ? !procedure.abilities.edit : false;

  const onFinish = async (v: Values) => {
    const identity = Object.fromEntries(IDENTITY_KEYS.map((k) => [k, v[k]])) as unknown as ProcedureIdentityInput;
    const content: VersionContent = {
      legalBasis: v.legalBasis ?? '',
      time: { amount: v.time.amount, unit: v.time.unit },
      noAppointment: Boolean(v.noAppointment),
      fees: (v.fees ?? []).map((f) => ({ name: f.name ?? '', amount: f.amount ?? 0, note: f.note ?? '' })),
      documents: (v.documents ?? []).map((d) => ({
        name: d.name ?? '',
        kind: d.kind,
        count: d.count ?? 1,
        required: Boolean(d.required),
        ...(d.templateFileId ? { templateFileId: d.templateFileId } : {}),
      })),
      steps: (v.steps ?? []).map((st) => ({
        name: st.name ?? '',
        unit: st.unit ?? '',
        role: st.role ?? '',
        amount: st.amount ?? 0,
        timeUnit: st.timeUnit,
      })),
      legs: (v.legs ?? []).map((l) => ({
        agency: l.agency ?? '',
        name: l.name ?? '',
        amount: l.amount ?? 0,
        timeUnit: l.timeUnit,
      })),
      result: v.result ?? '',
      resultValidity: v.resultValidity ?? '',
      complianceCost: v.complianceCost ?? 0,
      yearlyDossiers: v.yearlyDossiers ?? 0,
      changeNote: v.changeNote ?? '',
      effectiveFrom: dayjsToIso(v.effectiveFrom as Dayjs | null),
      effectiveTo: draft?.effectiveTo ?? null,
    };
    try {
      let saved: ProcedureView;
      if (!procedure) saved = await create.mutateAsync({ ...identity, content });
      else {
        saved = procedure;
        if (procedure.abilities.edit && IDENTITY_KEYS.some((k) => procedure[k] !== identity[k]))
          saved = await saveIdentity.mutateAsync({ id: procedure.id, version: procedure.version, input: identity });
        saved = await saveDraft.mutateAsync({ id: procedure.id, version: draft!.version, input: content });
      }
      guard.saved();
      void message.success(procedure ? t('common.saved') : t('procedures.createdMsg', { name: saved.name }));
      void navigate(`/procedures/${saved.id}`);
    } catch (e) {
      handle(procedure ? e : withoutContentPrefix(e), { form, onReload: () => void refetch() });
    }
  };

  const required = (key: MessageKey, select = false) => [
    {
      required: true,
      message: t(select ? 'common.requiredSelect' : 'common.required', { field: t(key).toLowerCase() }),
    },
  ];
  const back = procedure ? `/procedures/${procedure.id}` : '/procedures';
  const title = !procedure
    ? t('procedures.newTitle')
    : procedure.status === 'draft'
      ? t('procedures.editDraftTitle')
      : t('procedures.editAmendmentTitle', { seq: draft?.seq ?? '' });
  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{title}</Typography.Title>
        <Link to={back}>
          <ArrowLeftOutlined /> {t('common.back')}
        </Link>
      </div>
      <Form<Values>
        name="procedure"
        form={form}
        layout="vertical"
        initialValues={toValues(undefined)}
        onFinish={(v) => void onFinish(v)}
        onFinishFailed={() => void message.error(t('error.fields'))}
        onValuesChange={guard.onValuesChange}
        scrollToFirstError
      >
        {guard.banner}
        <Card title={t('procedures.identity')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={6}>
              <Form.Item
                name="code"
                label={t('procedures.code')}
                rules={[
                  ...required('procedures.code'),
                  { pattern: /^\d\.\d{6}$/u, message: t('procedures.codePattern') },
                ]}
              >
                <Input placeholder="1.000000" disabled={identityLocked} />
              </Form.Item>
            </Col>
            <Col xs={24} md={18}>
              <Form.Item
                name="name"
                label={t('procedures.name')}
                rules={[...required('procedures.name'), maxRule(500, t)]}
              >
                <Input {...limit(500)} disabled={identityLocked} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="field" label={t('procedures.field')} rules={required('procedures.field', true)}>
                <Select options={labels.fieldOptions} showSearch optionFilterProp="label" disabled={identityLocked} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="level" label={t('procedures.level')} rules={required('procedures.level', true)}>
                <Select options={labels.levelOptions} disabled={identityLocked} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="onlineLevel" label={t('procedures.online')}>
                <Select options={labels.onlineOptions} disabled={identityLocked} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16} align="bottom">
            <Col xs={24} md={16}>
              <Form.Item name="agency" label={t('procedures.agency')} rules={required('procedures.agency')}>
                <Input {...limit(300)} disabled={identityLocked} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="interAgency" valuePropName="checked">
                <Checkbox disabled={identityLocked}>{t('procedures.interAgency')}</Checkbox>
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('procedures.content')} style={{ marginBottom: 16 }}>
          <Row gutter={16} align="bottom">
            <Col xs={12} md={4}>
              <Form.Item
                name={['time', 'amount']}
                label={t('procedures.timeAmount')}
                rules={required('procedures.timeAmount')}
              >
                <InputNumber min={0} max={1000} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name={['time', 'unit']} label={t('procedures.timeUnit')}>
                <Select options={labels.unitOptions} />
              </Form.Item>
            </Col>
            <Col xs={24} md={14}>
              <Form.Item name="noAppointment" valuePropName="checked">
                <Checkbox>{t('procedures.noAppointmentCheck')}</Checkbox>
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="legalBasis" label={t('procedures.legalBasis')}>
            <Input.TextArea {...limit(4000)} autoSize={{ minRows: 2, maxRows: 8 }} />
          </Form.Item>
          <Form.Item name="effectiveFrom" label={t('procedures.effectiveFrom')} rules={[dateRule]}>
            <DateField />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="result" label={t('procedures.result')}>
                <Input {...limit(500)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="resultValidity" label={t('procedures.resultValidity')}>
                <Input {...limit(200)} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('procedures.listsTitle')} style={{ marginBottom: 16 }}>
          <DraftLists />
        </Card>
        <Card title={t('procedures.simplificationRecord')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="complianceCost" label={t('procedures.complianceCostInput')}>
                <InputNumber<number>
                  min={0}
                  step={1000}
                  style={{ width: '100%' }}
                  formatter={(v) =>
                    v === undefined || v === null || String(v) === '' ? '' : Number(v).toLocaleString('vi-VN')
                  }
                  parser={(v) => Number((v ?? '').replace(/\D/gu, '')) || 0}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="yearlyDossiers" label={t('procedures.dossiersPerYear')}>
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="changeNote" label={t('procedures.changeNote')}>
            <Input.TextArea {...limit(2000)} autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
        </Card>
        <Space>
          <Button
            type="primary"
            htmlType="submit"
            icon={<SaveOutlined />}
            loading={create.isPending || saveIdentity.isPending || saveDraft.isPending}
          >
            {t('procedures.saveDraft')}
          </Button>
          <Button onClick={() => void navigate(back)}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </>
  );
}
