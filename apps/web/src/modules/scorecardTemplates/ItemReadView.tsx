import { Descriptions, Typography } from 'antd';
import type { ScoringRule } from '@thidua/domain';
import { useT, type Translate } from '../../i18n/index.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useItemKindLabel } from './labels.tsx';
import { childSum, type EditorNode } from './tree.ts';
import type { ScorecardSource } from './types.ts';

/** A rule in words: "Theo tỷ lệ so với chỉ tiêu: 98 %". */
export function ruleText(rule: ScoringRule, unit: string, t: Translate): string {
  const u = unit ? ` ${unit}` : '';
  const name = t(`sct.ruleName.${rule.rule}`);
  switch (rule.rule) {
    case 'ratio':
      return `${name}: ${formatNumber(rule.target)}${u}`;
    case 'per_unit':
      return `${name}: ${t('sct.pointsShort', { n: formatNumber(rule.pointsEach) })} / 1${u}`;
    case 'at_most':
      return `${name}: ${formatNumber(rule.limit)}${u}`;
    case 'bands':
      return `${name}: ${rule.bands
        .map(
          (b) =>
            `${t('sct.bandFrom')} ${formatNumber(b.min)}${u} → ${t('sct.pointsShort', { n: formatNumber(b.points) })}`,
        )
        .join('; ')}`;
  }
}

/** The selected item of a template that may not change (in use, or for a reader): plain text, easy to read. */
export function ItemReadView({ node, sources }: { node: EditorNode; sources: ScorecardSource[] }) {
  const t = useT();
  const kindLabel = useItemKindLabel();
  const source = sources.find((s) => s.key === node.source) ?? null;
  const leaf = node.children.length === 0;
  const text = (value: string) =>
    value.trim() ? (
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{value}</Typography.Paragraph>
    ) : (
      t('common.none')
    );
  return (
    <Descriptions
      column={1}
      size="small"
      bordered
      items={[
        { key: 'code', label: t('sct.code'), children: node.code },
        { key: 'kind', label: t('sct.itemKind'), children: kindLabel(node.kind) },
        { key: 'name', label: t('sct.itemName'), children: node.name },
        {
          key: 'max',
          label: t('sct.maxPoints'),
          children: leaf
            ? formatNumber(node.maxPoints ?? 0)
            : `${formatNumber(node.maxPoints ?? 0)} — ${t('sct.childSum', {
                sum: formatNumber(childSum(node)),
                max: formatNumber(node.maxPoints ?? 0),
              })}`,
        },
        { key: 'guidance', label: t('sct.guidance'), children: text(node.guidance) },
        { key: 'evidence', label: t('sct.evidence'), children: text(node.evidence) },
        {
          key: 'method',
          label: t('sct.method'),
          children: !leaf
            ? t('sct.parentMethod')
            : node.method === 'computed'
              ? t('sct.method.computed')
              : t('sct.method.manual'),
        },
        ...(leaf && node.method === 'computed'
          ? [
              {
                key: 'source',
                label: t('sct.source'),
                children: source ? `${source.label} — ${source.description}` : (node.source ?? t('common.none')),
              },
              {
                key: 'rule',
                label: t('sct.rule'),
                children: node.scoring ? ruleText(node.scoring, source?.unit ?? '', t) : t('common.none'),
              },
            ]
          : []),
      ]}
    />
  );
}
