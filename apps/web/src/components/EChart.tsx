import { forwardRef, useEffect, useImperativeHandle, useRef, type CSSProperties } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { echarts } from './charts.ts';

export interface EChartHandle {
  /** The chart as a PNG data URL (white background, twice the screen's resolution); canvas charts only. */
  png(): string | null;
}

/**
 * A chart of the tree-shaken echarts build: created once, options replaced, resized with its box. SVG by
 * default; `renderer="canvas"` where the user downloads the picture.
 */
export const EChart = forwardRef<
  EChartHandle,
  {
    option: EChartsCoreOption;
    style?: CSSProperties;
    label?: string;
    renderer?: 'svg' | 'canvas';
    /** A click on a data item (a bar…), given the item's data as the option holds it. */
    onClick?: (data: unknown) => void;
  }
>(function EChart({ option, style, label, renderer = 'svg', onClick }, ref) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const clicked = useRef(onClick);
  useEffect(() => {
    clicked.current = onClick;
  }, [onClick]);
  useImperativeHandle(ref, () => ({
    png: () =>
      renderer === 'canvas'
        ? (chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }) ?? null)
        : null,
  }));
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer });
    chart.current = instance;
    instance.on('click', (params) => clicked.current?.(params.data));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [renderer]);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  return <div ref={box} style={style} {...(label ? { role: 'img', 'aria-label': label } : {})} />;
});
