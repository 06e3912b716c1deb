import { forwardRef, useEffect, useImperativeHandle, useRef, type CSSProperties } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { echarts } from './chartsPng.ts';

export interface StatChartHandle {
  /** The chart as a PNG data URL (white background, twice the screen's resolution). */
  png(): string | null;
}

/** A canvas chart: created once, its options replaced, resized with its box; exposes its PNG. */
export const StatChart = forwardRef<
  StatChartHandle,
  { option: EChartsCoreOption; style?: CSSProperties; label: string }
>(function StatChart({ option, style, label }, ref) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  useImperativeHandle(ref, () => ({
    png: () => chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }) ?? null,
  }));
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  return <div ref={box} style={style} role="img" aria-label={label} />;
});
