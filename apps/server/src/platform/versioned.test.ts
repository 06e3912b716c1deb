import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, asAdmin, makeHarness, makeOrg, rootOrgId, type Harness } from '../test/harness.ts';
import { AppError } from './errors.ts';
import { deleteVersioned, holdVersions, updateVersioned } from './versioned.ts';

const staleAt = (path: string) =>
  expect.objectContaining({ status: 409, code: 'stale_version', errors: [expect.objectContaining({ path })] });

describe.each(DIALECTS)('conditional writes of versioned rows (%s)', (dialect) => {
  let h: Harness;
  const ids: string[] = [];
  beforeAll(async () => {
    h = await makeHarness(dialect);
    const admin = await asAdmin(h);
    const root = await rootOrgId(h);
    for (const code of ['VA', 'VB', 'VC']) ids.push((await makeOrg(admin, root, code)).id);
  });
  afterAll(() => h.close());

  const versionOf = async (id: string) =>
    (await h.db.kysely.selectFrom('organisations').select('version').where('id', '=', id).executeTakeFirst())?.version;

  it('updates only at the expected version and moves it on; a stale version is the standard 409', async () => {
    const db = h.db.kysely;
    await expect(updateVersioned(db, 'organisations', ids[0]!, 1, { name: 'Phòng Một' })).resolves.toBe(2);
    expect(await versionOf(ids[0]!)).toBe(2);
    const stale = updateVersioned(db, 'organisations', ids[0]!, 1, { name: 'Phòng Hai' }, 'items.3.version');
    await expect(stale).rejects.toBeInstanceOf(AppError);
    await expect(stale).rejects.toEqual(staleAt('items.3.version'));
    const row = await db.selectFrom('organisations').select('name').where('id', '=', ids[0]!).executeTakeFirst();
    expect(row?.name).toBe('Phòng Một');
  });

  it('holds rows at their versions without changing them, naming the first that moved on', async () => {
    const db = h.db.kysely;
    const rows = [
      { id: ids[0]!, version: 2, stalePath: 'items.0.version' },
      { id: ids[1]!, version: 1, stalePath: 'items.1.version' },
      { id: ids[2]!, version: 1, stalePath: 'items.2.version' },
    ];
    await holdVersions(db, 'organisations', rows);
    expect(await Promise.all(ids.map(versionOf))).toEqual([2, 1, 1]);
    await updateVersioned(db, 'organisations', ids[1]!, 1, { name: 'Phòng Ba' });
    await expect(holdVersions(db, 'organisations', rows)).rejects.toEqual(staleAt('items.1.version'));
  });

  it('deletes only at the expected version', async () => {
    const db = h.db.kysely;
    await expect(deleteVersioned(db, 'organisations', ids[2]!, 7)).rejects.toEqual(staleAt('version'));
    await deleteVersioned(db, 'organisations', ids[2]!, 1);
    expect(await versionOf(ids[2]!)).toBeUndefined();
  });
});
