import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, makeHarness, signIn, type Client, type Harness } from '../test/harness.ts';
import { registrySummary } from '../modules/registries/summary.ts';
import { DEMO_PASSWORD } from './demo.ts';
import { HISTORY_MOVEMENTS } from './historyDemoData.ts';

/**
 * The source article (issue 18) read back from the demo's five-year summary report 2017–2021 of the department:
 * each figure the article states is found in the generated DOCX, and what it rests on is where a user looks for it
 * (movements with periods, initiatives with authors, decisions in the register with their recipients).
 */

const text = (part: string) => [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join('');

/** The DOCX's body in reading order: its paragraphs, and its table rows with the cells joined by " | ". */
async function docxParts(buf: Buffer): Promise<{ kind: 'line' | 'row'; text: string }[]> {
  const xml = await (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string');
  const out: { kind: 'line' | 'row'; text: string }[] = [];
  for (const [part] of xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>|<w:p[ >][\s\S]*?<\/w:p>/gu)) {
    if (part.startsWith('<w:tr'))
      out.push({ kind: 'row', text: part.split('</w:tc>').slice(0, -1).map(text).join(' | ') });
    else if (text(part)) out.push({ kind: 'line', text: text(part) });
  }
  return out;
}

/** "884.000" → 884000, "11,2" → 11.2. */
const vn = (s: string) => Number(s.replace(/\./gu, '').replace(',', '.'));
/** The number a figure's line states: "- Label: 11.236 cơ sở [N20]" → 11236. */
const stated = (line: string) => vn(/: ([\d.,]+)[^:]*$/u.exec(line)?.[1] ?? '');

describe.each(DIALECTS)('the demo five-year summary 2017–2021 against the source article (%s)', (dialect) => {
  let h: Harness;
  let leader: Client;
  let seedMs = 0;
  const db = () => h.db.kysely;
  /** The one paragraph that starts with the figure's label. */
  const figure = (label: string) => {
    const found = ordered.filter((o) => o.kind === 'line' && o.text.startsWith(`- ${label}: `)).map((o) => o.text);
    expect(found, label).toHaveLength(1);
    return found[0]!;
  };
  /** The DOCX in reading order: paragraphs outside tables, and table rows with their cells joined by " | ". */
  let ordered: { kind: 'line' | 'row'; text: string }[] = [];
  /** The rows of the table printed right after the caption that starts with `caption`. */
  const table = (caption: string) => {
    const i = ordered.findIndex((o) => o.kind === 'line' && o.text.startsWith(caption));
    expect(i, caption).toBeGreaterThanOrEqual(0);
    const end = ordered.findIndex((o, k) => k > i && o.kind === 'line');
    return ordered
      .slice(i + 1, end < 0 ? ordered.length : end)
      .filter((o) => o.kind === 'row')
      .map((o) => o.text);
  };

  beforeAll(async () => {
    const t = performance.now();
    h = await makeHarness(dialect, { seedDemo: true });
    seedMs = performance.now() - t;
    leader = await signIn(h.app, 'lanhdao', DEMO_PASSWORD);
    const root = (
      await db().selectFrom('organisations').select('id').where('code', '=', 'SCT').executeTakeFirstOrThrow()
    ).id;
    // The leader's download, as the report page offers it, with the registries read at the article's date.
    const res = await leader.get(`/api/v1/reports/summary.docx?orgId=${root}&from=2017&to=2021&asOf=2022-06-30`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    ordered = await docxParts(res.rawPayload);
  }, 240_000);
  afterAll(async () => {
    console.info(`[historyDemo] ${dialect}: migrate + whole demo seed ${Math.round(seedMs)} ms`);
    await h?.close();
  });

  it('states 7 movements and campaigns, each listed with its period', async () => {
    expect(figure('Phong trào, cuộc vận động đã phát động')).toContain(': 7 phong trào');
    const rows = table('Các phong trào thi đua, cuộc vận động');
    expect(rows.slice(1)).toHaveLength(7);
    for (const m of HISTORY_MOVEMENTS) {
      const row = rows.find((r) => r.startsWith(`${m.name} |`));
      expect(row, m.name).toContain(`${m.startsOn.slice(0, 4)}–${m.endsOn.slice(0, 4)}`);
    }
    // Where a user looks: each campaign of the span in the movements list, closed, with its units and exemplars.
    const items = (await leader.get('/api/v1/movements?pageSize=100')).json().items as {
      name: string;
      status: string;
      participantCount: number;
    }[];
    for (const m of HISTORY_MOVEMENTS) {
      const item = items.find((i) => i.name === m.name) as { id: string } | undefined;
      expect(item, m.name).toMatchObject({ status: 'closed', participantCount: m.units.length });
      // Its final review, as the emulation office prints it: the exemplars and the Giấy khen given under it.
      const res = await leader.get(`/api/v1/movements/${item!.id}/review.docx?kind=final`);
      expect(res.statusCode, m.name).toBe(200);
      const xml = await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')!.async('string');
      const text = xml.replace(/<[^>]+>/gu, '');
      for (const [, title] of m.exemplars) expect(text, m.name).toContain(title);
      expect(text, m.name).toContain('Giấy khen');
    }
    // The Director's Giấy khen given under each campaign, under the numbers and days the register holds.
    const linked = await db()
      .selectFrom('award_records as a')
      .innerJoin('movements as m', 'm.id', 'a.movement_id')
      .select(['m.name', 'a.decision_number', 'a.decision_date'])
      .where('a.award_code', '=', 'commendation_certificate')
      .execute();
    const register = await db().selectFrom('decisions').select(['number', 'signed_on']).execute();
    for (const m of HISTORY_MOVEMENTS) {
      const got = new Set(
        linked.filter((l) => l.name === m.name).map((l) => `${l.decision_number} ${l.decision_date}`),
      );
      expect([...got].sort(), m.name).toEqual(m.awards.map(([n, d]) => `${n} ${d}`).sort());
      for (const [n, d] of m.awards)
        expect(
          register.some((r) => r.number === n && r.signed_on === d),
          n,
        ).toBe(true);
    }
  });

  it('states 152 initiatives, 19 of them recognised province-wide, each with its authors', async () => {
    expect(figure('Sáng kiến đăng ký, công nhận')).toContain(': 152 sáng kiến');
    expect(figure('Công nhận có phạm vi ảnh hưởng cấp tỉnh')).toContain(': 19 sáng kiến');
    const orphans = await db()
      .selectFrom('initiatives as i')
      .select('i.id')
      .where((eb) =>
        eb.not(
          eb.exists(
            eb.selectFrom('initiative_authors as a').select('a.initiative_id').whereRef('a.initiative_id', '=', 'i.id'),
          ),
        ),
      )
      .execute();
    expect(orphans).toEqual([]);
  });

  it('names the Labour Order third class and the Government emulation flag received by the department', () => {
    const rows = table('Khen thưởng cấp trên trao cho Sở Công Thương');
    expect(rows.find((r) => r.includes('Huân chương Lao động hạng Ba'))).toContain('1296/QĐ-CTN');
    expect(rows.find((r) => r.includes('Cờ thi đua của Chính phủ'))).toContain('618/QĐ-TTg');
  });

  it('ranks the department first or second in the PAR index every year since 2016, the plan base year 2015 on', () => {
    const rows = table('Chỉ số cải cách hành chính theo năm (từ năm 2016)').slice(1);
    expect(rows.map((r) => r.split(' | ')[0])).toEqual(['2016', '2017', '2018', '2019', '2020', '2021']);
    for (const r of rows) expect(['1', '2'], r).toContain(r.split(' | ')[2]);
  });

  it('states the sector figures of 2021: production, retail sales, exports, the share of investment', () => {
    expect(figure('Giá trị sản xuất công nghiệp (giá hiện hành) năm 2021')).toContain(': 884.000 tỷ đồng');
    expect(figure('Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng năm 2021')).toContain(': 44.670 tỷ đồng');
    expect(figure('Kim ngạch xuất khẩu năm 2021')).toContain(': 28.850 triệu USD');
    expect(figure('Tỷ trọng vốn đầu tư vào công nghiệp trong tổng vốn đầu tư năm 2021')).toMatch(/: 60 %/u);
    // Double-digit growth of industrial production every year of the span, from the report's own chart.
    const chart = table('Biểu đồ: Giá trị sản xuất công nghiệp (giá hiện hành)')
      .slice(1)
      .map((r) => r.split(' | '));
    const value = (y: number) => vn(chart.find((c) => c[0] === String(y))![1]!);
    for (let y = 2017; y <= 2021; y++) expect(value(y) / value(y - 1) - 1, String(y)).toBeGreaterThan(0.1);
  });

  // The data under the figures below: the register's Giấy khen, the 2015 base, the registries mid-2022.
  it('holds the data the figures rest on: Giấy khen by decision date, the 2016 PAR rank, registries mid-2022', async () => {
    const gk = await db()
      .selectFrom('decision_recipients as r')
      .innerJoin('decisions as d', 'd.id', 'r.decision_id')
      .select('r.position')
      .where('r.award_code', '=', 'commendation_certificate')
      .where('d.signed_on', '>=', '2017-01-01')
      .where('d.signed_on', '<=', '2021-12-31')
      .execute();
    expect(gk).toHaveLength(346);
    const par2016 = await db().selectFrom('par_index_results').select(['rank']).where('year', '=', 2016).execute();
    expect(par2016.map((r) => Number(r.rank))).toEqual([expect.any(Number)]);
    expect(Number(par2016[0]!.rank)).toBeLessThanOrEqual(2);
    const at = '2022-06-30';
    const reg = async (kind: Parameters<typeof registrySummary>[1]) => registrySummary(h.deps, kind, { asOf: at });
    const cls = (s: Awaited<ReturnType<typeof reg>>, code: string) => s.byClass.find((c) => c.code === code)?.count;
    expect((await reg('facilities')).total).toBeGreaterThan(11_000);
    const coops = await reg('cooperatives');
    expect([cls(coops, 'industry_handicraft'), coops.total]).toEqual([104, 343]);
    expect((await reg('craft-villages')).total).toBe(162);
    const products = await reg('rural-products');
    expect([cls(products, 'provincial'), cls(products, 'regional')]).toEqual([30, 5]);
    const parks = await db().selectFrom('reg_industrial_zones').select('name').execute();
    for (const p of ['Sông Công II', 'Yên Bình', 'Điềm Thụy'])
      expect(
        parks.some((z) => z.name.includes(p)),
        p,
      ).toBe(true);
  });

  it('states 346 Director Giấy khen from the decisions signed in 2017–2021, the award-history count labelled apart', () => {
    expect(figure('Tập thể và cá nhân được Giám đốc Sở tặng Giấy khen')).toContain(': 346 tập thể, cá nhân');
    const coll = stated(figure('Giấy khen cho tập thể'));
    const ind = stated(figure('Giấy khen cho cá nhân'));
    expect(coll + ind).toBe(346);
    expect(figure('Giấy khen của Giám đốc Sở ghi trong lịch sử khen thưởng theo năm thành tích (đối chiếu)')).toContain(
      ': 330 lượt',
    );
    // The appendix names the register and the signing-date filter.
    expect(
      ordered.some(
        (o) =>
          o.text.includes('Sổ quyết định khen thưởng') &&
          o.text.includes('ngày ký quyết định từ 01/01/2017 đến 31/12/2021'),
      ),
    ).toBe(true);
  });

  it('states growth on the plan base year 2015: industry +544.000 tỷ đồng, retail 11,2 %/năm, growth every year', () => {
    const name = 'Giá trị sản xuất công nghiệp (giá hiện hành)';
    expect(figure(`${name}: tăng so với năm 2015`)).toContain(': 544.000 tỷ đồng');
    const retail = 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng';
    expect(figure(`${retail}: tăng bình quân mỗi năm giai đoạn 2015–2021`)).toContain(': 11,2 %/năm');
    expect(ordered.some((o) => o.text.includes('năm gốc 2015: năm tận cùng bằng 0 hoặc 5 liền trước năm 2017'))).toBe(
      true,
    );
    const growth = table('Tăng trưởng so với năm trước (%), từng năm từ năm 2016').map((r) => r.split(' | '));
    expect(growth[0]).toEqual(['Chỉ tiêu', 'Năm 2016', 'Năm 2017', 'Năm 2018', 'Năm 2019', 'Năm 2020', 'Năm 2021']);
    const row = growth.find((r) => r[0] === name)!;
    expect(row, name).toHaveLength(7);
    for (const cell of row.slice(1)) expect(vn(cell), cell).toBeGreaterThan(0);
  });

  it('states the registries at the article date 30/06/2022: facilities, cooperatives, craft villages, products, parks', () => {
    expect(stated(figure('Cơ sở sản xuất công nghiệp'))).toBeGreaterThan(11_000);
    expect(figure('Hợp tác xã công nghiệp – tiểu thủ công nghiệp trên tổng số hợp tác xã')).toContain(
      ': 104/343 hợp tác xã',
    );
    expect(figure('Làng nghề, làng nghề truyền thống')).toContain(': 162 làng nghề');
    expect(figure('Sản phẩm tiêu biểu cấp tỉnh')).toContain(': 30 sản phẩm');
    expect(figure('Trong đó cấp khu vực')).toContain(': 5 sản phẩm');
    const parks = table('Các khu công nghiệp tại ngày 30/06/2022');
    for (const p of ['Sông Công II', 'Yên Bình', 'Điềm Thụy'])
      expect(
        parks.some((r) => r.includes(p)),
        p,
      ).toBe(true);
  });
});
