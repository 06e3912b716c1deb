import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../../../../bench/src/generate.ts';
import { DIALECTS, makeHarness, type Harness } from '../../test/harness.ts';
import { computeCandidates } from './service.ts';

/**
 * The benchmark's generated province in small (its ten years of ratings, titles, initiatives used and
 * free, discipline, reviews, leave): the fast path (necessary facts, each distinct history judged once)
 * must give exactly the plain path's list — every subject judged in full by the engine.
 */
describe.each(DIALECTS)('candidate lists on a generated province: fast and plain paths agree (%s)', (dialect) => {
  let h: Harness;
  let root: string;
  beforeAll(async () => {
    h = await makeHarness(dialect);
    // The generator brings its own department (code SCT): the harness's root steps aside.
    await h.db.kysely
      .updateTable('organisations')
      .set({ code: 'GOC-KIEM-THU' })
      .where('parent_id', 'is', null)
      .execute();
    root = (await generateDataset(h.db, 1500, 7)).rootId;
  });
  afterAll(() => h.close());

  const run = (prefilter: boolean, extra: { awardCode?: string; include?: 'eligible' | 'all' } = {}) =>
    computeCandidates(h.deps, null, { orgId: root, year: 2026, include: 'all', ...extra }, { prefilter });

  it('gives the same list, item for item and verdict for verdict, for every award and for each', async () => {
    const fast = await run(true);
    // Most staff hold LĐTT; some reach CSTĐCS, Bằng khen, CSTĐ cấp tỉnh; some wait for a review.
    expect(fast.items.length).toBeGreaterThan(1000);
    const verdicts = new Set(fast.items.flatMap((i) => i.awards.map((a) => `${a.code}:${a.verdict}`)));
    expect(verdicts).toContain('advanced_worker:eligible');
    expect(verdicts).toContain('grassroots_emulation_fighter:eligible');
    expect([...verdicts].some((v) => v.endsWith(':needs_review'))).toBe(true);
    expect(fast).toEqual(await run(false));
    expect(await run(true, { include: 'eligible' })).toEqual(await run(false, { include: 'eligible' }));
    for (const code of [
      'grassroots_emulation_fighter',
      'provincial_emulation_fighter',
      'certificate_of_merit_provincial',
    ])
      expect(await run(true, { awardCode: code }), code).toEqual(await run(false, { awardCode: code }));
  });
});
