import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PROCEDURE_FIELD_LABELS,
  classifyDossier,
  computeReport,
  dayNumber,
  vnDateOf,
  type ClassifyBy,
  type DossierFacts,
  type ProcedureField,
} from '@thidua/domain';
import { bulkInsert } from '../../db/bulk.ts';
import { newId } from '../../platform/ids.ts';
import { DIALECTS, asAdmin, makeHarness, type Client, type Harness } from '../../test/harness.ts';
import { makeProcedure, type MadeProcedure } from '../../test/factories/onestop.ts';
import { loadWorkCalendar } from '../calendar/service.ts';
import { onestopReport } from './report.ts';

/**
 * The report over the stored Vietnam dates (migration 125, `dayTallies`) equals the row-by-row count from the
 * UTC instants (`plainTallies`) and the in-memory engine, on a varied set: times crowded around 17:00 UTC
 * (Vietnam midnight) and on the dates of the spans' bounds, due times missing or moved by an apology, finishes
 * at, just before and just after the due instant, closures before, inside and after the spans, dossiers not
 * received; every span below is checked with both groupings, judged by date and by instant.
 */
let seed = 125;
/** mulberry32: a fixed sequence, every call independent enough that the statuses and times mix. */
const rand = (n: number) => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
};
const pick = <T>(xs: readonly T[]): T => xs[rand(xs.length)]!;
const DAY = 86_400_000;
const BASE = Date.parse('2026-02-25T00:00:00Z');
/** An instant on day `d` after BASE, mostly near the Vietnam midnight (16:00–17:59 UTC) or a whole hour. */
const at = (d: number): string => {
  const [h, m, s] = pick([
    [16, 59, 59],
    [17, 0, 0],
    [16, 30, 0],
    [17, 0, 1],
    [rand(24), rand(60), rand(60)],
    [rand(24), 0, 0],
  ] as const);
  return new Date(BASE + d * DAY + ((h * 60 + m) * 60 + s) * 1000 + rand(2) * 999).toISOString();
};
const plusMs = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();
const SPANS: [string, string][] = [
  ['2026-03-01', '2026-03-31'],
  ['2026-03-10', '2026-03-10'],
  ['2026-03-15', '2026-04-20'],
  ['2026-04-01', '2026-06-30'],
  ['2026-01-01', '2026-12-31'],
  ['2025-06-01', '2025-06-30'],
];
const STATUSES = ['submitted', 'in_process', 'supplement', 'finished', 'returned', 'withdrawn', 'stopped', 'refused'];

function dossierRow(p: MadeProcedure, i: number) {
  const status = pick(STATUSES);
  const received = status === 'submitted' || status === 'refused' ? null : at(rand(80));
  const start = received ?? at(rand(80));
  const due = received && rand(8) ? at((Date.parse(received) - BASE) / DAY + rand(30)) : null;
  const apologised = due && !rand(4) ? plusMs(due, (1 + rand(10)) * DAY) : null;
  const done = ['finished', 'returned'].includes(status);
  const finishedAt = !done
    ? null
    : due && rand(3) === 0
      ? plusMs(due, pick([-1000, 0, 1000, -3_600_000, 3_600_000, DAY]))
      : plusMs(start, (1 + rand(40 * 24)) * 3_600_000 + rand(3_600_000));
  const closed = ['withdrawn', 'stopped', 'refused'].includes(status)
    ? plusMs(start, (1 + rand(40 * 24)) * 3_600_000)
    : null;
  const stamp = new Date().toISOString();
  return {
    id: newId(),
    code: `000.00.00.H00-260301-${String(9000 + i).padStart(4, '0')}`,
    procedure_id: p.id,
    procedure_version_id: p.versionId,
    org_id: p.orgId,
    field: p.field,
    channel: pick(['counter', 'online', 'post']),
    applicant_kind: 'citizen',
    applicant_name: 'Trần Thị Bình',
    applicant_id_no: '',
    applicant_address: '',
    applicant_phone: '',
    applicant_email: '',
    search_key: `d${i}`,
    status: status as 'finished',
    submitted_at: start,
    received_at: received,
    due_at: apologised ?? due,
    original_due_at: apologised ? due : rand(5) ? due : null,
    finished_at: finishedAt,
    returned_at: status === 'returned' ? plusMs(finishedAt!, DAY) : null,
    closed_at: closed,
    result: done ? 'granted' : null,
    apologies: apologised ? 1 : 0,
    step_index: 0,
    assignee_id: null,
    assignee_org_id: null,
    fee_amount: 0,
    fee_paid_at: null,
    rating_token_hash: null,
    note: '',
    created_by: null,
    created_at: stamp,
    updated_at: stamp,
    version: 1,
  };
}

describe.each(DIALECTS)('Biểu 06 over the stored Vietnam dates equals the count from instants (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let procs: MadeProcedure[];
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    const db = h.db.kysely;
    procs = [
      await makeProcedure(db, { field: 'petroleum' }),
      await makeProcedure(db, { field: 'gas' }),
      await makeProcedure(db, { field: 'gas' }),
    ];
    seed = 125;
    const rows = Array.from({ length: 900 }, (_, i) => dossierRow(procs[rand(3)]!, i));
    // Received more than a year before a span of 2026 (the first on the last Vietnam day of 2024, the second on
    // the first of 2025) and finished in March 2026: the working days then come from the receipt histogram.
    for (const [i, receivedAt] of ['2024-12-31T16:59:59.999Z', '2024-12-31T17:00:00.000Z'].entries())
      rows.push({
        ...dossierRow(procs[i]!, 900 + i),
        status: 'finished',
        received_at: receivedAt,
        closed_at: null,
        finished_at: `2026-03-0${i + 2}T03:00:00.000Z`,
        result: 'granted',
      });
    await db.transaction().execute((trx) => bulkInsert(trx, 'dossiers', rows));
  }, 240_000);
  afterAll(() => h.close());

  const facts = async (): Promise<(DossierFacts & { id: string })[]> =>
    (await h.db.kysely.selectFrom('dossiers').selectAll().execute()).map((r) => ({
      id: r.id,
      receivedAt: r.received_at,
      originalDueAt: r.original_due_at,
      dueAt: r.due_at,
      finishedAt: r.finished_at,
      closedAt: r.closed_at,
      channel: r.channel,
      field: r.field,
      procedureId: r.procedure_id,
    }));

  it('stores each instant’s Vietnam date, on insert and on update', async () => {
    const db = h.db.kysely;
    const day = (x: string | null) => (x ? dayNumber(vnDateOf(x)) : null);
    const check = async () => {
      const rows = await db.selectFrom('dossiers').selectAll().execute();
      for (const r of rows) {
        const due = r.original_due_at ?? r.due_at;
        expect(
          [r.received_day, r.finished_day, r.closed_day, r.due_day, r.finished_past_due].map((v) =>
            v === null ? null : Number(v),
          ),
          r.id,
        ).toEqual([
          day(r.received_at),
          day(r.finished_at),
          day(r.closed_at),
          day(due),
          r.finished_at && due ? Number(r.finished_at > due) : null,
        ]);
      }
      return rows;
    };
    const rows = await check();
    const target = rows.find((r) => r.finished_at === null && r.received_at)!;
    await db
      .updateTable('dossiers')
      .set({ finished_at: '2026-03-31T17:00:00.000Z', original_due_at: '2026-03-31T16:59:59.999Z' })
      .where('id', '=', target.id)
      .execute();
    const after = await db.selectFrom('dossiers').selectAll().where('id', '=', target.id).executeTakeFirstOrThrow();
    expect([Number(after.finished_day), Number(after.due_day), Number(after.finished_past_due)]).toEqual([
      dayNumber('2026-04-01'),
      dayNumber('2026-03-31'),
      1,
    ]);
    await db
      .updateTable('dossiers')
      .set({ finished_at: null, original_due_at: target.original_due_at })
      .where('id', '=', target.id)
      .execute();
    await check();
  });

  it('reaches every class of the form, and a finish late only by the instant', async () => {
    const all = await facts();
    const seen = new Set<string>();
    for (const [from, to] of SPANS)
      for (const f of all) {
        const byDate = classifyDossier(f, { from, to }, 'date');
        const byInstant = classifyDossier(f, { from, to }, 'instant');
        if (byDate) seen.add(byDate.arrival).add(byDate.outcome);
        if (byDate?.outcome === 'onTime' && byInstant?.outcome === 'late') seen.add('late by the instant only');
        if (byDate?.outcome === 'withinTime' && byInstant?.outcome === 'overdue') seen.add('due on the last day');
      }
    expect([...seen].sort()).toEqual(
      [
        'carriedOver',
        'online',
        'offline',
        'early',
        'onTime',
        'late',
        'withinTime',
        'overdue',
        'late by the instant only',
        'due on the last day',
      ].sort(),
    );
  });

  it.each(['date', 'instant'] as const)('gives the same figures, judged by %s', async (classifyBy: ClassifyBy) => {
    if (classifyBy === 'instant') {
      const res = await admin.send('PUT', '/api/v1/settings/onestop.classifyBy', { value: 'instant', version: 0 });
      expect(res.statusCode, res.body).toBe(200);
    }
    const all = await facts();
    const calendar = await loadWorkCalendar(h.db.kysely, 2025, 2027);
    const names = new Map(procs.map((p) => [p.id, p.name]));
    for (const [from, to] of SPANS)
      for (const groupBy of ['field', 'procedure'] as const) {
        const q = { from, to, groupBy };
        const fast = await onestopReport(h.deps, q);
        expect(fast.classifyBy).toBe(classifyBy);
        expect(fast, `${from}..${to} ${groupBy}`).toEqual(await onestopReport(h.deps, q, { plain: true }));
        const want = computeReport(all, q, {
          groupBy,
          classifyBy,
          calendar,
          labelOf: (k) => (groupBy === 'field' ? PROCEDURE_FIELD_LABELS[k as ProcedureField] : names.get(k)!),
        });
        const sort = (rows: { key: string }[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));
        expect(sort(fast.rows), `${from}..${to} ${groupBy}`).toEqual(sort(want.rows));
        expect(fast.total, `${from}..${to} ${groupBy}`).toEqual(want.total);
        if (from === '2026-01-01') expect(fast.total.received).toBeGreaterThan(400);
      }
  });
});
