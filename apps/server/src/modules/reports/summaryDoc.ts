import {
  SUMMARY_NO_DATA,
  type SummaryChapter,
  type SummaryData,
  type SummarySeries,
  type SummaryTexts,
} from '@thidua/contracts';
import { categoryBarsChart, yearColumnsChart } from '../../platform/charts.ts';
import { CONTENT_MM } from '../../platform/documents/officialParts.ts';
import {
  agencySymbol,
  dateVn,
  officialDocument,
  type Block,
  type TableColumn,
} from '../../platform/documents/official.ts';
import { planBaseYear, spanLabel } from './summaryBuild.ts';
import { figureText, numberText } from './summaryFormat.ts';
import { SECTOR_REGISTRY_BARS } from './summarySector.ts';

export interface SummaryDocInput {
  data: SummaryData;
  texts: SummaryTexts;
  heading: { agency: string; parentAgency: string; place: string };
  /** ISO date of the dateline. */
  date: string;
  number: string;
  signer: { title: string; name: string };
  /** Prints "DỰ THẢO" (any report not signed). */
  draft: boolean;
}

/** Paragraphs of free text, split at blank lines or line breaks. */
const paragraphs = (t: string): Block[] =>
  t
    .split(/\n+/u)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => ({ kind: 'paragraph', text: l }) as Block);

async function chapterBlocks(c: SummaryChapter, text: string, data: SummaryData): Promise<Block[]> {
  const out: Block[] = [{ kind: 'heading', level: 1, text: c.title }];
  out.push({ kind: 'heading', level: 2, text: 'Kết quả' });
  out.push({
    kind: 'list',
    marker: 'dash',
    items: c.figures.map((f) => [
      { text: `${f.label}: ` },
      { text: figureText(f), bold: true },
      { text: ` [${f.sourceId}]` },
    ]),
  });
  for (const t of c.tables) {
    const columns: TableColumn[] = t.columns.map((h, i) => ({
      header: h,
      width: i === 0 ? 3 : 1.2,
      align: i === 0 ? 'left' : 'center',
    }));
    out.push({
      kind: 'table',
      caption: `${t.title} [${t.sourceId}]`,
      columns,
      rows: t.rows.map((r) =>
        r.map((cell) => (typeof cell === 'number' || cell === null ? numberText(cell, t.decimals) : cell)),
      ),
      size: t.columns.length > 5 ? 11 : 12,
    });
  }
  out.push(...(await chartBlocks(c, data)));
  if (text.trim()) {
    out.push({ kind: 'heading', level: 2, text: 'Đánh giá' });
    out.push(...paragraphs(text));
  }
  return out;
}

/** A chart's title, kept with its chart; alone (no chart) it says why. */
const caption = (text: string, keepNext = true): Block => ({
  kind: 'paragraph',
  text: [{ text, bold: true }],
  align: 'center',
  indent: false,
  keepNext,
});

/**
 * A headline indicator's chart: its caption, the columns of each year from the plan base year (drawn lighter), and
 * under it the same figures as a table (the text a reader can copy, and what a screen reader reads). A series
 * without a single figure gets no picture, only its caption saying "không có số liệu".
 */
async function seriesBlocks(s: SummarySeries, c: SummaryChapter, base: number): Promise<Block[]> {
  const fig = c.figures.find((f) => f.key === s.key);
  const title = `Biểu đồ: ${s.label} (${s.unit})${fig ? ` [${fig.sourceId}]` : ''}`;
  const years = `${s.points[0]?.year ?? ''}–${s.points.at(-1)?.year ?? ''}`;
  if (s.points.every((p) => p.value === null)) return [caption(`${title}: ${SUMMARY_NO_DATA} các năm ${years}`, false)];
  const decimals = fig?.decimals ?? 2;
  const chart = await yearColumnsChart({
    title: s.label,
    unit: s.unit,
    decimals,
    baseYear: base,
    points: s.points,
    widthMm: CONTENT_MM,
  });
  return [
    caption(title),
    { kind: 'image', ...chart, keepNext: true },
    {
      kind: 'table',
      columns: [
        { header: 'Năm', width: 1, align: 'center' },
        { header: `Giá trị (${s.unit})`, width: 1.6, align: 'right' },
      ],
      rows: s.points.map((p) => [
        p.year === base ? `${p.year} (năm gốc)` : String(p.year),
        numberText(p.value, decimals),
      ]),
      size: 11,
    },
  ];
}

/** The registries' counts as one bar chart, from the chapter's figures (also those of a report signed earlier). */
async function registryBlocks(c: SummaryChapter, asOf: string | undefined): Promise<Block[]> {
  const figs = SECTOR_REGISTRY_BARS.map(([key, label]) => ({ label, f: c.figures.find((f) => f.key === key) })).filter(
    (x) => x.f !== undefined,
  );
  if (!figs.length) return [];
  const sources = [...new Set(figs.map((x) => x.f!.sourceId))].join(', ');
  const title = `Biểu đồ: Số lượng trong các sổ theo dõi${asOf ? ` tại ngày ${dateVn(asOf)}` : ''} [${sources}]`;
  if (figs.every((x) => x.f!.value === null)) return [caption(`${title}: ${SUMMARY_NO_DATA}`, false)];
  const chart = await categoryBarsChart({
    title: 'Số lượng trong các sổ theo dõi',
    items: figs.map((x) => ({ label: x.label, value: x.f!.value, unit: x.f!.unit })),
    widthMm: CONTENT_MM,
  });
  return [caption(title), { kind: 'image', ...chart }];
}

/** Chapter charts: one per series with the base year, and in chapter V the registries' counts. */
async function chartBlocks(c: SummaryChapter, data: SummaryData): Promise<Block[]> {
  const base = planBaseYear(data.from);
  const parts = await Promise.all([
    ...c.series.map((s) => seriesBlocks(s, c, base)),
    c.key === 'sector' ? registryBlocks(c, data.asOf) : Promise.resolve([]),
  ]);
  return parts.flat();
}

/** The summary report in the Decree 30 layout: heading, chapters I–V, lessons and direction, the appendix of sources. */
export async function buildSummaryDoc(input: SummaryDocInput): Promise<Buffer> {
  const { data, texts } = input;
  const span = spanLabel(data.from, data.to);
  const body: Block[] = [
    {
      kind: 'paragraph',
      text:
        `${data.orgName} báo cáo tổng kết công tác thi đua, khen thưởng và kết quả thực hiện nhiệm vụ ${span} như sau. ` +
        `Các số liệu được tính từ cơ sở dữ liệu của phần mềm; nguồn của từng số liệu ghi trong ngoặc vuông, ` +
        `chi tiết tại Phụ lục "Nguồn số liệu". Chỉ tiêu không có dữ liệu ghi "${SUMMARY_NO_DATA}".`,
    },
  ];
  const chapters = await Promise.all(data.chapters.map((c) => chapterBlocks(c, texts[c.key], data)));
  for (const blocks of chapters) body.push(...blocks);
  body.push({ kind: 'heading', level: 1, text: 'Bài học kinh nghiệm' });
  body.push(...(texts.lessons.trim() ? paragraphs(texts.lessons) : [{ kind: 'paragraph', text: '…' } as Block]));
  body.push({ kind: 'heading', level: 1, text: 'Phương hướng, nhiệm vụ thời gian tới' });
  body.push(...(texts.direction.trim() ? paragraphs(texts.direction) : [{ kind: 'paragraph', text: '…' } as Block]));
  body.push({ kind: 'paragraph', text: `Trên đây là báo cáo tổng kết ${span} của ${data.orgName}./.` });

  const appendix: Block[] = [
    { kind: 'paragraph', text: [{ text: 'PHỤ LỤC: NGUỒN SỐ LIỆU', bold: true }], align: 'center', indent: false },
    {
      kind: 'paragraph',
      text: `(Kèm theo Báo cáo tổng kết ${span}; số liệu tính lúc ${data.computedAt.slice(0, 16).replace('T', ' ')} UTC)`,
      align: 'center',
      indent: false,
    },
    {
      kind: 'table',
      columns: [
        { header: 'Mã', width: 0.6, align: 'center' },
        { header: 'Phân hệ', width: 1.6 },
        { header: 'Nội dung đếm, tính', width: 4 },
        { header: 'Điều kiện lọc', width: 2 },
        { header: 'Kỳ', width: 1.1, align: 'center' },
      ],
      rows: data.sources.map((s) => [s.id, s.module, s.what, s.filters, s.period]),
      size: 10,
    },
  ];
  return officialDocument({
    parentAgency: input.heading.parentAgency,
    agency: input.heading.agency,
    number: input.number,
    symbol: `BC-${agencySymbol(input.heading.agency)}`,
    place: input.heading.place,
    date: input.date,
    docKind: 'Báo cáo',
    summary: `Tổng kết công tác thi đua, khen thưởng và kết quả thực hiện nhiệm vụ ${span}`,
    body,
    recipients: ['- UBND tỉnh;', '- Ban Thi đua - Khen thưởng tỉnh;', '- Lãnh đạo Sở;', '- Lưu: VT, TĐKT.'],
    signer: { authority: input.signer.title.split('\n'), name: input.signer.name },
    draft: input.draft,
    appendix,
  });
}
