import { Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import {
  formatPeriodId,
  parsePeriodId,
  periodOf,
  periodRange,
  reportingPeriodLabel,
  type ReportingPeriod,
  type ReportingPeriodType,
} from '@thidua/domain';
import { DateField, DateText, type DateValue } from '../../components/DateField.tsx';
import { useT } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/format.ts';

export type PickerType = Exclude<ReportingPeriodType, 'ytd'> | 'custom';
const TYPES: PickerType[] = ['month', 'quarter', 'half', 'year', 'custom'];
const ROMAN = ['I', 'II', 'III', 'IV'];

/** The span a report covers, read from the URL: a period id (`2026Q1`) or a custom from/to. */
export interface Span {
  period: string | null;
  from: string | null;
  to: string | null;
}

/** The span's first and last day and its Vietnamese name; null while a custom span is incomplete. */
export function resolveSpan(span: Span): { from: string; to: string; label: string } | null {
  if (span.period) {
    const p = parsePeriodId(span.period);
    if (p) return { ...periodRange(p), label: reportingPeriodLabel(p) };
  }
  if (span.from && span.to && span.from <= span.to)
    return { from: span.from, to: span.to, label: `${formatDate(span.from)} – ${formatDate(span.to)}` };
  return null;
}

/** The period a report opens on: this year. */
export const defaultPeriod = () => String(new Date().getFullYear());

/** Picks a month, a quarter, six months, a year, or any span of days. */
export function PeriodPicker({ span, onChange }: { span: Span; onChange: (span: Span) => void }) {
  const t = useT();
  const parsed = span.period ? parsePeriodId(span.period) : null;
  const type: PickerType = parsed && parsed.type !== 'ytd' ? parsed.type : span.from || span.to ? 'custom' : 'year';
  const today = dayjs().format('YYYY-MM-DD');
  const current: ReportingPeriod = parsed ?? periodOf('year', today);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 8 }, (_, i) => thisYear - 6 + i)
    .reverse()
    .map((y) => ({ value: y, label: String(y) }));
  const set = (p: ReportingPeriod) => onChange({ period: formatPeriodId(p), from: null, to: null });
  const setType = (next: PickerType) => {
    if (next === 'custom') {
      const range = resolveSpan(span) ?? periodRange(current);
      onChange({ period: null, from: range.from, to: range.to });
    } else {
      const base = parsed ?? periodOf('month', span.from ?? today);
      set(
        next === 'year'
          ? { type: 'year', year: base.year, index: 0 }
          : periodOf(next, `${base.year}-${dayjs(span.from ?? today).format('MM')}-01`),
      );
    }
  };
  const indexOptions =
    type === 'month'
      ? Array.from({ length: 12 }, (_, i) => ({
          value: i + 1,
          label: t('procedures.monthN', { n: String(i + 1).padStart(2, '0') }),
        }))
      : type === 'quarter'
        ? ROMAN.map((r, i) => ({ value: i + 1, label: t('procedures.quarterN', { n: r }) }))
        : type === 'half'
          ? [
              { value: 1, label: t('procedures.firstHalf') },
              { value: 2, label: t('procedures.secondHalf') },
            ]
          : [];
  const iso = (v: DateValue) => (v && !(v instanceof DateText) ? v.format('YYYY-MM-DD') : null);

  return (
    <Space wrap>
      <Select<PickerType>
        aria-label={t('procedures.periodType')}
        value={type}
        onChange={setType}
        style={{ width: 130 }}
        options={TYPES.map((value) => ({ value, label: t(`procedures.periodType.${value}`) }))}
      />
      {type !== 'custom' && indexOptions.length > 0 && (
        <Select<number>
          aria-label={t(`procedures.periodType.${type}`)}
          value={current.index}
          onChange={(index) => set({ ...current, type, index })}
          style={{ width: 130 }}
          options={indexOptions}
        />
      )}
      {type !== 'custom' && (
        <Select<number>
          aria-label={t('procedures.year')}
          value={current.year}
          onChange={(year) => set({ ...current, type, year })}
          style={{ width: 100 }}
          options={years}
        />
      )}
      {type === 'custom' && (
        <>
          <Typography.Text>{t('procedures.from')}</Typography.Text>
          <DateField
            standalone
            aria-label={t('procedures.fromDate')}
            value={span.from ? dayjs(span.from) : null}
            onChange={(v) => onChange({ ...span, period: null, from: iso(v) })}
            style={{ width: 140 }}
          />
          <Typography.Text>{t('procedures.to')}</Typography.Text>
          <DateField
            standalone
            aria-label={t('procedures.toDate')}
            value={span.to ? dayjs(span.to) : null}
            onChange={(v) => onChange({ ...span, period: null, to: iso(v) })}
            style={{ width: 140 }}
          />
        </>
      )}
    </Space>
  );
}
