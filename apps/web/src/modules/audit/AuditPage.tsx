import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert, Button, List, Space, Table, Typography } from 'antd';
import { SafetyCertificateOutlined } from '../../lib/icons.tsx';
import { problemText } from '../../api/problems.ts';
import { ExportButton } from '../../components/ExportButton.tsx';
import type { AuditEntry } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { auditEntityPath } from '../../i18n/auditLabels.ts';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { useAudit, useVerifyAudit, type AuditFilters } from './api.ts';
import { AuditDiff } from './AuditDiff.tsx';
import { AuditFilterBar } from './AuditFilterBar.tsx';

const KEYS = ['entityType', 'entityId', 'actorId', 'from', 'to'] as const;

export default function AuditPage() {
  const t = useT();
  const labels = useLabels();
  const [params, setParams] = useSearchParams();
  const filters = useMemo<AuditFilters>(() => {
    const page = Number(params.get('page'));
    const result: AuditFilters = { page: page > 0 ? page : 1, pageSize: 50 };
    for (const key of KEYS) result[key] = params.get(key) ?? undefined;
    return result;
  }, [params]);
  const setFilters = (patch: Partial<AuditFilters>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(patch)) {
          if (value === undefined || value === '') next.delete(key);
          else next.set(key, String(value));
        }
        if (!('page' in patch)) next.delete('page');
        return next;
      },
      { replace: true },
    );
  const { data, isFetching, error } = useAudit(filters);
  const verify = useVerifyAudit();

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('audit.title')}</Typography.Title>
        <Space wrap>
          <Button icon={<SafetyCertificateOutlined />} onClick={() => verify.mutate()} loading={verify.isPending}>
            {t('audit.verify')}
          </Button>
          <ExportButton
            path="/audit/export.xlsx"
            filename="nhat-ky-he-thong.xlsx"
            query={{
              entityType: filters.entityType,
              entityId: filters.entityId,
              actorId: filters.actorId,
              from: filters.from,
              to: filters.to,
            }}
          />
        </Space>
      </div>
      {verify.data && (
        <Alert
          role="status"
          style={{ marginBottom: 16 }}
          showIcon
          closable={{ onClose: () => verify.reset() }}
          type={verify.data.ok ? 'success' : 'error'}
          title={
            verify.data.ok
              ? t('audit.verifyOk', { count: formatNumber(verify.data.checked) })
              : t('audit.verifyBad', { count: verify.data.problems.length, checked: formatNumber(verify.data.checked) })
          }
          description={
            verify.data.problems.length > 0 && (
              <List
                size="small"
                dataSource={verify.data.problems}
                renderItem={(p) => <List.Item>{`#${p.seq}: ${p.message}`}</List.Item>}
              />
            )
          }
        />
      )}
      {verify.error && (
        <Alert type="error" showIcon title={problemText(verify.error, t)} style={{ marginBottom: 16 }} />
      )}
      <AuditFilterBar filters={filters} onChange={setFilters} />
      {error && <Alert type="error" showIcon title={problemText(error, t)} style={{ marginBottom: 16 }} />}
      <Table<AuditEntry>
        rowKey="id"
        size="middle"
        loading={isFetching}
        dataSource={data?.items ?? []}
        scroll={{ x: 'max-content' }}
        expandable={{
          expandedRowRender: (entry) => <AuditDiff before={entry.before} after={entry.after} />,
          expandRowByClick: true,
        }}
        onChange={(pagination) => setFilters({ page: pagination.current ?? 1 })}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('common.total', { count: formatNumber(total) }),
        }}
        columns={[
          { key: 'seq', title: t('audit.seq'), dataIndex: 'seq', width: 80, responsive: ['md'] },
          { key: 'at', title: t('audit.time'), dataIndex: 'at', render: formatDateTime },
          {
            key: 'actor',
            title: t('audit.actor'),
            // The person's name; the account name (as written then) underneath for the record.
            render: (_: unknown, entry) =>
              entry.actorId ? (
                <span>
                  {entry.actorDisplayName ?? entry.actorName}
                  {entry.actorDisplayName && entry.actorName && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {entry.actorName}
                    </Typography.Text>
                  )}
                </span>
              ) : (
                t('audit.system')
              ),
          },
          {
            key: 'action',
            title: t('audit.action'),
            dataIndex: 'action',
            render: (action: string) => labels.action(action),
          },
          {
            key: 'entity',
            title: t('audit.entity'),
            render: (_: unknown, entry) => {
              const path = auditEntityPath(entry.entityType, entry.entityId);
              const name = entry.entityLabel;
              return (
                // Following the link or copying the id must not also expand/collapse the row.
                <span onClick={(e) => e.stopPropagation()}>
                  <Typography.Text type="secondary">{labels.entity(entry.entityType)}</Typography.Text>
                  {name && ': '}
                  {name && (path ? <Link to={path}>{name}</Link> : name)}
                  {!name && (
                    <Typography.Text
                      type="secondary"
                      copyable={{ text: entry.entityId, tooltips: [t('audit.copyId'), t('audit.copied')] }}
                      style={{ fontSize: 12, marginLeft: 4 }}
                    >
                      {t('audit.noName')}
                    </Typography.Text>
                  )}
                </span>
              );
            },
          },
        ]}
      />
    </>
  );
}
