import { useEffect, useState } from 'react';
import { Alert, Button, Drawer, Form, List, Select, Space, Typography } from 'antd';
import type { Criterion, EligibilityCheckResult } from '../../api/types.ts';
import { problemText } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import {
  CheckCircleOutlined,
  CloseCircleOutlined,
  QuestionCircleOutlined,
  SafetyCertificateOutlined,
} from '../../lib/icons.tsx';
import { AwardSelect } from '../../components/AwardSelect.tsx';
import { CitationText } from '../../components/CitationTag.tsx';
import { reviewYear, yearOptions } from '../../lib/years.ts';
import { useEligibilityCheck } from './api.ts';
import { VerdictTag } from './Verdict.tsx';

export interface EligibilitySubject {
  id: string;
  name: string;
  kind: 'individual' | 'collective';
}

export interface EligibilityPanelProps {
  open: boolean;
  onClose: () => void;
  subject: EligibilitySubject | null;
  /** Preselected award and year; the check runs at once when both are given. */
  awardCode?: string;
  year?: number;
}

function CriterionIcon({ met }: { met: boolean | null }) {
  const t = useT();
  if (met === true)
    return <CheckCircleOutlined style={{ color: '#52c41a', fontSize: 18 }} aria-label={t('eligibility.met')} />;
  if (met === false)
    return <CloseCircleOutlined style={{ color: '#ff4d4f', fontSize: 18 }} aria-label={t('eligibility.notMet')} />;
  return <QuestionCircleOutlined style={{ color: '#fa8c16', fontSize: 18 }} aria-label={t('eligibility.unknown')} />;
}

function CriterionLine({ criterion }: { criterion: Criterion }) {
  const t = useT();
  const state = criterion.met === true ? 'met' : criterion.met === false ? 'not-met' : 'unknown';
  return (
    <List.Item data-criterion={criterion.key} data-met={state}>
      <Space align="start" size="middle" style={{ width: '100%' }}>
        <span role="img" aria-label={state === 'met' ? '✓' : state === 'not-met' ? '✗' : '?'}>
          <CriterionIcon met={criterion.met} />
        </span>
        <Space orientation="vertical" size={2} style={{ flex: 1 }}>
          <Typography.Text>{criterion.detail}</Typography.Text>
          {criterion.evidence.length > 0 && (
            <ul className="evidence" aria-label={t('eligibility.evidence')}>
              {criterion.evidence.map((e, i) => (
                <li key={i}>
                  <Typography.Text type="secondary">{e}</Typography.Text>
                </li>
              ))}
            </ul>
          )}
          <CitationText citation={criterion.citation} />
        </Space>
      </Space>
    </List.Item>
  );
}

/** The verdict and every criterion explained, with the evidence read and the legal basis. */
export function EligibilityResult({ result }: { result: EligibilityCheckResult }) {
  const t = useT();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} aria-label={t('eligibility.result')}>
      <div>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {result.awardName} — {result.year}
        </Typography.Title>
        <VerdictTag verdict={result.verdict} big />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('eligibility.ruleSet', { instrument: result.ruleSet.instrument })}
        </Typography.Paragraph>
      </div>
      {result.registration && (
        <Alert
          showIcon
          type={result.registration.registered ? 'success' : 'warning'}
          title={
            result.registration.registered
              ? t('eligibility.registered', { movement: result.registration.movementName ?? '' })
              : t('eligibility.notRegistered', { year: result.year })
          }
        />
      )}
      <section aria-label={t('eligibility.criteria')}>
        <List bordered dataSource={result.criteria} rowKey="key" renderItem={(c) => <CriterionLine criterion={c} />} />
      </section>
    </Space>
  );
}

/** "Xét điều kiện": pick an award and a year, see whether (and why) the subject qualifies. */
export function EligibilityPanel({ open, onClose, subject, awardCode, year }: EligibilityPanelProps) {
  const t = useT();
  const check = useEligibilityCheck();
  const [award, setAward] = useState<string | undefined>(awardCode);
  const [checkYear, setCheckYear] = useState<number>(year ?? reviewYear());
  const { mutate, reset } = check;
  const subjectId = subject?.id;

  useEffect(() => {
    if (!open) return;
    setAward(awardCode);
    setCheckYear(year ?? reviewYear());
    reset();
    if (subjectId && awardCode && year) mutate({ subjectId, awardCode, year });
  }, [open, subjectId, awardCode, year, mutate, reset]);

  const run = () => {
    if (subject && award) check.mutate({ subjectId: subject.id, awardCode: award, year: checkYear });
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={720}
      title={subject ? t('eligibility.titleOf', { name: subject.name }) : t('eligibility.title')}
      destroyOnHidden
    >
      <Form layout="inline" onFinish={run} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label={t('eligibility.award')}>
          <AwardSelect
            aria-label={t('eligibility.award')}
            subject={subject?.kind}
            value={award}
            onChange={setAward}
            style={{ width: 340 }}
          />
        </Form.Item>
        <Form.Item
          label={t('eligibility.year')}
          tooltip={{ title: t('eligibility.yearHint'), icon: <QuestionCircleOutlined /> }}
        >
          <Select
            aria-label={t('eligibility.year')}
            value={checkYear}
            onChange={setCheckYear}
            options={yearOptions()}
            style={{ width: 100 }}
          />
        </Form.Item>
        <Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            icon={<SafetyCertificateOutlined />}
            disabled={!award || !subject}
            loading={check.isPending}
          >
            {t('eligibility.check')}
          </Button>
        </Form.Item>
      </Form>
      {check.error && <Alert type="error" showIcon title={problemText(check.error, t)} />}
      {check.data && <EligibilityResult result={check.data} />}
    </Drawer>
  );
}
