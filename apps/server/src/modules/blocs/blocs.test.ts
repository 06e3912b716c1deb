import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeOrg,
  makeUser,
  multipart,
  rootOrgId,
  signIn,
  type Client,
  type Harness,
} from '../../test/harness.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe.each(DIALECTS)('emulation blocs and attachments (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let unitOfficer: Client;
  let unitA: string;
  let unitB: string;
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    const root = await rootOrgId(h);
    unitA = (await makeOrg(admin, root, 'KA', 'Trung tâm Khuyến công và Xúc tiến thương mại', 'centre')).id;
    unitB = (await makeOrg(admin, root, 'KB', 'Chi cục Quản lý thị trường', 'sub_department')).id;
    await makeUser(admin, 'donvi.k', [{ role: 'unit_officer', orgId: unitA }], 'Don-vi-K@2026');
    unitOfficer = await signIn(h.app, 'donvi.k', 'Don-vi-K@2026');
  });
  afterAll(() => h.close());

  it('keeps a bloc year with one leader, a deputy and the covenant, and refuses two leaders', async () => {
    const created = await admin.send('POST', '/api/v1/blocs', {
      name: 'Khối các cơ quan kinh tế tổng hợp',
      organiser: 'province',
    });
    expect(created.statusCode, created.body).toBe(200);
    const bloc = created.json();
    expect((await unitOfficer.send('POST', '/api/v1/blocs', { name: 'X' })).statusCode).toBe(403);
    const members = [
      { name: 'Sở Tài chính', role: 'leader' },
      { orgId: unitA, role: 'deputy' },
      { name: 'Sở Xây dựng' },
    ];
    const twoLeaders = await admin.send('PUT', `/api/v1/blocs/${bloc.id}/years/2026`, {
      version: null,
      members: [...members, { name: 'Sở Nội vụ', role: 'leader' }],
    });
    expect(twoLeaders.statusCode).toBe(400);
    expect(twoLeaders.json().errors).toEqual([
      { path: 'members', message: 'Mỗi năm chỉ có một khối trưởng (đang có 2).' },
    ]);
    const saved = await admin.send('PUT', `/api/v1/blocs/${bloc.id}/years/2026`, {
      version: null,
      members,
      covenantSignedOn: '2026-02-20',
      covenantNumber: '01/GƯTĐ-K3',
      covenantContent: 'Các đơn vị cam kết:\nHoàn thành vượt mức chỉ tiêu được giao',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const view = saved.json();
    expect(view.years[0].members).toEqual([
      { orgId: null, name: 'Sở Tài chính', role: 'leader' },
      { orgId: unitA, name: 'Trung tâm Khuyến công và Xúc tiến thương mại', role: 'deputy' },
      { orgId: null, name: 'Sở Xây dựng', role: 'member' },
    ]);
    expect(view.years[0].covenantContent).toBe('Các đơn vị cam kết:\nHoàn thành vượt mức chỉ tiêu được giao');
    const list = (await unitOfficer.get('/api/v1/blocs')).json();
    expect(list.items).toEqual([
      expect.objectContaining({ latestYear: 2026, leaderName: 'Sở Tài chính', memberCount: 3 }),
    ]);
    const stale = await admin.send('PUT', `/api/v1/blocs/${bloc.id}/years/2026`, { version: null, members });
    expect(stale.statusCode).toBe(409);
  });

  it('takes files by their content: a real PDF is kept and downloads unchanged, a fake one is refused', async () => {
    const bloc = (
      await admin.send('POST', '/api/v1/blocs', {
        name: 'Cụm thi đua các đơn vị sự nghiệp',
        kind: 'cluster',
        organiser: 'department',
      })
    ).json();
    await admin.send('PUT', `/api/v1/blocs/${bloc.id}/years/2026`, {
      version: null,
      members: [{ orgId: unitA, role: 'leader' }, { orgId: unitB }],
    });
    const good = multipart(PDF, 'Giao ước thi đua 2026.pdf');
    const up = await admin.send('POST', `/api/v1/blocs/${bloc.id}/years/2026/attachments`, good.body, {
      'content-type': good.type,
    });
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json()).toMatchObject({
      filename: 'Giao ước thi đua 2026.pdf',
      mime: 'application/pdf',
      size: PDF.length,
    });
    const down = await unitOfficer.get(`/api/v1/attachments/${up.json().id}`);
    expect(down.statusCode).toBe(200);
    expect(down.rawPayload.equals(PDF)).toBe(true);

    const fake = multipart(Buffer.from('Đây không phải PDF'), 'Biên bản.pdf');
    const refused = await admin.send('POST', `/api/v1/blocs/${bloc.id}/years/2026/attachments`, fake.body, {
      'content-type': fake.type,
    });
    expect(refused.statusCode).toBe(415);
    expect(refused.json().detail).toContain('Biên bản.pdf');
    const renamed = multipart(PDF, 'Biên bản.docx');
    const mismatch = await admin.send('POST', `/api/v1/blocs/${bloc.id}/years/2026/attachments`, renamed.body, {
      'content-type': renamed.type,
    });
    expect(mismatch.statusCode).toBe(415);
    expect(mismatch.json().code).toBe('file_type_mismatch');
    const files = (await admin.get(`/api/v1/blocs/${bloc.id}`)).json().years[0].attachments;
    expect(files).toHaveLength(1);

    expect((await unitOfficer.send('DELETE', `/api/v1/attachments/${up.json().id}`)).statusCode).toBe(403);
    expect((await admin.send('DELETE', `/api/v1/attachments/${up.json().id}`)).statusCode).toBe(200);
    expect((await admin.get(`/api/v1/blocs/${bloc.id}`)).json().years[0].attachments).toEqual([]);
    expect((await admin.get(`/api/v1/attachments/${up.json().id}`)).statusCode).toBe(404);
  });

  it('lets a user read and clear only his own notifications', async () => {
    const me = await h.db.kysely
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'donvi.k')
      .executeTakeFirstOrThrow();
    await h.db.kysely
      .insertInto('notifications')
      .values(
        ['a', 'b'].map((k) => ({
          id: `n-${k}`,
          user_id: me.id,
          kind: 'test',
          title: `Thông báo ${k}`,
          body: '',
          link: '/movements',
          created_at: new Date().toISOString(),
          read_at: null,
        })),
      )
      .execute();
    expect((await unitOfficer.get('/api/v1/notifications')).json().unread).toBe(2);
    expect((await admin.send('POST', '/api/v1/notifications/n-a/read')).statusCode).toBe(404);
    expect((await unitOfficer.send('POST', '/api/v1/notifications/n-a/read')).statusCode).toBe(200);
    expect((await unitOfficer.get('/api/v1/notifications')).json().unread).toBe(1);
    await unitOfficer.send('POST', '/api/v1/notifications/read-all');
    expect((await unitOfficer.get('/api/v1/notifications')).json().unread).toBe(0);
  });
});
