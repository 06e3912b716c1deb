import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SummaryData } from '@thidua/contracts';
import { ManualClock } from '../../platform/clock.ts';
import { DIALECTS, asAdmin, makeHarness, makeOrg, rootOrgId, type Harness } from '../../test/harness.ts';
import { insertAwardRecord, insertCertificateDecision } from '../../test/factories/decisions.ts';
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
    // The register: the 2022 Giấy khen signed in January 2023 counts in 2023, not in its achievement year.
    const person = (p: { id: string; org_id: string }) => ({ kind: 'individual' as const, id: p.id, orgId: p.org_id });
    await insertCertificateDecision(k, { number: '12/QĐ-SCT', signedOn: '2022-12-20', recipients: [person(a)] });
    await insertCertificateDecision(k, {
      number: '30/QĐ-SCT',
      signedOn: '2023-01-10',
      recipients: [person(b), { kind: 'collective', id: unit, orgId: unit }],
    });
    await insertCertificateDecision(k, { number: '2/QĐ-SCT', signedOn: '2024-01-05', recipients: [person(a)] });
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
    expect(fig(d, 'commendations.directorHistory')).toBe(3);
    // Signed in the span: the January 2024 decision counts in 2024 only.
    const signed2023 = await computeSummary(h.deps, { from: 2023, to: 2023 });
    expect(fig(signed2023, 'commendations.directorTotal')).toBe(2);
    expect(fig(signed2023, 'commendations.directorHistory')).toBe(2);
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

  it('reads growth and the PAR table from the plan base year, the registries at asOf', async () => {
    const d = await computeSummary(h.deps, { from: 2022, to: 2023, asOf: '2023-06-30' });
    expect(d.asOf).toBe('2023-06-30');
    const sector = d.chapters.find((c) => c.key === 'sector')!;
    expect(sector.series.every((s) => s.points[0]!.year === 2020)).toBe(true);
    expect(d.sources.some((s) => s.what.includes('năm gốc 2020'))).toBe(true);
    expect(d.sources.some((s) => s.period === 'đến 30/06/2023')).toBe(true);
    // By default: 31/12 of `to`, or today while the span's last year runs (the clock says 15/03/2026).
    expect((await computeSummary(h.deps, { from: 2016, to: 2017 })).asOf).toBe('2017-12-31');
    expect((await computeSummary(h.deps, { from: 2025, to: 2026 })).asOf).toBe('2026-03-15');
  });

  it('gives no figure at all, never a zero, for a span without data', async () => {
    const d = await computeSummary(h.deps, { from: 2010, to: 2011 });
    for (const c of d.chapters) for (const f of c.figures) expect(f.value, f.key).toBeNull();
    for (const c of d.chapters) expect(c.tables.filter((t) => !t.key.startsWith('reform.dossiers'))).toEqual([]);
  });
});
