import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.ts';
import { makeProcedure, type MadeProcedure } from '../../test/factories/onestop.ts';
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

/** The forms of a dossier taken through the desk's own API: the steps write what the forms print. */

const PW = 'Mot-cua@2026';
const DAY = 86_400_000;

async function docxText(body: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(body);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

async function step(c: Client, id: string, body: Record<string, unknown>) {
  const res = await c.send('POST', `/api/v1/dossiers/${id}/transitions`, body);
  if (res.statusCode !== 200) throw new Error(`${String(body.action)} ${res.statusCode} ${res.body}`);
  return res.json();
}

describe.each(DIALECTS)('dossier forms after real steps (%s)', (dialect) => {
  let h: Harness;
  let clock: ManualClock;
  let clerk: Client;
  let officer: Client;
  let proc: MadeProcedure;
  const ids = { officer: '', division: '' };

  beforeAll(async () => {
    // Monday 2 March 2026, 09:00 in Vietnam.
    clock = new ManualClock('2026-03-02T09:00:00+07:00');
    h = await makeHarness(dialect, { clock });
    const admin = await asAdmin(h);
    const root = await rootOrgId(h);
    ids.division = (await makeOrg(admin, root, 'QLTM', 'Phòng Quản lý thương mại')).id;
    await makeUser(admin, 'motcua', [{ role: 'onestop_clerk', orgId: root }], PW);
    ids.officer = (await makeUser(admin, 'thuly', [{ role: 'onestop_officer', orgId: ids.division }], PW)).id;
    await h.db.kysely
      .updateTable('users')
      .set({ display_name: 'Phạm Minh Tuấn' })
      .where('id', '=', ids.officer)
      .execute();
    proc = await makeProcedure(h.db.kysely);
  });
  afterAll(() => h.close());

  it('prints the slip with the token of the receipt, the apology with both dates and the control slip', async () => {
    clerk = await signIn(h.app, 'motcua', PW);
    const res = await clerk.send('POST', '/api/v1/dossiers', {
      procedureId: proc.id,
      channel: 'counter',
      applicant: { kind: 'citizen', name: 'Đặng Thị Hương', idNo: '001085012345', phone: '0912 345 678' },
      provided: [1, 2, 3],
      accept: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    let d = res.json();
    const slip = await clerk.get(`/api/v1/dossiers/${d.id}/documents/01.docx?token=${d.ratingToken}`);
    expect(slip.statusCode, slip.body).toBe(200);
    const text01 = await docxText(slip.rawPayload);
    expect(text01).toContain('Đặng Thị Hương');
    expect(text01).toContain('09 giờ 00 phút, ngày 02 tháng 03 năm 2026');
    // Ten working days from Monday 2 March: Monday 16 March.
    expect(text01).toContain('16/03/2026');
    expect(text01).toContain(`/danh-gia?ma=${d.code}&t=${d.ratingToken}`);

    d = await step(clerk, d.id, {
      action: 'transfer',
      version: d.version,
      orgId: ids.division,
      assigneeId: ids.officer,
    });
    clock.advance(DAY);
    officer = await signIn(h.app, 'thuly', PW);
    d = await step(officer, d.id, { action: 'complete_step', version: d.version, assigneeId: ids.officer });
    d = await step(officer, d.id, {
      action: 'apologise',
      version: d.version,
      reason: 'Chờ kết quả kiểm tra thực tế',
      newDueAt: '2026-03-20',
    });

    // The officer of a division reads the dossier of the department he handles, and prints its forms.
    const apology = await officer.get(`/api/v1/dossiers/${d.id}/documents/04.docx`);
    expect(apology.statusCode, apology.body).toBe(200);
    const text04 = await docxText(apology.rawPayload);
    expect(text04).toContain('Chờ kết quả kiểm tra thực tế');
    expect(text04).toContain('(16/03/2026)');
    expect(text04).toContain('20/03/2026');

    const control = await docxText((await officer.get(`/api/v1/dossiers/${d.id}/documents/06.docx`)).rawPayload);
    expect(control).toContain('Phạm Minh Tuấn');
    expect(control).toContain('Bước 2: Trình ký');
    // Step 1 (five working days) was passed on the next day.
    expect(control).toContain('Trước hạn');
  });
});
