import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WORDING } from '@thidua/domain';
import { asAdmin, DIALECTS, makeHarness, rootOrgId, type Client, type Harness } from '../../test/harness.ts';
import { insertPerson, insertProposal, insertUnit } from '../../test/factories.ts';

/**
 * The wording of a decision, read back from its DOCX: a title is recognised ("Công nhận danh hiệu
 * “Lao động tiên tiến”"), a form conferred ("Tặng Giấy khen"), both in one decision do both; the draft
 * shows "…/QĐ-SCT" for the number it has not taken; the office's edited template words the decisions
 * issued after it, while one issued before keeps its wording; an unknown placeholder is refused.
 */

/** The text of a DOCX's body, paragraph by paragraph. */
async function docxText(buf: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string');
  return xml
    .split(/<\/w:p>/u)
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/gu, '&')
    .normalize('NFC');
}

describe.each(DIALECTS)('decision wording (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let unit: string;
  const voted = async (awards: { code: string; collective?: boolean }[], title: string) => {
    const items = [];
    for (const [i, a] of awards.entries())
      items.push({
        subject: a.collective
          ? { id: unit, org_id: unit, kind: 'collective' as const }
          : await insertPerson(h.db.kysely, unit, { givenName: `${title.slice(0, 3)}${i}` }),
        awardCode: a.code,
      });
    return (await insertProposal(h.db.kysely, { orgId: unit, year: 2026, status: 'voted', title, items })).id;
  };
  const issue = async (proposalId: string, signedOn = '2027-01-15') => {
    const res = await admin.send('POST', '/api/v1/decisions', {
      proposalIds: [proposalId],
      signedOn,
      signer: 'Lê Quang Tiến',
      confirmCount: (await preview(proposalId)).recipients.length,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { id: string; number: string; summary: string };
  };
  const preview = async (proposalId: string) => {
    const res = await admin.send('POST', '/api/v1/decisions/preview', {
      proposalIds: [proposalId],
      signedOn: '2027-01-15',
      signer: 'Lê Quang Tiến',
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { summary: string; articles: string[]; recipients: unknown[] };
  };
  const documentText = async (id: string) => {
    const res = await admin.get(`/api/v1/decisions/${id}/document.docx`);
    expect(res.statusCode).toBe(200);
    return docxText(res.rawPayload);
  };

  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    const root = await rootOrgId(h);
    unit = await insertUnit(h.db.kysely, root, 'QLCN', 'Phòng Quản lý Công nghiệp');
    const director = await insertPerson(h.db.kysely, root, {
      familyName: 'Lê',
      middleName: 'Quang',
      givenName: 'Tiến',
    });
    await h.db.kysely.updateTable('people').set({ position: 'Giám đốc Sở' }).where('id', '=', director.id).execute();
    const deputy = await insertPerson(h.db.kysely, root, { familyName: 'Trần', middleName: 'Thị', givenName: 'Hà' });
    await h.db.kysely.updateTable('people').set({ position: 'Phó Giám đốc Sở' }).where('id', '=', deputy.id).execute();
  }, 60_000);
  afterAll(() => h?.close());

  it('recognises a title: “Công nhận danh hiệu “Lao động tiên tiến””, never “Tặng Lao động tiên tiến”', async () => {
    const id = await voted([{ code: 'advanced_worker' }, { code: 'advanced_worker' }], 'LĐTT');
    const p = await preview(id);
    expect(p.summary).toBe('Về việc công nhận danh hiệu “Lao động tiên tiến” năm 2026');
    expect(p.articles[0]).toBe(
      'Công nhận danh hiệu “Lao động tiên tiến” năm 2026 cho 02 cá nhân có tên trong danh sách kèm theo.',
    );
    const d = await issue(id);
    const text = await documentText(d.id);
    expect(text).toContain('Điều 1. Công nhận danh hiệu “Lao động tiên tiến” năm 2026 cho 02 cá nhân');
    expect(text).not.toMatch(/Tặng Lao động tiên tiến/u);
    // The bonus the rules of the signing day give (0,3 × base salary each), summed in words of the register.
    expect(text).toMatch(/Điều 2\. Tiền thưởng kèm theo danh hiệu là 1\.520\.000 đồng, chi từ Quỹ thi đua/u);
    expect(text).toContain(`(Kèm theo Quyết định số ${d.number} ngày 15 tháng 01 năm 2027 của Giám đốc`);
    expect(text).toContain('Điều 3. Chánh Văn phòng Sở');
  });

  it('confers a form: “Tặng Giấy khen cho …”, with the bonus computed; the draft reads “…/QĐ-SCT”', async () => {
    const id = await voted(
      [{ code: 'commendation_certificate', collective: true }, { code: 'commendation_certificate' }],
      'GK',
    );
    const draft = await admin.send('POST', '/api/v1/decisions/preview.docx', {
      proposalIds: [id],
      signedOn: '2027-01-15',
      signer: 'Lê Quang Tiến',
    });
    expect(draft.statusCode).toBe(200);
    const draftText = await docxText(draft.rawPayload);
    expect(draftText).toContain('(Kèm theo Quyết định số …/QĐ-SCT ngày 15 tháng 01 năm 2027');
    expect(draftText).toContain('Điều 1. Tặng Giấy khen cho 01 tập thể và 01 cá nhân có tên trong danh sách kèm theo');
    const d = await issue(id);
    const text = await documentText(d.id);
    expect(d.summary).toBe('Về việc tặng Giấy khen cho các tập thể, cá nhân đã có thành tích xuất sắc năm 2026');
    expect(text).toMatch(/Điều 2\. Tiền thưởng kèm theo Giấy khen là [\d.]+ đồng, chi từ Quỹ thi đua, khen thưởng/u);
    expect(text).not.toMatch(/công nhận danh hiệu/iu);
  });

  it('words a decision on a title and a form as both: recognised and conferred', async () => {
    const id = await voted([{ code: 'grassroots_emulation_fighter' }, { code: 'commendation_certificate' }], 'MIX');
    const d = await issue(id);
    const text = await documentText(d.id);
    expect(text).toContain(
      'Điều 1. Công nhận danh hiệu “Chiến sĩ thi đua cơ sở” và tặng Giấy khen cho 02 cá nhân có tên trong danh sách kèm theo',
    );
  });

  it('pre-fills the signer with the Director in office, not a deputy', async () => {
    const res = await admin.get('/api/v1/decision-templates');
    expect(res.statusCode).toBe(200);
    const list = res.json();
    expect(list.signer).toEqual({ name: 'Lê Quang Tiến', title: 'GIÁM ĐỐC' });
    expect(list.items.map((i: { kind: string }) => i.kind)).toEqual(['title', 'form', 'mixed']);
    expect(list.placeholders.map((p: { name: string }) => p.name)).toContain('{danh_hieu}');
  });

  it('refuses an unknown placeholder on its field, saves a new version audited, and keeps issued wording', async () => {
    const before = await voted([{ code: 'advanced_worker' }], 'OLD');
    const old = await issue(before);
    const bad = await admin.send('PUT', '/api/v1/decision-templates/title', {
      body: { ...DEFAULT_WORDING.title, grant: 'Công nhận {ten_danh_hieu} cho {doi_tuong}.' },
      version: 0,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'validation_failed' });
    expect(bad.json().errors[0].path).toBe('body.grant');
    expect(bad.json().errors[0].message).toContain('{ten_danh_hieu}');

    const grant = 'Công nhận đạt danh hiệu {danh_hieu} năm {nam} đối với {doi_tuong} có tên trong danh sách kèm theo.';
    const saved = await admin.send('PUT', '/api/v1/decision-templates/title', {
      body: { ...DEFAULT_WORDING.title, grant },
      version: 0,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, isDefault: false, body: { grant } });
    const stale = await admin.send('PUT', '/api/v1/decision-templates/title', {
      body: DEFAULT_WORDING.title,
      version: 0,
    });
    expect(stale.statusCode).toBe(409);
    const audit = await h.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'after_json'])
      .where('entity_type', '=', 'decision_template')
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.after_json!)).toMatchObject({ version: 1, body: { grant } });

    const after = await issue(await voted([{ code: 'advanced_worker' }], 'NEW'), '2027-01-20');
    expect(await documentText(after.id)).toContain(
      'Điều 1. Công nhận đạt danh hiệu “Lao động tiên tiến” năm 2026 đối với 01 cá nhân',
    );
    // Issued before the change: its document keeps the wording it was issued with.
    expect(await documentText(old.id)).toContain(
      'Điều 1. Công nhận danh hiệu “Lao động tiên tiến” năm 2026 cho 01 cá nhân',
    );
  });
});
