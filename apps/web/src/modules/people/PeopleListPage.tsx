import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert, App, Button, Space, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { DownloadOutlined, FileExcelOutlined, UserAddOutlined } from '../../lib/icons.tsx';
import { download } from '../../api/files.ts';
import { problemText } from '../../api/problems.ts';
import type { Person } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { formatNumber } from '../../lib/format.ts';
import { useCanWritePeople } from '../auth/session.ts';
import { filtersToQuery, usePeople } from './api.ts';
import { peopleColumns, toSort } from './columns.tsx';
import { PeopleFilterBar } from './PeopleFilterBar.tsx';
import { PAGE_SIZES, usePeopleFilters } from './useFilters.ts';

export default function PeopleListPage() {
  const t = useT();
  const labels = useLabels();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [filters, setFilters, resetFilters] = usePeopleFilters();
  const { data, isFetching, error } = usePeople(filters);
  const [exporting, setExporting] = useState(false);
  const canWrite = useCanWritePeople();

  const onTableChange: TableProps<Person>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const one = Array.isArray(sorter) ? sorter[0] : sorter;
      setFilters({ sort: toSort(one?.columnKey, one?.order) });
    } else if (extra.action === 'paginate') {
      setFilters({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? filters.pageSize });
    }
  };

  const exportExcel = async () => {
    setExporting(true);
    try {
      await download('/people/export.xlsx', 'can-bo.xlsx', { query: filtersToQuery(filters, false) });
    } catch (e) {
      void message.error(problemText(e, t));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('people.title')}</Typography.Title>
        <Space wrap>
          {canWrite && (
            <>
              <Link to="/people/new">
                <Button type="primary" icon={<UserAddOutlined />}>
                  {t('people.add')}
                </Button>
              </Link>
              <Link to="/people/import">
                <Button icon={<FileExcelOutlined />}>{t('people.import')}</Button>
              </Link>
            </>
          )}
          <Button icon={<DownloadOutlined />} onClick={() => void exportExcel()} loading={exporting}>
            {t('people.export')}
          </Button>
        </Space>
      </div>
      <PeopleFilterBar filters={filters} onChange={setFilters} onReset={resetFilters} />
      {error && <Alert type="error" showIcon title={problemText(error, t)} style={{ marginBottom: 16 }} />}
      <Table<Person>
        rowKey="id"
        size="middle"
        columns={peopleColumns(t, labels, filters.sort)}
        dataSource={data?.items ?? []}
        loading={isFetching}
        onChange={onTableChange}
        scroll={{ x: 'max-content' }}
        onRow={(person) => ({ onClick: () => void navigate(`/people/${person.id}`), className: 'clickable-row' })}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: data?.total ?? 0,
          pageSizeOptions: PAGE_SIZES,
          showSizeChanger: true,
          showTotal: (total) =>
            t(data?.totalExact === false ? 'people.countMore' : 'people.count', { count: formatNumber(total) }),
        }}
      />
    </>
  );
}
