/**
 * npm run bench:documents -w bench [-- --recipients 1000 --certificates 346 --runs 5]
 *
 * Document builders, in this process, no database: a commendation decision with its appendix of
 * N recipients as DOCX (target < 1 s), and M certificates as one A4 landscape PDF with the
 * embedded Noto Serif (target < 5 s). One warm-up each (fonts and modules load once per process),
 * then `runs` timed builds; median and minimum, output size, and the process's peak RSS after each
 * part (peak so far: the PDF figure includes the DOCX part's peak). Prints a markdown section and
 * puts it into bench/results/latest.md in place of an earlier one (appended when there is none).
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildCertificatesPdf } from '../../apps/server/src/modules/decisions/certificates.ts';
import { buildDecisionDoc } from '../../apps/server/src/modules/decisions/decisionDoc.ts';
import type { CertificateData, DecisionDocData } from '../../apps/server/src/modules/decisions/docData.ts';
import { Rng, joinName, randomName } from '../../apps/server/src/seed/names.ts';
import { machineLine } from './report.ts';
import { REPO_ROOT } from './server.ts';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const RECIPIENTS = option('recipients', 1000);
const CERTIFICATES = option('certificates', 346);
const RUNS = option('runs', 5);
const SECTION = '## Documents';

const UNITS = [
  'Văn phòng Sở',
  'Phòng Quản lý Công nghiệp',
  'Phòng Quản lý Thương mại',
  'Phòng Kỹ thuật an toàn – Môi trường',
  'Phòng Quản lý Năng lượng',
  'Trung tâm Khuyến công và Xúc tiến thương mại',
];
const POSITIONS = ['Chuyên viên', 'Phó Trưởng phòng', 'Trưởng phòng', 'Chuyên viên chính', 'Kế toán viên'];

/** Seeded Vietnamese names from the demo seed's generator: the same data on every run. */
function people(n: number): { name: string; title: string; detail: string }[] {
  const rng = new Rng(2027);
  return Array.from({ length: n }, () => {
    const gender = rng.chance(0.5) ? 'male' : 'female';
    return {
      name: joinName(randomName(rng, gender)),
      title: gender === 'male' ? 'Ông' : 'Bà',
      detail: `${rng.pick(POSITIONS)}, ${rng.pick(UNITS)}`,
    };
  });
}

function decision(n: number): DecisionDocData {
  return {
    parentAgency: 'UBND TỈNH THÁI NGUYÊN',
    agency: 'SỞ CÔNG THƯƠNG',
    place: 'Thái Nguyên',
    number: '123',
    symbol: 'QĐ-SCT',
    date: '2027-01-15',
    summary: 'Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc năm 2026',
    issuer: 'GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH THÁI NGUYÊN',
    legalBasis: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;', 'Xét đề nghị của Chánh Văn phòng Sở.'],
    articles: [
      `Tặng Giấy khen cho ${n} cá nhân có thành tích xuất sắc năm 2026 (có danh sách kèm theo).`,
      'Chánh Văn phòng Sở và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
    ],
    appendixTitle: 'Danh sách cá nhân được tặng Giấy khen',
    recipients: people(n).map((p) => ({
      subjectKind: 'individual',
      name: p.name,
      detail: p.detail,
      awardName: 'Giấy khen',
      bonus: 1_404_000,
    })),
    circulation: ['- Như Điều 2;', '- Lưu: VT, VP.'],
    signer: { authority: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Lương Thị Thuỳ Dương' },
    draft: false,
  };
}

function certificates(n: number): CertificateData[] {
  return people(n).map((p, i) => ({
    issuer: 'GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH THÁI NGUYÊN',
    title: 'GIẤY KHEN',
    recipient: `${p.title} ${p.name}`,
    detail: p.detail,
    achievement: 'Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2026',
    decisionLine: 'Quyết định số 123/QĐ-SCT ngày 15/01/2027',
    dateline: 'Thái Nguyên, ngày 15 tháng 01 năm 2027',
    signerTitle: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
    signerName: 'Lương Thị Thuỳ Dương',
    registerNo: `Số sổ vàng: 2027/123-${String(i + 1).padStart(3, '0')}`,
  }));
}

interface Row {
  label: string;
  target: string;
  medianMs: number;
  minMs: number;
  bytes: number;
  peakRssMb: number;
}

async function measure(label: string, target: string, build: () => Promise<Buffer>): Promise<Row> {
  let bytes = (await build()).length; // warm-up
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    bytes = (await build()).length;
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const mid = samples.length >> 1;
  const medianMs = samples.length % 2 ? samples[mid]! : (samples[mid - 1]! + samples[mid]!) / 2;
  // maxRSS is in kilobytes.
  return { label, target, medianMs, minMs: samples[0]!, bytes, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

const n0 = (v: number): string => Math.round(v).toLocaleString('en-US');

const data = decision(RECIPIENTS);
const certs = certificates(CERTIFICATES);
const opts = { offsetXmm: 0, offsetYmm: 0, preprinted: false };
const rows = [
  await measure(`decision DOCX, ${n0(RECIPIENTS)} recipients`, '< 1,000', () => buildDecisionDoc(data)),
  await measure(`certificates PDF, ${n0(CERTIFICATES)} pages`, '< 5,000', () => buildCertificatesPdf(certs, opts)),
];

const section = [
  SECTION,
  '',
  `Builders in one process, no database (\`bench/src/documents.ts\`), ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ` +
    `machine: ${machineLine()}. One warm-up, then ${RUNS} runs; peak RSS is the process's so far.`,
  '',
  '| document | median ms | min ms | target ms | size bytes | peak RSS MB |',
  '|---|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) => `| ${r.label} | ${n0(r.medianMs)} | ${n0(r.minMs)} | ${r.target} | ${n0(r.bytes)} | ${n0(r.peakRssMb)} |`,
  ),
  '',
].join('\n');
console.log(section);

// The main bench rewrites latest.md: replace our section when it is there, else append it.
const out = path.join(REPO_ROOT, 'bench/results/latest.md');
const before = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
const start = before.indexOf(`\n${SECTION}\n`);
const next = start < 0 ? -1 : before.indexOf('\n## ', start + SECTION.length + 1);
const rest = next < 0 ? '' : `\n${before.slice(next + 1)}`;
const merged = start < 0 ? `${before.trimEnd()}\n\n${section}` : `${before.slice(0, start + 1)}${section}${rest}`;
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, merged);
console.error(`[bench] written to ${path.relative(process.cwd(), out) || out}`);
