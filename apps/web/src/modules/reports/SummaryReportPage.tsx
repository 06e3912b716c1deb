import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Select, Space, Typography } from 'antd';
import { problemText } from '../../api/problems.ts';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.tsx';
import { useT } from '../../i18n/index.tsx';
import { DownloadOutlined } from '../../lib/icons.tsx';
import { useUrlState } from '../../lib/useUrlState.ts';
import { yearOptions } from '../../lib/years.ts';
import { SummaryDraftEditor } from './SummaryDraftEditor.tsx';
import { SummaryFigures } from './SummaryFigures.tsx';
import { summaryApi } from './summaryApi.ts';

/** The span the page opens on: the five years just ended. */
const lastYear = () => new Date().getFullYear() - 1;

/** "Báo cáo tổng kết": pick a unit and a span, read the computed figures, write the texts, save, sign, download. */
export default function SummaryReportPage() {
  const t = useT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [values, setFilter] = useUrlState((params) => ({
    orgId: params.get('orgId'),
    from: params.get('from') ?? String(lastYear() - 4),
    to: params.get('to') ?? String(lastYear()),
  }));
  const from = Number(values.from) || lastYear() - 4;
  const to = Number(values.to) || lastYear();
  const span = { orgId: values.orgId ?? undefined, from, to };
  const figures = useQuery({
    queryKey: ['reports', 'summary', 'figures', span],
    queryFn: ({ signal }) => summaryApi.figures(span, signal),
    placeholderData: keepPreviousData,
    retry: false,
  });
  const orgId = figures.data?.orgId;
  const drafts = useQuery({
    queryKey: ['reports', 'summary', 'drafts', orgId],
    queryFn: ({ signal }) => summaryApi.drafts(orgId, signal),
    enabled: !!orgId,
  });
  const match = drafts.data?.items.find((d) => d.orgId === orgId && d.from === from && d.to === to);
  const draft = useQuery({
    queryKey: ['reports', 'summary', 'draft', match?.id],
    queryFn: ({ signal }) => summaryApi.draft(match!.id, signal),
    enabled: !!match,
  });
  const create = useMutation({
    mutationFn: () => summaryApi.create({ orgId: orgId!, from, to }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['reports', 'summary', 'drafts'] }),
    onError: (e) => void message.error(problemText(e, t)),
  });
  const [exporting, setExporting] = useState(false);
  const onExport = async () => {
    setExporting(true);
    try {
      await summaryApi.downloadLive(span);
    } catch (e) {
      void message.error(problemText(e, t));
    } finally {
      setExporting(false);
    }
  };
  const years = yearOptions().filter((o) => o.value <= new Date().getFullYear());
  // A signed report shows the figures frozen when it was signed.
  const shown = draft.data?.figures ?? figures.data;

  return (
    <div>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 8 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('nav.summaryReport')}
        </Typography.Title>
        {!match && (
          <Button type="primary" icon={<DownloadOutlined />} loading={exporting} onClick={() => void onExport()}>
            {t('summary.download')}
          </Button>
        )}
      </div>
      <Typography.Paragraph type="secondary">{t('summary.intro')}</Typography.Paragraph>
      <Card style={{ marginBottom: 16 }}>
        <Space wrap size="middle">
          <OrgTreeSelect
            aria-label={t('summary.unit')}
            placeholder={t('summary.unitDefault')}
            allowClear
            value={values.orgId}
            onChange={(v) => setFilter({ orgId: v })}
            style={{ width: 360 }}
          />
          <Space size={4}>
            <Typography.Text>{t('summary.from')}</Typography.Text>
            <Select
              aria-label={t('summary.from')}
              value={from}
              options={years}
              onChange={(v) => setFilter({ from: String(v) })}
              style={{ width: 110 }}
            />
          </Space>
          <Space size={4}>
            <Typography.Text>{t('summary.to')}</Typography.Text>
            <Select
              aria-label={t('summary.to')}
              value={to}
              options={years}
              onChange={(v) => setFilter({ to: String(v) })}
              style={{ width: 110 }}
            />
          </Space>
        </Space>
      </Card>
      {figures.error ? (
        <Alert type="error" showIcon message={problemText(figures.error, t)} style={{ marginBottom: 16 }} />
      ) : null}
      {orgId && !match && drafts.data && (
        <Card size="small" style={{ marginBottom: 16 }}>
          <Space wrap>
            <Typography.Text>{t('summary.noDraft')}</Typography.Text>
            <Button loading={create.isPending} onClick={() => create.mutate()}>
              {t('summary.createDraft')}
            </Button>
          </Space>
        </Card>
      )}
      {draft.data && <SummaryDraftEditor key={`${draft.data.id}-${draft.data.version}`} draft={draft.data} />}
      {figures.isFetching && !shown ? <Card loading /> : null}
      {shown && !figures.error && <SummaryFigures data={shown} />}
    </div>
  );
}
