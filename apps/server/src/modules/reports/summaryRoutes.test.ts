import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.ts';
import { insertAwardRecord, insertCertificateDecision } from '../../test/factories/decisions.ts';
import { insertInitiative } from '../../test/factories/initiatives.ts';
import { insertPerson } from '../../test/factories/people.ts';
import { makeIndicator, makeStatUnit, makeStatValue } from '../../test/factories/statistics.ts';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeOrg,
  makeUser,
  rootOrgId,
  signIn,
  type Client,
  type Harness,
} from '../../test/harness.ts';

/** The text of a DOCX's body, one line per paragraph. */
async function docxLines(buf: Buffer): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join(''))
    .filter(Boolean);
}

describe.each(DIALECTS)('the summary report and its drafts (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let leader: Client;
  let unitOffice: Client;
  let root: string;
  let unit: string;
  let other: string;
  beforeAll(async () => {
    h = await makeHarness(dialect, { clock: new ManualClock('2026-03-15T09:00:00+07:00') });
    admin = await asAdmin(h);
    root = await rootOrgId(h);
    unit = (await makeOrg(admin, root, 'QLCN', 'Phòng Quản lý Công nghiệp')).id;
    other = (await makeOrg(admin, root, 'VP', 'Văn phòng Sở')).id;
    await makeUser(admin, 'bc.lanhdao', [{ role: 'leader', orgId: root }], 'Bao-cao@2026');
    leader = await signIn(h.app, 'bc.lanhdao', 'Bao-cao@2026');
    await makeUser(admin, 'bc.tdkt', [{ role: 'emulation_officer', orgId: unit }], 'Bao-cao@2026');
    unitOffice = await signIn(h.app, 'bc.tdkt', 'Bao-cao@2026');
    const k = h.deps.db.kysely;
    const a = await insertPerson(k, unit);
    await insertInitiative(k, {
      orgId: unit,
      authors: [{ personId: a.id, share: 100 }],
      level: 'provincial',
      recognisedOn: '2024-05-01',
    });
    await insertAwardRecord(k, a, { awardCode: 'commendation_certificate', year: 2024, decisionNumber: '5/QĐ-SCT' });
    await insertCertificateDecision(k, {
      number: '5/QĐ-SCT',
      signedOn: '2024-03-01',
      recipients: [{ kind: 'individual', id: a.id, orgId: unit }],
    });
  });
  afterAll(() => h.close());

  const url = (q: string) => `/api/v1/reports/summary.docx?${q}`;

  it('writes the report with its chapters and the appendix of sources, a missing figure said so', async () => {
    const res = await leader.get(url(`orgId=${root}&from=2024&to=2025`));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const text = (await docxLines(res.rawPayload)).join('\n');
    for (const heading of [
      'I. PHONG TRÀO THI ĐUA, CUỘC VẬN ĐỘNG',
      'II. SÁNG KIẾN',
      'III. CÔNG TÁC KHEN THƯỞNG',
      'IV. CẢI CÁCH HÀNH CHÍNH',
      'V. KẾT QUẢ PHÁT TRIỂN NGÀNH',
      'PHỤ LỤC: NGUỒN SỐ LIỆU',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    ])
      expect(text).toContain(heading);
    expect(text).toContain('Công nhận có phạm vi ảnh hưởng cấp tỉnh: 1 sáng kiến');
    expect(text).toContain('Tập thể và cá nhân được Giám đốc Sở tặng Giấy khen: 1 tập thể, cá nhân');
    expect(text).toContain('Phong trào, cuộc vận động đã phát động: không có số liệu');
  });

  it('refuses a bad span with 422 naming the field', async () => {
    for (const [q, field] of [
      [`from=2025&to=2024`, 'to'],
      [`from=2015&to=2025`, 'to'],
      [`from=abc&to=2025`, 'from'],
      [`from=2024`, 'to'],
      [`from=2024&to=2024&asOf=2024-02-30`, 'asOf'],
    ] as const) {
      const res = await leader.get(url(q));
      expect(res.statusCode, q).toBe(422);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(field);
      expect(res.json().detail).toMatch(/năm|Năm|giá trị|Sai kiểu/u);
    }
  });

  it('keeps a unit officer to his own unit', async () => {
    expect((await unitOffice.get(url(`orgId=${unit}&from=2024&to=2024`))).statusCode).toBe(200);
    expect((await unitOffice.get(url(`orgId=${other}&from=2024&to=2024`))).statusCode).toBe(403);
    expect((await unitOffice.get(url(`from=2024&to=2024`))).statusCode).toBe(403);
    expect((await leader.get(url(`orgId=nope&from=2024&to=2024`))).statusCode).toBe(404);
  });

  it('saves each edit as a new version and freezes the signed report, figures included', async () => {
    const created = await unitOffice.send('POST', '/api/v1/reports/summary/drafts', {
      orgId: unit,
      from: 2024,
      to: 2024,
    });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json();
    expect(draft).toMatchObject({ status: 'draft', version: 1, canEdit: true, canSign: false });
    const again = await unitOffice.send('POST', '/api/v1/reports/summary/drafts', {
      orgId: unit,
      from: 2024,
      to: 2024,
    });
    expect(again.statusCode).toBe(409);
    expect(
      (await unitOffice.send('POST', '/api/v1/reports/summary/drafts', { orgId: other, from: 2024, to: 2024 }))
        .statusCode,
    ).toBe(403);

    const texts = { movements: 'Phong trào được hưởng ứng rộng rãi.', lessons: 'Bài học thứ nhất.\nBài học thứ hai.' };
    const saved = await unitOffice.send('PUT', `/api/v1/reports/summary/drafts/${draft.id}`, { version: 1, texts });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, texts: { movements: texts.movements, lessons: texts.lessons } });
    const stale = await unitOffice.send('PUT', `/api/v1/reports/summary/drafts/${draft.id}`, { version: 1, texts });
    expect(stale.statusCode).toBe(409);
    const versions = (await unitOffice.get(`/api/v1/reports/summary/drafts/${draft.id}/versions`)).json();
    expect(versions.items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions.items[0].savedBy).toBe('bc.tdkt');

    expect(
      (await unitOffice.send('POST', `/api/v1/reports/summary/drafts/${draft.id}/sign`, { version: 2 })).statusCode,
    ).toBe(403);
    const signed = await leader.send('POST', `/api/v1/reports/summary/drafts/${draft.id}/sign`, {
      version: 2,
      number: '25',
    });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({ status: 'signed', number: '25', canEdit: false, signedBy: 'bc.lanhdao' });
    expect(signed.json().figures.chapters).toHaveLength(5);

    // Data recorded after signing does not change the signed report.
    const p = await insertPerson(h.deps.db.kysely, unit, { givenName: 'Bình' });
    await insertAwardRecord(h.deps.db.kysely, p, {
      awardCode: 'commendation_certificate',
      year: 2024,
      decisionNumber: '9/QĐ-SCT',
    });
    await insertCertificateDecision(h.deps.db.kysely, {
      number: '9/QĐ-SCT',
      signedOn: '2024-06-01',
      recipients: [{ kind: 'individual', id: p.id, orgId: unit }],
    });
    const doc = (
      await docxLines((await leader.get(`/api/v1/reports/summary/drafts/${draft.id}/report.docx`)).rawPayload)
    ).join('\n');
    expect(doc).toContain('Tập thể và cá nhân được Giám đốc Sở tặng Giấy khen: 1 tập thể, cá nhân');
    expect(doc).toContain('Số: 25/BC-');
    expect(doc).toContain('Bài học thứ hai.');
    expect(doc).not.toContain('DỰ THẢO');
    const live = (await docxLines((await leader.get(url(`orgId=${unit}&from=2024&to=2024`))).rawPayload)).join('\n');
    expect(live).toContain('Tập thể và cá nhân được Giám đốc Sở tặng Giấy khen: 2 tập thể, cá nhân');

    const edit = await leader.send('PUT', `/api/v1/reports/summary/drafts/${draft.id}`, { version: 3, texts });
    expect(edit.statusCode).toBe(409);
    const old = (
      await docxLines((await leader.get(`/api/v1/reports/summary/drafts/${draft.id}/report.docx?version=1`)).rawPayload)
    ).join('\n');
    expect(old).toContain('DỰ THẢO');
    expect(old).not.toContain('Bài học thứ hai.');
    const list = (await unitOffice.get('/api/v1/reports/summary/drafts')).json();
    expect(list.items.map((d: { id: string }) => d.id)).toContain(draft.id);
  });

  it('draws a headline indicator with data as a chart image, a year without data left out; none for one without', async () => {
    const k = h.deps.db.kysely;
    const province = await makeStatUnit(k, { kind: 'province', name: 'Tỉnh kiểm thử' });
    const gtsx = await makeIndicator(k, {
      code: 'GTSX_CN',
      name: 'Giá trị sản xuất công nghiệp',
      unit: 'tỷ đồng',
      periodType: 'year',
      decimals: 0,
    });
    await makeIndicator(k, { code: 'KN_XK', name: 'Kim ngạch xuất khẩu', unit: 'triệu USD', periodType: 'year' });
    // 2022 has no figure: the chart must not draw it as 0.
    for (const [year, value] of [
      [2020, 340_000],
      [2021, 421_000],
      [2023, 700_000],
      [2024, 780_000],
      [2025, 884_000],
    ] as const)
      await makeStatValue(k, { indicatorId: gtsx.id, unitId: province.id, period: String(year), value });

    const res = await leader.get(url(`orgId=${root}&from=2024&to=2025`));
    expect(res.statusCode, res.body).toBe(200);
    const zip = await JSZip.loadAsync(res.rawPayload);
    const images = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(images).toHaveLength(1);
    const png = await zip.file(images[0]!)!.async('nodebuffer');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // Printed across the A4 text width (165 mm) at about 300 dpi.
    expect(png.readUInt32BE(16)).toBeGreaterThan(1900);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml.match(/<w:drawing>/gu)).toHaveLength(1);
    // The picture's alternative text states each year's figure, the missing one said so.
    expect(xml).toContain('2022: không có số liệu; 2023: 700.000');
    const lines = await docxLines(res.rawPayload);
    expect(lines.find((l) => l.startsWith('Biểu đồ: Giá trị sản xuất công nghiệp'))).toMatch(
      /^Biểu đồ: Giá trị sản xuất công nghiệp \(tỷ đồng\) \[N\d+\]$/u,
    );
    // The figures stay in a table under the chart: the base year marked, 2022 without data.
    const at = lines.indexOf('2020 (năm gốc)');
    expect(lines.slice(at, at + 12)).toEqual([
      '2020 (năm gốc)',
      '340.000',
      '2021',
      '421.000',
      '2022',
      'không có số liệu',
      '2023',
      '700.000',
      '2024',
      '780.000',
      '2025',
      '884.000',
    ]);
    expect(lines.find((l) => l.startsWith('Biểu đồ: Kim ngạch xuất khẩu'))).toMatch(
      /^Biểu đồ: Kim ngạch xuất khẩu \(triệu USD\) \[N\d+\]: không có số liệu các năm 2020–2025$/u,
    );
    // The registries are empty here: no bar chart, the caption says so.
    expect(lines.find((l) => l.startsWith('Biểu đồ: Số lượng trong các sổ theo dõi'))).toMatch(/: không có số liệu$/u);
  });
});
