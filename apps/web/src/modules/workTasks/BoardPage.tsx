import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Card, Select, Space, Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { problemText, useProblemHandler } from '../../api/problems.ts';
import { EmptyText } from '../../components/EmptyText.tsx';
import { useT } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/format.ts';
import { FileExcelOutlined } from '../../lib/icons.tsx';
import { useUrlState } from '../../lib/useUrlState.ts';
import { yearOptions } from '../../lib/years.ts';
import { exportTasks, useProgrammeOptions, useTaskBoard } from './api.ts';
import { BOARD_STATUSES, boardTotals, type BoardTotals } from './board.ts';
import { useTaskLabels } from './labels.ts';
import { tasksLink } from './links.ts';
import type { TaskBoardRow } from './types.ts';
import './workTasks.css';

type Line = BoardTotals & { key: string; orgId: string | null; orgName: string };

/**
 * "Bảng theo dõi nhiệm vụ": the leader's board of a year (or one programme): each unit in charge with its tasks
 * by status, the overdue ones and the requests for a new deadline waiting, a totals line; every count opens the
 * list of those tasks.
 */
export default function BoardPage() {
  const t = useT();
  const labels = useTaskLabels();
  const onError = useProblemHandler();
  const [filter, setFilter] = useUrlState((p) => ({
    year: p.get('year') ?? String(new Date().getFullYear()),
    programmeId: p.get('programmeId'),
  }));
  const year = Number(filter.year) || new Date().getFullYear();
  const programmes = useProgrammeOptions(year);
  const board = useTaskBoard(year, filter.programmeId);
  const [exporting, setExporting] = useState(false);
  const scope = { year, programmeId: filter.programmeId ?? undefined };

  const rows: TaskBoardRow[] = board.data?.items ?? [];
  const lines: Line[] = rows.map((r) => ({ ...r, key: r.orgId }));
  if (rows.length > 0) lines.push({ ...boardTotals(rows), key: 'totals', orgId: null, orgName: t('wt.totals') });

  const count = (n: number, filters: Record<string, string | undefined>) =>
    n > 0 ? <Link to={tasksLink({ ...scope, ...filters })}>{n}</Link> : <span style={{ color: '#bfbfbf' }}>0</span>;
  const org = (l: Line) => (l.orgId ? { orgId: l.orgId } : {});

  const columns: TableColumnsType<Line> = [
    {
      key: 'org',
      title: t('wt.col.org'),
      fixed: 'left',
      render: (_, l) => (
        <div style={{ minWidth: 140, maxWidth: 220 }}>
          {l.orgId ? <Link to={tasksLink({ ...scope, orgId: l.orgId })}>{l.orgName}</Link> : l.orgName}
        </div>
      ),
    },
    ...BOARD_STATUSES.map((s) => ({
      key: s,
      title: labels.status(s),
      align: 'right' as const,
      width: 84,
      // A request waiting for a leader is the status "extension requested"; its cell turns yellow.
      onCell: (l: Line) => ({
        className:
          s === 'extension_requested' && (l.extensionPending > 0 || (l.counts[s] ?? 0) > 0)
            ? 'board-cell-pending'
            : s === 'overdue' && (l.counts[s] ?? 0) > 0
              ? 'board-cell-hot'
              : '',
      }),
      render: (_: unknown, l: Line) => count(l.counts[s] ?? 0, { ...org(l), status: s }),
    })),
    {
      key: 'total',
      title: t('wt.board.total'),
      align: 'right',
      width: 84,
      render: (_, l) => <strong>{count(l.total, org(l))}</strong>,
    },
    {
      key: 'overdueNow',
      title: t('wt.board.overdueNow'),
      align: 'right',
      width: 96,
      onCell: (l) => ({ className: l.overdue > 0 ? 'board-cell-hot' : '' }),
      render: (_, l) => count(l.overdue, { ...org(l), overdue: 'true' }),
    },
  ];

  const onExport = async () => {
    setExporting(true);
    try {
      await exportTasks(scope, `bang-theo-doi-nhiem-vu-${year}.xlsx`);
    } catch (e) {
      onError(e);
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('wt.board')}</Typography.Title>
        <Tooltip title={t('wt.exportHint')}>
          <Button icon={<FileExcelOutlined />} loading={exporting} onClick={() => void onExport()}>
            {t('list.exportExcel')}
          </Button>
        </Tooltip>
      </div>
      <Card style={{ marginBottom: 16 }}>
        <Space wrap size="middle">
          <Select
            aria-label={t('wt.year')}
            value={year}
            options={yearOptions()}
            onChange={(v: number) => setFilter({ year: String(v), programmeId: null })}
            style={{ width: 110 }}
          />
          <Select
            aria-label={t('wt.programme')}
            placeholder={t('wt.allProgrammes')}
            allowClear
            value={filter.programmeId ?? undefined}
            options={programmes}
            onChange={(v?: string) => setFilter({ programmeId: v ?? null })}
            style={{ width: 360 }}
          />
          {board.data && (
            <Typography.Text type="secondary">{t('wt.asOf', { date: formatDate(board.data.asOf) })}</Typography.Text>
          )}
        </Space>
      </Card>
      {board.error && <Alert type="error" showIcon title={problemText(board.error, t)} style={{ marginBottom: 16 }} />}
      <Typography.Paragraph type="secondary">{t('wt.board.hint')}</Typography.Paragraph>
      <Table<Line>
        rowKey="key"
        size="middle"
        bordered
        loading={board.isFetching}
        columns={columns}
        dataSource={lines}
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowClassName={(l) => (l.orgId ? '' : 'board-totals')}
        locale={{ emptyText: <EmptyText loading={board.isFetching}>{t('wt.board.empty', { year })}</EmptyText> }}
      />
    </>
  );
}
