import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../../../../../bench/src/generate.ts';
import { DIALECTS, makeHarness, type Harness } from '../../../test/harness.ts';
import { loadSubjectData, type LoadShared } from './load.ts';

/**
 * A province's candidate run loads its people batch after batch; a large batch reads the award–initiative links
 * and the recognised initiatives whole, once for the run. Each subject must still get exactly its own history,
 * the same as when it is loaded on its own.
 */
describe.each(DIALECTS)('loading histories in large batches that share their whole-table reads (%s)', (dialect) => {
  let h: Harness;
  let people: string[];
  beforeAll(async () => {
    h = await makeHarness(dialect);
    await h.db.kysely
      .updateTable('organisations')
      .set({ code: 'GOC-KIEM-THU' })
      .where('parent_id', 'is', null)
      .execute();
    await generateDataset(h.db, 600, 11);
    people = (await h.db.kysely.selectFrom('people').select('id').orderBy('id').execute()).map((p) => p.id);
  });
  afterAll(() => h.close());

  it('gives each subject of each batch its own awards, links and initiatives, as loaded alone', async () => {
    const opts = { sinceYear: 2016, details: false };
    const alone = await loadSubjectData(h.db, people, opts);
    const withInitiatives = people.filter((id) => alone.get(id)?.initiatives.length);
    const linked = people.filter((id) => alone.get(id)?.awards.some((a) => a.initiativeIds?.length));
    // The generated province has authors of recognised initiatives and awards resting on them.
    expect(withInitiatives.length).toBeGreaterThan(5);
    expect(linked.length).toBeGreaterThan(0);

    // Two batches, each padded past the size at which tables are read whole, sharing one store.
    const pad = () => Array.from({ length: 2100 }, () => randomUUID());
    const half = Math.ceil(people.length / 2);
    const shared: LoadShared = {};
    const first = await loadSubjectData(h.db, [...people.slice(0, half), ...pad()], { ...opts, shared });
    expect(shared.initiatives?.length).toBeGreaterThan(0);
    const second = await loadSubjectData(h.db, [...people.slice(half), ...pad()], { ...opts, shared });
    for (const [i, id] of people.entries()) {
      const batch = i < half ? first : second;
      expect(batch.get(id) ?? null, id).toEqual(alone.get(id) ?? null);
    }
    // A batch holds no one else's initiatives.
    for (const id of people.slice(half)) expect(first.get(id)).toBeUndefined();
  });
});
