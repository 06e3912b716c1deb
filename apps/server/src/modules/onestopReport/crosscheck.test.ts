import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCEDURE_FIELD_LABELS, computeReport, type DossierStatus, type ProcedureField } from '@thidua/domain';
import { DIALECTS, asAdmin, makeHarness, type Client, type Harness } from '../../test/harness.ts';
import { makeDossier, makeProcedure, type MadeProcedure } from '../../test/factories/onestop.ts';
import { loadWorkCalendar } from '../calendar/service.ts';

/**
 * The SQL aggregate against the in-memory engine (packages/domain/src/onestop/report.ts) on the
 * same dossiers: a fixed pseudo-random set over two months, its times on whole hours of any time of
 * day (so events between 00:00 and 07:00 in Vietnam, a day apart in UTC, occur), over several spans.
 */
let seed = 20261207;
const rand = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};
const BASE = Date.parse('2026-03-01T00:00:00+07:00');
const hour = (h: number) => new Date(BASE + h * 3_600_000).toISOString();
const STATUSES: DossierStatus[] = ['in_process', 'supplement', 'finished', 'returned', 'withdrawn', 'stopped'];
const SPANS = [
  ['2026-03-01', '2026-03-31'],
  ['2026-03-10', '2026-03-10'],
  ['2026-03-15', '2026-04-20'],
  ['2026-04-01', '2026-04-30'],
];

describe.each(DIALECTS)('Biểu 06 in SQL equals the engine (%s)', (dialect) => {
  let h: Harness;
  let admin: Client;
  let procs: MadeProcedure[];
  beforeAll(async () => {
    h = await makeHarness(dialect);
    admin = await asAdmin(h);
    const db = h.db.kysely;
    procs = [await makeProcedure(db, { field: 'petroleum' }), await makeProcedure(db, { field: 'gas' })];
    seed = 20261207;
    for (let i = 0; i < 150; i++) {
      const status = STATUSES[rand(STATUSES.length)]!;
      const received = rand(45 * 24);
      const end = received + 1 + rand(30 * 24);
      await makeDossier(db, {
        procedure: procs[rand(2)]!,
        status,
        channel: (['counter', 'online', 'post'] as const)[rand(3)],
        receivedAt: hour(received),
        dueAt: hour(received + rand(25 * 24)),
        ...(status === 'finished' || status === 'returned' ? { finishedAt: hour(end) } : {}),
        ...(status === 'withdrawn' || status === 'stopped' ? { closedAt: hour(end) } : {}),
      });
    }
  }, 240_000);
  afterAll(() => h.close());

  const expected = async (from: string, to: string, groupBy: 'field' | 'procedure', classifyBy: 'date' | 'instant') => {
    const db = h.db.kysely;
    const rows = await db.selectFrom('dossiers').selectAll().execute();
    const calendar = await loadWorkCalendar(db, 2026);
    const names = new Map(procs.map((p) => [p.id, p.name]));
    return computeReport(
      rows.map((r) => ({
        receivedAt: r.received_at,
        originalDueAt: r.original_due_at,
        dueAt: r.due_at,
        finishedAt: r.finished_at,
        closedAt: r.closed_at,
        channel: r.channel,
        field: r.field,
        procedureId: r.procedure_id,
      })),
      { from, to },
      {
        groupBy,
        classifyBy,
        calendar,
        labelOf: (k) => (groupBy === 'field' ? PROCEDURE_FIELD_LABELS[k as ProcedureField] : names.get(k)!),
      },
    );
  };

  it.each(['date', 'instant'] as const)('every span, both groupings, judged by %s', async (classifyBy) => {
    if (classifyBy === 'instant') {
      const res = await admin.send('PUT', '/api/v1/settings/onestop.classifyBy', { value: 'instant', version: 0 });
      expect(res.statusCode, res.body).toBe(200);
    }
    for (const [from, to] of SPANS)
      for (const groupBy of ['field', 'procedure'] as const) {
        const res = await admin.get(`/api/v1/one-stop/report?from=${from}&to=${to}&groupBy=${groupBy}`);
        expect(res.statusCode, res.body).toBe(200);
        const body = res.json();
        const want = await expected(from!, to!, groupBy, classifyBy);
        const sort = (rows: { key: string }[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));
        expect(sort(body.rows), `${from}..${to} ${groupBy}`).toEqual(sort(want.rows));
        expect(body.total, `${from}..${to} ${groupBy}`).toEqual(want.total);
      }
  });
});
