import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrg, makeUser, multipart, signIn, DIALECTS, type Client } from '../../test/harness.ts';
import { makeDossier } from '../../test/factories/onestop.ts';
import { makeDesk, receipt, step, type Desk } from './testkit.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PW = 'Mot-cua@2026';

interface Row {
  seq: number;
  provided: boolean;
  fileId: string | null;
}

describe.each(DIALECTS)('the checklist after receipt: tick and attach (%s)', (dialect) => {
  let k: Desk;
  /** The one-stop clerk of another agency: he cannot see this agency's dossiers. */
  let stranger: Client;
  beforeAll(async () => {
    k = await makeDesk(dialect);
    const other = (await makeOrg(k.admin, k.ids.root, 'SXD', 'Sở Xây dựng')).id;
    await makeUser(k.admin, 'motcua-sxd', [{ role: 'onestop_clerk', orgId: other }], PW);
    stranger = await signIn(k.h.app, 'motcua-sxd', PW);
  });
  afterAll(() => k.h.close());

  /** An online dossier waiting for receipt with only the first document ticked. */
  const waiting = async () => {
    const res = await k.clerk.send(
      'POST',
      '/api/v1/dossiers',
      receipt(k.procedure.id, { channel: 'online', provided: [1], accept: false }),
    );
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { id: string; version: number; abilities: { attach: boolean } };
  };
  const tick = (c: Client, id: string, version: number, documents: { seq: number; provided: boolean }[]) =>
    c.send('PUT', `/api/v1/dossiers/${id}/documents`, { version, documents });
  const upload = (c: Client, id: string, seq: number, name = 'Giấy chứng nhận.pdf') => {
    const m = multipart(PDF, name);
    return c.send('POST', `/api/v1/dossiers/${id}/documents/${seq}/file`, m.body, { 'content-type': m.type });
  };

  it('ticks the missing required document, then accept passes; the change is audited', async () => {
    const d = await waiting();
    expect(d.abilities.attach).toBe(true);
    const res = await tick(k.clerk, d.id, d.version, [{ seq: 2, provided: true }]);
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json();
    expect(after.version).toBe(d.version + 1);
    expect(after.checklist.map((x: Row) => x.provided)).toEqual([true, true, false]);
    expect(after.abilities.actions).toContain('accept');
    const accepted = await step(k.clerk, d.id, { action: 'accept', version: after.version });
    expect(accepted.status).toBe('accepted');
    // Accepted: the checklist is closed to the desk.
    expect(accepted.abilities.attach).toBe(false);
    const audit = await k.h.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'after_json'])
      .where('entity_type', '=', 'dossier')
      .where('entity_id', '=', d.id)
      .where('action', '=', 'dossier.documents_updated')
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(String(audit[0]!.after_json))).toEqual({ provided: [{ seq: 2, provided: true }] });
  });

  it('still refuses to accept while a required document is unticked, naming it', async () => {
    const d = await waiting();
    const res = await tick(k.clerk, d.id, d.version, [
      { seq: 1, provided: false },
      { seq: 2, provided: true },
      { seq: 3, provided: true },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const refused = await k.clerk.send('POST', `/api/v1/dossiers/${d.id}/transitions`, {
      action: 'accept',
      version: res.json().version,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('Đơn đề nghị cấp giấy phép (Mẫu số 01)');
    expect(refused.json().detail).not.toContain('Giấy chứng nhận đăng ký doanh nghiệp');
  });

  it('refuses an accepted dossier with 409 naming its status, and an unknown document number', async () => {
    const made = await k.clerk.send('POST', '/api/v1/dossiers', receipt(k.procedure.id));
    const d = made.json();
    const res = await tick(k.clerk, d.id, d.version, [{ seq: 3, provided: false }]);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain(`"${d.statusLabel}"`);
    expect((await upload(k.clerk, d.id, 3)).statusCode).toBe(409);
    const w = await waiting();
    const unknown = await tick(k.clerk, w.id, w.version, [{ seq: 9, provided: true }]);
    expect(unknown.statusCode).toBe(409);
    expect(unknown.json().errors[0].message).toContain('9');
  });

  it('lets the desk tick once the supplement has come in', async () => {
    const s = await makeDossier(k.h.db.kysely, { procedure: k.procedure, status: 'supplement', provided: [0, 1] });
    const view = (await k.clerk.get(`/api/v1/dossiers/${s.id}`)).json();
    expect(view.abilities.attach).toBe(true);
    const res = await tick(k.clerk, s.id, s.version, [{ seq: 3, provided: true }]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().checklist.map((x: Row) => x.provided)).toEqual([true, true, true]);
  });

  it('refuses officers and viewers (403), and a stale version (409)', async () => {
    const d = await waiting();
    for (const c of [k.officer, k.viewer, k.leader]) {
      expect((await tick(c, d.id, d.version, [{ seq: 2, provided: true }])).statusCode).toBe(403);
      expect((await upload(c, d.id, 2)).statusCode).toBe(403);
    }
    const leaderView = (await k.leader.get(`/api/v1/dossiers/${d.id}`)).json();
    expect(leaderView.abilities.attach).toBe(false);
    expect((await tick(k.clerk, d.id, d.version, [{ seq: 2, provided: true }])).statusCode).toBe(200);
    const stale = await tick(k.clerk, d.id, d.version, [{ seq: 3, provided: true }]);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_version');
  });

  it('attaches a scan to a row (ticked, file kept), readable by those who see the dossier only', async () => {
    const d = await waiting();
    const res = await upload(k.clerk, d.id, 2);
    expect(res.statusCode, res.body).toBe(200);
    const row = res.json().checklist.find((x: Row) => x.seq === 2) as Row;
    expect(row.provided).toBe(true);
    expect(row.fileId).toBeTruthy();
    expect(res.json().version).toBe(d.version + 1);
    const mine = await k.clerk.get(`/api/v1/attachments/${row.fileId}`);
    expect(mine.statusCode).toBe(200);
    expect(mine.rawPayload.equals(PDF)).toBe(true);
    expect((await k.leader.get(`/api/v1/attachments/${row.fileId}`)).statusCode).toBe(200);
    expect((await stranger.get(`/api/v1/attachments/${row.fileId}`)).statusCode).toBe(404);
    // The division's officer sees the dossier only once it is transferred to him.
    expect((await k.officer.get(`/api/v1/attachments/${row.fileId}`)).statusCode).toBe(404);
    expect(
      (
        await stranger.send('PUT', `/api/v1/dossiers/${d.id}/documents`, {
          version: 2,
          documents: [{ seq: 1, provided: true }],
        })
      ).statusCode,
    ).toBe(404);
    const fake = multipart(Buffer.from('không phải PDF'), 'Bản vẽ.pdf');
    const refused = await k.clerk.send('POST', `/api/v1/dossiers/${d.id}/documents/3/file`, fake.body, {
      'content-type': fake.type,
    });
    expect(refused.statusCode).toBe(415);
    expect((await upload(k.clerk, d.id, 7)).statusCode).toBe(404);
  });

  it('keeps a replaced scan linked to its row as a superseded version, readable like the dossier', async () => {
    const d = await waiting();
    const first = (await upload(k.clerk, d.id, 2, 'Bản chụp mờ.pdf')).json();
    const firstId = first.checklist.find((x: Row) => x.seq === 2).fileId as string;
    const res = await upload(k.clerk, d.id, 2, 'Bản chụp rõ.pdf');
    expect(res.statusCode, res.body).toBe(200);
    const row = res.json().checklist.find((x: Row) => x.seq === 2) as Row & {
      history: { fileId: string; filename: string; supersededBy: string; supersededAt: string }[];
    };
    expect(row.fileId).not.toBe(firstId);
    expect(row.history).toEqual([
      expect.objectContaining({ fileId: firstId, filename: 'Bản chụp mờ.pdf', supersededBy: 'motcua' }),
    ]);
    const third = (await upload(k.clerk, d.id, 2, 'Bản cuối.pdf')).json();
    const history = third.checklist.find((x: Row) => x.seq === 2).history as { filename: string }[];
    // Newest replacement first.
    expect(history.map((h) => h.filename)).toEqual(['Bản chụp rõ.pdf', 'Bản chụp mờ.pdf']);
    expect(third.checklist.find((x: Row) => x.seq === 1).history).toEqual([]);
    expect((await k.clerk.get(`/api/v1/attachments/${firstId}`)).statusCode).toBe(200);
    expect((await stranger.get(`/api/v1/attachments/${firstId}`)).statusCode).toBe(404);
  });
});
