import { useMemo } from 'react';
import { Input, InputNumber, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { limit } from '../../components/textLimit.ts';
import { useT } from '../../i18n/index.tsx';
import { formatNumber } from '../../lib/format.ts';
import { EvidenceCell } from './EvidenceCell.tsx';
import { FigureBlock } from './FigureBlock.tsx';
import { appraisalProblem, cellOrder, differenceOf, nodePoints, type CellKey, type SheetRow } from './sheetRows.ts';
import { useGridNav } from './useGridNav.ts';
import type { SheetEdits, SheetMode } from './useSheetEdits.ts';
import type { Appraisal, ScoreSheet } from './types.ts';
import './scorecards.css';

const show = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatNumber(v));
const INDENT = 14;

/** Points typed and shown the Vietnamese way (14,5), with as many decimals as typed (antd's separator pads them). */
const POINTS_INPUT = {
  step: 0.5,
  formatter: (v: number | string | undefined) => (v === undefined || v === '' ? '' : String(v).replace('.', ',')),
  // The cleaned text, not a number: an emptied cell must stay empty (Number('') would save a 0).
  parser: (text: string | undefined) => (text ?? '').replace(/\s/gu, '').replace(',', '.') as unknown as number,
};

/** The columns a mode types into, in reading order (the keyboard walk). */
const TYPING: Record<SheetMode, string[]> = {
  self: ['points', 'note', 'evidence'],
  appraise: ['appraisal', 'reduced', 'reason'],
  explain: ['explanation', 'evidence'],
  read: [],
};

/**
 * The sheet as a grid of the template's tree: code, criterion (its guidance, the evidence asked for, a computed
 * criterion's figure), maximum; then what the mode needs — the member's points, note and evidence; the
 * appraiser's judgement beside the self points (accept, reduce with points and reason, ask to explain) with the
 * difference; the member's answer to each question. Parent rows sum their children.
 */
export function SheetGrid({
  sheet,
  mode,
  edits,
  onReload,
}: {
  sheet: ScoreSheet;
  mode: SheetMode;
  edits: SheetEdits;
  onReload: () => void;
}) {
  const t = useT();
  const { rows } = edits;
  const frozen = sheet.member.status !== 'self_assessment';
  const order = useMemo(() => cellOrder(rows, TYPING[mode], (r) => mode !== 'self' || !r.computed), [rows, mode]);
  const nav = useGridNav(order);
  const key = (r: SheetRow, col: string) => `${r.item.id}:${col}` as CellKey;
  const showAppraisal =
    mode === 'appraise' ||
    mode === 'explain' ||
    sheet.scores.some((s) => s.appraisal !== null || s.appraisedPoints !== null);
  const showExplanation = mode === 'explain' || sheet.scores.some((s) => s.appraisal === 'explain' || s.explanation);
  const appraisalOptions: { value: Appraisal; label: string }[] = [
    { value: 'accepted', label: t('sc.appr.accepted') },
    { value: 'reduced', label: t('sc.appr.reduced') },
    ...(mode === 'appraise' && sheet.abilities.transitions.includes('request_explanation')
      ? [{ value: 'explain' as const, label: t('sc.appr.explain') }]
      : []),
  ];
  const apprLabel = (a: Appraisal | null) => (a ? t(`sc.appr.${a}`) : '—');
  const canAttach = mode === 'self' || mode === 'explain';
  const leafPoints = (id: string) => edits.selfOf(rows.find((r) => r.item.id === id)!);
  const leafAppraised = (id: string) => edits.appraisedOf(rows.find((r) => r.item.id === id)!);

  const columns: TableColumnsType<SheetRow> = [
    {
      key: 'code',
      title: t('sc.code'),
      width: 56,
      render: (_, r) => <span style={{ paddingLeft: r.depth * 8, fontWeight: r.leaf ? 400 : 600 }}>{r.item.code}</span>,
    },
    {
      key: 'name',
      title: t('sc.criterion'),
      render: (_, r) => (
        <div style={{ paddingLeft: r.depth * INDENT, minWidth: 220, maxWidth: mode === 'self' ? 420 : 300 }}>
          <Typography.Text strong={!r.leaf}>{r.item.name}</Typography.Text>
          {r.item.kind === 'bonus' && (
            <Tag color="green" style={{ marginLeft: 6 }}>
              {t('sc.bonus')}
            </Tag>
          )}
          {r.item.kind === 'penalty' && (
            <Tag color="red" style={{ marginLeft: 6 }}>
              {t('sc.penalty')}
            </Tag>
          )}
          {r.item.guidance && (
            <Typography.Paragraph
              type="secondary"
              ellipsis={{ rows: 1, expandable: true, symbol: t('sc.guidanceMore') }}
              style={{ margin: 0, fontSize: 12 }}
            >
              {t('sc.guidance')}: {r.item.guidance}
            </Typography.Paragraph>
          )}
          {r.leaf && r.item.evidence && (
            <Typography.Paragraph
              type="secondary"
              ellipsis={{ rows: 1, expandable: true, symbol: t('sc.guidanceMore') }}
              style={{ margin: 0, fontSize: 12 }}
            >
              {t('sc.evidenceRequired')}: {r.item.evidence}
            </Typography.Paragraph>
          )}
          {r.computed && <FigureBlock figure={edits.score(r.item.id)?.figure ?? null} frozen={frozen} />}
        </div>
      ),
    },
    { key: 'max', title: t('sc.max'), align: 'right', width: 60, render: (_, r) => formatNumber(r.item.maxPoints) },
    {
      key: 'self',
      title: t('sc.selfPoints'),
      align: 'right',
      width: 104,
      render: (_, r) => {
        if (!r.leaf) return <strong>{show(nodePoints(r.item, leafPoints))}</strong>;
        if (r.computed)
          return (
            <span title={t('sc.computedHelp')}>
              {show(edits.selfOf(r))} <Tag style={{ marginInlineEnd: 0 }}>{t('sc.computed')}</Tag>
            </span>
          );
        if (mode !== 'self') return show(edits.selfOf(r));
        const k = key(r, 'points');
        return (
          <InputNumber<number>
            ref={nav.register(k)}
            aria-label={t('sc.selfPointsOf', { code: r.item.code })}
            min={0}
            max={r.item.maxPoints}
            {...POINTS_INPUT}
            value={edits.selfOf(r)}
            onChange={(v) => edits.setSelf(r.item.id, { points: v ?? null })}
            onKeyDown={nav.onKeyDown(k)}
            status={(edits.selfOf(r) ?? 0) > r.item.maxPoints ? 'error' : undefined}
            style={{ width: 96 }}
          />
        );
      },
    },
    ...(mode === 'self' || !showAppraisal
      ? [
          {
            key: 'note',
            title: t('sc.note'),
            render: (_: unknown, r: SheetRow) => {
              if (!r.leaf) return null;
              if (mode !== 'self' || r.computed)
                return <span style={{ whiteSpace: 'pre-wrap' }}>{edits.noteOf(r.item.id)}</span>;
              const k = key(r, 'note');
              return (
                <Input
                  ref={nav.register(k)}
                  aria-label={t('sc.noteOf', { code: r.item.code })}
                  value={edits.noteOf(r.item.id)}
                  onChange={(e) => edits.setSelf(r.item.id, { note: e.target.value })}
                  onKeyDown={nav.onKeyDown(k)}
                  {...limit(2000)}
                  style={{ minWidth: 180 }}
                />
              );
            },
          },
        ]
      : []),
    ...(showAppraisal
      ? [
          {
            key: 'appraisal',
            title: t('sc.appraisal'),
            width: 150,
            render: (_: unknown, r: SheetRow) => {
              if (!r.leaf) return null;
              const a = edits.appraisalOf(r.item.id);
              if (mode !== 'appraise') return apprLabel(a);
              const k = key(r, 'appraisal');
              return (
                <Select<Appraisal>
                  ref={nav.register(k)}
                  aria-label={t('sc.appraisalOf', { code: r.item.code })}
                  placeholder={t('sc.apprPick')}
                  value={a ?? undefined}
                  options={appraisalOptions}
                  onChange={(v) => edits.setAppraisal(r.item.id, { appraisal: v })}
                  onInputKeyDown={(e) => {
                    if (e.key === 'Tab') nav.onKeyDown(k, { enter: false })(e);
                  }}
                  style={{ width: 140 }}
                />
              );
            },
          },
          {
            key: 'appraised',
            title: t('sc.appraisedPoints'),
            align: 'right' as const,
            width: 100,
            render: (_: unknown, r: SheetRow) => {
              if (!r.leaf) return <strong>{show(nodePoints(r.item, leafAppraised))}</strong>;
              if (mode === 'appraise' && edits.appraisalOf(r.item.id) === 'reduced') {
                const k = key(r, 'reduced');
                return (
                  <InputNumber<number>
                    ref={nav.register(k)}
                    aria-label={t('sc.appraisedPointsOf', { code: r.item.code })}
                    min={0}
                    max={r.item.maxPoints}
                    {...POINTS_INPUT}
                    value={edits.reducedOf(r.item.id)}
                    status={
                      appraisalProblem('reduced', edits.selfOf(r), edits.reducedOf(r.item.id), 'x')
                        ? 'error'
                        : undefined
                    }
                    onChange={(v) => edits.setAppraisal(r.item.id, { points: v ?? null })}
                    onKeyDown={nav.onKeyDown(k)}
                    style={{ width: 84 }}
                  />
                );
              }
              return show(edits.appraisedOf(r));
            },
          },
          {
            key: 'diff',
            title: t('sc.difference'),
            align: 'right' as const,
            width: 76,
            render: (_: unknown, r: SheetRow) => {
              if (!r.leaf) return null;
              const d = differenceOf(edits.selfOf(r), edits.appraisedOf(r));
              if (d === null || d === 0) return show(d);
              return (
                <Typography.Text type={d < 0 ? 'danger' : 'success'} strong>
                  {d > 0 ? '+' : ''}
                  {formatNumber(d)}
                </Typography.Text>
              );
            },
          },
          {
            key: 'reason',
            title: t('sc.reason'),
            render: (_: unknown, r: SheetRow) => {
              if (!r.leaf) return null;
              const a = edits.appraisalOf(r.item.id);
              if (mode === 'appraise' && (a === 'reduced' || a === 'explain')) {
                const k = key(r, 'reason');
                return (
                  <Input
                    ref={nav.register(k)}
                    aria-label={t(a === 'explain' ? 'sc.questionOf' : 'sc.reasonOf', { code: r.item.code })}
                    placeholder={t(a === 'explain' ? 'sc.questionPlaceholder' : 'sc.reasonPlaceholder')}
                    value={edits.reasonOf(r.item.id)}
                    onChange={(e) => edits.setAppraisal(r.item.id, { reason: e.target.value })}
                    onKeyDown={nav.onKeyDown(k)}
                    status={
                      appraisalProblem(a, edits.selfOf(r), edits.reducedOf(r.item.id), edits.reasonOf(r.item.id)) ===
                      'reason'
                        ? 'warning'
                        : undefined
                    }
                    {...limit(2000)}
                    style={{ minWidth: 200 }}
                  />
                );
              }
              return <span style={{ whiteSpace: 'pre-wrap' }}>{edits.reasonOf(r.item.id)}</span>;
            },
          },
        ]
      : []),
    ...(showExplanation
      ? [
          {
            key: 'explanation',
            title: t('sc.explanation'),
            render: (_: unknown, r: SheetRow) => {
              if (!r.leaf) return null;
              const asked = edits.score(r.item.id)?.appraisal === 'explain';
              if (mode === 'explain' && asked) {
                const k = key(r, 'explanation');
                return (
                  <Input.TextArea
                    ref={nav.register(k)}
                    aria-label={t('sc.explanationOf', { code: r.item.code })}
                    value={edits.explanationOf(r.item.id)}
                    onChange={(e) => edits.setExplanation(r.item.id, e.target.value)}
                    onKeyDown={nav.onKeyDown(k, { enter: false })}
                    autoSize={{ minRows: 2, maxRows: 8 }}
                    {...limit(4000)}
                    style={{ minWidth: 240 }}
                  />
                );
              }
              return <span style={{ whiteSpace: 'pre-wrap' }}>{edits.explanationOf(r.item.id)}</span>;
            },
          },
        ]
      : []),
    {
      key: 'evidence',
      title: t('sc.evidence'),
      width: 104,
      render: (_, r) =>
        r.leaf && !r.computed ? (
          <EvidenceCell
            scorecardId={sheet.scorecard.id}
            memberId={sheet.member.id}
            item={r.item}
            score={edits.score(r.item.id)}
            canAttach={canAttach}
            onChanged={onReload}
            {...(canAttach
              ? {
                  buttonRef: nav.register(key(r, 'evidence')),
                  onKeyDown: nav.onKeyDown(key(r, 'evidence'), { enter: false }),
                }
              : {})}
          />
        ) : null,
    },
  ];

  return (
    <Table<SheetRow>
      rowKey={(r) => r.item.id}
      size="small"
      dataSource={rows}
      // The member answering a question reads it beside his points; the appraised figures are not settled yet.
      columns={mode === 'explain' ? columns.filter((c) => c.key !== 'appraised' && c.key !== 'diff') : columns}
      pagination={false}
      scroll={{ x: 'max-content' }}
      rowClassName={(r) => {
        if (!r.leaf) return 'sc-parent-row';
        const d = differenceOf(edits.selfOf(r), edits.appraisedOf(r));
        return d !== null && d < 0
          ? 'sc-reduced-row'
          : edits.appraisalOf(r.item.id) === 'explain'
            ? 'sc-explain-row'
            : '';
      }}
    />
  );
}
