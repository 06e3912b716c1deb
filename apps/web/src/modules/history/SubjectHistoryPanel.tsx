import { useState } from 'react';
import { Alert, App, Button, Card, Popconfirm, Result, Space, Spin, Table, Typography } from 'antd';
import { useProblemHandler, problemText } from '../../api/problems.ts';
import type { AwardRecordView, PeriodView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { formatDate } from '../../lib/format.ts';
import { DeleteOutlined, EditOutlined, PlusOutlined, SafetyCertificateOutlined } from '../../lib/icons.tsx';
import { EligibilityPanel } from '../eligibility/EligibilityPanel.tsx';
import { useDeleteAwardRecord, useDeletePeriod, useHistory } from './api.ts';
import { AwardRecordModal } from './AwardRecordModal.tsx';
import { AwardTimeline } from './AwardTimeline.tsx';
import { PeriodModal } from './PeriodModal.tsx';
import { WithdrawAwardModal } from './WithdrawAwardModal.tsx';
import { EmptyText } from '../../components/EmptyText.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';

type Editing<T> = { open: false } | { open: true; item?: T };

/** "Khen thưởng – kỷ luật" of a person or a unit: timeline, issues, periods, eligibility check. */
export function SubjectHistoryPanel({ subjectId }: { subjectId: string }) {
  const t = useT();
  const labels = useLabels();
  const { message } = App.useApp();
  const handle = useProblemHandler();
  const { data: history, isPending, error, refetch } = useHistory(subjectId);
  const deleteAward = useDeleteAwardRecord();
  const deletePeriod = useDeletePeriod();
  const [award, setAward] = useState<Editing<AwardRecordView>>({ open: false });
  const [period, setPeriod] = useState<Editing<PeriodView>>({ open: false });
  const [checking, setChecking] = useState(false);
  const [withdrawing, setWithdrawing] = useState<AwardRecordView | null>(null);

  if (isPending) return <Spin />;
  if (!history) return <Result status="error" title={t('app.error')} subTitle={problemText(error, t)} />;

  const remove = async (action: () => Promise<unknown>) => {
    try {
      await action();
      void message.success(t('history.deleted'));
    } catch (e) {
      handle(e, { onReload: () => void refetch() });
    }
  };
  const { subject, canEdit } = history;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        {canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAward({ open: true })}>
            {t('history.addAward')}
          </Button>
        )}
        {canEdit && (
          <Button icon={<PlusOutlined />} onClick={() => setPeriod({ open: true })}>
            {t('history.addPeriod')}
          </Button>
        )}
        <Button icon={<SafetyCertificateOutlined />} onClick={() => setChecking(true)}>
          {t('history.checkEligibility')}
        </Button>
        <ExportButton
          path="/history/export.xlsx"
          filename="qua-trinh-khen-thuong.xlsx"
          query={{ subjectId: subject.id }}
        />
      </Space>
      {history.issues.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('history.issues', { count: history.issues.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {history.issues.map((issue, i) => (
                <li key={i}>{issue.message}</li>
              ))}
            </ul>
          }
        />
      )}
      <AwardTimeline
        history={history}
        deleting={deleteAward.isPending}
        onEdit={(record) => setAward({ open: true, item: record })}
        onDelete={(record) => setWithdrawing(record)}
      />
      <WithdrawAwardModal
        record={withdrawing}
        onCancel={() => setWithdrawing(null)}
        onWithdraw={(reason) =>
          remove(async () => {
            await deleteAward.mutateAsync({ id: withdrawing!.id, version: withdrawing!.version, reason });
            setWithdrawing(null);
          })
        }
      />
      <Card size="small" title={t('history.periods')}>
        <Table<PeriodView>
          size="small"
          rowKey="id"
          dataSource={history.periods}
          pagination={false}
          locale={{ emptyText: <EmptyText loading={isPending}>{t('history.noPeriods')}</EmptyText> }}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              key: 'category',
              title: t('history.periodCategory'),
              render: (_, p) => labels.periodCategory(p.category),
            },
            { key: 'kind', title: t('history.periodKind'), render: (_, p) => p.kindLabel || labels.periodKind(p.kind) },
            { key: 'from', title: t('history.from'), render: (_, p) => formatDate(p.from) },
            { key: 'to', title: t('history.to'), render: (_, p) => (p.to ? formatDate(p.to) : t('history.ongoing')) },
            { key: 'decision', title: t('history.decisionNumber'), dataIndex: 'decisionNumber' },
            { key: 'note', title: t('history.note'), dataIndex: 'note' },
            ...(canEdit
              ? [
                  {
                    key: 'actions',
                    title: t('common.actions'),
                    render: (_: unknown, p: PeriodView) => (
                      <Space>
                        <Button
                          size="small"
                          type="text"
                          icon={<EditOutlined />}
                          onClick={() => setPeriod({ open: true, item: p })}
                        >
                          {t('common.edit')}
                        </Button>
                        <Popconfirm
                          title={t('history.deletePeriodConfirm')}
                          okText={t('common.delete')}
                          okButtonProps={{ danger: true }}
                          cancelText={t('common.cancel')}
                          onConfirm={() => void remove(() => deletePeriod.mutateAsync(p))}
                        >
                          <Button size="small" type="text" danger icon={<DeleteOutlined />}>
                            {t('common.delete')}
                          </Button>
                        </Popconfirm>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {canEdit && (
        <>
          <AwardRecordModal
            open={award.open}
            subjectId={subject.id}
            subjectKind={subject.kind}
            record={award.open ? award.item : undefined}
            initiatives={history.initiatives}
            onClose={() => setAward({ open: false })}
          />
          <PeriodModal
            open={period.open}
            subjectId={subject.id}
            period={period.open ? period.item : undefined}
            onClose={() => setPeriod({ open: false })}
          />
        </>
      )}
      <EligibilityPanel
        open={checking}
        onClose={() => setChecking(false)}
        subject={{ id: subject.id, name: subject.name, kind: subject.kind }}
      />
      {history.awards.length > 0 && (
        <Typography.Text type="secondary">{t('history.count', { count: history.awards.length })}</Typography.Text>
      )}
    </Space>
  );
}
