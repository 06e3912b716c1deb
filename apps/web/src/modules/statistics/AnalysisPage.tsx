import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Card, Empty, Radio, Space, Typography } from 'antd';
import { problemText, useProblemHandler } from '../../api/problems.ts';
import { saveBlob } from '../../api/files.ts';
import { EmptyText } from '../../components/EmptyText.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { FileExcelOutlined } from '../../lib/icons.tsx';
import { useUrlState } from '../../lib/useUrlState.ts';
import { AnalysisControls, type AnalysisState } from './AnalysisControls.tsx';
import { downloadPivot, usePivot, useSavedViews, type PivotBody, type SavedView } from './apiAnalytics.ts';
import { periodTypeOf, type StatPeriodType } from './periods.ts';
import { pivotChartOption } from './pivotChart.ts';
import { PivotTable } from './PivotTable.tsx';
import { SavedViews } from './SavedViews.tsx';
import { EChart, type EChartHandle } from '../../components/EChart.tsx';
import './statistics.css';

const list = (v: string | null | undefined) => (v ? v.split(',').filter(Boolean) : []);
const join = (v: readonly string[]) => (v.length ? v.join(',') : null);
type Chart = 'table' | 'line' | 'bar';

/**
 * "Phân tích số liệu": a pivot over indicators, periods, units and options with the monthly report's
 * comparison columns, a line or bar chart of it, Excel and PNG exports, and saved views. Every choice
 * lives in the URL, so a link opens the same table.
 */
export default function AnalysisPage() {
  const { t, lang } = useI18n();
  const handle = useProblemHandler();
  const chartRef = useRef<EChartHandle>(null);
  const [exporting, setExporting] = useState(false);
  const [url, setUrl] = useUrlState((p) => ({
    ind: p.get('ind'),
    per: p.get('per'),
    units: p.get('units'),
    rows: p.get('rows'),
    cols: p.get('cols'),
    cmp: p.get('cmp'),
    chart: p.get('chart'),
    ptype: p.get('ptype'),
    year: p.get('year'),
    view: p.get('view'),
  }));
  const per = list(url.per);
  const firstType = per[0] ? periodTypeOf(per[0]) : null;
  const state: AnalysisState = {
    ind: list(url.ind),
    per,
    units: list(url.units),
    rows: url.rows !== null ? list(url.rows) : ['indicator'],
    cols: url.cols !== null ? list(url.cols) : ['period'],
    cmp: list(url.cmp),
    ptype: (url.ptype ?? (firstType && firstType !== 'ytd' ? firstType : 'month')) as StatPeriodType,
    year: Number(url.year) || (per[0] ? Number(per[0].slice(0, 4)) : new Date().getFullYear()),
  };
  const chart: Chart = url.chart === 'line' || url.chart === 'bar' ? url.chart : 'table';
  const set = (patch: Partial<AnalysisState>) =>
    setUrl({
      ...(patch.ind ? { ind: join(patch.ind) } : {}),
      ...(patch.per ? { per: join(patch.per) } : {}),
      ...(patch.units ? { units: join(patch.units) } : {}),
      ...(patch.rows ? { rows: patch.rows.join(',') } : {}),
      ...(patch.cols ? { cols: patch.cols.join(',') } : {}),
      ...(patch.cmp ? { cmp: join(patch.cmp) } : {}),
      ...(patch.ptype ? { ptype: patch.ptype } : {}),
      ...(patch.year ? { year: String(patch.year) } : {}),
    });

  const body: PivotBody | null = useMemo(
    () =>
      state.ind.length && state.per.length
        ? {
            indicators: state.ind,
            periods: state.per,
            ...(state.units.length ? { units: state.units } : {}),
            rows: state.rows as PivotBody['rows'],
            columns: state.cols as PivotBody['columns'],
            compare: state.cmp as PivotBody['compare'],
          }
        : null,
    // The URL's text is the state: recompute only when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [url.ind, url.per, url.units, url.rows, url.cols, url.cmp],
  );
  const pivot = usePivot(body);

  // A shared link (?view=id) opens the saved view's table.
  const views = useSavedViews();
  const open = (v: SavedView) => {
    const d = v.definition;
    setUrl({
      view: v.id,
      ind: join(d.indicators),
      per: join(d.periods),
      units: join(d.units ?? []),
      rows: d.rows.join(','),
      cols: d.columns.join(','),
      cmp: join(d.compare),
      chart: d.chart === 'table' ? null : d.chart,
      ptype: null,
      year: null,
    });
  };
  const applied = useRef(false);
  useEffect(() => {
    if (applied.current || !url.view || !views.data) return;
    applied.current = true;
    const v = views.data.items.find((x) => x.id === url.view);
    if (v && !url.ind) open(v);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [views.data, url.view]);

  const option = useMemo(
    () =>
      pivot.data && chart !== 'table'
        ? pivotChartOption(pivot.data, chart, lang, t('stat.col.lastYear').toLowerCase())
        : null,
    [pivot.data, chart, lang, t],
  );

  const excel = async () => {
    if (!body) return;
    setExporting(true);
    try {
      await downloadPivot(body);
    } catch (e) {
      handle(e);
    } finally {
      setExporting(false);
    }
  };
  const png = async () => {
    const data = chartRef.current?.png();
    if (!data) return;
    saveBlob(await (await fetch(data)).blob(), 'bieu-do-phan-tich.png');
  };

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('stat.pivot.title')}</Typography.Title>
        <SavedViews current={url.view} definition={body ? { ...body, chart } : null} onOpen={open} />
      </div>
      <Card size="small" style={{ marginBottom: 16 }}>
        <AnalysisControls state={state} set={(p) => set(p)} />
      </Card>
      <Space wrap style={{ marginBottom: 12 }}>
        <Radio.Group
          aria-label={t('stat.pivot.show')}
          optionType="button"
          value={chart}
          onChange={(e) => setUrl({ chart: e.target.value === 'table' ? null : (e.target.value as string) })}
          options={[
            { value: 'table', label: t('stat.pivot.onlyTable') },
            { value: 'line', label: t('stat.pivot.line') },
            { value: 'bar', label: t('stat.pivot.bar') },
          ]}
        />
        <Button icon={<FileExcelOutlined />} disabled={!body} loading={exporting} onClick={() => void excel()}>
          {t('stat.pivot.excel')}
        </Button>
        {chart !== 'table' && (
          <Button disabled={!pivot.data} onClick={() => void png()}>
            {t('stat.pivot.png')}
          </Button>
        )}
      </Space>
      {!body ? (
        <Empty description={t('stat.pivot.pickFirst')} />
      ) : pivot.error ? (
        <Alert type="error" showIcon title={problemText(pivot.error, t)} />
      ) : pivot.data ? (
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          {pivot.data.notes.map((n) => (
            <Alert key={n} type="info" showIcon title={n} />
          ))}
          {option && (
            <Card size="small">
              <EChart
                ref={chartRef}
                renderer="canvas"
                option={option}
                style={{ height: 360 }}
                label={t('stat.pivot.chart')}
              />
            </Card>
          )}
          <PivotTable data={pivot.data} rowDims={state.rows} />
        </Space>
      ) : (
        <EmptyText loading>{t('stat.loading')}</EmptyText>
      )}
    </>
  );
}
