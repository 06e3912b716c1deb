import { Card, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import type { MovementView, TargetView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { uploadMovementAttachment } from './api.ts';
import { AttachmentsPanel } from '../../components/AttachmentsPanel.tsx';
import { useMovementLabels } from './labels.ts';

const PRE = { whiteSpace: 'pre-wrap' as const, margin: 0 };

/** "Thông tin": the movement's fields, targets and documents. */
export function InfoTab({ movement, onChanged }: { movement: MovementView; onChanged: () => void }) {
  const t = useT();
  const labels = useMovementLabels();
  const m = movement;
  const text = (value: string) => (value ? <p style={PRE}>{value}</p> : t('common.none'));
  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, xxl: 2 }}
          size="small"
          bordered
          styles={{ label: { width: 160, whiteSpace: 'nowrap' } }}
          items={[
            { key: 'kind', label: t('movements.kind'), children: labels.kind[m.kind] },
            { key: 'year', label: t('movements.year'), children: m.year },
            { key: 'level', label: t('movements.launchLevel'), children: labels.launchLevel[m.launchLevel] },
            {
              key: 'doc',
              label: t('movements.launchDoc'),
              children:
                [m.launchDocNumber, formatDate(m.launchDocDate), m.launchDocSigner].filter(Boolean).join(' — ') ||
                t('common.none'),
            },
            {
              key: 'period',
              label: t('movements.period'),
              children: `${formatDate(m.startsOn)} – ${formatDate(m.endsOn)}`,
            },
            {
              key: 'deadline',
              label: t('movements.deadline'),
              children: formatDate(m.registrationDeadline) || t('common.none'),
            },
            { key: 'every', label: t('movements.reportEvery'), children: labels.periodKind[m.reportEvery] },
            {
              key: 'units',
              label: t('movements.participants'),
              span: 'filled',
              children: (
                <Flex wrap gap={4}>
                  {m.participants.map((p) => (
                    <Tag key={p.orgId}>{p.orgName}</Tag>
                  ))}
                </Flex>
              ),
            },
            { key: 'objectives', label: t('movements.objectives'), span: 'filled', children: text(m.objectives) },
            { key: 'content', label: t('movements.content'), span: 'filled', children: text(m.content) },
            { key: 'criteria', label: t('movements.criteria'), span: 'filled', children: text(m.criteria) },
          ]}
        />
      </Card>
      <Card title={t('movements.targets')} style={{ marginBottom: 16 }}>
        <Table<TargetView>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={m.targets}
          locale={{ emptyText: t('movements.noTargets') }}
          columns={[
            { key: 'name', title: t('movements.targetName'), dataIndex: 'name' },
            { key: 'unit', title: t('movements.targetUnit'), dataIndex: 'unit' },
            {
              key: 'value',
              title: t('movements.targetValue'),
              align: 'right',
              render: (_, tg) => formatNumber(tg.targetValue) || t('common.none'),
            },
            {
              key: 'direction',
              title: t('movements.direction'),
              render: (_, tg) => t(tg.direction === 'at_most' ? 'movements.atMost' : 'movements.atLeast'),
            },
            {
              key: 'aggregation',
              title: t('movements.aggregation'),
              render: (_, tg) => t(tg.aggregation === 'latest' ? 'movements.aggLatest' : 'movements.aggSum'),
            },
          ]}
        />
      </Card>
      <Card title={<Typography.Text strong>{t('attachments.title')}</Typography.Text>}>
        <AttachmentsPanel
          attachments={m.attachments}
          upload={m.abilities.edit ? (file, onProgress) => uploadMovementAttachment(m.id, file, onProgress) : undefined}
          canDelete={m.abilities.edit}
          onChanged={onChanged}
        />
      </Card>
    </>
  );
}
