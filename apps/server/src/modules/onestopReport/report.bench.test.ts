import { sql } from 'kysely';
import { describe, it } from 'vitest';
import { PROCEDURE_FIELDS } from '@thidua/domain';
import { asAdmin, makeHarness, rootOrgId } from '../../test/harness.ts';
import { makeProcedure } from '../../test/factories/onestop.ts';

/**
 * Rough timing of Biểu 06 over a generated table, run by hand only:
 * `ONESTOP_BENCH_N=1000000 [ONESTOP_BENCH_DIALECT=postgres TEST_DATABASE_URL=…] npx vitest run <this file>`.
 * 4 years of receipts (2023–2026), 10% still open, 2% withdrawn, due 14 days after receipt.
 * Prints wall and this process's CPU time (the whole work on SQLite) for a year, a quarter and all.
 */
const N = Number(process.env.ONESTOP_BENCH_N ?? 0);
const dialect = (process.env.ONESTOP_BENCH_DIALECT ?? 'sqlite') as 'sqlite' | 'postgres';

describe.skipIf(!N)('Biểu 06 timing over a generated table', () => {
  it('times the report', async () => {
    const h = await makeHarness(dialect);
    const db = h.db.kysely;
    const admin = await asAdmin(h);
    const root = await rootOrgId(h);
    const procs = [];
    for (const f of PROCEDURE_FIELDS) procs.push(await makeProcedure(db, { field: f }));
    await db.schema
      .createTable('bench_procs')
      .addColumn('n', 'integer')
      .addColumn('pid', 'text')
      .addColumn('vid', 'text')
      .addColumn('field', 'text')
      .execute();
    await db
      .insertInto('bench_procs' as never)
      .values(procs.map((p, i) => ({ n: i, pid: p.id, vid: p.versionId, field: p.field })) as never)
      .execute();
    const t0 = Date.now();
    // 4 years (2023–2026) of receipts; 10% still open, 2% withdrawn, due 14 days after receipt, finished after i%20 days.
    const span = 4 * 365 * 86400;
    if (dialect === 'sqlite') {
      await sql`
      with recursive s(i) as (select 1 union all select i + 1 from s where i < ${N}),
      t as (select i, unixepoch('2023-01-01T00:00:00Z') + (i * ${span} / ${N}) as r from s)
      insert into dossiers (id, code, procedure_id, procedure_version_id, org_id, field, channel, applicant_kind, applicant_name,
        search_key, status, submitted_at, received_at, due_at, original_due_at, finished_at, closed_at, created_at, updated_at)
      select 'b' || i, 'B' || i, p.pid, p.vid, ${root}, p.field,
        case i % 3 when 0 then 'online' when 1 then 'counter' else 'post' end, 'citizen', 'X', 'x',
        case when i % 50 = 0 then 'withdrawn' when i % 10 = 0 then 'in_process' else 'finished' end,
        strftime('%Y-%m-%dT%H:%M:%fZ', r, 'unixepoch'), strftime('%Y-%m-%dT%H:%M:%fZ', r, 'unixepoch'),
        strftime('%Y-%m-%dT%H:%M:%fZ', r + 14 * 86400, 'unixepoch'), strftime('%Y-%m-%dT%H:%M:%fZ', r + 14 * 86400, 'unixepoch'),
        case when i % 10 = 0 or i % 50 = 0 then null else strftime('%Y-%m-%dT%H:%M:%fZ', r + (i % 20) * 86400, 'unixepoch') end,
        case when i % 50 = 0 then strftime('%Y-%m-%dT%H:%M:%fZ', r + 5 * 86400, 'unixepoch') else null end,
        '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'
      from t join bench_procs p on p.n = i % 16`.execute(db);
    } else {
      await sql`create function f(t timestamptz) returns text language sql immutable as $$ select to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$`.execute(
        db,
      );
      await sql`
      insert into dossiers (id, code, procedure_id, procedure_version_id, org_id, field, channel, applicant_kind, applicant_name,
        search_key, status, submitted_at, received_at, due_at, original_due_at, finished_at, closed_at, created_at, updated_at)
      select 'b' || i, 'B' || i, p.pid, p.vid, ${root}, p.field,
        case i % 3 when 0 then 'online' when 1 then 'counter' else 'post' end, 'citizen', 'X', 'x',
        case when i % 50 = 0 then 'withdrawn' when i % 10 = 0 then 'in_process' else 'finished' end,
        f(r), f(r), f(r + interval '14 days'), f(r + interval '14 days'),
        case when i % 10 = 0 or i % 50 = 0 then null else f(r + (i % 20) * interval '1 day') end,
        case when i % 50 = 0 then f(r + interval '5 days') else null end,
        '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'
      from (select i, timestamptz '2023-01-01 00:00:00+00' + (i::bigint * ${span} / ${N}) * interval '1 second' as r
            from generate_series(1, ${N}) i) t
      join bench_procs p on p.n = i % 16`.execute(db);
      await sql`analyze dossiers`.execute(db);
    }
    console.log(`generated ${N} in ${Date.now() - t0} ms`);
    for (const [from, to, g] of [
      ['2026-01-01', '2026-12-31', 'field'],
      ['2026-01-01', '2026-12-31', 'field'],
      ['2026-01-01', '2026-12-31', 'procedure'],
      ['2026-01-01', '2026-03-31', 'field'],
      ['2023-01-01', '2026-12-31', 'field'],
    ]) {
      const t = Date.now();
      const cpu = process.cpuUsage();
      const res = await admin.get(`/api/v1/one-stop/report?from=${from}&to=${to}&groupBy=${g}`);
      const body = res.json();
      console.log(
        `${from}..${to} ${g}: ${Date.now() - t} ms (node cpu ${Math.round((process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1000)} ms), status ${res.statusCode}, received ${body.total?.received}, rate ${body.total?.onTimeRate}, avg ${body.total?.averageDays}`,
      );
    }
    await h.close();
  }, 1_800_000);
});
