import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendQueued } from '../../platform/mail.ts';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeOrg,
  rootOrgId,
  signIn,
  type Client,
  type Harness,
} from '../../test/harness.ts';

describe.each(DIALECTS)('notices by mail: templates and outbox (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let unitA: string;
  let movement: { id: string; version: number };
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    unitA = (await makeOrg(admin, await rootOrgId(h), 'MA', 'Phòng Quản lý Năng lượng')).id;
    const res = await admin.send('POST', '/api/v1/users', {
      username: 'donvi.ma',
      displayName: 'Hoàng Minh Tuấn',
      email: 'tuan.hm@sct.thainguyen.gov.vn',
      password: 'Don-vi-MA@2026',
      roles: [{ role: 'unit_officer', orgId: unitA }],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().email).toBe('tuan.hm@sct.thainguyen.gov.vn');
    const bad = await admin.send('POST', '/api/v1/users', {
      username: 'x.y',
      displayName: 'X',
      email: 'khong-phai-email',
      password: 'Matkhau@2026',
      roles: [],
    });
    expect(bad.json().errors).toEqual([{ path: 'email', message: 'Địa chỉ email không hợp lệ' }]);
    movement = (
      await admin.send('POST', '/api/v1/movements', {
        name: 'Sử dụng năng lượng tiết kiệm, hiệu quả',
        kind: 'thematic',
        year: 2026,
        startsOn: '2026-03-01',
        endsOn: '2027-12-31',
        orgIds: [unitA],
      })
    ).json();
  });
  afterAll(() => h.close());

  const outbox = async () => (await admin.get('/api/v1/outbox')).json();

  it('queues a mail in the default wording with the in-app notice, and leaves it queued without SMTP', async () => {
    const launched = await admin.send('POST', `/api/v1/movements/${movement.id}/transitions`, {
      action: 'launch',
      version: movement.version,
    });
    expect(launched.statusCode).toBe(200);
    const box = await outbox();
    expect(box.smtpConfigured).toBe(false);
    expect(box.items).toEqual([
      expect.objectContaining({
        to: 'tuan.hm@sct.thainguyen.gov.vn',
        subject: '[Thi đua] Phát động phong trào "Sử dụng năng lượng tiết kiệm, hiệu quả"',
        status: 'queued',
      }),
    ]);
    const mail = await h.db.kysely.selectFrom('email_outbox').select('body').executeTakeFirstOrThrow();
    expect(mail.body).toContain('Kính gửi Hoàng Minh Tuấn,');
    expect(mail.body).toContain(`/movements/${movement.id}`);
    const officer = await signIn(h.app, 'donvi.ma', 'Don-vi-MA@2026');
    expect((await officer.get('/api/v1/outbox')).statusCode).toBe(403);
  });

  it('lets the office reword a template, refusing unknown placeholders', async () => {
    const wrong = await admin.send('PUT', '/api/v1/email-templates/movement.reminder', {
      subject: 'Nhắc {ten}',
      body: '{body}',
      version: null,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0]).toEqual({
      path: 'subject',
      message: '"{ten}" không dùng được; chỉ có {name}, {title}, {body}, {link}',
    });
    const ok = await admin.send('PUT', '/api/v1/email-templates/movement.reminder', {
      subject: 'Sở Công Thương nhắc: {title}',
      body: 'Đồng chí {name}: {body} ({link})',
      version: null,
    });
    expect(ok.json()).toMatchObject({ customised: true, version: 1 });
    await admin.send('POST', `/api/v1/movements/${movement.id}/reminders`, {});
    const box = await outbox();
    expect(box.items[0].subject).toBe(
      'Sở Công Thương nhắc: Nhắc đăng ký thi đua: Sử dụng năng lượng tiết kiệm, hiệu quả',
    );
  });

  it('sends what is queued when a transport exists, and keeps failures with their error', async () => {
    const sent: { to: string; subject: string }[] = [];
    const n = await sendQueued(
      h.db.kysely,
      { sendMail: async (m) => void sent.push(m as { to: string; subject: string }) },
      'thidua@sct.vn',
    );
    expect(n).toBe(2);
    expect(sent.map((m) => m.to)).toEqual(['tuan.hm@sct.thainguyen.gov.vn', 'tuan.hm@sct.thainguyen.gov.vn']);
    expect((await outbox()).items.map((m: { status: string }) => m.status)).toEqual(['sent', 'sent']);
    await admin.send('POST', `/api/v1/movements/${movement.id}/reminders`, {});
    await sendQueued(
      h.db.kysely,
      { sendMail: () => Promise.reject(new Error('connect ECONNREFUSED')) },
      'thidua@sct.vn',
    );
    expect((await outbox()).items[0]).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'connect ECONNREFUSED',
    });
  });
});
