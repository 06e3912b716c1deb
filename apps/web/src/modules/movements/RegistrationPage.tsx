import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, App, Button, Card, Checkbox, Form, Input, InputNumber, Result, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { REGISTRABLE_TITLES, findAward } from '@thidua/domain';
import { isApiError } from '../../api/client.ts';
import { problemText, useProblemHandler } from '../../api/problems.ts';
import type { RegistrationView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { ArrowLeftOutlined, SaveOutlined } from '../../lib/icons.tsx';
import { FullPageSpin } from '../layout/Lazy.tsx';
import { usePeople } from '../people/api.ts';
import { useMovement, useRegistration, useSaveRegistration } from './api.ts';
import { PeopleTitlesTable, type PersonRow } from './PeopleTitlesTable.tsx';
import { limit } from '../../components/textLimit.ts';
import { useFormGuard } from '../../components/useFormGuard.tsx';

interface Values {
  collective: string[];
  commitments: { targetId: string; value: number | null }[];
  note: string;
  lateReason: string;
}

const titlesFor = (subject: 'individual' | 'collective') =>
  REGISTRABLE_TITLES.flatMap((code) => {
    const award = findAward(code);
    return award?.subjects.includes(subject) ? [{ value: code, label: award.name }] : [];
  });

/** A unit's registration (đăng ký thi đua): its own titles, its people's titles, its commitments. */
export default function RegistrationPage() {
  const t = useT();
  const { id, orgId } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const [form] = Form.useForm<Values>();
  const movement = useMovement(id);
  const registration = useRegistration(id, orgId);
  const people = usePeople({ orgId, subtree: false, status: 'working', sort: 'name', page: 1, pageSize: 500 });
  const save = useSaveRegistration(id ?? '');
  // The server is the judge of lateness (Asia/Ho_Chi_Minh): its 400 on lateReason shows the field too.
  const [serverSaysLate, setServerSaysLate] = useState(false);
  const [personTitles, setPersonTitles] = useState<Record<string, string[]>>({});
  const collectiveOptions = useMemo(() => titlesFor('collective'), []);
  const guard = useFormGuard({
    form,
    draft: {
      name: 'registration',
      recordId: `${id ?? ''}.${orgId ?? ''}`,
      ready: Boolean(movement.data && registration.data),
      // The people's titles are kept beside the form.
      extra: { get: () => personTitles, restore: (value) => setPersonTitles(value as Record<string, string[]>) },
    },
  });
  const individualOptions = useMemo(() => titlesFor('individual'), []);

  const m = movement.data;
  const r = registration.data;
  useEffect(() => {
    if (!m || !r) return;
    form.setFieldsValue(toValues(m.targets, r));
    // A person may hold several registrations (LĐTT and CSTĐCS): keep them all.
    const byPerson: Record<string, string[]> = {};
    for (const x of r.titles) if (x.subjectKind === 'individual') (byPerson[x.subjectId] ??= []).push(x.awardCode);
    setPersonTitles(byPerson);
  }, [m, r, form]);

  const rows: PersonRow[] = useMemo(() => {
    const list = (people.data?.items ?? []).map((p) => ({ id: p.id, name: p.fullName, position: p.position }));
    const extra = (r?.titles ?? [])
      .filter((x) => x.subjectKind === 'individual' && !list.some((p) => p.id === x.subjectId))
      .map((x) => ({ id: x.subjectId, name: x.subjectName, position: '' }));
    return [...list, ...extra];
  }, [people.data, r]);

  if (movement.isPending || registration.isPending) return <FullPageSpin />;
  if (!m || !r)
    return (
      <Result
        status="error"
        title={t('app.error')}
        subTitle={problemText(movement.error ?? registration.error, t)}
        extra={<Link to="/movements">{t('common.back')}</Link>}
      />
    );

  const deadline = m.registrationDeadline;
  const late = serverSaysLate || Boolean(deadline && dayjs().format('YYYY-MM-DD') > deadline);
  const back = `/movements/${m.id}?tab=registrations`;
  const disabled = !r.canEdit;

  const onFinish = async (v: Values) => {
    try {
      await save.mutateAsync({
        orgId: r.orgId,
        titles: [
          ...(v.collective ?? []).map((awardCode) => ({
            subjectKind: 'collective' as const,
            subjectId: r.orgId,
            awardCode,
          })),
          ...Object.entries(personTitles).flatMap(([subjectId, codes]) =>
            codes.map((awardCode) => ({ subjectKind: 'individual' as const, subjectId, awardCode })),
          ),
        ],
        commitments: (v.commitments ?? []).flatMap((c) =>
          c.value === null || c.value === undefined ? [] : [{ targetId: c.targetId, value: c.value }],
        ),
        note: v.note ?? '',
        lateReason: late ? (v.lateReason ?? '').trim() : '',
        version: r.version,
      });
      guard.saved();
      void message.success(t('movements.registrationSaved', { org: r.orgName }));
      void navigate(back);
    } catch (e) {
      if (isApiError(e) && e.fieldErrors.some((f) => f.path.endsWith('lateReason'))) setServerSaysLate(true);
      handle(e, { form, onReload: () => void registration.refetch() });
    }
  };

  return (
    <>
      <div className="page-header">
        <Space orientation="vertical" size={0}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('movements.registrationTitle', { org: r.orgName })}
          </Typography.Title>
          <Typography.Text type="secondary">{m.name}</Typography.Text>
        </Space>
        <Link to={back}>
          <ArrowLeftOutlined /> {t('common.back')}
        </Link>
      </div>
      {r.registered && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('movements.registeredInfo', { at: formatDateTime(r.registeredAt), by: r.registeredBy ?? '' })}
        />
      )}
      {late && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('movements.lateWarning', { deadline: formatDate(deadline) })}
        />
      )}
      {disabled && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('movements.readOnly')} />}
      <Form<Values>
        name="registration"
        form={form}
        layout="vertical"
        disabled={disabled}
        onFinish={(v) => void onFinish(v)}
        onFinishFailed={() => void message.error(t('error.fields'))}
        onValuesChange={guard.onValuesChange}
      >
        {guard.banner}
        <Card title={t('movements.collectiveTitles')} style={{ marginBottom: 16 }}>
          <Form.Item name="collective" label={t('movements.unitTitles', { org: r.orgName })}>
            <Checkbox.Group options={collectiveOptions} />
          </Form.Item>
        </Card>
        <Card title={t('movements.peopleTitles')} style={{ marginBottom: 16 }}>
          <PeopleTitlesTable
            people={rows}
            loading={people.isFetching}
            titleOptions={individualOptions}
            value={personTitles}
            onChange={(next) => {
              setPersonTitles(next);
              guard.onValuesChange();
            }}
            disabled={disabled}
          />
        </Card>
        {m.targets.length > 0 && (
          <Card title={t('movements.commitments')} style={{ marginBottom: 16 }}>
            {m.targets.map((tg, index) => (
              <Space key={tg.id} align="baseline">
                <Form.Item name={['commitments', index, 'targetId']} hidden>
                  <Input />
                </Form.Item>
                <Form.Item name={['commitments', index, 'value']} label={tg.name}>
                  <InputNumber decimalSeparator="," suffix={tg.unit} style={{ width: 220 }} />
                </Form.Item>
              </Space>
            ))}
          </Card>
        )}
        <Card style={{ marginBottom: 16 }}>
          <Form.Item name="note" label={t('movements.note')}>
            <Input.TextArea {...limit(2000)} autoSize={{ minRows: 2, maxRows: 8 }} />
          </Form.Item>
          {late && (
            <Form.Item
              name="lateReason"
              label={t('movements.lateReason')}
              rules={[{ required: true, whitespace: true, message: t('movements.lateReasonRequired') }]}
            >
              <Input.TextArea {...limit(1000)} autoSize={{ minRows: 2, maxRows: 6 }} />
            </Form.Item>
          )}
        </Card>
        {!disabled && (
          <Space>
            <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
              {t('movements.saveRegistration')}
            </Button>
            <Button onClick={() => void navigate(back)}>{t('common.cancel')}</Button>
          </Space>
        )}
      </Form>
    </>
  );
}

function toValues(targets: { id: string; targetValue: number | null }[], r: RegistrationView): Values {
  const committed = new Map(r.commitments.map((c) => [c.targetId, c.value]));
  return {
    collective: r.titles.filter((x) => x.subjectKind === 'collective').map((x) => x.awardCode),
    commitments: targets.map((tg) => ({
      targetId: tg.id,
      value: committed.has(tg.id) ? committed.get(tg.id)! : tg.targetValue,
    })),
    note: r.note,
    lateReason: r.lateReason,
  };
}
