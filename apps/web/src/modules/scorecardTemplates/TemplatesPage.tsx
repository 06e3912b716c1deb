import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { App, Button, Space, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { useProblemHandler } from '../../api/problems.ts';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { ListPage, useListState } from '../../components/ListPage.tsx';
import { useT } from '../../i18n/index.tsx';
import { formatNumber } from '../../lib/format.ts';
import { CopyOutlined, DeleteOutlined, PlusOutlined } from '../../lib/icons.tsx';
import { useBlocs } from '../blocs/api.ts';
import { TEMPLATES_KEY, TEMPLATES_PATH, useDeleteTemplate } from './api.ts';
import { CopyTemplateModal } from './CopyTemplateModal.tsx';
import { NewTemplateModal } from './NewTemplateModal.tsx';
import { StatusTag, useKindLabel, useKindShort, yearOptions } from './labels.tsx';
import type { TemplateSummary } from './types.ts';

const SORTS = ['year', 'name'] as const;

/**
 * "Bảng điểm": the scorecard templates, one per bloc and year and one per PAR-index year. The office creates one
 * (usually copied from last year's), copies one to another year, and deletes a draft no cycle uses.
 */
export default function TemplatesPage() {
  const t = useT();
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const onError = useProblemHandler();
  const kindLabel = useKindLabel();
  const kindShort = useKindShort();
  const list = useListState(['kind', 'year', 'blocId'], '-year');
  const blocs = useBlocs();
  const remove = useDeleteTemplate();
  const [creating, setCreating] = useState(false);
  const [copying, setCopying] = useState<TemplateSummary | null>(null);

  const confirmDelete = (row: TemplateSummary) =>
    modal.confirm({
      title: t('sct.deleteTitle', { name: row.name }),
      content: t('sct.deleteContent'),
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await remove.mutateAsync({ id: row.id });
          void message.success(t('sct.deleted'));
        } catch (e) {
          onError(e);
        }
      },
    });

  const columns: TableColumnsType<TemplateSummary> = [
    {
      key: 'name',
      title: t('sct.name'),
      render: (_, r) => (
        <Link to={`/scorecard-templates/${r.id}`} style={{ display: 'inline-block', minWidth: 180, maxWidth: 260 }}>
          {r.name}
        </Link>
      ),
    },
    { key: 'kind', title: t('sct.kind'), render: (_, r) => kindShort(r.kind) },
    {
      key: 'bloc',
      title: t('sct.bloc'),
      render: (_, r) => (
        <span style={{ display: 'inline-block', maxWidth: 190 }}>{r.blocName ?? t('common.none')}</span>
      ),
    },
    { key: 'year', title: t('sct.year'), dataIndex: 'year', align: 'right' },
    { key: 'status', title: t('sct.status'), render: (_, r) => <StatusTag status={r.status} /> },
    { key: 'maxTotal', title: t('sct.maxShort'), align: 'right', render: (_, r) => formatNumber(r.maxTotal) },
    { key: 'itemCount', title: t('sct.itemCountShort'), align: 'right', render: (_, r) => formatNumber(r.itemCount) },
    {
      key: 'actions',
      title: t('sct.actions'),
      render: (_, r) => (
        <Space size={4}>
          <Tooltip title={t('sct.copyToYear')}>
            <Button
              size="small"
              icon={<CopyOutlined />}
              aria-label={t('sct.copyOf', { name: r.name })}
              onClick={() => setCopying(r)}
            />
          </Tooltip>
          {r.status === 'draft' && (
            <Tooltip title={t('common.delete')}>
              <Button
                size="small"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('sct.deleteOf', { name: r.name })}
                onClick={() => confirmDelete(r)}
              />
            </Tooltip>
          )}
        </Space>
      ),
    },
  ];

  return (
    <ListPage<TemplateSummary>
      title={t('sct.title')}
      actions={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('sct.new')}
        </Button>
      }
      path={TEMPLATES_PATH}
      queryKey={TEMPLATES_KEY}
      state={list}
      sorts={SORTS}
      searchLabel={t('sct.search')}
      columns={columns}
      emptyText={t('sct.empty')}
      exportTo={{ path: `${TEMPLATES_PATH}/export.xlsx`, filename: 'bang-diem.xlsx' }}
      filters={
        <>
          <FilterSelect
            state={list}
            name="kind"
            label={t('sct.kind')}
            options={[
              { value: 'bloc', label: kindLabel('bloc') },
              { value: 'par', label: kindLabel('par') },
            ]}
            width={220}
          />
          <FilterSelect
            state={list}
            name="blocId"
            label={t('sct.bloc')}
            options={(blocs.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
            width={280}
          />
          <FilterSelect
            state={list}
            name="year"
            label={t('sct.year')}
            options={yearOptions(list.filters.year)}
            width={120}
          />
        </>
      }
    >
      <NewTemplateModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => void navigate(`/scorecard-templates/${id}`)}
      />
      <CopyTemplateModal
        source={copying}
        onClose={() => setCopying(null)}
        onCopied={(id) => void navigate(`/scorecard-templates/${id}`)}
      />
    </ListPage>
  );
}
