import { useState } from 'react';
import { Alert, App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { problemText } from '../../api/problems.ts';
import type { ExemplarView, MovementView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/format.ts';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '../../lib/icons.tsx';
import { useDeleteExemplar, useExemplars } from './api.ts';
import { ExemplarModal } from './ExemplarModal.tsx';
import { EmptyText } from '../../components/EmptyText.tsx';
import { ExportButton } from '../../components/ExportButton.tsx';

/** "Điển hình": the exemplary units and people the movement brought out. */
export function ExemplarsTab({ movement }: { movement: MovementView }) {
  const t = useT();
  const { message } = App.useApp();
  const { data, isFetching, error } = useExemplars(movement.id);
  const remove = useDeleteExemplar(movement.id);
  const [editing, setEditing] = useState<{ open: boolean; item?: ExemplarView }>({ open: false });

  const onDelete = async (e: ExemplarView) => {
    try {
      await remove.mutateAsync(e);
      void message.success(t('movements.exemplarDeleted'));
    } catch (err) {
      void message.error(problemText(err, t));
    }
  };

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        {movement.abilities.exemplars && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ open: true })}>
            {t('movements.addExemplar')}
          </Button>
        )}
        <ExportButton
          path={`/movements/${encodeURIComponent(movement.id)}/exemplars/export.xlsx`}
          filename="dien-hinh-tien-tien.xlsx"
        />
      </Space>
      {error && <Alert type="error" showIcon title={problemText(error, t)} style={{ marginBottom: 16 }} />}
      <Table<ExemplarView>
        rowKey="id"
        size="middle"
        loading={isFetching}
        dataSource={data ?? []}
        locale={{ emptyText: <EmptyText loading={isFetching}>{t('movements.noExemplars')}</EmptyText> }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            key: 'subject',
            title: t('movements.subject'),
            render: (_, e) => (
              <Space orientation="vertical" size={0}>
                <span>
                  <Tag>{e.subjectKind === 'individual' ? t('movements.individual') : t('movements.collective')}</Tag>
                  {e.subjectName}
                </span>
                {e.subjectKind === 'individual' && <Typography.Text type="secondary">{e.orgName}</Typography.Text>}
              </Space>
            ),
          },
          {
            key: 'title',
            title: t('movements.exemplarTitle'),
            render: (_, e) => (
              <Space orientation="vertical" size={0}>
                <Typography.Text strong>{e.title}</Typography.Text>
                {e.description && <Typography.Text type="secondary">{e.description}</Typography.Text>}
              </Space>
            ),
          },
          { key: 'evidence', title: t('movements.evidence'), dataIndex: 'evidence' },
          { key: 'on', title: t('movements.recordedOn'), render: (_, e) => formatDate(e.recordedOn) },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, e) =>
              e.canEdit && (
                <Space>
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    aria-label={t('movements.editExemplarOf', { name: e.subjectName })}
                    onClick={() => setEditing({ open: true, item: e })}
                  >
                    {t('common.edit')}
                  </Button>
                  <Popconfirm
                    title={t('movements.deleteExemplarConfirm', { name: e.subjectName })}
                    okText={t('common.delete')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => onDelete(e)}
                  >
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('movements.deleteExemplarOf', { name: e.subjectName })}
                    />
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
      <ExemplarModal
        movementId={movement.id}
        open={editing.open}
        exemplar={editing.item}
        onClose={() => setEditing({ open: false })}
      />
    </>
  );
}
