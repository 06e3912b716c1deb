import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import type { EChartsCoreOption } from 'echarts/core';
import { formatNumberVn } from './documents/official.ts';

/**
 * Chart images for printed documents: ECharts draws the chart as SVG on the server (no browser, no canvas), resvg
 * turns it into a PNG with the bundled Noto Serif (never the machine's fonts, so a server without Vietnamese fonts
 * prints the same diacritics). The SVG is laid out in points at the printed size, so a 9 pt label prints at 9 pt;
 * the PNG is rasterised at about 300 dpi. Colours are black and greys: reports are printed on office laser printers.
 */

const require = createRequire(import.meta.url);
const FONT_FAMILY = 'Noto Serif';
const FONT_DIR = require.resolve('@expo-google-fonts/noto-serif/package.json').replace(/package\.json$/u, '');
const FONT_FILES = ['400Regular/NotoSerif_400Regular.ttf', '700Bold/NotoSerif_700Bold.ttf'].map((f) => FONT_DIR + f);
const DPI = 300;
const PT_PER_MM = 72 / 25.4;

/** The greys: a printed page tells them apart, a screen too. */
export const CHART_GREYS = { ink: '#000000', bar: '#4d4d4d', light: '#a6a6a6', grid: '#b3b3b3', text: '#262626' };

/** "không có số liệu": what a chart says where the data has no figure, as the report's text does. */
export const CHART_NO_DATA = 'không có số liệu';

export interface ChartImage {
  png: Buffer;
  /** The printed size. */
  widthMm: number;
  heightMm: number;
  /** Pixel size of the PNG. */
  widthPx: number;
  heightPx: number;
  /** The chart's figures in words, for the image's alternative text. */
  alt: string;
  /** The SVG the PNG was drawn from. */
  svg: string;
}

type Echarts = typeof import('echarts/core');
let loading: Promise<Echarts> | undefined;

/** ECharts with only the pieces the documents use, loaded on the first chart (the server starts without it). */
function echarts(): Promise<Echarts> {
  loading ??= (async () => {
    const [core, charts, components, features, renderers] = await Promise.all([
      import('echarts/core'),
      import('echarts/charts'),
      import('echarts/components'),
      import('echarts/features'),
      import('echarts/renderers'),
    ]);
    core.use([
      charts.BarChart,
      charts.LineChart,
      components.GridComponent,
      components.LegendComponent,
      features.AxisBreak,
      renderers.SVGRenderer,
    ]);
    // Without a canvas ECharts guesses text widths from a Latin table and counts every other letter as a full
    // em, so "Hợp tác xã" would measure far wider than it prints: measure with the font's own widths, a letter
    // with diacritics as wide as its base letter (true of Noto Serif's Vietnamese letters).
    core.setPlatformAPI({ measureText: (text, font) => ({ width: measure(text ?? '', font ?? '') }) });
    return core;
  })();
  return loading;
}

// Advance widths of the printable ASCII letters in hundredths of an em, from space (32) on: Noto Serif Regular's
// (its bold is about 5 % wider).
const WIDTHS =
  '26 33 41 56 56 90 74 22 35 35 50 56 25 31 25 29 56 56 56 56 56 56 56 56 56 56 29 29 56 56 56 47 92 71 65 61 73 62 59 71 79 37 36 70 62 94 76 74 60 74 66 54 61 72 68 105 66 63 59 36 29 36 56 46 27 56 61 49 61 54 37 54 64 32 30 59 31 95 65 58 61 61 47 45 35 64 58 86 58 56 51 43 56 43 56';
const WIDTH_TABLE = WIDTHS.split(' ').map((w) => Number(w) / 100);

function measure(text: string, font: string): number {
  const size = Number(/(\d+(?:\.\d+)?)px/u.exec(font)?.[1] ?? 12);
  const bold = /\bbold\b|\b[6-9]00\b/u.test(font) ? 1.05 : 1;
  let em = 0;
  for (const ch of text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D')) {
    const code = ch.charCodeAt(0);
    em += code >= 32 && code < 32 + WIDTH_TABLE.length ? WIDTH_TABLE[code - 32]! : 0.56;
  }
  return em * size * bold;
}

/** Any ECharts option drawn at the printed size, in greys and the documents' font, as a PNG. */
export async function renderChart(
  option: EChartsCoreOption,
  size: { widthMm: number; heightMm: number },
  alt: string,
): Promise<ChartImage> {
  const core = await echarts();
  const width = Math.round(size.widthMm * PT_PER_MM);
  const height = Math.round(size.heightMm * PT_PER_MM);
  const chart = core.init(null, null, { renderer: 'svg', ssr: true, width, height });
  let svg: string;
  try {
    chart.setOption({
      animation: false,
      backgroundColor: '#ffffff',
      color: [CHART_GREYS.bar, CHART_GREYS.light, CHART_GREYS.ink],
      textStyle: { fontFamily: FONT_FAMILY, color: CHART_GREYS.text, fontSize: 9 },
      ...option,
    });
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  const widthPx = Math.round((size.widthMm / 25.4) * DPI);
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: widthPx },
    background: '#ffffff',
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    logLevel: 'off',
  });
  return { png: image.asPng(), ...size, widthPx: image.width, heightPx: image.height, alt, svg };
}

const fmt = (v: number, decimals: number) => formatNumberVn(v, decimals);

export interface YearColumnsSpec {
  points: { year: number; value: number | null }[];
  unit: string;
  /** Decimals of the value labels (Vietnamese format: "884.000", "11,2"). */
  decimals?: number;
  /** A year drawn lighter and labelled "(năm gốc)": the base the growth is measured from. */
  baseYear?: number;
  /** What the chart shows, first words of the alternative text. */
  title: string;
  widthMm: number;
  heightMm?: number;
}

/**
 * One column per year with its value printed on top; a year without data gets no column and says
 * "không có số liệu" under its year, never a column at 0.
 */
export function yearColumnsChart(spec: YearColumnsSpec): Promise<ChartImage> {
  const d = spec.decimals ?? 2;
  const many = spec.points.length > 8;
  const label = (v: number | null) => (v === null ? CHART_NO_DATA : `${fmt(v, d)}${spec.unit === '%' ? ' %' : ''}`);
  const option = {
    grid: { left: 4, right: 4, top: 16, bottom: 2, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    xAxis: {
      type: 'category',
      data: spec.points.map((p) => String(p.year)),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: CHART_GREYS.ink } },
      axisLabel: {
        interval: 0,
        fontSize: 9,
        color: CHART_GREYS.ink,
        formatter: (year: string, i: number) => {
          const p = spec.points[i]!;
          const note =
            p.value === null
              ? '\n{note|không có}\n{note|số liệu}'
              : p.year === spec.baseYear
                ? '\n{note|(năm gốc)}'
                : '';
          return `{year|${year}}${note}`;
        },
        // Rich text: every part styled, or ECharts prints the unstyled parts at its own 12 px.
        rich: {
          year: { fontSize: 9, color: CHART_GREYS.ink, lineHeight: 12 },
          note: { fontSize: 7.5, fontStyle: 'italic', color: CHART_GREYS.text, lineHeight: 9.5 },
        },
      },
    },
    yAxis: {
      type: 'value',
      name: spec.unit,
      nameTextStyle: { fontSize: 8.5, align: 'left', color: CHART_GREYS.text },
      axisLabel: { fontSize: 8, color: CHART_GREYS.text, formatter: (v: number) => fmt(v, 2) },
      splitLine: { lineStyle: { color: CHART_GREYS.grid, type: 'dashed', width: 0.5 } },
      splitNumber: 4,
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 40,
        barCategoryGap: '35%',
        data: spec.points.map((p) => ({
          value: p.value,
          itemStyle: {
            color: p.year === spec.baseYear ? CHART_GREYS.light : CHART_GREYS.bar,
            borderColor: CHART_GREYS.ink,
            borderWidth: 0.5,
          },
        })),
        label: {
          show: true,
          position: 'top',
          fontSize: many ? 7.5 : 8.5,
          fontWeight: 'bold',
          color: CHART_GREYS.ink,
          formatter: (p: { value: number | null }) => (p.value === null ? '' : fmt(p.value, d)),
        },
      },
    ],
  };
  const alt = `${spec.title} (${spec.unit}): ${spec.points.map((p) => `${p.year}: ${label(p.value)}`).join('; ')}.`;
  return renderChart(option, { widthMm: spec.widthMm, heightMm: spec.heightMm ?? 70 }, alt);
}

export interface CategoryBarsSpec {
  items: { label: string; value: number | null; unit: string }[];
  title: string;
  widthMm: number;
}

/**
 * Horizontal bars, one per category, the value and its unit printed at the end of each bar. When the largest
 * value dwarfs the others (11.000 facilities beside 30 products) the value axis is broken between them, so the
 * small bars still show; the break is drawn as a zigzag so nobody reads the long bar to scale.
 */
export function categoryBarsChart(spec: CategoryBarsSpec): Promise<ChartImage> {
  const items = [...spec.items].reverse(); // ECharts draws the first category at the bottom
  const values = items.map((i) => i.value).filter((v): v is number => v !== null);
  const sorted = [...values].sort((a, b) => b - a);
  const [max, next] = [sorted[0] ?? 0, sorted[1] ?? 0];
  const breaks =
    next > 0 && max > 4 * next ? [{ start: Math.ceil(next * 2.5), end: Math.floor(max * 0.96), gap: '5%' }] : [];
  const option = {
    grid: { left: 4, right: 64, top: 4, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    yAxis: {
      type: 'category',
      data: items.map((i) => i.label),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: CHART_GREYS.ink } },
      axisLabel: {
        interval: 0,
        fontSize: 9,
        color: CHART_GREYS.ink,
        width: 150,
        overflow: 'break',
        lineHeight: 11,
        // A category without a figure has no bar: it says so beside its name.
        formatter: (label: string, i: number) =>
          items[i]!.value === null ? `{name|${label}} {note|(${CHART_NO_DATA})}` : `{name|${label}}`,
        rich: {
          name: { fontSize: 9, color: CHART_GREYS.ink, lineHeight: 11 },
          note: { fontSize: 8, fontStyle: 'italic', color: CHART_GREYS.text, lineHeight: 10 },
        },
      },
    },
    xAxis: {
      type: 'value',
      axisLabel: { show: false },
      splitLine: { show: false },
      breaks,
      breakArea: {
        itemStyle: { color: '#ffffff', borderColor: CHART_GREYS.text, borderWidth: 0.6 },
        zigzagAmplitude: 3,
      },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 14,
        barCategoryGap: '40%',
        data: items.map((i) => i.value),
        itemStyle: { color: CHART_GREYS.bar, borderColor: CHART_GREYS.ink, borderWidth: 0.5 },
        label: {
          show: true,
          position: 'right',
          fontSize: 9,
          color: CHART_GREYS.ink,
          formatter: (p: { dataIndex: number }) => {
            const it = items[p.dataIndex]!;
            return it.value === null ? '' : `${fmt(it.value, 0)} ${it.unit}`;
          },
        },
      },
    ],
  };
  const heightMm = Math.max(35, 9 + items.length * 10);
  const alt = `${spec.title}: ${spec.items.map((i) => `${i.label}: ${i.value === null ? CHART_NO_DATA : `${fmt(i.value, 0)} ${i.unit}`}`).join('; ')}.`;
  return renderChart(option, { widthMm: spec.widthMm, heightMm }, alt);
}
