import { useEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { App, Button, Card, Col, Form, Input, InputNumber, Result, Row, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { LaunchLevel, MovementKind, PeriodKind } from '@thidua/domain';
import { problemText, useProblemHandler } from '../../api/problems.ts';
import type { MovementView } from '../../api/types.ts';
import { useT, type MessageKey } from '../../i18n/index.tsx';
import { dayjsToIso, isoToDayjs } from '../../lib/format.ts';
import { ArrowLeftOutlined, SaveOutlined } from '../../lib/icons.tsx';
import { useCanManageMovements } from '../auth/session.ts';
import { FullPageSpin } from '../layout/Lazy.tsx';
import { useMovement, useSaveMovement } from './api.ts';
import { useMovementLabels } from './labels.ts';
import { OrgMultiSelect } from './OrgMultiSelect.tsx';
import { TargetsField, type TargetValues } from './TargetsField.tsx';
import { limit, maxRule } from '../../components/textLimit.ts';
import { DateField, dateRule } from '../../components/DateField.tsx';
import { useFormGuard } from '../../components/useFormGuard.tsx';

interface Values {
  name: string;
  kind: MovementKind;
  year: number;
  launchLevel: LaunchLevel;
  launchDocNumber: string;
  launchDocDate: Dayjs | null;
  launchDocSigner: string;
  objectives: string;
  content: string;
  criteria: string;
  startsOn: Dayjs | null;
  endsOn: Dayjs | null;
  registrationDeadline: Dayjs | null;
  reportEvery: PeriodKind;
  orgIds: string[];
  targets: TargetValues[];
}

function toValues(m: MovementView | undefined): Values {
  const year = new Date().getFullYear();
  return {
    name: m?.name ?? '',
    kind: m?.kind ?? 'regular',
    year: m?.year ?? year,
    launchLevel: m?.launchLevel ?? 'department',
    launchDocNumber: m?.launchDocNumber ?? '',
    launchDocDate: isoToDayjs(m?.launchDocDate),
    launchDocSigner: m?.launchDocSigner ?? '',
    objectives: m?.objectives ?? '',
    content: m?.content ?? '',
    criteria: m?.criteria ?? '',
    startsOn: isoToDayjs(m?.startsOn ?? `${year}-01-01`),
    endsOn: isoToDayjs(m?.endsOn ?? `${year}-12-31`),
    registrationDeadline: isoToDayjs(m?.registrationDeadline),
    reportEvery: m?.reportEvery ?? 'quarter',
    orgIds: m?.participants.map((p) => p.orgId) ?? [],
    targets: m?.targets.map((tg) => ({ ...tg })) ?? [],
  };
}

/** Create (/movements/new) or edit (/movements/:id/edit) a movement. */
export default function MovementFormPage() {
  const t = useT();
  const labels = useMovementLabels();
  const { id } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const canManage = useCanManageMovements();
  const [form] = Form.useForm<Values>();
  const { data: movement, isPending, error, refetch } = useMovement(id);
  const save = useSaveMovement();
  const guard = useFormGuard({ form, draft: { name: 'movement', recordId: id, ready: !id || Boolean(movement) } });

  useEffect(() => {
    if (!id || movement) form.setFieldsValue(toValues(movement));
  }, [id, movement, form]);

  if (id && isPending) return <FullPageSpin />;
  if (id && !movement)
    return (
      <Result
        status="error"
        title={t('app.error')}
        subTitle={problemText(error, t)}
        extra={<Link to="/movements">{t('common.back')}</Link>}
      />
    );
  if ((!id && !canManage) || (movement && !movement.abilities.edit))
    return <Result status="403" title="403" subTitle={t('app.forbidden')} />;

  const onFinish = async (v: Values) => {
    try {
      const saved = await save.mutateAsync({
        id,
        version: movement?.version,
        input: {
          name: v.name,
          kind: v.kind,
          year: v.year,
          launchLevel: v.launchLevel,
          launchDocNumber: v.launchDocNumber ?? '',
          launchDocDate: dayjsToIso(v.launchDocDate),
          launchDocSigner: v.launchDocSigner ?? '',
          objectives: v.objectives ?? '',
          content: v.content ?? '',
          criteria: v.criteria ?? '',
          startsOn: dayjsToIso(v.startsOn) ?? '',
          endsOn: dayjsToIso(v.endsOn) ?? '',
          registrationDeadline: dayjsToIso(v.registrationDeadline),
          reportEvery: v.reportEvery,
          orgIds: v.orgIds ?? [],
          targets: (v.targets ?? []).map((tg) => ({
            ...(tg.id ? { id: tg.id } : {}),
            name: tg.name ?? '',
            unit: (tg.unit ?? '').trim(),
            targetValue: tg.targetValue ?? null,
            direction: tg.direction,
            aggregation: tg.aggregation,
          })),
        },
      });
      guard.saved();
      void message.success(id ? t('common.saved') : t('movements.created', { name: saved.name }));
      void navigate(`/movements/${saved.id}`);
    } catch (e) {
      handle(e, {
        form,
        onReload: () =>
          void refetch().then((r) => {
            if (r.data) form.setFieldsValue(toValues(r.data));
          }),
      });
    }
  };

  const required = (key: MessageKey, select = false) => [
    {
      required: true,
      message: t(select ? 'common.requiredSelect' : 'common.required', { field: t(key).toLowerCase() }),
    },
  ];
  const back = id ? `/movements/${id}` : '/movements';
  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{id ? t('movements.editTitle') : t('movements.newTitle')}</Typography.Title>
        <Link to={back}>
          <ArrowLeftOutlined /> {t('common.back')}
        </Link>
      </div>
      <Form<Values>
        name="movement"
        form={form}
        layout="vertical"
        initialValues={toValues(undefined)}
        onFinish={(v) => void onFinish(v)}
        onFinishFailed={() => void message.error(t('error.fields'))}
        onValuesChange={guard.onValuesChange}
      >
        {guard.banner}
        <Card title={t('movements.general')} style={{ marginBottom: 16 }}>
          <Form.Item name="name" label={t('movements.name')} rules={[...required('movements.name'), maxRule(300, t)]}>
            <Input {...limit(300)} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="kind" label={t('movements.kind')}>
                <Select options={labels.kindOptions} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="year" label={t('movements.year')} rules={required('movements.year')}>
                <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="launchLevel" label={t('movements.launchLevel')}>
                <Select options={labels.launchLevelOptions} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="launchDocNumber" label={t('movements.launchDocNumber')}>
                <Input {...limit(60)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="launchDocDate" label={t('movements.launchDocDate')} rules={[dateRule]}>
                <DateField style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="launchDocSigner" label={t('movements.launchDocSigner')}>
                <Input {...limit(120)} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="objectives" label={t('movements.objectives')}>
            <Input.TextArea {...limit(4000)} autoSize={{ minRows: 2, maxRows: 10 }} />
          </Form.Item>
          <Form.Item name="content" label={t('movements.content')}>
            <Input.TextArea {...limit(8000)} autoSize={{ minRows: 3, maxRows: 14 }} />
          </Form.Item>
          <Form.Item name="criteria" label={t('movements.criteria')}>
            <Input.TextArea {...limit(4000)} autoSize={{ minRows: 2, maxRows: 10 }} />
          </Form.Item>
        </Card>
        <Card title={t('movements.schedule')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={6}>
              <Form.Item
                name="startsOn"
                label={t('movements.startsOn')}
                rules={[dateRule, ...required('movements.startsOn')]}
              >
                <DateField style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item
                name="endsOn"
                label={t('movements.endsOn')}
                rules={[dateRule, ...required('movements.endsOn')]}
              >
                <DateField style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="registrationDeadline" label={t('movements.deadline')} rules={[dateRule]}>
                <DateField style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="reportEvery" label={t('movements.reportEvery')}>
                <Select options={labels.periodKindOptions} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="orgIds" label={t('movements.participants')} rules={required('movements.participants', true)}>
            <OrgMultiSelect />
          </Form.Item>
        </Card>
        <Card style={{ marginBottom: 16 }}>
          <TargetsField />
        </Card>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
            {t('common.save')}
          </Button>
          <Button onClick={() => void navigate(back)}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </>
  );
}
