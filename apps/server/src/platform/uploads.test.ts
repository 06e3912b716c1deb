import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeOrg,
  makePerson,
  multipart,
  rootOrgId,
  type Client,
  type Harness,
} from '../test/harness.ts';
import { importSlots } from './importSlots.ts';

const VIETNAMESE = /[ạảãàáâậầấẩẫăắằặẳẵệềếểễđộồốổỗơớờợởỡưứừựửữịìíỉĩỵỳýỷỹ]/iu;

/**
 * Every route that takes a file: a multipart body the parser cannot read is the client's
 * fault (400 in Vietnamese, never 500), and imports run at most a configured number at once.
 */
describe.each(DIALECTS)('uploads and import slots (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let routes: string[];
  let staffSheet: Buffer;

  beforeAll(async () => {
    h = await makeHarness(dialect, { env: { THIDUA_MAX_CONCURRENT_IMPORTS: '2' } });
    admin = await asAdmin(h);
    const root = await rootOrgId(h);
    const unit = (await makeOrg(admin, root, 'VP', 'Văn phòng Sở')).id;
    const person = await makePerson(admin, unit);
    const proposal = await admin.send('POST', '/api/v1/proposals', {
      orgId: unit,
      title: 'Đề nghị Giấy khen năm 2026',
      year: 2026,
      items: [{ subjectKind: 'individual', subjectId: person.id, awardCode: 'commendation_certificate' }],
    });
    expect(proposal.statusCode, proposal.body).toBe(200);
    const initiative = await admin.send('POST', '/api/v1/initiatives', {
      title: 'Giải pháp tiết kiệm điện trong chiếu sáng công cộng',
      orgId: unit,
      authors: [{ personId: person.id, share: 100 }],
    });
    expect(initiative.statusCode, initiative.body).toBe(201);
    const movement = await admin.send('POST', '/api/v1/movements', {
      name: 'Thi đua tiết kiệm năng lượng',
      kind: 'thematic',
      year: 2026,
      startsOn: '2026-01-15',
      endsOn: '2027-12-31',
      registrationDeadline: '2027-03-31',
      reportEvery: 'quarter',
      orgIds: [unit],
      targets: [],
    });
    expect(movement.statusCode, movement.body).toBe(200);
    const bloc = (await admin.send('POST', '/api/v1/blocs', { name: 'Cụm thi đua', organiser: 'department' })).json();
    const year = await admin.send('PUT', `/api/v1/blocs/${bloc.id}/years/2026`, {
      version: null,
      members: [{ orgId: unit, role: 'leader' }, { name: 'Sở Tài chính' }],
    });
    expect(year.statusCode, year.body).toBe(200);
    routes = [
      '/api/v1/people/import?dryRun=true',
      '/api/v1/people/import/report',
      '/api/v1/history/awards/import?dryRun=true',
      '/api/v1/history/awards/import/report',
      '/api/v1/history/periods/import?dryRun=true',
      '/api/v1/history/periods/import/report',
      '/api/v1/ratings/import?year=2026&dryRun=true',
      `/api/v1/proposals/${proposal.json().id}/attachments`,
      `/api/v1/initiatives/${initiative.json().id}/attachments`,
      `/api/v1/movements/${movement.json().id}/attachments`,
      `/api/v1/blocs/${bloc.id}/years/2026/attachments`,
    ];
    const res = await admin.get('/api/v1/people/import/template.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    wb.getWorksheet('Danh sách cán bộ')!.getRow(2).values = [1, 'Nguyễn', 'Thị', 'Lan', 'Nữ', '05/09/1985', '', 'VP'];
    staffSheet = Buffer.from(await wb.xlsx.writeBuffer());
  });
  afterAll(() => h.close());

  const expectProblem = (res: Awaited<ReturnType<Client['get']>>, status: number, code: string, url: string) => {
    expect(res.statusCode, `${url}: ${res.body}`).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/u);
    const body = res.json();
    expect(body.code, url).toBe(code);
    expect(body.detail).toMatch(VIETNAMESE);
    return body;
  };

  it('answers 400 in Vietnamese, never 500, to multipart/form-data without a boundary on every upload route', async () => {
    expect(routes).toHaveLength(11);
    const file = multipart(staffSheet);
    for (const url of routes) {
      const res = await admin.send('POST', url, file.body, { 'content-type': 'multipart/form-data' });
      expect(expectProblem(res, 400, 'malformed_multipart', url).errors).toEqual([
        { path: 'file', message: expect.any(String) },
      ]);
    }
  });

  it('refuses an attachment whose name carries a control character or a bidi override, and stores nothing', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF');
    const url = routes[7]!;
    // "to-trinh\u202Efdp.exe" would show as "to-trinhexe.pdf": the override disguises the extension.
    for (const name of ['to\u0000trinh.pdf', 'to-trinh\u202Efdp.pdf', 'to\u001btrinh.pdf']) {
      const file = multipart(pdf, name);
      const res = await admin.send('POST', url, file.body, { 'content-type': file.type });
      expect(expectProblem(res, 400, 'unsafe_text', url).errors).toEqual([
        { path: 'file', message: expect.any(String) },
      ]);
    }
    const proposal = await admin.get(url.replace(/\/attachments$/u, ''));
    expect(proposal.statusCode, proposal.body).toBe(200);
    expect(JSON.stringify(proposal.json())).not.toContain('trinh');
  });

  it('answers 400 to a body that breaks off or does not match its boundary', async () => {
    const cut = multipart(staffSheet);
    const bodies = [
      // Cut in the middle of the file: the closing boundary never comes.
      { body: cut.body.subarray(0, cut.body.length - 200), type: cut.type },
      // A boundary longer than the parser takes.
      { body: cut.body, type: `multipart/form-data; boundary=${'x'.repeat(300)}` },
    ];
    for (const url of [routes[0]!, routes[6]!, routes[7]!, routes[10]!])
      for (const b of bodies) {
        const res = await admin.send('POST', url, b.body, { 'content-type': b.type });
        expect(res.statusCode, `${url}: ${res.body}`).toBeLessThan(500);
        expectProblem(res, res.statusCode, res.json().code, url);
      }
  });

  it('runs at most the configured number of imports at once: 429 with Retry-After beyond, slots freed however an import ends', async () => {
    const slots = importSlots(h.deps);
    expect(slots.max).toBe(2);
    const upload = (url: string, body: Buffer) => {
      const m = multipart(body);
      return admin.send('POST', url, m.body, { 'content-type': m.type });
    };
    // Two imports in progress (held here, as a slow upload would hold them).
    const held = [slots.tryAcquire()!, slots.tryAcquire()!];
    for (const url of [routes[0]!, routes[3]!, routes[6]!]) {
      const res = await upload(url, staffSheet);
      expectProblem(res, 429, 'imports_busy', url);
      expect(res.headers['retry-after']).toMatch(/^\d+$/u);
    }
    expect(slots.inUse).toBe(2);
    held[0]!();
    const ok = await upload(routes[0]!, staffSheet);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ dryRun: true, totalRows: 1 });
    // A refused file (415) and a broken body (400) give their slot back too.
    expect((await upload(routes[0]!, Buffer.from('không phải Excel'))).statusCode).toBe(415);
    const res = await admin.send('POST', routes[2]!, staffSheet, { 'content-type': 'multipart/form-data' });
    expect(res.statusCode).toBe(400);
    expect(slots.inUse).toBe(1);
    held[1]!();
    expect(slots.inUse).toBe(0);
  });
});
