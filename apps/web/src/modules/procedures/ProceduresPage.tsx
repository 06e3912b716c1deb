import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Dropdown, Space, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useProblemHandler } from '../../api/problems.ts';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { ListPage, useListState } from '../../components/ListPage.tsx';
import { useT } from '../../i18n/index.tsx';
import { formatMoney } from '../../lib/format.ts';
import {
  BarChartOutlined,
  CloudUploadOutlined,
  FileExcelOutlined,
  FileWordOutlined,
  PlusOutlined,
} from '../../lib/icons.tsx';
import { useAbilities } from '../auth/session.ts';
import { PROCEDURE_SORTS } from '@thidua/contracts';
import { PROCEDURES_KEY, downloadPublished } from './api.ts';
import { ONLINE_COLORS, STATUS_COLORS, useProcedureLabels } from './labels.ts';
import type { ProcedureSummary } from './types.ts';

/** "Thủ tục hành chính": the department's procedure catalog, searched without diacritics on the server. */
export default function ProceduresPage() {
  const t = useT();
  const labels = useProcedureLabels();
  const navigate = useNavigate();
  const onError = useProblemHandler();
  const canEdit = useAbilities()?.onestop.catalogEdit ?? false;
  const list = useListState(['field', 'status'], 'code');
  const [busy, setBusy] = useState<'docx' | 'xlsx' | null>(null);

  const published = async (format: 'docx' | 'xlsx') => {
    setBusy(format);
    try {
      await downloadPublished(format);
    } catch (e) {
      onError(e);
    } finally {
      setBusy(null);
    }
  };

  const columns: TableColumnsType<ProcedureSummary> = [
    { key: 'code', title: t('procedures.code'), dataIndex: 'code', width: 96 },
    {
      key: 'name',
      title: t('procedures.name'),
      render: (_, p) => (
        <Link to={`/procedures/${p.id}`} style={{ display: 'inline-block', minWidth: 200, maxWidth: 280 }}>
          {p.name}
        </Link>
      ),
    },
    {
      key: 'field',
      title: t('procedures.field'),
      render: (_, p) => (
        <span style={{ display: 'inline-block', maxWidth: 140 }}>{p.fieldLabel || labels.field(p.field)}</span>
      ),
    },
    { key: 'level', title: t('procedures.level'), render: (_, p) => labels.level(p.level) },
    {
      key: 'time',
      title: t('procedures.time'),
      render: (_, p) =>
        p.processingTime ? (
          <span style={{ display: 'inline-block', maxWidth: 90 }}>
            {p.processingTime.label || labels.time(p.processingTime.amount, p.processingTime.unit)}
          </span>
        ) : (
          t('common.none')
        ),
    },
    {
      key: 'fee',
      title: t('procedures.fees'),
      align: 'right',
      render: (_, p) => (p.feeTotal > 0 ? formatMoney(p.feeTotal) : t('procedures.noFee')),
    },
    {
      key: 'online',
      title: t('procedures.onlineColumn'),
      render: (_, p) => <Tag color={ONLINE_COLORS[p.onlineLevel]}>{t(`procedures.onlineShort.${p.onlineLevel}`)}</Tag>,
    },
    {
      key: 'status',
      title: t('procedures.status'),
      render: (_, p) => <Tag color={STATUS_COLORS[p.status]}>{labels.status(p.status)}</Tag>,
    },
  ];

  return (
    <ListPage<ProcedureSummary>
      title={t('procedures.title')}
      actions={
        <Space wrap>
          <Button icon={<BarChartOutlined />} onClick={() => void navigate('/procedures/simplification')}>
            {t('procedures.simplification')}
          </Button>
          {canEdit && (
            <>
              <Dropdown
                trigger={['click']}
                menu={{
                  items: [
                    { key: 'docx', icon: <FileWordOutlined />, label: t('procedures.publishedDocx') },
                    { key: 'xlsx', icon: <FileExcelOutlined />, label: t('procedures.publishedXlsx') },
                  ],
                  onClick: ({ key }) => void published(key as 'docx' | 'xlsx'),
                }}
              >
                <Button icon={<FileWordOutlined />} loading={busy !== null}>
                  {t('procedures.publishedList')}
                </Button>
              </Dropdown>
              <Button icon={<CloudUploadOutlined />} onClick={() => void navigate('/procedures/import')}>
                {t('procedures.import')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/procedures/new')}>
                {t('procedures.create')}
              </Button>
            </>
          )}
        </Space>
      }
      path="/procedures"
      queryKey={PROCEDURES_KEY}
      state={list}
      sorts={PROCEDURE_SORTS}
      searchLabel={t('procedures.search')}
      columns={columns}
      emptyText={t('procedures.empty')}
      exportTo={{ path: '/procedures/export.xlsx', filename: 'danh-muc-thu-tuc-hanh-chinh.xlsx' }}
      filters={
        <>
          <FilterSelect
            state={list}
            name="field"
            label={t('procedures.field')}
            options={labels.fieldOptions}
            width={260}
          />
          <FilterSelect
            state={list}
            name="status"
            label={t('procedures.status')}
            options={labels.statusOptions}
            width={170}
          />
        </>
      }
    />
  );
}
