import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, makeHarness, signIn, type Client, type Harness } from '../test/harness.ts';
import { DEMO_PASSWORD } from './demo.ts';

const SEVEN = [
  'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'Chung sức xây dựng nông thôn mới',
  'Cải cách hành chính, thu hút đầu tư',
  'Lao động giỏi, lao động sáng tạo',
  'Người Việt Nam ưu tiên dùng hàng Việt Nam',
  'Sử dụng năng lượng tiết kiệm, hiệu quả',
  'Ngành Công Thương Thái Nguyên sát cánh đồng hành cùng doanh nghiệp',
];

describe.each(DIALECTS)('demo movements and blocs (%s)', (dialect) => {
  let h: Harness;
  let officer: Client;
  let items: {
    id: string;
    name: string;
    status: string;
    kind: string;
    participantCount: number;
    registeredCount: number;
  }[];
  beforeAll(async () => {
    h = await makeHarness(dialect, { seedDemo: true });
    officer = await signIn(h.app, 'canbo.tdkt', DEMO_PASSWORD);
    items = (await officer.get('/api/v1/movements')).json().items;
  }, 120_000);
  afterAll(() => h.close());

  it('holds the seven campaigns and the yearly movement, at their stages', () => {
    expect(items.map((m) => m.name)).toEqual(expect.arrayContaining(SEVEN));
    const by = (name: string) => items.find((m) => m.name === name)!;
    expect(by('Chung sức xây dựng nông thôn mới').status).toBe('closed');
    expect(by('Người Việt Nam ưu tiên dùng hàng Việt Nam').status).toBe('interim_review');
    expect(by('Ngành Công Thương Thái Nguyên sát cánh đồng hành cùng doanh nghiệp')).toMatchObject({
      status: 'launched',
      participantCount: 4,
      registeredCount: 2,
    });
    expect(items.filter((m) => m.kind === 'regular').map((m) => m.name)).toEqual([
      'Thi đua thực hiện thắng lợi nhiệm vụ chính trị năm 2026',
    ]);
  });

  it('shows who has not registered for the year, with the registered titles of the others', async () => {
    const yearly = items.find((m) => m.kind === 'regular')!;
    const overview = (await officer.get(`/api/v1/movements/${yearly.id}/registrations`)).json();
    expect(overview.items[0]).toMatchObject({ orgName: 'Thanh tra Sở', registered: false });
    expect(
      overview.items.slice(1).every((i: { registered: boolean; people: number }) => i.registered && i.people > 0),
    ).toBe(true);
    const board = (await officer.get(`/api/v1/movements/${yearly.id}/dashboard`)).json();
    expect(board.titles.map((t: { awardName: string }) => t.awardName)).toEqual(
      expect.arrayContaining(['Lao động tiên tiến', 'Chiến sĩ thi đua cơ sở']),
    );
    expect(board.totals.targetsTracked).toBeGreaterThan(0);
  });

  it('reports the closed rural movement with its exemplar and the awards given under it', async () => {
    const ntm = items.find((m) => m.name === 'Chung sức xây dựng nông thôn mới')!;
    const res = await officer.get(`/api/v1/movements/${ntm.id}/review.docx?kind=final`);
    expect(res.statusCode).toBe(200);
    const xml = await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/gu, '');
    expect(text).toContain('Tổng kết phong trào thi đua “Chung sức xây dựng nông thôn mới”');
    expect(text).toContain('Đơn vị tiêu biểu hỗ trợ sản phẩm công nghiệp nông thôn');
    expect(text).toContain('Bằng khen');
  });

  it('tells the eligibility check whether the title was registered for the year', async () => {
    const personOf = (code: string) =>
      h.db.kysely
        .selectFrom('people')
        .innerJoin('organisations', 'organisations.id', 'people.org_id')
        .select('people.id')
        .where('organisations.code', '=', code)
        .where('people.status', '=', 'working')
        .orderBy('people.id')
        .executeTakeFirstOrThrow();
    const check = async (subjectId: string, awardCode: string) =>
      (await officer.send('POST', '/api/v1/eligibility/check', { subjectId, awardCode, year: 2026 })).json()
        .registration;
    const registered = await personOf('QLCN');
    const unregistered = await personOf('TTR');
    expect(await check(registered.id, 'advanced_worker')).toEqual({
      registered: true,
      movementName: 'Thi đua thực hiện thắng lợi nhiệm vụ chính trị năm 2026',
    });
    expect(await check(unregistered.id, 'advanced_worker')).toEqual({ registered: false, movementName: null });
    expect(await check(registered.id, 'certificate_of_merit_provincial')).toBeNull();
  });

  it('lists the blocs with their leaders for 2026', async () => {
    const blocs = (await officer.get('/api/v1/blocs')).json().items;
    expect(blocs).toHaveLength(3);
    expect(blocs.find((b: { name: string }) => b.name === 'Cụm thi đua các đơn vị trực thuộc')).toMatchObject({
      leaderName: 'Chi cục Quản lý thị trường',
      latestYear: 2026,
    });
  });
});
