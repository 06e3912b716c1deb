import { useState } from 'react';
import { Button, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { formatDate, formatMoney } from '../../lib/format.ts';
import { SwapOutlined } from '../../lib/icons.tsx';
import { STATUS_COLORS, useProcedureLabels } from './labels.ts';
import type { ProcedureVersion } from './types.ts';
import { useDecisionText } from './VersionDetails.tsx';

/** "Lịch sử phiên bản": every version with its decision, validity, time and cost, and what changed between two. */
export function VersionHistory({ versions }: { versions: ProcedureVersion[] }) {
  const t = useT();
  const labels = useProcedureLabels();
  const decision = useDecisionText();
  const sorted = [...versions].sort((a, b) => b.seq - a.seq);
  const [pair, setPair] = useState<[string, string] | null>(null);

  const compare = (v: ProcedureVersion) => {
    const previous = sorted.find((o) => o.seq < v.seq);
    if (previous) setPair([previous.id, v.id]);
  };

  return (
    <>
      <section aria-label={t('procedures.history')}>
        <Table<ProcedureVersion>
          size="small"
          pagination={false}
          rowKey="id"
          dataSource={sorted}
          scroll={{ x: 'max-content' }}
          columns={[
            { key: 'seq', title: t('procedures.seq'), dataIndex: 'seq', width: 60, align: 'right' },
            {
              key: 'decision',
              title: t('procedures.decision'),
              render: (_, v) => (
                <span style={{ display: 'inline-block', minWidth: 160, maxWidth: 240 }}>{decision(v)}</span>
              ),
            },
            {
              key: 'from',
              title: t('procedures.effectiveFrom'),
              render: (_, v) => formatDate(v.effectiveFrom) || t('common.none'),
            },
            {
              key: 'to',
              title: t('procedures.effectiveTo'),
              render: (_, v) => formatDate(v.effectiveTo) || t('common.none'),
            },
            { key: 'time', title: t('procedures.time'), render: (_, v) => labels.time(v.time.amount, v.time.unit) },
            {
              key: 'cost',
              title: t('procedures.feesAndCost'),
              align: 'right',
              render: (_, v) => (
                <Space orientation="vertical" size={0} style={{ alignItems: 'flex-end' }}>
                  <span>{formatMoney(v.feeTotal)}</span>
                  {v.complianceCost > 0 && (
                    <Typography.Text type="secondary">
                      {t('procedures.costShort', { cost: formatMoney(v.complianceCost) })}
                    </Typography.Text>
                  )}
                </Space>
              ),
            },
            {
              key: 'status',
              title: t('procedures.status'),
              render: (_, v) => <Tag color={STATUS_COLORS[v.status]}>{labels.versionStatus(v.status)}</Tag>,
            },
            {
              key: 'compare',
              title: '',
              render: (_, v) =>
                sorted.some((o) => o.seq < v.seq) ? (
                  <Button size="small" icon={<SwapOutlined />} onClick={() => compare(v)}>
                    {t('procedures.compare')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </section>
      {pair && <CompareModal versions={sorted} pair={pair} onPair={setPair} onClose={() => setPair(null)} />}
    </>
  );
}

interface Line {
  key: string;
  label: string;
  before: string;
  after: string;
}

/** The attributes of two versions side by side, the changed ones marked, lists compared item by item. */
function CompareModal({
  versions,
  pair,
  onPair,
  onClose,
}: {
  versions: ProcedureVersion[];
  pair: [string, string];
  onPair: (pair: [string, string]) => void;
  onClose: () => void;
}) {
  const t = useT();
  const labels = useProcedureLabels();
  const decision = useDecisionText();
  const a = versions.find((v) => v.id === pair[0]);
  const b = versions.find((v) => v.id === pair[1]);
  const options = versions.map((v) => ({ value: v.id, label: t('procedures.versionSeq', { seq: v.seq }) }));
  const list = (items: string[]) => items.join('\n') || t('common.none');
  const lines: Line[] =
    a && b
      ? [
          { key: 'decision', label: t('procedures.decision'), before: decision(a), after: decision(b) },
          {
            key: 'time',
            label: t('procedures.time'),
            before: labels.time(a.time.amount, a.time.unit),
            after: labels.time(b.time.amount, b.time.unit),
          },
          {
            key: 'fee',
            label: t('procedures.feeTotalLabel'),
            before: formatMoney(a.feeTotal),
            after: formatMoney(b.feeTotal),
          },
          {
            key: 'fees',
            label: t('procedures.fees'),
            before: list(a.fees.map((f) => `${f.name}: ${formatMoney(f.amount)}`)),
            after: list(b.fees.map((f) => `${f.name}: ${formatMoney(f.amount)}`)),
          },
          {
            key: 'cost',
            label: t('procedures.complianceCost'),
            before: formatMoney(a.complianceCost),
            after: formatMoney(b.complianceCost),
          },
          {
            key: 'documents',
            label: t('procedures.documents'),
            before: list(a.documents.map((d) => `${d.name} (${d.count} ${labels.documentKind(d.kind).toLowerCase()})`)),
            after: list(b.documents.map((d) => `${d.name} (${d.count} ${labels.documentKind(d.kind).toLowerCase()})`)),
          },
          {
            key: 'steps',
            label: t('procedures.steps'),
            before: list(a.steps.map((s) => `${s.name} — ${s.unit}: ${labels.time(s.amount, s.timeUnit)}`)),
            after: list(b.steps.map((s) => `${s.name} — ${s.unit}: ${labels.time(s.amount, s.timeUnit)}`)),
          },
          {
            key: 'legs',
            label: t('procedures.legs'),
            before: list(a.legs.map((l) => `${l.agency}: ${l.name} (${labels.time(l.amount, l.timeUnit)})`)),
            after: list(b.legs.map((l) => `${l.agency}: ${l.name} (${labels.time(l.amount, l.timeUnit)})`)),
          },
          {
            key: 'legal',
            label: t('procedures.legalBasis'),
            before: a.legalBasis || t('common.none'),
            after: b.legalBasis || t('common.none'),
          },
          {
            key: 'result',
            label: t('procedures.result'),
            before: a.result || t('common.none'),
            after: b.result || t('common.none'),
          },
        ]
      : [];
  const changed = lines.filter((l) => l.before !== l.after).length;

  return (
    <Modal open title={t('procedures.compareTitle')} width={1000} footer={null} onCancel={onClose}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('procedures.compareBefore')}
          value={pair[0]}
          options={options}
          onChange={(v) => onPair([v, pair[1]])}
          style={{ width: 160 }}
        />
        <SwapOutlined />
        <Select
          aria-label={t('procedures.compareAfter')}
          value={pair[1]}
          options={options}
          onChange={(v) => onPair([pair[0], v])}
          style={{ width: 160 }}
        />
        <Typography.Text type="secondary">{t('procedures.changedCount', { count: changed })}</Typography.Text>
      </Space>
      <Table<Line>
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={lines}
        columns={[
          {
            key: 'label',
            title: '',
            dataIndex: 'label',
            width: 170,
            render: (label: string, l) => (l.before !== l.after ? <strong>{label}</strong> : label),
          },
          {
            key: 'before',
            title: a ? t('procedures.versionSeq', { seq: a.seq }) : '',
            render: (_, l) => <span style={{ whiteSpace: 'pre-wrap' }}>{l.before}</span>,
          },
          {
            key: 'after',
            title: b ? t('procedures.versionSeq', { seq: b.seq }) : '',
            render: (_, l) =>
              l.before !== l.after ? (
                <span style={{ whiteSpace: 'pre-wrap' }}>
                  <Tag color="gold">{t('procedures.changed')}</Tag>
                  {l.after}
                </span>
              ) : (
                <span style={{ whiteSpace: 'pre-wrap' }}>{l.after}</span>
              ),
          },
        ]}
      />
    </Modal>
  );
}
