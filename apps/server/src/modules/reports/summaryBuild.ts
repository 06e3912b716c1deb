import {
  SUMMARY_CHAPTER_TITLES,
  type SummaryChapter,
  type SummaryChapterKey,
  type SummarySource,
  type SummaryTable,
} from '@thidua/contracts';

/**
 * The base year of the five-year plan period a span starts in: the last year ending in 0 or 5 before `from`
 * (2017 → 2015, 2021 → 2020, 2016 → 2015). Growth and the PAR index are read from it, as the plans count them.
 */
export const planBaseYear = (from: number) => Math.floor((from - 1) / 5) * 5;

/** "2017–2021" or "2021". */
export const spanLabel = (from: number, to: number) => (from === to ? `năm ${from}` : `${from}–${to}`);

/**
 * Collects one chapter's figures, tables and series, each naming its source; the sources are shared by the whole
 * report (numbered in the order they are first used) and printed as the appendix "Nguồn số liệu".
 */
export class SummaryBuilder {
  readonly sources: SummarySource[] = [];
  private readonly chapters = new Map<SummaryChapterKey, SummaryChapter>();

  source(s: Omit<SummarySource, 'id'>): string {
    const same = this.sources.find(
      (x) => x.module === s.module && x.what === s.what && x.filters === s.filters && x.period === s.period,
    );
    if (same) return same.id;
    const id = `N${this.sources.length + 1}`;
    this.sources.push({ id, ...s });
    return id;
  }

  chapter(key: SummaryChapterKey): SummaryChapter {
    let c = this.chapters.get(key);
    if (!c)
      this.chapters.set(key, (c = { key, title: SUMMARY_CHAPTER_TITLES[key], figures: [], tables: [], series: [] }));
    return c;
  }

  figure(
    chapter: SummaryChapterKey,
    f: { key: string; label: string; value: number | null; unit?: string; decimals?: number },
    sourceId: string,
  ): void {
    this.chapter(chapter).figures.push({
      key: f.key,
      label: f.label,
      value: f.value === null || !Number.isFinite(f.value) ? null : f.value,
      unit: f.unit ?? '',
      decimals: f.decimals ?? 0,
      sourceId,
    });
  }

  table(chapter: SummaryChapterKey, t: Omit<SummaryTable, 'decimals'> & { decimals?: number }): void {
    this.chapter(chapter).tables.push({ ...t, decimals: t.decimals ?? 0 });
  }

  result(): SummaryChapter[] {
    return (Object.keys(SUMMARY_CHAPTER_TITLES) as SummaryChapterKey[]).map((k) => this.chapter(k));
  }
}

/** The scope's ids as a filter's text: the whole department, or a unit and the units under it. */
export const scopeText = (name: string, whole: boolean) =>
  whole ? `toàn ${name} và các đơn vị trực thuộc` : `${name} và các đơn vị trực thuộc`;
