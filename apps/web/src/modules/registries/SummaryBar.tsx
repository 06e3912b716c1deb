import { Space, Tag } from 'antd';
import type { RegistryKind } from '@thidua/contracts';
import { useT, type MessageKey } from '../../i18n/index.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useRegistrySummary } from './api.ts';
import { fieldsOf, labelsOf } from './fields.ts';

/** The counts on top of a registry's list at the chosen date: total, by classification, sums, occupancy. */
export function SummaryBar({ kind, asOf }: { kind: RegistryKind; asOf: string | null }) {
  const t = useT();
  const { data } = useRegistrySummary(kind, asOf);
  if (!data) return null;
  const labels = labelsOf(kind, t);
  const classField = fieldsOf(kind).find((f) => f.enumKey && data.byClass.some((c) => f.values?.includes(c.code)));
  const classLabel = (code: string) =>
    kind === 'craft-villages'
      ? t(code === '1' ? 'reg.traditionalYes' : 'reg.traditionalNo')
      : classField
        ? labels.value(classField, code)
        : code;
  return (
    <Space wrap size={4} data-testid="registry-summary">
      <Tag color="blue" data-testid="registry-total">
        {t('reg.total')}: {formatNumber(data.total)}
      </Tag>
      {data.byClass.map((c) => (
        <Tag key={c.code}>
          {classLabel(c.code)}: {formatNumber(c.count)}
        </Tag>
      ))}
      {data.sums.map((s) => (
        <Tag key={s.code}>
          {t(`reg.f.${s.code}` as MessageKey)}: {formatNumber(s.value)}
        </Tag>
      ))}
      {data.occupancyRate !== null && (
        <Tag color="gold">
          {t('reg.occupancy')}: {formatNumber(data.occupancyRate)}%
        </Tag>
      )}
    </Space>
  );
}
