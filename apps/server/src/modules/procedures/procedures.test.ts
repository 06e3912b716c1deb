import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { cellText, loadWorkbook } from '../../platform/documents/xlsx.ts';

const API = '/api/v1/procedures';

/** A procedure as the clerk types it: 15 working days in three steps, one fee, a compliance cost. */
const retailAlcohol = (over: Record<string, unknown> = {}) => ({
  code: '2.000635',
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

describe.each(DIALECTS)('procedure catalog (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let clerk: Client;
  let officer: Client;
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    const root = await rootOrgId(h);
    const unit = (await makeOrg(admin, root, 'QLTM', 'Phòng Quản lý thương mại')).id;
    await makeUser(admin, 'motcua.p', [{ role: 'onestop_clerk', orgId: root }], 'Mot-cua@2026');
    await makeUser(admin, 'donvi.p', [{ role: 'unit_officer', orgId: unit }], 'Don-vi-P@2026');
    clerk = await signIn(h.app, 'motcua.p', 'Mot-cua@2026');
    officer = await signIn(h.app, 'donvi.p', 'Don-vi-P@2026');
  });
  afterAll(() => h.close());

  it('refuses steps that take longer than the time limit, naming the step', async () => {
    const body = retailAlcohol({ code: '2.000001' });
    body.content.steps[2]!.amount = 4; // 0.5 + 11 + 4 = 15.5 > 15 working days
    const res = await clerk.send('POST', API, body);
    expect(res.statusCode).toBe(400);
    const messages = (res.json().errors as { path: string; message: string }[]).map((e) => e.message);
    expect(messages).toContain('Bước 3 "Phê duyệt": cộng dồn các bước vượt thời hạn giải quyết 15 ngày làm việc');
    // A step in calendar days is not added to a limit in working days.
    body.content.steps[2] = { name: 'Niêm yết', unit: '', role: '', amount: 30, timeUnit: 'calendar_days' };
    expect((await clerk.send('POST', API, body)).statusCode).toBe(200);
  });

  it('creates, publishes, amends (the old version superseded the day before) and abolishes', async () => {
    const created = await clerk.send('POST', API, retailAlcohol());
    expect(created.statusCode, created.body).toBe(200);
    let p = created.json();
    expect(p).toMatchObject({ status: 'draft', code: '2.000635', fieldLabel: 'Lưu thông hàng hóa trong nước (rượu)' });
    expect(p.versions).toHaveLength(1);
    expect(p.versions[0]).toMatchObject({ seq: 1, status: 'draft', feeTotal: 1_200_000 });
    expect(p.abilities).toEqual({
      edit: true,
      editDraft: true,
      startAmendment: false,
      transitions: ['publish', 'abolish'],
    });
    const id = p.id as string;

    // Found without diacritics by name or code, with its time limit as the catalog writes it.
    const list = (await officer.get(`${API}?q=giay phep ban le ruou`)).json();
    expect(list.total).toBe(2);
    const item = list.items.find((i: { id: string }) => i.id === id);
    expect(item.processingTime).toEqual({ amount: 15, unit: 'working_days', label: '15 ngày làm việc' });
    expect((await officer.get(`${API}?q=2.000635&status=draft&field=alcohol`)).json().total).toBe(1);
    expect((await officer.get(`${API}?status=published`)).json().total).toBe(0);

    // Identity under optimistic lock.
    const renamed = await clerk.send('PUT', `${API}/${id}`, {
      ...retailAlcohol(),
      content: undefined,
      name: 'Cấp Giấy phép bán lẻ sản phẩm rượu (trên địa bàn tỉnh)',
      version: p.version,
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const { content: _c, ...identity } = retailAlcohol();
    expect((await clerk.send('PUT', `${API}/${id}`, { ...identity, version: p.version })).statusCode).toBe(409);
    p = renamed.json();

    const decision = { no: '1234/QĐ-UBND', date: '2026-03-01', signer: 'Chủ tịch UBND tỉnh' };
    const published = await clerk.send('POST', `${API}/${id}/transitions`, {
      action: 'publish',
      version: p.version,
      decision,
    });
    expect(published.statusCode, published.body).toBe(200);
    p = published.json();
    expect(p.status).toBe('published');
    expect(p.versions[0]).toMatchObject({ status: 'published', effectiveFrom: '2026-03-01', decision });

    // A published version is never edited.
    const edit = await clerk.send('PUT', `${API}/${id}/draft`, {
      ...retailAlcohol().content,
      version: p.versions[0].version,
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().detail).toContain('Phiên bản đã công bố không được sửa');

    const started = await clerk.send('POST', `${API}/${id}/versions`, { version: p.version });
    expect(started.statusCode, started.body).toBe(200);
    p = started.json();
    expect(p.versions.map((v: { seq: number; status: string }) => [v.seq, v.status])).toEqual([
      [2, 'draft'],
      [1, 'published'],
    ]);
    expect(p.versions[0].fees).toEqual(p.versions[1].fees);
    expect((await clerk.send('POST', `${API}/${id}/versions`, { version: p.version })).statusCode).toBe(409);

    const amended = {
      ...retailAlcohol().content,
      time: { amount: 10, unit: 'working_days' },
      steps: [
        {
          name: 'Thẩm định và trình ký',
          unit: 'Phòng Quản lý thương mại',
          role: '',
          amount: 10,
          timeUnit: 'working_days',
        },
      ],
      complianceCost: 900_000,
      yearlyDossiers: 300,
      changeNote: 'Rút ngắn thời hạn, bỏ bản sao giấy đăng ký kinh doanh',
    };
    const saved = await clerk.send('PUT', `${API}/${id}/draft`, { ...amended, version: p.versions[0].version });
    expect(saved.statusCode, saved.body).toBe(200);
    p = saved.json();
    const amend = await clerk.send('POST', `${API}/${id}/transitions`, {
      action: 'amend',
      version: p.version,
      decision: { no: '2345/QĐ-UBND', date: '2026-09-01', signer: 'Chủ tịch UBND tỉnh' },
    });
    expect(amend.statusCode, amend.body).toBe(200);
    p = amend.json();
    expect(p.status).toBe('published');
    expect(p.processingTime.label).toBe('10 ngày làm việc');
    expect(p.versions[0]).toMatchObject({
      seq: 2,
      status: 'published',
      effectiveFrom: '2026-09-01',
      effectiveTo: null,
    });
    expect(p.versions[1]).toMatchObject({
      seq: 1,
      status: 'superseded',
      effectiveFrom: '2026-03-01',
      effectiveTo: '2026-08-31',
    });

    // 15 → 10 working days; (1,200,000 − 900,000) × 250 dossiers a year of the old version = 75,000,000 đồng.
    const byYear = (await officer.get(`${API}/simplification?from=2026-01-01&to=2026-12-31&by=year`)).json();
    expect(byYear.basis).toBe('dossiers_per_year');
    expect(byYear.rows).toEqual([
      {
        key: '2026',
        label: 'Năm 2026',
        amendments: 1,
        notComparable: 0,
        workingDaysCut: 5,
        calendarDaysCut: 0,
        costCutPerDossier: 300_000,
        costCut: 75_000_000,
      },
    ]);
    expect(byYear.items[0]).toMatchObject({
      code: '2.000635',
      decisionNo: '2345/QĐ-UBND',
      daysCut: 5,
      yearlyDossiers: 250,
    });
    const byField = (await officer.get(`${API}/simplification?from=2026-01-01&to=2026-12-31&by=field`)).json();
    expect(byField.rows[0]).toMatchObject({
      key: 'alcohol',
      label: 'Lưu thông hàng hóa trong nước (rượu)',
      costCut: 75_000_000,
    });
    expect((await officer.get(`${API}/simplification?from=2027-01-01&to=2027-12-31`)).json().rows).toEqual([]);

    // The page's Excel: its figures by year with their total, then each amendment counted; a span without any is empty.
    const book = async (query: string) => {
      const res = await officer.get(`${API}/simplification/export.xlsx?${query}`);
      expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
      return (await loadWorkbook(res.rawPayload)).worksheets.map((ws) =>
        (ws.getRows(5, ws.rowCount - 4) ?? []).map((r) =>
          (r.values as Parameters<typeof cellText>[0][]).slice(1).map(cellText),
        ),
      );
    };
    const [sums, amendments] = await book('from=2026-01-01&to=2026-12-31&by=year');
    expect(sums).toEqual([
      ['Năm 2026', '1', '5', '0', '300000', '75000000', '0'],
      ['Tổng cộng', '1', '5', '0', '300000', '75000000', '0'],
    ]);
    expect(amendments!.map((r) => r.slice(1, 5))).toEqual(
      byYear.items.map((i: { code: string; name: string; decisionNo: string }) => [
        i.code,
        i.name,
        i.decisionNo,
        '01/09/2026',
      ]),
    );
    expect((await book('from=2026-01-01&to=2026-12-31&by=field'))[0]![0]![0]).toBe(byField.rows[0].label);
    expect(await book('from=2027-01-01&to=2027-12-31')).toEqual([[['Tổng cộng', '0', '0', '0', '0', '0', '0']], []]);
    expect(
      (await h.app.inject({ url: `${API}/simplification/export.xlsx?from=2026-01-01&to=2026-12-31` })).statusCode,
    ).toBe(401);

    const noReason = await clerk.send('POST', `${API}/${id}/transitions`, {
      action: 'abolish',
      version: p.version,
      decision: { no: '99/QĐ-UBND', date: '2027-01-15' },
    });
    expect(noReason.statusCode).toBe(409);
    const abolished = await clerk.send('POST', `${API}/${id}/transitions`, {
      action: 'abolish',
      version: p.version,
      decision: { no: '99/QĐ-UBND', date: '2027-01-15' },
      reason: 'Văn bản quy phạm pháp luật thay thế đã bãi bỏ thủ tục',
    });
    expect(abolished.statusCode, abolished.body).toBe(200);
    p = abolished.json();
    expect(p.status).toBe('abolished');
    expect(p.versions[0]).toMatchObject({ status: 'abolished', effectiveTo: '2027-01-14' });
    expect(p.abilities).toEqual({ edit: false, editDraft: false, startAmendment: false, transitions: [] });
    expect(p.transitions.map((t: { action: string | null }) => t.action)).toEqual([
      null,
      'publish',
      'amend',
      'abolish',
    ]);
  });

  it('lets every signed-in role read and only the one-stop desk write', async () => {
    const list = await officer.get(API);
    expect(list.statusCode).toBe(200);
    const id = list.json().items[0].id as string;
    const seen = (await officer.get(`${API}/${id}`)).json();
    expect(seen.abilities.edit).toBe(false);
    expect((await officer.send('POST', API, retailAlcohol({ code: '2.000999' }))).statusCode).toBe(403);
    expect(
      (await officer.send('PUT', `${API}/${id}`, { ...retailAlcohol(), content: undefined, version: seen.version }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await officer.send('POST', `${API}/${id}/transitions`, {
          action: 'abolish',
          version: seen.version,
          decision: { no: '1/QĐ', date: '2026-01-01' },
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);
    expect((await officer.send('POST', `${API}/import?dryRun=true`, '')).statusCode).toBe(403);
    // A code already in the catalog is refused by name.
    const twice = await admin.send('POST', API, retailAlcohol({ code: '2.000001' }));
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toBe('Mã thủ tục 2.000001 đã có trong danh mục.');
  });
});
