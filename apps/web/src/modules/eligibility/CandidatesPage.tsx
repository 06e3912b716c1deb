import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, App, Button, Card, Select, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { problemText } from '../../api/problems.ts';
import type { Candidate } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useUrlState } from '../../lib/useUrlState.ts';
import { DownloadOutlined, QuestionCircleOutlined } from '../../lib/icons.tsx';
import { OrgTreeSelect } from '../../components/OrgTreeSelect.tsx';
import { reviewYear, yearOptions } from '../../lib/years.ts';
import { exportCandidates, useCandidates, type CandidatesFilter } from './api.ts';
import { EligibilityPanel, type EligibilitySubject } from './EligibilityPanel.tsx';
import { VERDICT_COLOR, useVerdictLabel } from './Verdict.tsx';
import { WhyNotModal } from './WhyNotModal.tsx';
import { EmptyText } from '../../components/EmptyText.tsx';

interface Explaining {
  subject: EligibilitySubject;
  awardCode: string;
  year: number;
}

/** "Đề xuất theo điều kiện": who in a unit qualifies for which award in a year, and why. */
export default function CandidatesPage() {
  const t = useT();
  const verdictLabel = useVerdictLabel();
  const { message } = App.useApp();
  const [values, setFilter] = useUrlState((params) => ({
    orgId: params.get('orgId'),
    year: params.get('year') ?? String(reviewYear()),
    award: params.get('award'),
    include: params.get('include'),
  }));
  const filter: CandidatesFilter = {
    orgId: values.orgId,
    year: Number(values.year) || reviewYear(),
    awardCode: values.award ?? undefined,
    include: values.include === 'eligible' ? 'eligible' : 'all',
  };
  const { data, isFetching, error } = useCandidates(filter);
  const [explaining, setExplaining] = useState<Explaining | null>(null);
  const [whyNot, setWhyNot] = useState(false);
  const [exporting, setExporting] = useState(false);

  // An award judged for people and for units (Bằng khen) is listed once.
  const awardOptions = [
    ...new Map((data?.awardsJudged ?? []).map((a) => [a.code, { value: a.code, label: a.name }])).values(),
  ];

  const onExport = async () => {
    setExporting(true);
    try {
      await exportCandidates(filter);
    } catch (e) {
      void message.error(problemText(e, t));
    } finally {
      setExporting(false);
    }
  };

  const columns: TableColumnsType<Candidate> = [
    { key: 'no', title: t('ratings.no'), width: 56, render: (_, __, i) => i + 1 },
    {
      key: 'name',
      title: t('ratings.subject'),
      render: (_, c) =>
        c.subjectKind === 'individual' ? (
          <Link to={`/people/${encodeURIComponent(c.subjectId)}?tab=history`}>{c.name}</Link>
        ) : (
          <span>
            <Tag color="blue">{t('ratings.collective')}</Tag>
            {c.name}
          </span>
        ),
    },
    { key: 'org', title: t('people.org'), dataIndex: 'orgName' },
    {
      key: 'awards',
      title: t('candidates.awards'),
      render: (_, c) => (
        <Space wrap size={[4, 4]}>
          {c.awards.map((a) => (
            <Tag
              key={a.code}
              color={VERDICT_COLOR[a.verdict]}
              role="button"
              tabIndex={0}
              style={{ cursor: 'pointer' }}
              title={`${verdictLabel(a.verdict)} — ${t('candidates.why')}`}
              aria-label={`${a.name}: ${verdictLabel(a.verdict)}`}
              data-verdict={a.verdict}
              onClick={() =>
                setExplaining({
                  subject: { id: c.subjectId, name: c.name, kind: c.subjectKind },
                  awardCode: a.code,
                  year: filter.year,
                })
              }
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  setExplaining({
                    subject: { id: c.subjectId, name: c.name, kind: c.subjectKind },
                    awardCode: a.code,
                    year: filter.year,
                  });
                }
              }}
            >
              {a.name}
            </Tag>
          ))}
        </Space>
      ),
    },
  ];

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('candidates.title')}</Typography.Title>
        <Space wrap>
          <Button icon={<QuestionCircleOutlined />} onClick={() => setWhyNot(true)}>
            {t('candidates.whyNot')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            disabled={!filter.orgId}
            loading={exporting}
            onClick={() => void onExport()}
          >
            {t('candidates.export')}
          </Button>
        </Space>
      </div>
      <Card style={{ marginBottom: 16 }}>
        <Space wrap size="middle">
          <OrgTreeSelect
            aria-label={t('people.org')}
            value={filter.orgId}
            onChange={(v) => setFilter({ orgId: v })}
            style={{ width: 360 }}
          />
          <Space size={4}>
            <Typography.Text>{t('eligibility.year')}</Typography.Text>
            <Tooltip title={t('eligibility.yearHint')}>
              <QuestionCircleOutlined />
            </Tooltip>
            <Select
              aria-label={t('eligibility.year')}
              value={filter.year}
              options={yearOptions()}
              onChange={(v) => setFilter({ year: String(v) })}
              style={{ width: 110 }}
            />
          </Space>
          <Select
            aria-label={t('candidates.awardFilter')}
            placeholder={t('candidates.awardFilter')}
            allowClear
            value={filter.awardCode}
            onChange={(v: string | undefined) => setFilter({ award: v })}
            options={awardOptions}
            style={{ width: 300 }}
            popupMatchSelectWidth={false}
          />
          <Space>
            <Switch
              aria-label={t('candidates.includeReview')}
              checked={filter.include === 'all'}
              onChange={(v) => setFilter({ include: v ? null : 'eligible' })}
            />
            <span>{t('candidates.includeReview')}</span>
          </Space>
        </Space>
      </Card>
      {!filter.orgId && <Alert type="info" showIcon title={t('candidates.pickOrg')} />}
      {error && <Alert type="error" showIcon title={problemText(error, t)} style={{ marginBottom: 16 }} />}
      {filter.orgId && data && (
        <Typography.Paragraph role="status">
          {t('candidates.summary', {
            judged: formatNumber(data.subjectsJudged),
            count: formatNumber(data.items.length),
            instrument: data.ruleSet.instrument,
          })}
        </Typography.Paragraph>
      )}
      {filter.orgId && (
        <Table<Candidate>
          rowKey={(c) => `${c.subjectKind}:${c.subjectId}`}
          loading={isFetching}
          dataSource={data?.items ?? []}
          columns={columns}
          size="middle"
          locale={{ emptyText: <EmptyText loading={isFetching}>{t('candidates.empty')}</EmptyText> }}
          pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
        />
      )}
      <EligibilityPanel
        open={explaining !== null}
        onClose={() => setExplaining(null)}
        subject={explaining?.subject ?? null}
        awardCode={explaining?.awardCode}
        year={explaining?.year}
      />
      <WhyNotModal
        open={whyNot}
        defaultYear={filter.year}
        onClose={() => setWhyNot(false)}
        onPick={(subject, awardCode, year) => {
          setWhyNot(false);
          setExplaining({ subject, awardCode, year });
        }}
      />
    </>
  );
}
