import { Card, Empty, List, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import { cellKey } from './useGridState.ts';
import type { StatEntryView } from './types.ts';

/**
 * "Kiểm tra số liệu": the rules the saved values break, errors first (an error blocks the submission, a
 * warning is for the clerk to look at); a click puts the cursor on the first cell named.
 */
export function ViolationList({
  validation,
  onFocus,
}: {
  validation: StatEntryView['validation'];
  onFocus?: (key: string) => void;
}) {
  const { t } = useI18n();
  const items = [...validation.violations].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  return (
    <Card
      size="small"
      role="region"
      aria-label={t('stat.validation.title')}
      title={t('stat.validation.title')}
      extra={
        <span>
          <Tag color={validation.errors ? 'red' : 'default'}>
            {t('stat.validation.errors', { count: validation.errors })}
          </Tag>
          <Tag color={validation.warnings ? 'orange' : 'default'}>
            {t('stat.validation.warnings', { count: validation.warnings })}
          </Tag>
        </span>
      }
    >
      {items.length ? (
        <List
          size="small"
          aria-label={t('stat.validation.title')}
          dataSource={items}
          renderItem={(v) => {
            const first = v.cells.find((c) => c.indicatorId);
            return (
              <List.Item
                style={{ cursor: first && onFocus ? 'pointer' : undefined }}
                onClick={() => first?.indicatorId && onFocus?.(cellKey(first.indicatorId, first.category))}
              >
                <div>
                  <Tag color={v.severity === 'error' ? 'red' : 'orange'}>{t(`stat.severity.${v.severity}`)}</Tag>
                  <Typography.Text strong>{v.ruleName}</Typography.Text>
                  <div>{v.message}</div>
                </div>
              </List.Item>
            );
          }}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('stat.validation.none')} />
      )}
      {validation.skipped.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('stat.validation.skipped', { count: validation.skipped.length })}{' '}
          {validation.skipped
            .slice(0, 3)
            .map((s) => `${s.ruleName}: ${s.reason}`)
            .join('; ')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
