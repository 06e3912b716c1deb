import { Tag, Tooltip, Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import type { SourceFigure } from './types.ts';

/**
 * A computed criterion's figure: what was counted, the value with its numerator and denominator, the query
 * period, and whether it is frozen (since the sheet was submitted) or live; the detail in full on hover.
 */
export function FigureBlock({ figure, frozen }: { figure: SourceFigure | null; frozen: boolean }) {
  const t = useT();
  if (!figure)
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('sc.figureNone')}
      </Typography.Text>
    );
  const value =
    figure.value === null
      ? t('sc.figureNoData')
      : `${formatNumber(Math.round(figure.value * 100) / 100)} ${figure.unit}`.trim();
  const ratio =
    figure.numerator !== null && figure.denominator !== null
      ? ` (${formatNumber(figure.numerator)}/${formatNumber(figure.denominator)})`
      : '';
  return (
    <div style={{ fontSize: 12, marginTop: 4 }} data-testid="figure">
      <Tag color={frozen ? 'default' : 'blue'} style={{ marginRight: 4 }}>
        {frozen ? t('sc.figureFrozen') : t('sc.figureLive')}
      </Tag>
      <Tooltip title={figure.detail}>
        <span>
          {figure.label}: <strong>{value}</strong>
          {ratio}
        </span>
      </Tooltip>
      <div>
        <Typography.Text type="secondary">
          {t('sc.figurePeriod', { from: formatDate(figure.periodFrom), to: formatDate(figure.periodTo) })}
        </Typography.Text>
      </div>
      {figure.detail && (
        <Typography.Paragraph
          type="secondary"
          ellipsis={{ rows: 1, expandable: true, symbol: t('sc.more') }}
          style={{ margin: 0, fontSize: 12 }}
        >
          {figure.detail}
        </Typography.Paragraph>
      )}
    </div>
  );
}
