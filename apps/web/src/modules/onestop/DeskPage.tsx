import { Link, useNavigate } from 'react-router';
import { Button, Segmented, Select, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { DateField, type DateValue } from '../../components/DateField.tsx';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { ListPage, useListState } from '../../components/ListPage.tsx';
import { useT } from '../../i18n/index.tsx';
import { PlusOutlined } from '../../lib/icons.tsx';
import { useAbilities } from '../auth/session.ts';
import { DOSSIERS_KEY, usePublishedProcedures } from './api.ts';
import { DOSSIER_STATUS_COLORS, QUEUES, formatDue, useDossierLabels } from './labels.ts';
import type { DossierListItem } from './types.ts';
import './onestop.css';

/** The sorts the list answers (DossiersQuery). */
const DOSSIER_SORTS = ['due', 'received', 'code'] as const;

const iso = (v: DateValue) => (dayjs.isDayjs(v) && v.isValid() ? v.format('YYYY-MM-DD') : null);

/**
 * "Hồ sơ thủ tục hành chính": the officer's desk. The queue (mine, awaiting receipt, awaiting hand-over,
 * paused, due soon, overdue, all) and the filters live in the URL; overdue rows are red, due-soon orange.
 */
export default function DeskPage() {
  const t = useT();
  const labels = useDossierLabels();
  const navigate = useNavigate();
  const abilities = useAbilities();
  const procedures = usePublishedProcedures('');
  const list = useListState(['queue', 'status', 'procedureId', 'from', 'to'], 'due');
  const queue = list.filters.queue ?? 'mine';
  // "Tất cả" asks for no queue.
  const state = { ...list, view: { ...list.view, queue: queue === 'all' ? undefined : queue } };

  const columns: TableColumnsType<DossierListItem> = [
    {
      key: 'code',
      title: t('onestop.code'),
      render: (_, d) => (
        <Link to={`/one-stop/dossiers/${d.id}`} onClick={(e) => e.stopPropagation()} style={{ whiteSpace: 'nowrap' }}>
          {d.code}
        </Link>
      ),
    },
    {
      key: 'procedure',
      title: t('onestop.procedure'),
      render: (_, d) => <div style={{ minWidth: 160, maxWidth: 190 }}>{d.procedureName}</div>,
    },
    {
      key: 'applicant',
      title: t('onestop.applicant'),
      render: (_, d) => <div style={{ maxWidth: 150 }}>{d.applicantName}</div>,
    },
    {
      key: 'received',
      title: t('onestop.receivedShort'),
      // The day is what the desk sorts by; the time is in the tooltip (and on the dossier's page).
      render: (_, d) =>
        d.receivedAt ? (
          <span title={formatDue(d.receivedAt)}>{formatDue(d.receivedAt).slice(0, 10)}</span>
        ) : (
          t('common.none')
        ),
    },
    {
      key: 'due',
      title: t('onestop.dueAt'),
      render: (_, d) => (
        <div style={{ whiteSpace: 'nowrap' }}>
          {formatDue(d.dueAt) || t('common.none')}
          {d.overdue && (
            <div>
              <Tag color="red">{t('onestop.overdue')}</Tag>
            </div>
          )}
          {!d.overdue && d.dueSoon && (
            <div>
              <Tag color="orange">{t('onestop.dueSoon')}</Tag>
            </div>
          )}
        </div>
      ),
    },
    {
      key: 'status',
      title: t('onestop.status'),
      render: (_, d) => (
        <Tag color={DOSSIER_STATUS_COLORS[d.status]} style={{ whiteSpace: 'normal', maxWidth: 130 }}>
          {labels.status(d.status)}
        </Tag>
      ),
    },
    {
      key: 'assignee',
      title: t('onestop.assignee'),
      render: (_, d) => d.assigneeName ?? t('common.none'),
    },
  ];

  return (
    <ListPage<DossierListItem>
      title={t('nav.onestopDesk')}
      actions={
        abilities?.onestop.receive && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/one-stop/receive')}>
            {t('onestop.receive')}
          </Button>
        )
      }
      path="/dossiers"
      queryKey={DOSSIERS_KEY}
      state={state}
      sorts={DOSSIER_SORTS}
      searchLabel={t('onestop.search')}
      columns={columns}
      emptyText={t('onestop.queueEmpty')}
      narrowed={!!list.q || ['status', 'procedureId', 'from', 'to'].some((k) => !!list.filters[k as 'status'])}
      exportTo={{ path: '/dossiers/export.xlsx', filename: 'ho-so-thu-tuc-hanh-chinh.xlsx' }}
      rowClassName={(d) => (d.overdue ? 'dossier-row-overdue' : d.dueSoon ? 'dossier-row-due-soon' : '')}
      onRowClick={(d) => void navigate(`/one-stop/dossiers/${d.id}`)}
      filters={
        <>
          <Segmented
            aria-label={t('onestop.queue')}
            value={queue}
            onChange={(v) => list.set({ queue: v === 'mine' ? null : v })}
            options={QUEUES.map((q) => ({ value: q.value, label: t(q.label) }))}
          />
          <FilterSelect
            state={list}
            name="status"
            label={t('onestop.status')}
            options={labels.statusOptions}
            width={220}
          />
          <Select
            aria-label={t('onestop.procedure')}
            placeholder={t('onestop.procedure')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={list.filters.procedureId ?? undefined}
            onChange={(v: string | undefined) => list.set({ procedureId: v ?? null })}
            options={(procedures.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            style={{ width: 280 }}
            popupMatchSelectWidth={false}
          />
          <DateField
            standalone
            aria-label={t('onestop.receivedFrom')}
            placeholder={t('onestop.receivedFrom')}
            value={list.filters.from ? dayjs(list.filters.from) : null}
            onChange={(v) => list.set({ from: iso(v) })}
          />
          <DateField
            standalone
            aria-label={t('onestop.receivedTo')}
            placeholder={t('onestop.receivedTo')}
            value={list.filters.to ? dayjs(list.filters.to) : null}
            onChange={(v) => list.set({ to: iso(v) })}
          />
        </>
      }
    />
  );
}
