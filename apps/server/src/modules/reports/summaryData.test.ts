import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SummaryData } from '@thidua/contracts';
import { ManualClock } from '../../platform/clock.ts';
import { DIALECTS, asAdmin, makeHarness, makeOrg, rootOrgId, type Harness } from '../../test/harness.ts';
import { insertAwardRecord } from '../../test/factories/decisions.ts';
import { insertInitiative } from '../../test/factories/initiatives.ts';
import { insertMovement } from '../../test/factories/movements.ts';
import { insertPerson } from '../../test/factories/people.ts';
import { computeSummary } from './summaryData.ts';

const fig = (d: SummaryData, key: string) => {
  for (const c of d.chapters) for (const f of c.figures) if (f.key === key) return f.value;
  throw new Error(`no figure ${key}`);
};

describe.each(DIALECTS)('the summary report figures (%s)', (dialect) => {
  let h: Harness;
  let root: string;
  let unit: string;
  let other: string;
  beforeAll(async () => {
    h = await makeHarness(dialect, { clock: new ManualClock('2026-03-15T09:00:00+07:00') });
    const admin = await asAdmin(h);
    root = await rootOrgId(h);
    unit = (await makeOrg(admin, root, 'QLCN', 'Phòng Quản lý Công nghiệp')).id;
    other = (await makeOrg(admin, root, 'VP', 'Văn phòng Sở')).id;
    const k = h.deps.db.kysely;
    await insertMovement(k, { stage: 'launched', orgIds: [unit, other], year: 2022 });
    await insertMovement(k, { stage: 'launched', orgIds: [unit], year: 2023, kind: 'thematic' });
    await insertMovement(k, { stage: 'draft', orgIds: [unit], year: 2023 });
    await insertMovement(k, { stage: 'launched', orgIds: [other], year: 2019 });
    const a = await insertPerson(k, unit);
    const b = await insertPerson(k, other, { givenName: 'Bình' });
    const authors = (p: { id: string }) => [{ personId: p.id, share: 100 }];
    await insertInitiative(k, { orgId: unit, authors: authors(a), level: 'provincial', recognisedOn: '2022-05-01' });
    await insertInitiative(k, { orgId: unit, authors: authors(a), level: 'grassroots', recognisedOn: '2023-05-01' });
    await insertInitiative(k, { orgId: other, authors: authors(b), level: 'provincial', recognisedOn: '2022-06-01' });
    await insertInitiative(k, { orgId: other, authors: authors(b), level: 'national', recognisedOn: '2018-06-01' });
    const gk = { awardCode: 'commendation_certificate', decisionNumber: '12/QĐ-SCT' };
    await insertAwardRecord(k, a, { ...gk, year: 2022 });
    await insertAwardRecord(k, b, { ...gk, year: 2023 });
    await insertAwardRecord(
      k,
      { id: unit, org_id: unit, kind: 'collective' },
      { ...gk, year: 2023, decisionNumber: '30/QĐ-SCT' },
    );
    await insertAwardRecord(
      k,
      { id: root, org_id: root, kind: 'collective' },
      { awardCode: 'emulation_flag_government', year: 2023 },
    );
    await insertAwardRecord(k, a, { awardCode: 'grassroots_emulation_fighter', year: 2021 });
  });
  afterAll(() => h.close());

  it('counts each chapter from the data of the span, for the department as a whole', async () => {
    const d = await computeSummary(h.deps, { from: 2022, to: 2023 });
    expect(d.orgId).toBe(root);
    expect(d.chapters.map((c) => c.key)).toEqual(['movements', 'initiatives', 'commendations', 'reform', 'sector']);
    expect(fig(d, 'movements.launched')).toBe(2);
    expect(fig(d, 'movements.units')).toBe(2);
    expect(fig(d, 'initiatives.total')).toBe(3);
    expect(fig(d, 'initiatives.provincial')).toBe(2);
    expect(fig(d, 'initiatives.national')).toBeNull();
    expect(fig(d, 'commendations.directorTotal')).toBe(3);
    expect(fig(d, 'commendations.directorCollectives')).toBe(1);
    expect(fig(d, 'commendations.directorIndividuals')).toBe(2);
    expect(fig(d, 'commendations.directorDecisions')).toBe(2);
    expect(fig(d, 'commendations.received')).toBe(1);
    expect(fig(d, 'commendations.titles')).toBe(1);
    // Every figure names a source the appendix lists.
    const ids = new Set(d.sources.map((s) => s.id));
    for (const c of d.chapters) for (const f of c.figures) expect(ids.has(f.sourceId), f.key).toBe(true);
  });

  it('counts a unit and the units under it only', async () => {
    const d = await computeSummary(h.deps, { orgId: unit, from: 2022, to: 2023 });
    expect(fig(d, 'movements.launched')).toBe(2);
    expect(fig(d, 'movements.units')).toBe(1);
    expect(fig(d, 'initiatives.total')).toBe(2);
    expect(fig(d, 'initiatives.provincial')).toBe(1);
    expect(fig(d, 'commendations.directorTotal')).toBe(2);
    expect(fig(d, 'commendations.received')).toBeNull();
  });

  it('gives no figure at all, never a zero, for a span without data', async () => {
    const d = await computeSummary(h.deps, { from: 2010, to: 2011 });
    for (const c of d.chapters) for (const f of c.figures) expect(f.value, f.key).toBeNull();
    for (const c of d.chapters) expect(c.tables.filter((t) => !t.key.startsWith('reform.dossiers'))).toEqual([]);
  });
});
