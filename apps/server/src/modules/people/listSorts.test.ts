import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/**
 * The people list on the shared list pattern: sorting by a date keeps people
 * without that date last in both directions and on both databases (their NULL
 * orders differ), people born the same day follow the Vietnamese name order,
 * and an unknown sort is refused naming the ones allowed.
 */
describe.each(DIALECTS)('people list sorts (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let unit: string;
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    unit = (await makeOrg(admin, await rootOrgId(h), 'SX', 'Phòng Sắp xếp')).id;
    const people: [string, string, string, string | null][] = [
      ['Trần', 'Văn', 'Bình', '1980-05-01'],
      ['Lê', 'Thị', 'An', '1980-05-01'],
      ['Phạm', '', 'Cường', null],
      ['Hoàng', 'Minh', 'Đức', '1975-01-20'],
      ['Vũ', 'Thị', 'Em', '1990-12-31'],
    ];
    for (const [familyName, middleName, givenName, dateOfBirth] of people)
      await makePerson(admin, unit, { familyName, middleName, givenName, dateOfBirth });
  });
  afterAll(() => h.close());

  const names = async (sort: string) => {
    const res = await admin.get(`/api/v1/people?orgId=${unit}&sort=${sort}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items.map((p: { fullName: string }) => p.fullName);
  };

  it('by date of birth, oldest first or last, the undated person last either way', async () => {
    expect(await names('dateOfBirth')).toEqual([
      'Hoàng Minh Đức',
      'Lê Thị An',
      'Trần Văn Bình',
      'Vũ Thị Em',
      'Phạm Cường',
    ]);
    expect((await names('-dateOfBirth')).at(-1)).toBe('Phạm Cường');
    expect((await names('-dateOfBirth'))[0]).toBe('Vũ Thị Em');
  });

  it('by name: given name first, descending reverses it', async () => {
    const asc = await names('name');
    expect(asc).toEqual(['Lê Thị An', 'Trần Văn Bình', 'Phạm Cường', 'Hoàng Minh Đức', 'Vũ Thị Em']);
    expect(await names('-name')).toEqual([...asc].reverse());
  });

  it('refuses an unknown sort, naming the field', async () => {
    const res = await admin.get(`/api/v1/people?sort=citizenId`);
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('sort');
  });
});
