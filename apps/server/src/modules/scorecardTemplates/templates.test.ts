import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../platform/audit.ts';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeUser,
  rootOrgId,
  signIn,
  type Client,
  type Harness,
} from '../../test/harness.ts';
import { TREE, shapeOf } from './fixtures.ts';
import { freezeTemplate } from './service.ts';

const API = '/api/v1/scorecard-templates';
type Item = { id: string; code: string; maxPoints: number; children: Item[] } & Record<string, unknown>;

describe.each(DIALECTS)('scorecard templates (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let office: Client;
  let officer: Client;
  let blocId: string;

  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    const root = await rootOrgId(h);
    await makeUser(admin, 'tdkt.bd', [{ role: 'emulation_officer', orgId: root }], 'Bang-diem@2026');
    await makeUser(admin, 'donvi.bd', [{ role: 'unit_officer', orgId: root }], 'Bang-diem@2026');
    office = await signIn(h.app, 'tdkt.bd', 'Bang-diem@2026');
    officer = await signIn(h.app, 'donvi.bd', 'Bang-diem@2026');
    const bloc = await admin.send('POST', '/api/v1/blocs', {
      name: 'Khối các cơ quan kinh tế tổng hợp',
      organiser: 'province',
    });
    expect(bloc.statusCode, bloc.body).toBe(200);
    blocId = bloc.json().id;
  });
  afterAll(() => h.close());

  const create = (body: Record<string, unknown>, c = office) => c.send('POST', API, body);
  const save = (id: string, body: Record<string, unknown>) => office.send('PUT', `${API}/${id}`, body);
  const view = async (id: string) => (await office.get(`${API}/${id}`)).json();
  const draft = async (year: number, items: unknown[] = TREE) => {
    const made = await create({ kind: 'bloc', blocId, year, name: `Bảng điểm khối kinh tế năm ${year}` });
    expect(made.statusCode, made.body).toBe(200);
    const saved = await save(made.json().id, { name: made.json().name, bonusCap: 3, penaltyCap: 2, items, version: 1 });
    expect(saved.statusCode, saved.body).toBe(200);
    return saved.json();
  };
  const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

  it('creates a bloc template only for an existing bloc, and one per scope and year', async () => {
    const noBloc = await create({ kind: 'bloc', year: 2025, name: 'Bảng điểm' });
    expect(noBloc.statusCode).toBe(400);
    expect(noBloc.json().errors[0]).toMatchObject({ path: 'blocId', message: 'Chọn khối thi đua' });
    const ghost = await create({
      kind: 'bloc',
      blocId: '01900000-0000-7000-8000-000000000000',
      year: 2025,
      name: 'Bảng điểm',
    });
    expect(ghost.statusCode).toBe(400);
    expect(ghost.json().detail).toContain('không có trong danh sách khối');
    expect((await create({ kind: 'par', blocId, year: 2025, name: 'Chỉ số CCHC 2025' })).statusCode).toBe(400);

    const par = await create({ kind: 'par', year: 2025, name: 'Bộ tiêu chí Chỉ số CCHC cấp sở năm 2025' });
    expect(par.statusCode, par.body).toBe(200);
    expect(par.json()).toMatchObject({ kind: 'par', blocId: null, status: 'draft', items: [], canEdit: true });
    const again = await create({ kind: 'par', year: 2025, name: 'Bản khác' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'duplicate' });
    expect(again.json().detail).toContain('Đã có bảng điểm "Bộ tiêu chí Chỉ số CCHC cấp sở năm 2025"');
    // Another year, or a bloc, is another scope.
    expect((await create({ kind: 'par', year: 2024, name: 'Chỉ số CCHC 2024' })).statusCode).toBe(200);
    expect((await create({ kind: 'bloc', blocId, year: 2025, name: 'Khối 2025' })).statusCode).toBe(200);
  });

  it('only the emulation office writes; everyone signed in reads', async () => {
    const t = await draft(2030);
    const refused = await create({ kind: 'bloc', blocId, year: 2031, name: 'Của đơn vị' }, officer);
    expect(refused.statusCode).toBe(403);
    expect(
      (
        await officer.send('PUT', `${API}/${t.id}`, {
          name: 'x',
          bonusCap: 0,
          penaltyCap: 0,
          items: TREE,
          version: t.version,
        })
      ).statusCode,
    ).toBe(403);
    expect((await officer.send('DELETE', `${API}/${t.id}`)).statusCode).toBe(403);
    expect((await officer.send('POST', `${API}/${t.id}/copy`, { year: 2032 })).statusCode).toBe(403);
    const read = await officer.get(`${API}/${t.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({
      canEdit: false,
      items: [{ code: '1' }, { code: '2' }, { code: 'A' }, { code: 'B' }],
    });
    expect((await officer.get(`${API}?year=2030`)).json().total).toBe(1);
  });

  it('saves the whole tree: ids kept, new items given ids, removed ones deleted, warnings allowed', async () => {
    const t = await draft(2026);
    expect(t).toMatchObject({ maxTotal: 100, itemCount: 10, bonusCap: 3, penaltyCap: 2, problems: [], version: 2 });
    expect(t.items.map((i: Item) => i.code)).toEqual(['1', '2', 'A', 'B']);
    expect(t.items[0].children[1]).toMatchObject({
      method: 'computed',
      source: 'onestop.on_time_rate',
      scoring: {
        rule: 'bands',
        bands: [
          { min: 95, points: 20 },
          { min: 90, points: 12.5 },
        ],
      },
    });
    const items = clone(t.items as Item[]);
    const kept = items[0]!.children[0]!.children[0]!.id;
    const removed = items[0]!.children[0]!.children[1]!.id;
    // 1.1.b goes; 2.3 is new; 2 now falls short of its maximum (a warning, saved anyway).
    items[0]!.children[0]!.children.pop();
    items[0]!.children[0]!.maxPoints = 25;
    items[0]!.maxPoints = 45;
    items[1]!.children.push({
      code: '2.3',
      kind: 'criterion',
      name: 'Khen thưởng kịp thời',
      maxPoints: 5,
      children: [],
    } as unknown as Item);
    items[1]!.maxPoints = 50;
    const res = await save(t.id, { name: t.name, bonusCap: 3, penaltyCap: 2, items, version: t.version });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json();
    expect(after.items[0].children[0].children.map((i: Item) => i.id)).toEqual([kept]);
    expect(after.items[1].children[2]).toMatchObject({ code: '2.3', id: expect.any(String) });
    expect(after.items[1].children[2].id).not.toBe(removed);
    expect(after).toMatchObject({ maxTotal: 95, itemCount: 10, version: 3 });
    expect(after.problems).toEqual([
      expect.objectContaining({ code: '2', severity: 'warning', itemId: after.items[1].id }),
    ]);
    const stored = await h.db.kysely.selectFrom('scorecard_items').select('id').where('id', '=', removed).execute();
    expect(stored).toEqual([]);
  });

  it('refuses a tree with errors, an unknown source or a stale version, writing nothing', async () => {
    const t = await draft(2027);
    const tryItems = async (mutate: (items: Item[]) => void, version = t.version) => {
      const items = clone(t.items as Item[]);
      mutate(items);
      return save(t.id, { name: t.name, bonusCap: 3, penaltyCap: 2, items, version });
    };
    const over = await tryItems((items) => (items[0]!.children[0]!.children[0]!.maxPoints = 30));
    expect(over.statusCode).toBe(400);
    expect(over.json()).toMatchObject({ code: 'invalid_template' });
    expect(over.json().detail).toContain('1.1 Hoàn thành chỉ tiêu kế hoạch: tổng điểm các tiêu chí con (45)');
    expect(over.json().errors[0].path).toBe('items.0.children.0');

    const tooMany = await tryItems((items) => (items[2]!.maxPoints = 5));
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().detail).toContain('vượt mức điểm thưởng tối đa');

    const huge = await tryItems((items) => (items[0]!.maxPoints = 5000));
    expect(huge.statusCode).toBe(400);
    expect(JSON.stringify(huge.json().errors)).toContain('Điểm tối đa quá lớn');

    const unknown = await tryItems((items) => (items[1]!.children[0]!.source = 'onestop.khong_co'));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().detail).toContain('nguồn số liệu "onestop.khong_co" không có trong danh mục');
    expect(unknown.json().errors[0].path).toBe('items.1.children.0');

    const foreign = await tryItems((items) => (items[0]!.id = '01900000-0000-7000-8000-000000000000'));
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json()).toMatchObject({ code: 'unknown_item' });

    const ok = await tryItems((items) => (items[0]!.name = 'Nhiệm vụ chính trị'));
    expect(ok.statusCode).toBe(200);
    const stale = await tryItems((items) => (items[0]!.name = 'Sửa trên thẻ cũ'));
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'stale_version' });

    const now = await view(t.id);
    expect(now.version).toBe(t.version + 1);
    expect(shapeOf(now.items)[0]).toEqual({ ...shapeOf(t.items)[0], name: 'Nhiệm vụ chính trị' });
  });

  it('freezes a template when a cycle opens on it only when it has no problem, and then refuses every change', async () => {
    const t = await draft(2028);
    const short = clone(t.items as Item[]);
    const { id: _gone, ...dropped } = short[1]!.children.pop()!; // field 2 now has 10 of its 40 points
    const saved = (
      await save(t.id, { name: t.name, bonusCap: 3, penaltyCap: 2, items: short, version: t.version })
    ).json();
    const freeze = () => h.db.kysely.transaction().execute((trx) => freezeTemplate(trx, SYSTEM_ACTOR, t.id));
    await expect(freeze()).rejects.toMatchObject({ status: 409, code: 'invalid_template' });
    await expect(freeze()).rejects.toThrow(/tổng điểm các tiêu chí con \(10\) chưa bằng điểm tối đa \(40\)/u);
    expect((await view(t.id)).status).toBe('draft');

    short[1]!.children.push(dropped as Item); // put back as a new item
    const fixed = await save(t.id, {
      name: t.name,
      bonusCap: 3,
      penaltyCap: 2,
      items: short,
      version: saved.version,
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    await freeze();
    const frozen = await view(t.id);
    expect(frozen).toMatchObject({ status: 'frozen', canEdit: false, version: fixed.json().version + 1 });
    const audit = await h.db.kysely
      .selectFrom('audit_log')
      .select(['action'])
      .where('entity_id', '=', t.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'scorecard_template.created',
      'scorecard_template.saved',
      'scorecard_template.saved',
      'scorecard_template.saved',
      'scorecard_template.frozen',
    ]);

    const edit = await save(t.id, {
      name: 'Sửa',
      bonusCap: 3,
      penaltyCap: 2,
      items: frozen.items,
      version: frozen.version,
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json()).toMatchObject({ code: 'template_frozen' });
    expect(edit.json().detail).toContain('không sửa được');
    const del = await office.send('DELETE', `${API}/${t.id}`);
    expect(del.statusCode).toBe(409);
    // A frozen template is still copied to the next year, as a draft.
    const copy = await office.send('POST', `${API}/${t.id}/copy`, { year: 2029 });
    expect(copy.statusCode, copy.body).toBe(200);
    expect(copy.json()).toMatchObject({ status: 'draft', canEdit: true, year: 2029, copiedFromId: t.id });
  });

  it('copies a template to another year with new ids and the caps; deletes an unused draft', async () => {
    const t = await draft(2020);
    const copy = await office.send('POST', `${API}/${t.id}/copy`, { year: 2021 });
    expect(copy.statusCode, copy.body).toBe(200);
    const c = copy.json();
    expect(c).toMatchObject({
      name: 'Bảng điểm khối kinh tế năm 2021',
      kind: 'bloc',
      blocId,
      year: 2021,
      bonusCap: 3,
      penaltyCap: 2,
      copiedFromId: t.id,
      maxTotal: 100,
      version: 1,
    });
    expect(shapeOf(c.items)).toEqual(shapeOf(t.items));
    const ids = (items: Item[]): string[] => items.flatMap((i) => [i.id, ...ids(i.children)]);
    expect(ids(c.items).some((id) => ids(t.items).includes(id))).toBe(false);
    const twice = await office.send('POST', `${API}/${t.id}/copy`, { year: 2021 });
    expect(twice.statusCode).toBe(409);

    // Creating with copyFromId does the same for another bloc of the same kind.
    const other = (
      await admin.send('POST', '/api/v1/blocs', { name: 'Cụm thi đua số 2', organiser: 'province' })
    ).json();
    const made = await create({ kind: 'bloc', blocId: other.id, year: 2020, name: 'Cụm 2 năm 2020', copyFromId: t.id });
    expect(made.statusCode, made.body).toBe(200);
    expect(shapeOf(made.json().items)).toEqual(shapeOf(t.items));
    expect((await create({ kind: 'par', year: 2020, name: 'CCHC', copyFromId: t.id })).statusCode).toBe(400);

    const gone = await office.send('DELETE', `${API}/${c.id}?version=${c.version}`);
    expect(gone.statusCode, gone.body).toBe(200);
    expect((await office.get(`${API}/${c.id}`)).statusCode).toBe(404);
    const left = await h.db.kysely.selectFrom('scorecard_items').select('id').where('template_id', '=', c.id).execute();
    expect(left).toEqual([]);
  });

  it('lists templates with filters and diacritics-free search, exports the view, and offers the sources', async () => {
    const list = (q: string) => office.get(`${API}?${q}`).then((r) => r.json());
    const all = await list('pageSize=100');
    expect(all.total).toBeGreaterThan(5);
    expect(all.items.map((t: { year: number }) => t.year)).toEqual(
      [...all.items.map((t: { year: number }) => t.year)].sort((a, b) => b - a),
    );
    const par = await list('kind=par');
    expect(par.items.map((t: { year: number }) => t.year)).toEqual([2025, 2024]);
    expect(par.items[0]).toMatchObject({ blocId: null, blocName: null, status: 'draft', itemCount: 0 });
    const found = await list('q=khoi kinh te&year=2026');
    expect(found.items).toEqual([
      expect.objectContaining({
        name: 'Bảng điểm khối kinh tế năm 2026',
        blocName: 'Khối các cơ quan kinh tế tổng hợp',
      }),
    ]);
    expect((await list(`blocId=${blocId}&year=2020`)).total).toBe(1);
    expect((await office.get(`${API}?sort=status`)).statusCode).toBe(400);
    const xlsx = await office.get(`${API}/export.xlsx?kind=par`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');

    const sources = (await officer.get('/api/v1/scorecard-sources')).json();
    expect(sources.items.map((s: { key: string }) => s.key)).toEqual(
      expect.arrayContaining(['onestop.on_time_rate', 'initiatives.recognised', 'onestop.apology_letters']),
    );
  });
});
