import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, makeHarness, rootOrgId, type Harness } from '../../test/harness.ts';
import { computeCandidates } from './service.ts';

describe.each(DIALECTS)('candidate lists read only the histories worth judging (%s)', (dialect) => {
  let h: Harness;
  let root: string;
  beforeAll(async () => {
    h = await makeHarness(dialect, { seedDemo: true });
    root = await rootOrgId(h);
  });
  afterAll(() => h.close());

  const run = (awardCode: string | undefined, prefilter: boolean) =>
    computeCandidates(
      h.deps,
      null,
      { orgId: root, year: 2026, include: 'all', ...(awardCode ? { awardCode } : {}) },
      { prefilter },
    );

  it('gives the same list with and without the necessary-fact filter, for all awards and for each', async () => {
    const all = await run(undefined, true);
    expect(all.items.length).toBeGreaterThan(200);
    expect(all).toEqual(await run(undefined, false));
    for (const code of new Set(all.awardsJudged.map((a) => a.code))) {
      const fast = await run(code, true);
      expect(fast, code).toEqual(await run(code, false));
    }
    const provincial = await run('provincial_emulation_fighter', true);
    expect(provincial.items.length).toBeGreaterThan(0);
  });
});
