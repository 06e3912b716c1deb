import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareNames } from '@thidua/domain';
import { nameMatches, planSearch, usesTrigramIndex, type SearchPlan } from './nameIndex.ts';
import { findPeople } from './queries.ts';
import {
  DIALECTS,
  asAdmin,
  makeHarness,
  makeOrg,
  makePerson,
  rootOrgId,
  type Client,
  type Harness,
} from '../../test/harness.ts';

const NAMES: [string, string, string][] = [
  ['Nguyễn', 'Văn', 'An'],
  ['Đặng', 'Thị', 'Ánh'],
  ['Trần', 'Minh', 'Anh'],
  ['Lê', '', 'Ân'],
  ['Phạm', 'Thu', 'Ơn'],
  ['Hoàng', 'Đức', 'Đạt'],
  ['Bùi', 'Văn', 'Dũng'],
  ['Đỗ', 'Ngọc', 'Ổn'],
  ['Vũ', 'Thị', 'Út'],
  ['Ngô', 'Văn', 'Uy'],
  ['Dương', 'Thị', 'Ưng'],
  ['Nguyễn', 'Thị', 'An'],
  ['Đinh', 'Văn', 'Bình'],
  ['Lý', 'Thị', 'Ảnh'],
  ['Hồ', 'Văn', 'Ẩn'],
];

describe.each(DIALECTS)('people (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let unit: string;
  let other: string;
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    const root = await rootOrgId(h);
    unit = (await makeOrg(admin, root, 'QLCN', 'Phòng Quản lý Công nghiệp')).id;
    other = (await makeOrg(admin, root, 'QLTM', 'Phòng Quản lý Thương mại')).id;
    for (const [i, [familyName, middleName, givenName]] of NAMES.entries())
      await makePerson(admin, i % 3 === 0 ? other : unit, {
        familyName,
        middleName,
        givenName,
        gender: middleName === 'Thị' ? 'female' : 'male',
        dateOfBirth: `19${70 + i}-0${(i % 9) + 1}-15`,
        citizenId: `0191850001${String(i).padStart(2, '0')}`,
      });
  });
  afterAll(() => h.close());

  it('lists people in Vietnamese name order (given, middle, family) on this database', async () => {
    const res = await admin.get('/api/v1/people?pageSize=100');
    expect(res.statusCode).toBe(200);
    const got = res.json().items.map((p: { fullName: string }) => p.fullName);
    const expected = NAMES.map(([familyName, middleName, givenName]) => ({ familyName, middleName, givenName }))
      .sort(compareNames)
      .map((n) => [n.familyName, n.middleName, n.givenName].filter(Boolean).join(' '));
    expect(got).toEqual(expected);
    const desc = (await admin.get('/api/v1/people?pageSize=100&sort=-name'))
      .json()
      .items.map((p: { fullName: string }) => p.fullName);
    expect(desc).toEqual([...expected].reverse());
  });

  it('finds people without diacritics', async () => {
    const find = async (q: string) =>
      (await admin.get(`/api/v1/people?q=${encodeURIComponent(q)}`))
        .json()
        .items.map((p: { fullName: string }) => p.fullName);
    expect(await find('nguyen van an')).toEqual(['Nguyễn Văn An']);
    expect(await find('dang')).toEqual(['Đặng Thị Ánh']);
    expect(await find('NGUYỄN')).toEqual(['Nguyễn Thị An', 'Nguyễn Văn An']);
    expect(await find('019185000107')).toHaveLength(1);
    expect(await find('khong co ai')).toEqual([]);
  });

  it('matches from the start of a word, the same through the index and through the dense scan', async () => {
    const find = async (q: string) =>
      (await admin.get(`/api/v1/people?q=${encodeURIComponent(q)}&pageSize=100`))
        .json()
        .items.map((p: { fullName: string }) => p.fullName);
    const an = await find('an');
    expect(an).toHaveLength(7); // An, Ân, Ẩn, Anh, Ánh, Ảnh — any word starting with "an"
    expect(an.some((n: string) => n.startsWith('Hoàng'))).toBe(false); // not inside a word
    expect(await find('thu on')).toEqual(['Phạm Thu Ơn']);
    expect(await find('van')).toHaveLength(5);
    for (const q of ['an', 'van', 'thi', 'nguyen', 'u', 'xyz']) {
      const key = q;
      const viaIndex = await planSearch(h.db.kysely, key, 1000);
      const dense = await planSearch(h.db.kysely, key, 0);
      const ids = async (plan: SearchPlan) =>
        (await findPeople(h.db.kysely, { search: plan }, 'name', 100, 0)).map((r) => r.id);
      if (q !== 'xyz') expect(dense.kind).toBe('dense');
      expect(await ids(dense)).toEqual(await ids(viaIndex));
    }
  });

  it('answers a name search from the trigram index on PostgreSQL with pg_trgm, from the word-suffix table on SQLite', async () => {
    const suffixRows = await h.db.kysely.selectFrom('people_name_suffixes').select('person_id').distinct().execute();
    const people = await h.db.kysely.selectFrom('people').select('id').execute();
    if (dialect === 'postgres') {
      expect(await usesTrigramIndex(h.db.kysely)).toBe(true);
      expect(suffixRows).toEqual([]);
    } else {
      expect(await usesTrigramIndex(h.db.kysely)).toBe(false);
      expect(suffixRows).toHaveLength(people.length);
    }
    // Either way: a word's start, without diacritics, ranked in name order; the capped count agrees.
    expect(await nameMatches(h.db.kysely, 'khong co ai', 10)).toEqual([]);
    const ids = await nameMatches(h.db.kysely, 'thi', 1000);
    const viaList = (await admin.get('/api/v1/people?q=th%E1%BB%8B&pageSize=100')).json();
    expect(new Set(ids)).toEqual(new Set(viaList.items.map((p: { id: string }) => p.id)));
    expect(viaList.total).toBe(viaList.items.length);
    const found = viaList.items.map((p: { id: string }) => p.id);
    const all = (await admin.get('/api/v1/people?pageSize=100')).json().items.map((p: { id: string }) => p.id);
    expect(found).toEqual(all.filter((id: string) => found.includes(id)));
  });

  it('filters by unit, gender and pages through the list', async () => {
    const inUnit = (await admin.get(`/api/v1/people?orgId=${unit}&pageSize=100`)).json();
    expect(inUnit.total).toBe(10);
    expect(inUnit.totalExact).toBe(true);
    expect(inUnit.items.every((p: { orgId: string }) => p.orgId === unit)).toBe(true);
    const women = (await admin.get('/api/v1/people?gender=female&pageSize=100')).json();
    expect(women.items.every((p: { gender: string }) => p.gender === 'female')).toBe(true);
    const all = (await admin.get('/api/v1/people?pageSize=100')).json().items.map((p: { id: string }) => p.id);
    const p1 = (await admin.get('/api/v1/people?pageSize=4&page=1')).json();
    const p2 = (await admin.get('/api/v1/people?pageSize=4&page=2')).json();
    expect([...p1.items, ...p2.items].map((p: { id: string }) => p.id)).toEqual(all.slice(0, 8));
    expect(p2.total).toBe(NAMES.length);
    const count = (await admin.get(`/api/v1/people/count?orgId=${unit}`)).json();
    expect(count).toEqual({ total: 10 });
  });

  it('masks the citizen id in lists and shows it in full to an editor', async () => {
    const list = (await admin.get('/api/v1/people?q=nguyen van an')).json().items;
    expect(list[0].citizenId).toMatch(/^•{8}\d{4}$/);
    const one = (await admin.get(`/api/v1/people/${list[0].id}`)).json();
    expect(one.citizenId).toMatch(/^\d{12}$/);
    expect(one.abilities.edit).toBe(true);
  });

  it('edits with optimistic locking: a stale edit from a second tab gets 409 and changes nothing', async () => {
    const p = await makePerson(admin, unit, { familyName: 'Tạ', middleName: 'Quang', givenName: 'Huy' });
    const tab1 = await admin.send('PATCH', `/api/v1/people/${p.id}`, { position: 'Trưởng phòng', version: p.version });
    expect(tab1.statusCode).toBe(200);
    expect(tab1.json().version).toBe(p.version + 1);
    const tab2 = await admin.send('PATCH', `/api/v1/people/${p.id}`, { position: 'Chuyên viên', version: p.version });
    expect(tab2.statusCode).toBe(409);
    expect(tab2.json()).toMatchObject({ code: 'stale_version' });
    expect(tab2.json().detail).toMatch(/tải lại/);
    expect((await admin.get(`/api/v1/people/${p.id}`)).json().position).toBe('Trưởng phòng');
  });

  it('renaming updates the search key and the order', async () => {
    const p = await makePerson(admin, unit, { familyName: 'Khổng', middleName: 'Văn', givenName: 'Zũ' });
    await admin.send('PATCH', `/api/v1/people/${p.id}`, { givenName: 'Ánh', version: p.version });
    const found = (await admin.get('/api/v1/people?q=khong van anh')).json().items;
    expect(found.map((x: { fullName: string }) => x.fullName)).toEqual(['Khổng Văn Ánh']);
    // The old name is gone from the name index too.
    expect((await admin.get('/api/v1/people?q=khong van zu')).json().items).toEqual([]);
    expect((await admin.get('/api/v1/people?q=zu')).json().items).toEqual([]);
  });

  it('writes an audit entry with before and after in the same transaction', async () => {
    const p = await makePerson(admin, unit, {
      familyName: 'Mai',
      middleName: 'Thị',
      givenName: 'Lan',
      gender: 'female',
    });
    await admin.send('PATCH', `/api/v1/people/${p.id}`, { position: 'Kế toán', version: 1 });
    const audit = (await admin.get(`/api/v1/audit?entityType=person&entityId=${p.id}`)).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(['person.updated', 'person.created']);
    expect(audit.items[0].before.position).toBe('');
    expect(audit.items[0].after.position).toBe('Kế toán');
    expect(audit.items[0].actorName).toBe('admin');
  });

  describe('bad input: a Vietnamese problem naming the field, nothing written', () => {
    const count = async () =>
      Number(
        (
          await h.db.kysely
            .selectFrom('people')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const base = () => ({
      familyName: 'Phan',
      middleName: 'Văn',
      givenName: 'Tú',
      gender: 'male',
      employmentType: 'worker',
      orgId: unit,
    });
    const cases: [string, () => Record<string, unknown>, string][] = [
      ['impossible date 31/02', () => ({ ...base(), dateOfBirth: '1990-02-31' }), 'dateOfBirth'],
      ['citizen id not 12 digits', () => ({ ...base(), citizenId: '01918500012' }), 'citizenId'],
      ['unknown field', () => ({ ...base(), salary: 1 }), '(body)'],
      ['wrong type', () => ({ ...base(), gender: 3 }), 'gender'],
      ['over-long name', () => ({ ...base(), givenName: 'A'.repeat(51) }), 'givenName'],
      ['empty name', () => ({ ...base(), familyName: '   ' }), 'familyName'],
      ['unknown unit', () => ({ ...base(), orgId: 'khong-co' }), 'orgId'],
    ];
    it.each(cases)('%s', async (_label, body, path) => {
      const before = await count();
      const res = await admin.send('POST', '/api/v1/people', body());
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      const problem = res.json();
      expect(problem.detail).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i);
      expect(problem.errors.map((e: { path: string }) => e.path)).toContain(path);
      expect(await count()).toBe(before);
    });
    it('malformed JSON', async () => {
      const res = await admin.send('POST', '/api/v1/people', '{"familyName": ', { 'content-type': 'application/json' });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('malformed_json');
    });
    it('a duplicate citizen id', async () => {
      const res = await admin.send('POST', '/api/v1/people', { ...base(), citizenId: '019185000100' });
      expect(res.statusCode).toBe(409);
      expect(res.json().errors[0].path).toBe('citizenId');
    });
    it('a body over the size limit', async () => {
      const res = await admin.send(
        'POST',
        '/api/v1/people',
        JSON.stringify({ ...base(), position: 'x'.repeat(2_000_000) }),
        { 'content-type': 'application/json' },
      );
      expect(res.statusCode).toBe(413);
      expect(res.json().detail).toMatch(/quá lớn/);
    });
  });
});
