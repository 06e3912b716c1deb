import { SUMMARY_NO_DATA, type SummaryChapter, type SummaryData, type SummaryTexts } from '@thidua/contracts';
import { agencySymbol, officialDocument, type Block, type TableColumn } from '../../platform/documents/official.ts';
import { spanLabel } from './summaryBuild.ts';
import { figureText, numberText } from './summaryFormat.ts';

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

const BAR = '▇';
const BAR_MAX = 20;

/** Paragraphs of free text, split at blank lines or line breaks. */
const paragraphs = (t: string): Block[] =>
  t
    .split(/\n+/u)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => ({ kind: 'paragraph', text: l }) as Block);

function chapterBlocks(c: SummaryChapter, text: string): Block[] {
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
  // A chart drawn in text: one bar per year, as long as the year's value is against the largest.
  for (const s of c.series) {
    const values = s.points.map((p) => p.value).filter((v): v is number => v !== null && v > 0);
    if (!values.length) continue;
    const max = Math.max(...values);
    out.push({
      kind: 'table',
      caption: `Biểu đồ: ${s.label} (${s.unit})`,
      columns: [
        { header: 'Năm', width: 1, align: 'center' },
        { header: 'Giá trị', width: 1.6, align: 'right' },
        { header: '', width: 4, align: 'left' },
      ],
      rows: s.points.map((p) => [
        String(p.year),
        numberText(p.value),
        p.value !== null && p.value > 0 ? BAR.repeat(Math.max(1, Math.round((p.value / max) * BAR_MAX))) : '',
      ]),
    });
  }
  if (text.trim()) {
    out.push({ kind: 'heading', level: 2, text: 'Đánh giá' });
    out.push(...paragraphs(text));
  }
  return out;
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
  for (const c of data.chapters) body.push(...chapterBlocks(c, texts[c.key]));
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
