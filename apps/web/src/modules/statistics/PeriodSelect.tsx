import { Select, Space } from 'antd';
import { useI18n } from '../../i18n/index.tsx';
import { periodLabel, periodsOfYear, type StatPeriodType } from './periods.ts';

const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: THIS_YEAR - 2015 + 2 }, (_, i) => THIS_YEAR + 1 - i);

/** A period of the data set's type: the year, then the month, quarter or half within it. */
export function PeriodSelect({
  type,
  value,
  onChange,
  id,
}: {
  type: StatPeriodType;
  value: string | null;
  onChange: (period: string) => void;
  id?: string;
}) {
  const { t, lang } = useI18n();
  const year = value ? Number(value.slice(0, 4)) : THIS_YEAR;
  const options = periodsOfYear(type, year);
  return (
    <Space.Compact>
      <Select
        aria-label={t('stat.year')}
        value={year}
        style={{ width: 96 }}
        options={YEARS.map((y) => ({ value: y, label: String(y) }))}
        onChange={(y: number) => {
          const index = value ? periodsOfYear(type, year).indexOf(value) : 0;
          const next = periodsOfYear(type, y);
          onChange(next[Math.max(0, index)] ?? next[0]!);
        }}
      />
      {type !== 'year' && (
        <Select
          id={id}
          aria-label={t('stat.period')}
          value={value && options.includes(value) ? value : undefined}
          placeholder={t('stat.period')}
          style={{ width: 200 }}
          options={options.map((p) => ({ value: p, label: periodLabel(p, lang) }))}
          onChange={onChange}
        />
      )}
    </Space.Compact>
  );
}
