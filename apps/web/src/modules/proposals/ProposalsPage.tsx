import { Link, useNavigate } from 'react-router';
import { Badge, Button, Segmented, Space, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { PROPOSAL_SORTS } from '@thidua/contracts';
import type { ProposalSummary } from '../../api/types.ts';
import { DateField, type DateValue } from '../../components/DateField.tsx';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { ListPage, useListState } from '../../components/ListPage.tsx';
import { useT } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { PlusOutlined } from '../../lib/icons.tsx';
import { yearOptions } from '../../lib/years.ts';
import { useCanPropose, useCanReviewProposals } from '../auth/session.ts';
import { PROPOSALS_KEY } from './api.ts';
import { PROPOSAL_STATUS_COLORS, useProposalLabels } from './labels.ts';

const iso = (v: DateValue) => (dayjs.isDayjs(v) && v.isValid() ? v.format('YYYY-MM-DD') : null);

/** "Hồ sơ đề nghị khen thưởng": the dossiers of the user's units; the office's review queue. */
export default function ProposalsPage() {
  const t = useT();
  const labels = useProposalLabels();
  const navigate = useNavigate();
  const canCreate = useCanPropose();
  const isOffice = useCanReviewProposals();
  // `postingEndsBy`: the postings ending by a day (the office's home opens the week ahead with it).
  const list = useListState(['status', 'year', 'postingEndsBy'], '-updatedAt');
  const { filters } = list;
  const queue = filters.status === 'submitted';

  const columns: TableColumnsType<ProposalSummary> = [
    {
      key: 'title',
      title: t('proposals.titleField'),
      render: (_, p) => (
        <Link to={`/proposals/${p.id}`} style={{ display: 'inline-block', minWidth: 220, maxWidth: 420 }}>
          {p.title}
        </Link>
      ),
    },
    { key: 'org', title: t('proposals.org'), dataIndex: 'orgName' },
    { key: 'year', title: t('proposals.year'), dataIndex: 'year' },
    {
      key: 'type',
      title: t('proposals.commendationType'),
      render: (_, p) => labels.commendationType[p.commendationType],
    },
    {
      key: 'status',
      title: t('proposals.status'),
      render: (_, p) => <Tag color={PROPOSAL_STATUS_COLORS[p.status]}>{labels.status[p.status]}</Tag>,
    },
    { key: 'items', title: t('proposals.itemCount'), dataIndex: 'itemCount', align: 'right' },
    {
      key: 'flagged',
      title: t('proposals.flaggedCount'),
      align: 'right',
      render: (_, p) =>
        p.flaggedCount > 0 ? (
          <Tag color="red" aria-label={t('proposals.flaggedAria', { count: p.flaggedCount })}>
            {p.flaggedCount}
          </Tag>
        ) : (
          t('common.none')
        ),
    },
    {
      key: 'submittedAt',
      title: t('proposals.submittedAt'),
      render: (_, p) => formatDateTime(p.submittedAt) || t('common.none'),
    },
  ];

  return (
    <ListPage<ProposalSummary>
      title={t('proposals.title')}
      actions={
        canCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/proposals/new')}>
            {t('proposals.create')}
          </Button>
        )
      }
      path="/proposals"
      queryKey={PROPOSALS_KEY}
      state={list}
      sorts={PROPOSAL_SORTS}
      searchLabel={t('proposals.search')}
      columns={columns}
      emptyText={queue ? t('proposals.queueEmpty') : t('proposals.empty')}
      // The review queue is a mode with its own empty text; only a search or a year narrows it.
      narrowed={queue ? !!list.q || !!filters.year : undefined}
      exportTo={{ path: '/proposals/export.xlsx', filename: 'ho-so-de-nghi-khen-thuong.xlsx' }}
      filters={(total) => (
        <>
          {isOffice && (
            <Segmented
              aria-label={t('proposals.quickFilter')}
              value={queue ? 'queue' : 'all'}
              onChange={(v) => list.set({ status: v === 'queue' ? 'submitted' : null })}
              options={[
                { value: 'all', label: t('common.all') },
                {
                  value: 'queue',
                  label: (
                    <Space size={4}>
                      {t('proposals.queue')}
                      {queue && total !== undefined ? <Badge count={total} showZero size="small" /> : null}
                    </Space>
                  ),
                },
              ]}
            />
          )}
          <FilterSelect state={list} name="year" label={t('proposals.year')} options={yearOptions()} width={160} />
          <FilterSelect
            state={list}
            name="status"
            label={t('proposals.status')}
            options={labels.statusOptions}
            width={220}
          />
          {(isOffice || filters.postingEndsBy) && (
            // Labelled beside the field: once a day is set the placeholder is gone, and a bare date says nothing.
            <Space size={6}>
              <span>{t('proposals.postingEndsBy')}:</span>
              <DateField
                standalone
                aria-label={t('proposals.postingEndsBy')}
                placeholder={t('proposals.postingEndsBy')}
                value={filters.postingEndsBy ? dayjs(filters.postingEndsBy) : null}
                onChange={(v) => list.set({ postingEndsBy: iso(v) })}
              />
            </Space>
          )}
        </>
      )}
    />
  );
}
