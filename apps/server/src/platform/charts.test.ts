import { describe, expect, it } from 'vitest';
import { categoryBarsChart, yearColumnsChart } from './charts.ts';

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
/** The data indexes that have a bar in the chart's SVG (a filled path of the series). */
const bars = (svg: string) =>
  [...svg.matchAll(/<path [^>]*fill="#(?:4d4d4d|a6a6a6)"[^>]*ecmeta_data_index="(\d+)"/gu)].map((m) => Number(m[1]));
/** The words printed in the chart. */
const words = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/gu)].map((m) => m[1]);

describe('chart images for printed documents', () => {
  it('draws the years as a PNG at about 300 dpi of its printed size, the figures in Vietnamese in its alt text', async () => {
    const chart = await yearColumnsChart({
      title: 'Giá trị sản xuất công nghiệp',
      unit: 'tỷ đồng',
      decimals: 0,
      baseYear: 2020,
      widthMm: 165,
      heightMm: 70,
      points: [
        { year: 2020, value: 340_000 },
        { year: 2021, value: null },
        { year: 2022, value: 884_000.4 },
      ],
    });
    expect(chart.png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(pngSize(chart.png)).toEqual({ width: chart.widthPx, height: chart.heightPx });
    // 165 mm at 300 dpi is 1,949 px; 70 mm is 827 px (the SVG is laid out in whole points).
    expect(chart.widthPx).toBe(1949);
    expect(Math.abs(chart.heightPx - 827)).toBeLessThanOrEqual(3);
    expect(chart.alt).toBe(
      'Giá trị sản xuất công nghiệp (tỷ đồng): 2020: 340.000; 2021: không có số liệu; 2022: 884.000.',
    );
    // 2021 has no column (not one of height 0) and says so under its year; the base year is labelled.
    expect(bars(chart.svg)).toEqual([0, 2]);
    expect(words(chart.svg)).toEqual(
      expect.arrayContaining(['2021', 'không có', 'số liệu', '(năm gốc)', '340.000', '884.000', 'tỷ đồng']),
    );
  });

  it('draws categories as bars, a category without a figure said so rather than drawn at 0', async () => {
    const chart = await categoryBarsChart({
      title: 'Sổ theo dõi',
      widthMm: 165,
      items: [
        { label: 'Cơ sở sản xuất công nghiệp', value: 11_236, unit: 'cơ sở' },
        { label: 'Làng nghề', value: 162, unit: 'làng nghề' },
        { label: 'Cụm công nghiệp', value: null, unit: 'cụm' },
      ],
    });
    expect(pngSize(chart.png).width).toBe(1949);
    expect(chart.alt).toBe(
      'Sổ theo dõi: Cơ sở sản xuất công nghiệp: 11.236 cơ sở; Làng nghề: 162 làng nghề; Cụm công nghiệp: không có số liệu.',
    );
    // Drawn bottom-up: the category without a figure (index 0) has no bar.
    expect(bars(chart.svg).sort()).toEqual([1, 2]);
    expect(words(chart.svg)).toEqual(expect.arrayContaining(['(không có số liệu)', '11.236 cơ sở', '162 làng nghề']));
  });
});
