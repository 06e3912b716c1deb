import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeOrg,
  makePerson,
  makeUser,
  multipart,
  rootOrgId,
  signIn,
  type Client,
  type Harness,
} from '../test/harness.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/**
 * The authorisation matrix at the level of records (access.test.ts walks
 * route × role): a unit's files and list rows reach exactly those who may read
 * its records. Unit B's officer and viewer get 404 wherever unit A's record
 * answers 404; unit A and the emulation office get the file.
 */
describe.each(DIALECTS)('object-level access: files and lists (%s)', (dialect) => {
  let h: Harness;
  let unitA: string;
  let unitB: string;
  let ha: { id: string; fullName: string };
  const c: Record<'officerA' | 'officerB' | 'viewerB' | 'office', Client> = {} as never;
  const files: Record<'proposal' | 'initiative' | 'movement', { file: string; record: string }> = {} as never;

  const upload = async (who: Client, url: string, name: string) => {
    const m = multipart(PDF, name);
    const res = await who.send('POST', url, m.body, { 'content-type': m.type });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().id as string;
  };

  beforeAll(async () => {
    h = await makeHarness(dialect);
    const admin = await asAdmin(h);
    const root = await rootOrgId(h);
    unitA = (await makeOrg(admin, root, 'DA', 'Phòng Quản lý Năng lượng')).id;
    unitB = (await makeOrg(admin, root, 'DB', 'Phòng Kế hoạch – Tài chính')).id;
    ha = await makePerson(admin, unitA, {
      familyName: 'Đặng',
      middleName: 'Thị Thu',
      givenName: 'Hà',
      gender: 'female',
      dateOfBirth: '1985-04-12',
      citizenId: '001185012345',
    });
    await makePerson(admin, unitB, { familyName: 'Hoàng', middleName: 'Văn', givenName: 'Bình' });
    const users = [
      ['officerA', 'donvi.da', 'unit_officer', unitA],
      ['officerB', 'donvi.db', 'unit_officer', unitB],
      ['viewerB', 'xem.db', 'viewer', unitB],
      ['office', 'tdkt.so', 'emulation_officer', root],
    ] as const;
    for (const [key, username, role, orgId] of users) {
      await makeUser(admin, username, [{ role, orgId }], 'Phan-quyen@2026');
      c[key] = await signIn(h.app, username, 'Phan-quyen@2026');
    }

    const proposal = await c.officerA.send('POST', '/api/v1/proposals', {
      orgId: unitA,
      title: 'Đề nghị Giấy khen năm 2026',
      year: 2026,
      items: [{ subjectKind: 'individual', subjectId: ha.id, awardCode: 'commendation_certificate' }],
    });
    expect(proposal.statusCode, proposal.body).toBe(200);
    const p = `/api/v1/proposals/${proposal.json().id}`;
    files.proposal = { record: p, file: await upload(c.officerA, `${p}/attachments`, 'Tờ trình.pdf') };

    const initiative = await c.officerA.send('POST', '/api/v1/initiatives', {
      title: 'Giải pháp tiết kiệm điện trong chiếu sáng công cộng',
      orgId: unitA,
      authors: [{ personId: ha.id, share: 100 }],
    });
    expect(initiative.statusCode, initiative.body).toBe(201);
    const i = `/api/v1/initiatives/${initiative.json().id}`;
    files.initiative = { record: i, file: await upload(c.officerA, `${i}/attachments`, 'Đơn yêu cầu.pdf') };

    const movement = await c.office.send('POST', '/api/v1/movements', {
      name: 'Thi đua tiết kiệm năng lượng',
      kind: 'thematic',
      year: 2026,
      startsOn: '2026-01-15',
      endsOn: '2027-12-31',
      registrationDeadline: '2027-03-31',
      reportEvery: 'quarter',
      orgIds: [unitA],
      targets: [],
    });
    expect(movement.statusCode, movement.body).toBe(200);
    const m = movement.json();
    const mv = `/api/v1/movements/${m.id}`;
    files.movement = { record: mv, file: await upload(c.office, `${mv}/attachments`, 'Kế hoạch.pdf') };
    const launched = await c.office.send('POST', `${mv}/transitions`, { action: 'launch', version: m.version });
    expect(launched.statusCode, launched.body).toBe(200);
    const reg = await c.officerA.send('PUT', `${mv}/registrations/${unitA}`, {
      orgId: unitA,
      version: null,
      titles: [
        { subjectKind: 'collective', subjectId: unitA, awardCode: 'excellent_collective' },
        { subjectKind: 'individual', subjectId: ha.id, awardCode: 'advanced_worker' },
      ],
    });
    expect(reg.statusCode, reg.body).toBe(200);
  });
  afterAll(() => h.close());

  it("unit A's proposal and initiative files: 404 to unit B's officer and viewer, like the records; 200 to unit A and the office", async () => {
    for (const kind of ['proposal', 'initiative'] as const) {
      const { record, file } = files[kind];
      for (const who of ['officerB', 'viewerB'] as const) {
        expect((await c[who].get(record)).statusCode, `${who} ${kind}`).toBe(404);
        const res = await c[who].get(`/api/v1/attachments/${file}`);
        expect(res.statusCode, `${who} ${kind} file`).toBe(404);
        // The same answer as a file that does not exist: nothing tells the two apart.
        expect(res.json()).toMatchObject({ code: 'not_found', detail: 'Không tìm thấy tệp đính kèm.' });
      }
      for (const who of ['officerA', 'office'] as const) {
        expect((await c[who].get(record)).json().attachments.map((a: { id: string }) => a.id)).toEqual([file]);
        const res = await c[who].get(`/api/v1/attachments/${file}`);
        expect(res.statusCode, `${who} ${kind} file`).toBe(200);
        expect(res.rawPayload.equals(PDF)).toBe(true);
      }
    }
  });

  it("a movement's files are read by every role, as the movement is", async () => {
    const { record, file } = files.movement;
    for (const who of ['officerB', 'viewerB'] as const) {
      expect((await c[who].get(record)).statusCode).toBe(200);
      expect((await c[who].get(`/api/v1/attachments/${file}`)).statusCode).toBe(200);
    }
  });

  it("unit B cannot add to or remove unit A's files: 404, and the file stays", async () => {
    for (const kind of ['proposal', 'initiative'] as const) {
      const { record, file } = files[kind];
      expect((await c.officerB.send('DELETE', `/api/v1/attachments/${file}`)).statusCode, kind).toBe(404);
      const m = multipart(PDF, 'Thêm.pdf');
      const add = await c.officerB.send('POST', `${record}/attachments`, m.body, { 'content-type': m.type });
      expect(add.statusCode, `${kind} ${add.body}`).toBe(404);
      expect((await c.officerA.get(record)).json().attachments).toHaveLength(1);
    }
  });

  it("lists filtered by unit A's ids show unit B nothing of unit A", async () => {
    const lists = [
      `/api/v1/people?orgId=${unitA}`,
      `/api/v1/proposals?orgId=${unitA}`,
      `/api/v1/initiatives?orgId=${unitA}`,
      `/api/v1/initiatives?personId=${ha.id}`,
      `/api/v1/registered-titles?year=2026&subjectIds=${ha.id},${unitA}`,
    ];
    for (const url of lists) {
      // Unit A sees its rows, so an empty answer below is the scope at work.
      const own = await c.officerA.get(url);
      expect(own.statusCode, url).toBe(200);
      expect(own.json().items.length, url).toBeGreaterThan(0);
      for (const who of ['officerB', 'viewerB'] as const) {
        const res = await c[who].get(url);
        expect(res.statusCode, `${who} ${url}`).toBe(200);
        expect(res.json().items, `${who} ${url}`).toEqual([]);
      }
    }
    // A unit's registration names its people: another unit gets the 404 those people get.
    const registration = `${files.movement.record}/registrations/${unitA}`;
    expect((await c.officerA.get(registration)).json().titles).toHaveLength(2);
    for (const who of ['officerB', 'viewerB'] as const)
      expect((await c[who].get(registration)).statusCode, `${who} registration`).toBe(404);
    const titles = (await c.office.get(`/api/v1/registered-titles?year=2026&subjectIds=${ha.id},${unitA}`)).json();
    expect(titles.items.map((t: { awardCode: string }) => t.awardCode).sort()).toEqual([
      'advanced_worker',
      'excellent_collective',
    ]);
  });

  it('a citizen ID already held names its holder only to one who may read that person', async () => {
    const body = {
      familyName: 'Trịnh',
      givenName: 'Long',
      gender: 'male',
      employmentType: 'worker',
      citizenId: '001185012345',
    };
    const hidden = await c.officerB.send('POST', '/api/v1/people', { ...body, orgId: unitB });
    expect(hidden.statusCode).toBe(409);
    expect(hidden.json()).toMatchObject({ code: 'duplicate_citizen_id', errors: [{ path: 'citizenId' }] });
    expect(hidden.json().detail).not.toContain(ha.fullName);
    expect(hidden.json().detail).not.toContain('Năng lượng');
    const listed = (await c.officerB.get('/api/v1/people')).json().items[0];
    const mine = (await c.officerB.get(`/api/v1/people/${listed.id}`)).json();
    const patch = await c.officerB.send('PATCH', `/api/v1/people/${mine.id}`, {
      citizenId: '001185012345',
      version: mine.version,
    });
    expect(patch.statusCode).toBe(409);
    expect(patch.json().detail).not.toContain(ha.fullName);
    const named = await c.office.send('POST', '/api/v1/people', { ...body, orgId: unitA });
    expect(named.statusCode).toBe(409);
    expect(named.json().detail).toBe(`Số CCCD này đã được dùng cho ${ha.fullName} (Phòng Quản lý Năng lượng).`);
  });

  it('an import flags a likely duplicate in another unit without pointing at that person', async () => {
    const template = (await c.officerB.get('/api/v1/people/import/template.xlsx')).rawPayload;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template as unknown as ArrayBuffer);
    wb.getWorksheet('Danh sách cán bộ')!.getRow(2).values = [
      1,
      'Đặng',
      'Thị Thu',
      'Hà',
      'Nữ',
      '12/04/1985',
      '',
      'DB',
      'Viên chức',
      '',
      '',
      '',
    ];
    const file = multipart(Buffer.from(await wb.xlsx.writeBuffer()));
    const res = await c.officerB.send('POST', '/api/v1/people/import?dryRun=true', file.body, {
      'content-type': file.type,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().duplicates).toEqual([
      { row: 2, fullName: 'Đặng Thị Thu Hà', dateOfBirth: '1985-04-12', existingPersonId: null, otherRow: null },
    ]);
    const asOffice = await c.office.send('POST', '/api/v1/people/import?dryRun=true', file.body, {
      'content-type': file.type,
    });
    expect(asOffice.json().duplicates[0].existingPersonId).toBe(ha.id);
  });
});
