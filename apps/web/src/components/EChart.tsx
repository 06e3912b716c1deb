import { useEffect, useRef, type CSSProperties } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { echarts } from './charts.ts';

/** A chart of the tree-shaken echarts build: created once, options replaced, resized with its box. */
export function EChart({ option, style }: { option: EChartsCoreOption; style?: CSSProperties }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: 'svg' });
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
  return <div ref={box} style={style} />;
}
