import { Link, useParams } from 'react-router';
import { Alert, Card, Descriptions, Result, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { DOSSIER_CHANNEL_LABELS, APPLICANT_KIND_LABELS } from '@thidua/domain';
import { problemText } from '../../api/problems.ts';
import { NextStep } from '../../components/NextStep.tsx';
import { TransitionTimeline } from '../../components/TransitionTimeline.tsx';
import { useT } from '../../i18n/index.tsx';
import { formatMoney } from '../../lib/format.ts';
import { FullPageSpin } from '../layout/Lazy.tsx';
import { useDossier } from './api.ts';
import { useWorkingDaysLeft } from './useWorkingDaysLeft.ts';
import { ChecklistEditor } from './ChecklistEditor.tsx';
import { DossierActions } from './DossierActions.tsx';
import { ChecklistTable, FormsList, PausesAndLegs, StepsTable } from './DossierTables.tsx';
import { DOSSIER_STATUS_COLORS, formatDue, useDossierLabels } from './labels.ts';
import type { DossierView } from './types.ts';

const OPEN = new Set(['accepted', 'in_process', 'supplement', 'financial']);

/** The due time, and how many working days are left (or how late it is) over the department's calendar. */
function DueLine({ d }: { d: DossierView }) {
  const t = useT();
  const left = useWorkingDaysLeft(d.dueAt);
  if (!d.dueAt) return null;
  const open = OPEN.has(d.status);
  const paused = d.status === 'supplement' || d.status === 'financial';
  const moved = d.originalDueAt && d.originalDueAt !== d.dueAt;
  const hoursLeft = dayjs(d.dueAt).diff(dayjs(), 'hour');
  const remaining = d.overdue
    ? left !== null && left < 0
      ? t('onestop.lateDays', { days: -left })
      : t('onestop.lateToday')
    : left === null
      ? ''
      : left === 0
        ? t('onestop.dueToday', { hours: Math.max(0, hoursLeft) })
        : t('onestop.leftDays', { days: left });
  const finished = d.finishedAt
    ? dayjs(d.finishedAt).isAfter(dayjs(d.originalDueAt ?? d.dueAt))
      ? t('onestop.finishedLate')
      : t('onestop.finishedInTime')
    : '';
  const text = (
    <span>
      <strong>{t('onestop.dueAt')}:</strong> {formatDue(d.dueAt)}
      {moved && ` (${t('onestop.originalDue', { due: formatDue(d.originalDueAt) })})`}
      {open && !paused && remaining && ` — ${remaining}`}
      {paused && ` — ${t('onestop.pausedNow')}`}
      {finished && ` — ${finished}`}
      {d.apologies > 0 && ` — ${t('onestop.apologised', { count: d.apologies })}`}
    </span>
  );
  const type = !open ? 'info' : d.overdue ? 'error' : d.dueSoon ? 'warning' : 'success';
  return (
    <Alert
      role="status"
      aria-label={t('onestop.dueAt')}
      type={type}
      showIcon
      title={text}
      style={{ marginBottom: 16 }}
    />
  );
}

/** One dossier: who acts next, its due time, the actions, the steps, pauses, legs, checklist, forms and history. */
export default function DossierPage() {
  const t = useT();
  const labels = useDossierLabels();
  const { id } = useParams();
  const { data: d, isPending, error, refetch } = useDossier(id);
  if (isPending) return <FullPageSpin />;
  if (!d)
    return (
      <Result
        status="error"
        title={t('app.error')}
        subTitle={problemText(error, t)}
        extra={<Link to="/one-stop">{t('common.back')}</Link>}
      />
    );
  const reload = () => void refetch();
  const a = d.applicant;

  return (
    <>
      <div className="page-header">
        <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('onestop.dossierTitle', { code: d.code })}
          </Typography.Title>
          <Space wrap size={4}>
            <Tag color={DOSSIER_STATUS_COLORS[d.status]}>{labels.status(d.status)}</Tag>
            <Tag title={t('onestop.portalCodeHelp')}>{t('onestop.portalCode', { code: d.portalCode })}</Tag>
            {d.overdue && OPEN.has(d.status) && <Tag color="red">{t('onestop.overdue')}</Tag>}
            {!d.overdue && d.dueSoon && OPEN.has(d.status) && <Tag color="orange">{t('onestop.dueSoon')}</Tag>}
            {d.result && (
              <Tag color={d.result === 'granted' ? 'green' : 'red'}>
                {t(d.result === 'granted' ? 'onestop.result.granted' : 'onestop.result.refused')}
              </Tag>
            )}
          </Space>
        </Space>
        <DossierActions dossier={d} onReload={reload} />
      </div>
      <NextStep step={d.nextStep} />
      <DueLine d={d} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            {
              key: 'procedure',
              label: t('onestop.procedure'),
              span: 2,
              children: `${d.procedure.name} (${d.procedure.code}, ${t('onestop.versionSeq', { seq: d.procedure.versionSeq })})`,
            },
            { key: 'channel', label: t('onestop.channel'), children: DOSSIER_CHANNEL_LABELS[d.channel] },
            {
              key: 'applicant',
              label: t('onestop.applicant'),
              children: `${a.name} (${APPLICANT_KIND_LABELS[a.kind]})`,
            },
            {
              key: 'id',
              label: a.kind === 'enterprise' ? t('onestop.taxCode') : t('onestop.citizenId'),
              children: a.idNo || t('common.none'),
            },
            {
              key: 'contact',
              label: t('onestop.contact'),
              children: [a.phone, a.email].filter(Boolean).join(' · ') || t('common.none'),
            },
            { key: 'address', label: t('onestop.address'), children: a.address || t('common.none') },
            { key: 'received', label: t('onestop.receivedAt'), children: formatDue(d.receivedAt) || t('common.none') },
            { key: 'assignee', label: t('onestop.assignee'), children: d.assigneeName ?? t('common.none') },
            ...(d.feeAmount
              ? [
                  {
                    key: 'fee',
                    label: t('onestop.fees'),
                    children: `${formatMoney(d.feeAmount)}${d.feePaidAt ? ` — ${t('onestop.paid')}` : ''}`,
                  },
                ]
              : []),
            ...(d.finishedAt
              ? [{ key: 'finished', label: t('onestop.finishedAt'), children: formatDue(d.finishedAt) }]
              : []),
            ...(d.returnedAt
              ? [{ key: 'returned', label: t('onestop.returnedAt'), children: formatDue(d.returnedAt) }]
              : []),
          ]}
        />
      </Card>
      <Card title={t('onestop.steps')} style={{ marginBottom: 16 }}>
        <StepsTable dossier={d} />
      </Card>
      <Card title={t('onestop.pausesAndLegs')} style={{ marginBottom: 16 }}>
        <PausesAndLegs dossier={d} />
      </Card>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(420px, 1fr))', gap: 16 }}>
        <Card title={t('onestop.checklist')}>
          {d.abilities.attach ? (
            <ChecklistEditor key={`${d.id}-${d.status}`} dossier={d} />
          ) : (
            <ChecklistTable dossier={d} />
          )}
        </Card>
        <Card title={t('onestop.forms')}>
          <FormsList dossier={d} />
        </Card>
      </div>
      <Card title={t('onestop.history')} style={{ marginTop: 16 }}>
        <TransitionTimeline
          entity="dossier"
          items={d.transitions}
          colors={DOSSIER_STATUS_COLORS}
          createdLabel={t('onestop.createdEntry')}
        />
      </Card>
    </>
  );
}
