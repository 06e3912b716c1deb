import { Link } from 'react-router';
import { Table, Typography } from 'antd';
import type { ImportResult } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/format.ts';

type RowError = ImportResult['errors'][number];
type Duplicate = ImportResult['duplicates'][number];

export function ErrorTable({ errors }: { errors: RowError[] }) {
  const t = useT();
  return (
    <section aria-label={t('import.errors')}>
      <Typography.Title level={4}>{t('import.errors')}</Typography.Title>
      <Table<RowError>
        size="small"
        rowKey={(e, i) => `${e.row}:${e.column}:${i ?? 0}`}
        dataSource={errors}
        pagination={errors.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'row', title: t('import.row'), dataIndex: 'row', width: 80 },
          { key: 'column', title: t('import.column'), dataIndex: 'column', width: 180 },
          { key: 'message', title: t('import.message'), dataIndex: 'message' },
        ]}
      />
    </section>
  );
}

export function DuplicateTable({ duplicates }: { duplicates: Duplicate[] }) {
  const t = useT();
  return (
    <section aria-label={t('import.duplicates')}>
      <Typography.Title level={4}>{t('import.duplicates')}</Typography.Title>
      <Table<Duplicate>
        size="small"
        rowKey={(d, i) => `${d.row}:${i ?? 0}`}
        dataSource={duplicates}
        pagination={duplicates.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'row', title: t('import.row'), dataIndex: 'row', width: 80 },
          { key: 'fullName', title: t('people.fullName'), dataIndex: 'fullName' },
          { key: 'dateOfBirth', title: t('people.dateOfBirth'), dataIndex: 'dateOfBirth', render: formatDate },
          {
            key: 'sameAs',
            title: t('import.sameAs'),
            render: (_: unknown, d) =>
              d.existingPersonId ? (
                <Link to={`/people/${d.existingPersonId}`} target="_blank">
                  {t('import.existing')}
                </Link>
              ) : d.otherRow !== null ? (
                t('import.otherRow', { row: d.otherRow })
              ) : (
                // The same person in a unit out of the importer's reach: flagged, not linked.
                t('import.existingElsewhere')
              ),
          },
        ]}
      />
    </section>
  );
}
