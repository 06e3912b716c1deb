import { useEffect } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { Alert, App, Button, Card, Form, Result, Space, Tabs, Typography } from 'antd';
import { ArrowLeftOutlined, HistoryOutlined, SaveOutlined } from '../../lib/icons.tsx';
import { problemText, useProblemHandler } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useAbilities, useCanWritePeople } from '../auth/session.ts';
import { LazyHistoryPanel } from '../history/LazyHistoryPanel.tsx';
import { FullPageSpin } from '../layout/Lazy.tsx';
import { useFormGuard } from '../../components/useFormGuard.tsx';
import { usePerson, useSavePerson } from './api.ts';
import { PersonForm, personToValues, valuesToInput, type PersonValues } from './PersonForm.tsx';

/** Create (/people/new) or view and edit (/people/:id) one person. */
export default function PersonPage() {
  const t = useT();
  const { id } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const canReadAudit = Boolean(useAbilities()?.audit.read);
  const canWrite = useCanWritePeople();
  const location = useLocation();
  const handle = useProblemHandler();
  const [form] = Form.useForm<PersonValues>();
  const { data: person, isPending, error, refetch } = usePerson(id);
  const save = useSavePerson();
  const guard = useFormGuard({ form, draft: { name: 'person', recordId: id, ready: !id || Boolean(person) } });

  useEffect(() => {
    if (person) form.setFieldsValue(personToValues(person));
  }, [person, form]);

  if (id && isPending) return <FullPageSpin />;
  if (!id && !canWrite) return <Result status="403" title="403" subTitle={t('app.forbidden')} />;
  if (id && !person) {
    return (
      <Result
        status="error"
        title={t('app.error')}
        subTitle={problemText(error, t)}
        extra={<Link to="/people">{t('common.back')}</Link>}
      />
    );
  }

  const canEdit = !person || person.abilities.edit;
  const reload = async () => {
    const fresh = await refetch();
    if (fresh.data) {
      form.resetFields();
      form.setFieldsValue(personToValues(fresh.data));
    }
  };

  const onFinish = async (values: PersonValues) => {
    try {
      const saved = await save.mutateAsync({ id: person?.id, version: person?.version, input: valuesToInput(values) });
      guard.saved();
      if (person) void message.success(t('common.saved'));
      else {
        void message.success(t('people.created', { name: saved.fullName }));
        void navigate(`/people/${saved.id}`, { replace: true });
      }
    } catch (e) {
      handle(e, { form, onReload: () => void reload() });
    }
  };

  const formCard = (
    <Card>
      {guard.banner}
      <PersonForm
        form={form}
        disabled={!canEdit || save.isPending}
        initialValues={{ status: 'working', orgId: params.get('orgId') ?? undefined, gender: undefined }}
        onFinish={(values) => void onFinish(values)}
        onValuesChange={guard.onValuesChange}
      />
      {canEdit && (
        <Space wrap>
          <Button type="primary" icon={<SaveOutlined />} loading={save.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
          {person && (
            <Typography.Text type="secondary">
              {t('people.updatedAt', { at: formatDateTime(person.updatedAt) })}
            </Typography.Text>
          )}
        </Space>
      )}
    </Card>
  );

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{person ? person.fullName : t('people.newTitle')}</Typography.Title>
        <Space wrap>
          {/* Opened from a link (no history inside the app): go to the list instead of leaving. */}
          <Button
            icon={<ArrowLeftOutlined />}
            onClick={() => void (location.key === 'default' ? navigate('/people') : navigate(-1))}
          >
            {t('common.back')}
          </Button>
          {person && canReadAudit && (
            <Link to={`/audit?entityType=person&entityId=${encodeURIComponent(person.id)}`}>
              <Button icon={<HistoryOutlined />}>{t('people.history')}</Button>
            </Link>
          )}
        </Space>
      </div>
      {!canEdit && <Alert type="info" showIcon title={t('people.readOnly')} style={{ marginBottom: 16 }} />}
      {/* Always tabs, so the form is not remounted when a new person gets her history tab. */}
      <Tabs
        activeKey={person && params.get('tab') === 'history' ? 'history' : 'info'}
        onChange={(key) => setParams(key === 'history' ? { tab: 'history' } : {}, { replace: true })}
        items={[
          { key: 'info', label: t('people.detail'), children: formCard },
          ...(person
            ? [{ key: 'history', label: t('history.tab'), children: <LazyHistoryPanel subjectId={person.id} /> }]
            : []),
        ]}
      />
    </>
  );
}
