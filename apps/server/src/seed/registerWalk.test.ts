import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { DEFAULT_SETTINGS, bonusAmount, findAward, RULE_SETS } from '@thidua/domain';
import { DIALECTS, makeHarness, signIn, type Client, type Harness } from '../test/harness.ts';
import { DEMO_PASSWORD } from './demo.ts';

/**
 * The demo's register walked as a clerk would check it: every decision number cited anywhere in the
 * seeded demo is found in the register with its recipients, the Sở's own numbers run 1..k per year
 * with no gap for every year of the story (2017–2026), and no decision shows a total of 0 đ where the
 * rules give an amount.
 */
const CITED = /\d+\/QĐ-[\p{L}\d]+/gu;
/** A movement's founding instrument (the Prime Minister's launch of a movement) confers nothing. */
const NOT_A_COMMENDATION = new Set(['movements.launch_doc_number']);
/**
 * Where the procedure catalog cites the Chairman's decisions that published its procedures: those are kept in
 * the catalog (each version's decision), not in the department's register of commendation decisions.
 */
const CATALOG_SOURCES = new Set([
  'procedure_versions.decision_no',
  'procedure_versions.legal_basis',
  'transitions.data',
]);
/**
 * The Provincial People's Committee's decisions recognising a craft village, certifying a typical rural
 * product or establishing an industrial zone are kept on the registry record they concern (docs/statistics.md),
 * not in the register of commendation decisions.
 */
const REGISTRY_SOURCES = new Set([
  'reg_craft_villages.decision_no',
  'reg_rural_products.decision_no',
  'reg_industrial_zones.decision_no',
]);

/**
 * The Provincial People's Committee's decisions announcing the PAR index of departments are kept on the year's
 * PAR-history row (and the published cycle they announce, and that row's audit entry), not in the register of
 * commendation decisions (docs/scorecards.md).
 */
const PAR_SOURCES = new Set([
  'par_index_results.decision_number',
  'par_index_results.note',
  'scorecards.decision_number',
  'audit_log.before_json',
  'audit_log.after_json',
]);

/**
 * The Director's decisions issuing and amending the work programmes are kept on the programme they issue (its
 * page shows the number, date and signer, and each amendment's), and the documents a task comes from on the task
 * (docs/work-programmes.md); neither is a commendation decision of the register.
 */
const PROGRAMME_SOURCES = new Set([
  'work_programmes.decision_number',
  'work_programme_amendments.decision_number',
  'work_programme_amendments.reason',
  'work_tasks.source_number',
  'work_tasks.content',
]);

describe.each(DIALECTS)('demo decision register walk (%s)', (dialect) => {
  let h: Harness;
  let officer: Client;
  const db = () => h.db.kysely;

  beforeAll(async () => {
    h = await makeHarness(dialect, { seedDemo: true });
    officer = await signIn(h.app, 'canbo.tdkt', DEMO_PASSWORD);
  }, 180_000);
  afterAll(() => h?.close());

  it('finds every decision number cited anywhere in the demo in the register, with recipients', async () => {
    const register = await db()
      .selectFrom('decisions')
      .leftJoin('decision_recipients', 'decision_recipients.decision_id', 'decisions.id')
      .select(['decisions.number', 'decisions.year', (eb) => eb.fn.count('decision_recipients.position').as('n')])
      .groupBy(['decisions.id', 'decisions.number', 'decisions.year'])
      .execute();
    const recipients = new Map(register.map((d) => [d.number, Number(d.n)]));
    const cited = new Map<string, Set<string>>();
    for (const table of await db().introspection.getTables()) {
      if (table.name.startsWith('kysely_')) continue;
      const textColumns = table.columns.filter((c) => /char|text/iu.test(c.dataType)).map((c) => c.name);
      if (!textColumns.length) continue;
      const rows = (await sql.raw(`select * from "${table.name}"`).execute(db())).rows as Record<string, unknown>[];
      for (const r of rows)
        for (const c of textColumns) {
          if (NOT_A_COMMENDATION.has(`${table.name}.${c}`) || typeof r[c] !== 'string') continue;
          for (const n of (r[c] as string).match(CITED) ?? [])
            cited.set(n, (cited.get(n) ?? new Set()).add(`${table.name}.${c}`));
        }
    }
    expect(cited.size).toBeGreaterThan(50);
    // A publishing decision is found where a clerk looks for it: on the procedure version it published.
    const published = new Set(
      (await db().selectFrom('procedure_versions').select('decision_no').execute()).map((v) => v.decision_no),
    );
    expect(published.size).toBeGreaterThan(10);
    const registered = new Set<string>();
    for (const table of ['reg_craft_villages', 'reg_rural_products', 'reg_industrial_zones'] as const)
      for (const r of await db().selectFrom(table).select('decision_no').execute()) registered.add(r.decision_no);
    expect(registered.size).toBeGreaterThan(100);
    const announced = new Set(
      (await db().selectFrom('par_index_results').select('decision_number').execute()).map((r) => r.decision_number),
    );
    expect(announced.size).toBeGreaterThan(5);
    const programmed = new Set<string>();
    for (const r of await db().selectFrom('work_programmes').select('decision_number').execute())
      programmed.add(r.decision_number);
    for (const r of await db().selectFrom('work_programme_amendments').select('decision_number').execute())
      programmed.add(r.decision_number);
    for (const r of await db().selectFrom('work_tasks').select('source_number').execute())
      programmed.add(r.source_number);
    expect(programmed.size).toBeGreaterThan(3);
    // Where every citation is the catalog's, a registry's, the PAR history's or a work programme's own record of it.
    const kept: [Set<string>, Set<string>][] = [
      [CATALOG_SOURCES, published],
      [REGISTRY_SOURCES, registered],
      [PAR_SOURCES, announced],
      [PROGRAMME_SOURCES, programmed],
    ];
    const inCatalog = (n: string, where: Set<string>) =>
      [...where].every((w) => kept.some(([sources, found]) => sources.has(w) && found.has(n)));
    const missing = [...cited]
      .filter(([n, where]) => !recipients.get(n) && !inCatalog(n, where))
      .map(([n, where]) => `${n} (${[...where]})`);
    expect(missing).toEqual([]);
    // The movement report's example and the sources of citations: award records, initiatives, periods.
    const sources = new Set([...cited.values()].flatMap((s) => [...s]));
    for (const s of ['award_records.decision_number', 'initiatives.decision_number', 'subject_periods.decision_number'])
      expect(sources).toContain(s);
  });

  it('ties each citing row to the register entry of its number and day', async () => {
    const records = await db()
      .selectFrom('award_records')
      .leftJoin('decisions', 'decisions.id', 'award_records.decision_id')
      .select([
        'award_records.decision_number',
        'award_records.decision_date',
        'decisions.number',
        'decisions.signed_on',
      ])
      .where('award_records.decision_number', '!=', '')
      .execute();
    const off = records.filter((r) => r.number !== r.decision_number || r.signed_on !== r.decision_date);
    expect(off).toEqual([]);
    const initiatives = await db()
      .selectFrom('initiatives')
      .select(['decision_number', 'recognised_on'])
      .where('decision_number', '!=', '')
      .execute();
    const register = await db().selectFrom('decisions').select(['number', 'signed_on', 'kind']).execute();
    const at = new Set(register.map((d) => `${d.number}|${d.signed_on}`));
    expect(initiatives.filter((i) => !at.has(`${i.decision_number}|${i.recognised_on}`))).toEqual([]);
    const periods = await db()
      .selectFrom('subject_periods')
      .select(['decision_number', 'from_date'])
      .where('decision_number', '!=', '')
      .execute();
    expect(periods.filter((p) => !at.has(`${p.decision_number}|${p.from_date}`))).toEqual([]);
  });

  it('numbers the Sở’s decisions 1..k in every year 2017–2026, signing order, no gap, the counter at k', async () => {
    const own = await db().selectFrom('decisions').selectAll().where('symbol', '=', 'QĐ-SCT').execute();
    const counters = await db().selectFrom('decision_counters').selectAll().where('symbol', '=', 'QĐ-SCT').execute();
    for (let year = 2017; year <= 2026; year++) {
      const ofYear = own.filter((d) => Number(d.year) === year).sort((a, b) => Number(a.seq) - Number(b.seq));
      expect(ofYear.length, String(year)).toBeGreaterThan(0);
      expect(ofYear.map((d) => d.number)).toEqual(ofYear.map((_, i) => `${i + 1}/QĐ-SCT`));
      const dates = ofYear.map((d) => d.signed_on);
      expect(dates).toEqual([...dates].sort());
      expect(Number(counters.find((c) => Number(c.year) === year)?.last), String(year)).toBe(ofYear.length);
    }
    // Nothing dated after the demo's today (26/11/2026).
    expect(own.filter((d) => d.signed_on > '2026-11-26')).toEqual([]);
  });

  it('never shows 0 đ where the rules give an amount: computed from 2024, “theo quy định” before', async () => {
    const items: { totalBonus: number; bonusNote: string; signedOn: string; kind: string; number: string }[] = [];
    for (let page = 1; ; page++) {
      const r = (await officer.get(`/api/v1/decisions?pageSize=100&page=${page}`)).json();
      items.push(...r.items);
      if (items.length >= r.total) break;
    }
    expect(items.filter((d) => d.bonusNote === 'amount' && d.totalBonus <= 0)).toEqual([]);
    expect(items.filter((d) => d.bonusNote !== 'amount' && d.totalBonus !== 0)).toEqual([]);
    const from = RULE_SETS[0]!.validFrom;
    expect(items.filter((d) => d.kind === 'award' && d.signedOn < from).every((d) => d.bonusNote === 'by_rules')).toBe(
      true,
    );
    // The register's workbook says the same: an amount, or why there is none.
    const xlsx = await officer.get('/api/v1/decisions/export.xlsx?year=2019');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    let col = 0;
    let header = 0;
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (cell.value === 'Tiền thưởng (đồng)') [header, col] = [r, c];
      }),
    );
    expect(col).toBeGreaterThan(0);
    const totals = ws
      .getColumn(col)
      .values.slice(header + 1)
      .filter((v) => v !== null && v !== undefined);
    expect(totals.length).toBeGreaterThan(5);
    expect(totals.filter((v) => v === 0)).toEqual([]);
    expect(totals).toContain('Theo quy định');
    // From 2024 each recipient whose award carries a bonus has the amount the rules of the signing day give.
    const rows = await db()
      .selectFrom('decision_recipients')
      .innerJoin('decisions', 'decisions.id', 'decision_recipients.decision_id')
      .select([
        'decisions.number',
        'decisions.signed_on',
        'decision_recipients.award_code',
        'decision_recipients.subject_kind',
        'decision_recipients.bonus',
      ])
      .where('decisions.kind', '=', 'award')
      .where('decisions.signed_on', '>=', from)
      .execute();
    expect(rows.length).toBeGreaterThan(50);
    const wrong = rows.filter((r) => {
      const award = findAward(r.award_code);
      const due = award
        ? (bonusAmount(award, r.signed_on, DEFAULT_SETTINGS, r.subject_kind as 'individual' | 'collective')?.amount ??
          null)
        : null;
      return (r.bonus === null ? null : Number(r.bonus)) !== due;
    });
    expect(wrong).toEqual([]);
  });

  it('holds dossiers in every state on first start, each with the workflow steps that led there', async () => {
    const rows = await db().selectFrom('proposals').select(['id', 'status', 'title']).execute();
    expect(rows.map((p) => p.status).sort()).toEqual(['council', 'decided', 'draft', 'submitted', 'voted']);
    for (const p of rows) {
      const steps = await db()
        .selectFrom('transitions')
        .select(['seq', 'to_status', 'action'])
        .where('entity_type', '=', 'proposal')
        .where('entity_id', '=', p.id)
        .orderBy('seq')
        .execute();
      expect(steps[0]).toMatchObject({ seq: 1, to_status: 'draft', action: null });
      expect(steps.at(-1)!.to_status, p.title).toBe(p.status);
    }
    // The council's open session holds the dossier before it; the decided one's decision is the last of 2026.
    const open = await db().selectFrom('council_sessions').select('id').where('status', '=', 'open').execute();
    expect(open).toHaveLength(1);
    const decided = rows.find((p) => p.status === 'decided')!;
    const link = await db()
      .selectFrom('decision_proposals')
      .innerJoin('decisions', 'decisions.id', 'decision_proposals.decision_id')
      .select(['decisions.seq', 'decisions.year'])
      .where('proposal_id', '=', decided.id)
      .executeTakeFirstOrThrow();
    const counter = await db()
      .selectFrom('decision_counters')
      .select('last')
      .where('symbol', '=', 'QĐ-SCT')
      .where('year', '=', 2026)
      .executeTakeFirstOrThrow();
    expect(Number(link.seq)).toBe(Number(counter.last));
    // Issued by the department's Director under its name, on the basis the Council proposed.
    const d = await db()
      .selectFrom('decisions')
      .innerJoin('decision_proposals', 'decision_proposals.decision_id', 'decisions.id')
      .select(['authority', 'legal_basis'])
      .where('proposal_id', '=', decided.id)
      .executeTakeFirstOrThrow();
    expect(d.authority).toBe('Sở Công Thương tỉnh Thái Nguyên');
    expect(JSON.parse(d.legal_basis).at(-1)).toBe(
      'Xét đề nghị của Hội đồng Thi đua – Khen thưởng Sở Công Thương tỉnh Thái Nguyên.',
    );
    const list = (await officer.get('/api/v1/proposals?pageSize=50')).json();
    expect(list.total).toBe(5);
  });
});
