import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, asAdmin, makeHarness, makeUser, rootOrgId, type Harness } from '../../test/harness.ts';
import { makeDossier, makeProcedure, type MadeDossier } from '../../test/factories/onestop.ts';

/** The public dossier lookup: JSON and page, the check digits, no personal data, throttling per address. */
describe.each(DIALECTS)('public dossier lookup (%s)', (dialect) => {
  let h: Harness;
  let dossier: MadeDossier;
  const applicant = {
    name: 'Lê Thị Riêng Tư',
    idNo: '001085012345',
    phone: '0912 345 678',
    address: 'Số 9 Đường Bí Mật, phường Kín',
    email: 'rieng.tu@example.vn',
  };
  let officerName: string;
  // Each test its own address, so one test's lookups never throttle another's.
  let n = 0;
  const from = () => `10.0.${dialect === 'sqlite' ? 1 : 2}.${++n}`;
  const get = (url: string, remoteAddress = from()) => h.app.inject({ method: 'GET', url, remoteAddress });

  beforeAll(async () => {
    h = await makeHarness(dialect);
    const admin = await asAdmin(h);
    const officer = await makeUser(admin, 'thuly.congkhai', [{ role: 'onestop_officer', orgId: await rootOrgId(h) }]);
    officerName = 'thuly.congkhai';
    const procedure = await makeProcedure(h.db.kysely, { name: 'Cấp Giấy phép bán buôn rượu' });
    dossier = await makeDossier(h.db.kysely, {
      procedure,
      status: 'in_process',
      stepSeq: 2,
      assigneeId: officer.id,
      applicant,
    });
  });
  afterAll(() => h.close());

  const api = (code: string, check: string) =>
    `/api/public/dossiers/${encodeURIComponent(code)}?check=${encodeURIComponent(check)}`;

  it('answers status, dates and steps for the last four digits of the phone or of the ID number', async () => {
    for (const check of ['5678', '2345']) {
      const res = await get(api(dossier.code, check));
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(Object.keys(body).sort()).toEqual(
        [
          'code',
          'dueAt',
          'finishedAt',
          'overdue',
          'portalCode',
          'procedureName',
          'receivedAt',
          'rescheduled',
          'returnedAt',
          'status',
          'statusLabel',
          'steps',
        ].sort(),
      );
      expect(body).toMatchObject({
        code: dossier.code,
        procedureName: 'Cấp Giấy phép bán buôn rượu',
        status: 'in_process',
        statusLabel: 'Đang giải quyết',
        portalCode: 4,
        dueAt: dossier.dueAt,
        receivedAt: dossier.receivedAt,
      });
      expect(body.steps).toHaveLength(3);
      expect(Object.keys(body.steps[0]).sort()).toEqual(['finishedAt', 'name', 'startedAt', 'unit']);
      expect(body.steps[0].finishedAt).not.toBeNull();
      expect(body.steps[1]).toMatchObject({ name: 'Trình ký', finishedAt: null });
      expect(body.steps[1].unit).toBeTruthy();
      expect(body.steps[2].startedAt).toBeNull();
      for (const secret of [applicant.name, '0912', '345 678', applicant.idNo, 'Bí Mật', 'rieng.tu', officerName])
        expect(res.body).not.toContain(secret);
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('gives the very same 404 for an unknown code, a wrong check and a malformed check', async () => {
    const bodies = new Set<string>();
    for (const url of [
      api(dossier.code, '0000'),
      api(dossier.code, '567'),
      api(dossier.code, ''),
      api(`${dossier.code.slice(0, -1)}9`, '5678'),
      api('khong-co-ma-nay', '5678'),
      `/api/public/dossiers/${encodeURIComponent(dossier.code)}`,
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      bodies.add(res.body);
    }
    expect(bodies.size).toBe(1);
    const [body] = [...bodies];
    expect(JSON.parse(body!).detail).toMatch(/Không tìm thấy hồ sơ/);
    expect(body).not.toContain(dossier.code);
  });

  it('refuses the lookup after the limit per minute from one address, with Retry-After', async () => {
    const address = from();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await get(api(dossier.code, '0000'), address)).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true);
    const last = await get(api(dossier.code, '5678'), address);
    expect(last.statusCode).toBe(429);
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
    expect(last.json().detail).toMatch(/quá nhiều lần/);
    expect(last.body).not.toContain('Đang giải quyết');
    // The page shares the address's count; another address is not affected.
    expect((await get(`/tra-cuu?ma=${encodeURIComponent(dossier.code)}&kiemtra=5678`, address)).statusCode).toBe(429);
    expect((await get(api(dossier.code, '5678'))).statusCode).toBe(200);
  });

  it('counts concurrent lookups exactly: twenty at once from one address get ten answers', async () => {
    const address = from();
    const all = await Promise.all(Array.from({ length: 20 }, () => get(api(dossier.code, '0000'), address)));
    expect(all.filter((r) => r.statusCode === 404)).toHaveLength(10);
    expect(all.filter((r) => r.statusCode === 429)).toHaveLength(10);
  });

  it('the lookup page: form, answer with the appointment date, and the same not-found page', async () => {
    const form = await get('/tra-cuu');
    expect(form.statusCode).toBe(200);
    expect(form.headers['content-type']).toContain('text/html');
    expect(form.body).toContain('<html lang="vi">');
    expect(form.body).toMatch(/<title>Tra cứu hồ sơ thủ tục hành chính – [^<]+<\/title>/);
    expect(form.body).toContain('<label for="ma">');
    expect(form.body).not.toContain('<script');

    // The slip's QR code links the code alone: the form opens with it filled in.
    const fromSlip = await get(`/tra-cuu?ma=${encodeURIComponent(dossier.code)}`);
    expect(fromSlip.statusCode).toBe(200);
    expect(fromSlip.body).toContain(`value="${dossier.code}"`);
    expect(fromSlip.body).not.toContain('class="error"');

    const page = await get(`/tra-cuu?ma=${encodeURIComponent(dossier.code)}&kiemtra=2345`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`<title>Hồ sơ ${dossier.code} – `);
    const due = new Date(Date.parse(dossier.dueAt!) + 7 * 3_600_000).toISOString();
    expect(page.body).toContain(`${due.slice(8, 10)}/${due.slice(5, 7)}/${due.slice(0, 4)}`);
    expect(page.body).toContain('Thẩm định hồ sơ');
    for (const secret of [applicant.name, applicant.idNo, 'Bí Mật', officerName])
      expect(page.body).not.toContain(secret);

    const wrongCheck = await get(`/tra-cuu?ma=${encodeURIComponent(dossier.code)}&kiemtra=1111`);
    expect(wrongCheck.statusCode).toBe(404);
    expect(wrongCheck.body).toContain('Không tìm thấy hồ sơ');
    // A check that is not four digits is refused before any lookup (it says nothing about the dossier).
    const missingCheck = await get(`/tra-cuu?ma=${encodeURIComponent(dossier.code)}&kiemtra=12`);
    expect(missingCheck.statusCode).toBe(400);
    expect(missingCheck.body).toContain('4 chữ số cuối');
    const unknown = await get(`/tra-cuu?ma=${encodeURIComponent('000.00.00.H00-991231-0001')}&kiemtra=1111`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body.replace('000.00.00.H00-991231-0001', 'X')).toBe(wrongCheck.body.replace(dossier.code, 'X'));
  });

  it('escapes what was typed into the page', async () => {
    const res = await get('/tra-cuu?ma=%3Cscript%3Ealert(1)%3C%2Fscript%3E&kiemtra=1234');
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('<script>alert(1)');
    expect(res.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
