import { useMemo, useState } from 'react';
import { App, Button, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { problemText } from '../../api/problems.ts';
import { EChart } from '../../components/EChart.tsx';
import { EmptyText } from '../../components/EmptyText.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';
import { useT } from '../../i18n/index.tsx';
import { formatNumber } from '../../lib/format.ts';
import { EditOutlined, FileExcelOutlined, FileWordOutlined } from '../../lib/icons.tsx';
import { documents, useHistory, useRanking } from './api.ts';
import { historyRows, radarOption } from './charts.ts';
import { MinutesModal } from './MinutesModal.tsx';
import { useScorecardLabels } from './labels.ts';
import type { RankingRow, ScorecardView } from './types.ts';

const points = (v: number | null) => (v === null ? '—' : formatNumber(v));

/**
 * The results of a ranked cycle: the ranking (ties and the rule that decided them), the radar of the fields, the
 * bloc's results year on year, and the documents (ranking Excel, the acclamation minutes as a form and DOCX).
 */
export function ResultsSection({ scorecard: s }: { scorecard: ScorecardView }) {
  const t = useT();
  const labels = useScorecardLabels();
  const { message } = App.useApp();
  const ranking = useRanking(s.id, true);
  const history = useHistory(s.kind, s.blocId, true);
  const [minutesOpen, setMinutesOpen] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const rows = useMemo(() => ranking.data?.items ?? [], [ranking.data]);
  const radar = useMemo(() => radarOption(rows), [rows]);

  const get = async (name: string, fn: () => Promise<void>) => {
    setBusy(name);
    try {
      await fn();
    } catch (e) {
      void message.error(problemText(e, t));
    } finally {
      setBusy(null);
    }
  };

  const columns: TableColumnsType<RankingRow> = [
    { key: 'rank', title: t('sc.rank'), width: 70, render: (_, r) => <strong>{r.rank ?? '—'}</strong> },
    { key: 'name', title: t('sc.member'), render: (_, r) => r.name },
    { key: 'self', title: t('sc.selfTotal'), align: 'right', render: (_, r) => points(r.selfScore) },
    { key: 'appraised', title: t('sc.appraisedTotal'), align: 'right', render: (_, r) => points(r.appraisedScore) },
    ...(s.kind === 'par'
      ? [
          {
            key: 'survey',
            title: t('sc.survey'),
            align: 'right' as const,
            render: (_: unknown, r: RankingRow) => points(r.surveyScore),
          },
        ]
      : []),
    {
      key: 'diff',
      title: t('sc.difference'),
      align: 'right',
      render: (_, r) =>
        r.difference === null || r.difference === 0 ? (
          points(r.difference)
        ) : (
          <Typography.Text type={r.difference < 0 ? 'danger' : 'success'}>
            {r.difference > 0 ? '+' : ''}
            {formatNumber(r.difference)}
          </Typography.Text>
        ),
    },
    {
      key: 'final',
      title: t('sc.finalTotal'),
      align: 'right',
      render: (_, r) => <strong>{points(r.finalScore)}</strong>,
    },
    { key: 'class', title: t('sc.classification'), render: (_, r) => r.classification || '—' },
    ...(rows.some((r) => r.decidedBy)
      ? [
          {
            key: 'decided',
            title: t('sc.decidedBy'),
            render: (_: unknown, r: RankingRow) =>
              r.decidedBy ? <Tag color="gold">{t('sc.tieDecided', { rule: labels.tieBreak(r.decidedBy) })}</Tag> : '',
          },
        ]
      : []),
  ];

  const years = history.data?.years ?? [];
  const historyColumns: TableColumnsType<ReturnType<typeof historyRows>[number]> = [
    { key: 'name', title: t('sc.member'), fixed: 'left', render: (_, h) => h.name },
    ...years.map((y) => ({
      key: String(y),
      title: String(y),
      align: 'center' as const,
      render: (_: unknown, h: ReturnType<typeof historyRows>[number]) => {
        const r = h.byYear[y];
        if (!r || (r.rank === null && r.finalScore === null)) return '—';
        return (
          <span style={y === s.year ? { fontWeight: 600 } : undefined}>
            {r.rank !== null ? t('sc.rankShort', { rank: r.rank }) : ''}
            {r.finalScore !== null && (
              <Typography.Text type="secondary"> ({formatNumber(r.finalScore)})</Typography.Text>
            )}
          </span>
        );
      },
    })),
  ];

  return (
    <>
      <Card
        title={t('sc.ranking')}
        style={{ marginBottom: 16 }}
        extra={
          <Space wrap>
            <Button
              icon={<FileExcelOutlined />}
              loading={busy === 'xlsx'}
              onClick={() => void get('xlsx', () => documents.rankingXlsx(s.id))}
            >
              {t('sc.rankingXlsx')}
            </Button>
            {s.kind === 'bloc' && (
              <>
                {s.abilities.edit && (
                  <Button icon={<EditOutlined />} onClick={() => setMinutesOpen(true)}>
                    {t('sc.minutes')}
                  </Button>
                )}
                <Button
                  icon={<FileWordOutlined />}
                  loading={busy === 'docx'}
                  onClick={() => void get('docx', () => documents.minutesDocx(s.id))}
                >
                  {t('sc.minutesDocx')}
                </Button>
              </>
            )}
          </Space>
        }
      >
        {ranking.data && ranking.data.tieBreak.length > 0 && (
          <Typography.Paragraph type="secondary">
            {t('sc.tieRule', { rules: ranking.data.tieBreak.map(labels.tieBreak).join('; ') })}
          </Typography.Paragraph>
        )}
        <Table<RankingRow>
          rowKey="memberId"
          size="middle"
          loading={ranking.isFetching}
          dataSource={rows}
          columns={columns}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: ranking.error ? (
              problemText(ranking.error, t)
            ) : (
              <EmptyText loading={ranking.isFetching}>{t('sc.noRanking')}</EmptyText>
            ),
          }}
        />
      </Card>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(440px, 1fr))', gap: 16 }}>
        <Card title={t('sc.radar')}>
          {radar ? (
            <EChart option={radar} label={t('sc.radar')} style={{ height: 380 }} />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sc.radarNone')} />
          )}
        </Card>
        <Card
          title={t('sc.history')}
          extra={
            <ExportButton
              path="/scorecards/history/export.xlsx"
              filename="ket-qua-qua-cac-nam.xlsx"
              query={{ kind: s.kind, blocId: s.blocId ?? undefined }}
            />
          }
        >
          <Table
            rowKey="key"
            size="small"
            loading={history.isFetching}
            dataSource={history.data ? historyRows(history.data) : []}
            columns={historyColumns}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: history.error ? problemText(history.error, t) : t('sc.historyNone') }}
          />
        </Card>
      </div>
      {s.kind === 'bloc' && (
        <MinutesModal open={minutesOpen} scorecard={s} ranking={rows} onClose={() => setMinutesOpen(false)} />
      )}
    </>
  );
}
