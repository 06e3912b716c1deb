import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { formatNumber } from '../../lib/format.ts';
import type { SheetTotals } from './types.ts';

/** One column of totals: base, bonus, penalty, total (of the maximum) and the criteria still unscored. */
function TotalsColumn({ title, totals, max }: { title: string; totals: SheetTotals | null; max: number }) {
  const t = useT();
  const fmt = (v: number | string | undefined) => (typeof v === 'number' ? formatNumber(v) : (v ?? ''));
  return (
    <div aria-label={title} role="group">
      <Typography.Text strong>{title}</Typography.Text>
      {totals ? (
        <Row gutter={16} className="sc-totals" style={{ marginTop: 8 }}>
          <Col>
            <Statistic title={t('sc.base')} value={totals.base} formatter={fmt} />
          </Col>
          <Col>
            <Statistic title={t('sc.bonus')} value={totals.bonus} formatter={fmt} prefix="+" />
          </Col>
          <Col>
            <Statistic title={t('sc.penalty')} value={totals.penalty} formatter={fmt} prefix="−" />
          </Col>
          <Col>
            <Statistic
              title={t('sc.total')}
              value={totals.total}
              formatter={fmt}
              suffix={<Typography.Text type="secondary">/ {formatNumber(max)}</Typography.Text>}
              valueStyle={{ fontWeight: 600 }}
            />
          </Col>
          {totals.missing > 0 && (
            <Col>
              <Statistic title={t('sc.missing')} value={totals.missing} valueStyle={{ color: '#d46b08' }} />
            </Col>
          )}
        </Row>
      ) : (
        <Typography.Paragraph type="secondary">{t('sc.notYet')}</Typography.Paragraph>
      )}
    </div>
  );
}

/** The sheet's totals as typed: the member's, and beside them the appraisal's once there is one. */
export function SheetTotalsCard({
  self,
  appraised,
  max,
  showAppraised,
}: {
  self: SheetTotals | null;
  appraised: SheetTotals | null;
  max: number;
  showAppraised: boolean;
}) {
  const t = useT();
  return (
    <Card style={{ marginBottom: 16 }}>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(420px, 1fr))', gap: 16 }}>
        <TotalsColumn title={t('sc.selfTotals')} totals={self} max={max} />
        {showAppraised && <TotalsColumn title={t('sc.appraisedTotals')} totals={appraised} max={max} />}
      </div>
    </Card>
  );
}
