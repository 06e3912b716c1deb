import { useState } from 'react';
import { Alert, Button, Card, Table, Tag } from 'antd';
import { problemText } from '../../api/problems.ts';
import { useT } from '../../i18n/index.tsx';
import { useValidationReport } from './apiValues.ts';
import type { StatValidationReport } from './types.ts';

type Line = StatValidationReport['units'][number]['result']['violations'][number] & { unitName: string; key: string };

/** "Báo cáo kiểm tra cả kỳ": every rule broken by any unit's figures of the period, run on request. */
export function ValidationReport({ dataset, period }: { dataset: string; period: string }) {
  const t = useT();
  const [run, setRun] = useState(false);
  const report = useValidationReport({ dataset, period }, run);
  const lines: Line[] = (report.data?.units ?? []).flatMap((u) =>
    u.result.violations.map((v, i) => ({ ...v, unitName: u.unitName, key: `${u.unitId}:${v.ruleId}:${i}` })),
  );
  return (
    <Card
      size="small"
      title={t('stat.validation.report')}
      style={{ marginTop: 16 }}
      extra={
        <Button onClick={() => (run ? void report.refetch() : setRun(true))} loading={report.isFetching}>
          {run ? t('stat.validation.rerun') : t('stat.validation.run')}
        </Button>
      }
    >
      {report.error && <Alert type="error" showIcon title={problemText(report.error, t)} />}
      {report.data && (
        <>
          <p>
            <Tag color={report.data.errors ? 'red' : 'default'}>
              {t('stat.validation.errors', { count: report.data.errors })}
            </Tag>
            <Tag color={report.data.warnings ? 'orange' : 'default'}>
              {t('stat.validation.warnings', { count: report.data.warnings })}
            </Tag>
          </p>
          <Table
            size="small"
            rowKey="key"
            dataSource={lines}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t('stat.validation.none') }}
            columns={[
              { title: t('stat.unit'), dataIndex: 'unitName' },
              {
                title: t('stat.severity'),
                key: 'severity',
                render: (_, v) => (
                  <Tag color={v.severity === 'error' ? 'red' : 'orange'}>{t(`stat.severity.${v.severity}`)}</Tag>
                ),
              },
              { title: t('stat.rule'), dataIndex: 'ruleName' },
              { title: t('stat.validation.message'), dataIndex: 'message' },
            ]}
          />
        </>
      )}
    </Card>
  );
}
