import { useState } from 'react';
import { Checkbox, Form, Select, Space } from 'antd';
import { PIVOT_DIMENSIONS } from '@thidua/contracts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { useIndicatorOptions, useUnitTree } from './apiCatalog.ts';
import { periodLabel, periodsOfYear, type StatPeriodType } from './periods.ts';

export interface AnalysisState {
  ind: string[];
  per: string[];
  units: string[];
  rows: string[];
  cols: string[];
  cmp: string[];
  ptype: StatPeriodType;
  year: number;
}

const COMPARES = ['prevYear', 'growth', 'ytd', 'ytdGrowth', 'target'] as const;
const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: THIS_YEAR - 2015 + 2 }, (_, i) => THIS_YEAR + 1 - i);
const TYPES: StatPeriodType[] = ['month', 'quarter', 'half', 'year'];
const today = () => new Date().toISOString().slice(0, 10);

/** The pivot's choices: indicators, periods, units, the dimensions on rows and columns, the comparisons. */
export function AnalysisControls({
  state,
  set,
}: {
  state: AnalysisState;
  set: (patch: Partial<AnalysisState>) => void;
}) {
  const { t, lang } = useI18n();
  const [search, setSearch] = useState('');
  const q = useDebounced(search, 250);
  const indicators = useIndicatorOptions(q);
  const units = useUnitTree(today());
  const periodOptions =
    state.ptype === 'year'
      ? YEARS.map((y) => String(y))
      : [...periodsOfYear(state.ptype, state.year), ...(state.ptype === 'month' ? [`${state.year}YTD12`] : [])];
  const chosenLabels = new Map(state.ind.map((c) => [c, c]));
  for (const i of indicators.data?.items ?? []) chosenLabels.set(i.code, `${i.code} — ${i.name}`);
  const dimOptions = PIVOT_DIMENSIONS.map((d) => ({ value: d, label: t(`stat.dim.${d}` as MessageKey) }));
  const compareLabel: Record<(typeof COMPARES)[number], MessageKey> = {
    prevYear: 'stat.pivot.prevYear',
    growth: 'stat.pivot.growth',
    ytd: 'stat.pivot.ytd',
    ytdGrowth: 'stat.pivot.ytdGrowth',
    target: 'stat.pivot.target',
  };
  return (
    <Form layout="vertical">
      <Space wrap align="start" size="middle">
        <Form.Item label={t('stat.pivot.indicators')} htmlFor="pivot-indicators" style={{ marginBottom: 8 }}>
          <Select
            id="pivot-indicators"
            mode="multiple"
            style={{ width: 420 }}
            placeholder={t('stat.pivot.pickIndicators')}
            value={state.ind}
            filterOption={false}
            showSearch={{ onSearch: setSearch, filterOption: false }}
            onBlur={() => setSearch('')}
            loading={indicators.isFetching}
            options={[
              ...state.ind
                .filter((c) => !(indicators.data?.items ?? []).some((i) => i.code === c))
                .map((c) => ({ value: c, label: chosenLabels.get(c) ?? c })),
              ...(indicators.data?.items ?? []).map((i) => ({
                value: i.code,
                label: `${i.code} — ${i.name} (${i.unit})`,
              })),
            ]}
            onChange={(v: string[]) => set({ ind: v })}
          />
        </Form.Item>
        <Form.Item label={t('stat.pivot.periods')} htmlFor="pivot-periods" style={{ marginBottom: 8 }}>
          <Space.Compact>
            <Select
              aria-label={t('stat.catalog.periodType')}
              style={{ width: 110 }}
              value={state.ptype}
              options={TYPES.map((p) => ({ value: p, label: t(`stat.ptype.${p}` as MessageKey) }))}
              onChange={(p: StatPeriodType) => set({ ptype: p, per: [] })}
            />
            {state.ptype !== 'year' && (
              <Select
                aria-label={t('stat.year')}
                style={{ width: 90 }}
                value={state.year}
                options={YEARS.map((y) => ({ value: y, label: String(y) }))}
                onChange={(y: number) => set({ year: y, per: [] })}
              />
            )}
            <Select
              id="pivot-periods"
              mode="multiple"
              style={{ width: 360 }}
              maxTagCount="responsive"
              value={state.per}
              placeholder={t('stat.pivot.pickPeriods')}
              options={[...new Set([...state.per, ...periodOptions])].map((p) => ({
                value: p,
                label: periodLabel(p, lang),
              }))}
              onChange={(v: string[]) => set({ per: v })}
            />
          </Space.Compact>
        </Form.Item>
        <Form.Item label={t('stat.pivot.units')} htmlFor="pivot-units" style={{ marginBottom: 8 }}>
          <Select
            id="pivot-units"
            mode="multiple"
            allowClear
            style={{ width: 300 }}
            maxTagCount="responsive"
            placeholder={t('stat.pivot.wholeProvince')}
            value={state.units}
            showSearch={{ optionFilterProp: 'label' }}
            options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
            onChange={(v: string[]) => set({ units: v })}
          />
        </Form.Item>
      </Space>
      <Space wrap align="start" size="middle">
        <Form.Item label={t('stat.pivot.rows')} htmlFor="pivot-rows" style={{ marginBottom: 8 }}>
          <Select
            id="pivot-rows"
            mode="multiple"
            style={{ width: 260 }}
            value={state.rows}
            options={dimOptions.filter((d) => !state.cols.includes(d.value))}
            onChange={(v: string[]) => set({ rows: v })}
          />
        </Form.Item>
        <Form.Item label={t('stat.pivot.columns')} htmlFor="pivot-cols" style={{ marginBottom: 8 }}>
          <Select
            id="pivot-cols"
            mode="multiple"
            style={{ width: 260 }}
            value={state.cols}
            options={dimOptions.filter((d) => !state.rows.includes(d.value))}
            onChange={(v: string[]) => set({ cols: v })}
          />
        </Form.Item>
        <Form.Item label={t('stat.pivot.compare')} style={{ marginBottom: 8 }}>
          <Checkbox.Group
            value={state.cmp}
            options={COMPARES.map((c) => ({ value: c, label: t(compareLabel[c]) }))}
            onChange={(v) => set({ cmp: v as string[] })}
          />
        </Form.Item>
      </Space>
    </Form>
  );
}
