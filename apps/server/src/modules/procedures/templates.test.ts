import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeUser,
  multipart,
  rootOrgId,
  signIn,
  type Client,
  type Harness,
} from '../../test/harness.ts';

const API = '/api/v1/procedures';
/** A minimal Word file: a zip with a word/ part, which is what the upload check looks for. */
let DOCX: Buffer;

/** A procedure as the clerk types it: 15 working days in three steps, one fee, a compliance cost. */
const retailAlcohol = (over: Record<string, unknown> = {}) => ({
  code: '2.000777',
  name: 'Cấp Giấy phép bán lẻ sản phẩm rượu',
  field: 'alcohol',
  level: 'province',
  agency: 'Sở Công Thương',
  interAgency: false,
  onlineLevel: 'partial',
  content: {
    legalBasis: 'Nghị định 105/2017/NĐ-CP',
    time: { amount: 15, unit: 'working_days' },
    fees: [{ name: 'Lệ phí thẩm định', amount: 1_200_000, note: '' }],
    documents: [{ name: 'Đơn đề nghị cấp giấy phép', kind: 'original', count: 1, required: true }],
    steps: [
      {
        name: 'Tiếp nhận hồ sơ',
        unit: 'Bộ phận Một cửa',
        role: 'Cán bộ một cửa',
        amount: 4,
        timeUnit: 'working_hours',
      },
      {
        name: 'Thẩm định hồ sơ',
        unit: 'Phòng Quản lý thương mại',
        role: 'Chuyên viên',
        amount: 11,
        timeUnit: 'working_days',
      },
      { name: 'Phê duyệt', unit: 'Lãnh đạo Sở', role: 'Phó Giám đốc', amount: 3, timeUnit: 'working_days' },
    ],
    result: 'Giấy phép bán lẻ sản phẩm rượu',
    complianceCost: 1_200_000,
    yearlyDossiers: 250,
  },
  ...over,
});

describe.each(DIALECTS)('form templates of a procedure’s documents (%s)', (dialect) => {
  let h: Harness;
  let clerk: Client;
  let viewer: Client;
  beforeAll(async () => {
    const zip = new JSZip();
    zip.file(
      'word/document.xml',
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
    );
    DOCX = await zip.generateAsync({ type: 'nodebuffer' });
    h = await makeHarness(dialect);
    const admin = await asAdmin(h);
    const root = await rootOrgId(h);
    await makeUser(admin, 'motcua.m', [{ role: 'onestop_clerk', orgId: root }], 'Mot-cua@2026');
    await makeUser(admin, 'xem.m', [{ role: 'viewer', orgId: root }], 'Xem-mau@2026');
    clerk = await signIn(h.app, 'motcua.m', 'Mot-cua@2026');
    viewer = await signIn(h.app, 'xem.m', 'Xem-mau@2026');
  });
  afterAll(() => h.close());

  const upload = (c: Client, id: string, seq: number, name = 'Mẫu đơn đề nghị.docx') => {
    const m = multipart(DOCX, name);
    return c.send('POST', `${API}/${id}/draft/documents/${seq}/template`, m.body, { 'content-type': m.type });
  };

  it('keeps a template on the draft, publishes it and lets anyone download it from the public page', async () => {
    const created = await clerk.send('POST', API, retailAlcohol());
    expect(created.statusCode, created.body).toBe(200);
    const id = created.json().id as string;
    expect((await upload(viewer, id, 1)).statusCode).toBe(403);
    expect((await upload(clerk, id, 2)).statusCode).toBe(404);
    const res = await upload(clerk, id, 1);
    expect(res.statusCode, res.body).toBe(200);
    let p = res.json();
    const fileId = p.versions[0].documents[0].templateFileId as string;
    expect(fileId).toBeTruthy();
    // Anyone signed in reads it (the catalog is public).
    const read = await viewer.get(`/api/v1/attachments/${fileId}`);
    expect(read.statusCode).toBe(200);
    expect(read.rawPayload.equals(DOCX)).toBe(true);

    const published = await clerk.send('POST', `${API}/${id}/transitions`, {
      action: 'publish',
      version: p.version,
      decision: { no: '77/QĐ-UBND', date: '2026-03-01', signer: 'Chủ tịch UBND tỉnh' },
    });
    expect(published.statusCode, published.body).toBe(200);
    p = published.json();
    // A published version is never edited: a template goes on an amendment.
    const late = await upload(clerk, id, 1);
    expect(late.statusCode).toBe(409);

    const page = await h.app.inject({ method: 'GET', url: '/thu-tuc/2.000777' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('href="/thu-tuc/2.000777/mau/1"');
    expect(page.body).toContain('Tải mẫu đơn, tờ khai: Mẫu đơn đề nghị.docx');
    const file = await h.app.inject({ method: 'GET', url: '/thu-tuc/2.000777/mau/1' });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(DOCX)).toBe(true);
    expect(String(file.headers['content-disposition'])).toContain(encodeURIComponent('Mẫu đơn đề nghị.docx'));
    expect((await h.app.inject({ method: 'GET', url: '/thu-tuc/2.000777/mau/2' })).statusCode).toBe(404);
    expect((await h.app.inject({ method: 'GET', url: '/thu-tuc/2.000777/mau/x' })).statusCode).toBe(404);
    expect((await h.app.inject({ method: 'GET', url: '/thu-tuc/9.999999/mau/1' })).statusCode).toBe(404);

    // The amendment carries the template over; the draft may keep it but not name another record's file.
    const amendment = await clerk.send('POST', `${API}/${id}/versions`, { version: p.version });
    expect(amendment.statusCode, amendment.body).toBe(200);
    const draft = amendment.json().versions.find((v: { status: string }) => v.status === 'draft');
    expect(draft.documents[0].templateFileId).toBe(fileId);
    const content = { ...retailAlcohol().content, effectiveFrom: '2026-06-01' };
    const keep = await clerk.send('PUT', `${API}/${id}/draft`, {
      ...content,
      documents: [{ ...content.documents[0], templateFileId: fileId }],
      version: draft.version,
    });
    expect(keep.statusCode, keep.body).toBe(200);
    const scan = await h.db.kysely
      .insertInto('files')
      .values({
        id: '01900000-0000-7000-8000-000000000001',
        owner_type: 'dossier',
        owner_id: '01900000-0000-7000-8000-000000000002',
        filename: 'CCCD.pdf',
        mime: 'application/pdf',
        size: 4,
        sha256: '0',
        content: Buffer.from('%PDF'),
        uploaded_by: 'motcua.m',
        created_at: '2026-03-01T00:00:00.000Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const draftNow = keep.json().versions.find((v: { status: string }) => v.status === 'draft');
    const smuggled = await clerk.send('PUT', `${API}/${id}/draft`, {
      ...content,
      documents: [{ ...content.documents[0], templateFileId: scan.id }],
      version: draftNow.version,
    });
    expect(smuggled.statusCode).toBe(409);
    expect(smuggled.json().errors[0].path).toBe('documents.0.templateFileId');
  });
});
