import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import Sqlite from 'better-sqlite3';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../db/index.ts';
import { DEMO_PASSWORD } from '../seed/demo.ts';
import { countOf, expectIssuedWhole, expectRevocationWhole, votedProposal } from './crashData.ts';
import { killAll, kill9, signInHttp, startServer, until, type Server } from './crashServer.ts';
import { ADMIN_PASSWORD, DIALECTS, freshPostgres, multipart } from './harness.ts';

/**
 * kill -9 of the real server while it writes, then a restart: an import is all
 * or nothing, every decision is whole, the register's numbers have no gap, and
 * the audit chain verifies. The kill is timed by watching the database, not the
 * clock: an open writing transaction is what must not leave a trace.
 */
const ROWS = 10_000;
const TEST_APP = 'thidua-crash-test';
const YEAR = 2027;

describe.each(DIALECTS)(
  'kill -9 of the server while it writes (%s)',
  (dialect) => {
    // Made in beforeAll: a dialect filtered out by -t runs no afterAll to remove it.
    let dir: string;
    let sqlitePath: string;
    let env: Record<string, string>;
    let pgdb: Awaited<ReturnType<typeof freshPostgres>> | undefined;
    let probe: pg.Client | Sqlite.Database;
    let server: Server;
    let db: Db;

    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-crash-'));
      sqlitePath = path.join(dir, 'thidua.db');
      pgdb = dialect === 'postgres' ? await freshPostgres() : undefined;
      env = {
        THIDUA_DATA_DIR: dir,
        THIDUA_SEED_DEMO: 'true',
        THIDUA_ADMIN_PASSWORD: ADMIN_PASSWORD,
        // The same key across restarts, as a deployment keeps it.
        THIDUA_AUDIT_KEY: randomBytes(32).toString('hex'),
        DATABASE_URL: pgdb?.url ?? '',
      };
      server = await startServer(env);
      if (pgdb) {
        // Our own connections are named, to tell them from the server's in pg_stat_activity.
        const url = new URL(pgdb.url);
        url.searchParams.set('application_name', TEST_APP);
        db = openDb({ databaseUrl: url.toString() });
        probe = new pg.Client({ connectionString: url.toString() });
        await probe.connect();
      } else {
        db = openDb({ sqlitePath });
        // No busy wait: a refused write lock is the answer we look for.
        probe = new Sqlite(sqlitePath, { timeout: 0 });
      }
    }, 120_000);
    afterAll(async () => {
      await killAll();
      await db?.close();
      if (probe instanceof pg.Client) await probe.end();
      else probe?.close();
      await pgdb?.drop();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    const walSize = () => (fs.existsSync(`${sqlitePath}-wal`) ? fs.statSync(`${sqlitePath}-wal`).size : 0);

    /**
     * True while the server holds a transaction open that has written: rows of `tables` on
     * PostgreSQL; on SQLite, `walBytes` of pages in the WAL (emptied beforehand) while the write
     * lock is held.
     */
    async function writing(tables: string, walBytes: number): Promise<boolean> {
      if (probe instanceof pg.Client) {
        const r = await probe.query(
          `select count(*)::int n from pg_stat_activity
          where datname = current_database() and application_name <> $1
            and backend_xid is not null and query ~* $2`,
          [TEST_APP, `^\\s*insert into "(${tables})"`],
        );
        return (r.rows[0] as { n: number }).n > 0;
      }
      if (walSize() < walBytes) return false;
      // SQLite has one writer: a refused BEGIN IMMEDIATE means the server's write transaction is open.
      try {
        probe.exec('begin immediate');
        probe.exec('rollback');
        return false;
      } catch (e) {
        if ((e as { code?: string }).code === 'SQLITE_BUSY') return true;
        throw e;
      }
    }

    /** The dead server's sessions gone: PostgreSQL has rolled back whatever they held open. */
    async function serverGone() {
      if (!(probe instanceof pg.Client)) return;
      const c = probe;
      await until('the killed server’s connections to close', async () => {
        const r = await c.query(
          `select count(*)::int n from pg_stat_activity
          where datname = current_database() and application_name <> $1 and backend_type = 'client backend'`,
          [TEST_APP],
        );
        return (r.rows[0] as { n: number }).n === 0;
      });
    }

    async function restart() {
      await serverGone();
      server = await startServer(env);
    }

    /** The audit chain as `audit verify` sees it, through the restarted server and its key. */
    async function expectChainVerifies() {
      const admin = await signInHttp(server.base, 'admin', ADMIN_PASSWORD);
      const v = (await (await admin.send('GET', '/api/v1/audit/verify')).json()) as {
        ok: boolean;
        problems: unknown[];
        unanchored: number;
      };
      expect(v.problems).toEqual([]);
      expect(v.ok).toBe(true);
      // The head written at start seals whatever the crash left at the end of the chain.
      expect(v.unanchored).toBe(0);
    }

    it('an import killed while it writes leaves none of its rows, and the chain verifies', async () => {
      const admin = await signInHttp(server.base, 'admin', ADMIN_PASSWORD);
      const org = await db.kysely
        .selectFrom('organisations')
        .select('code')
        .where('parent_id', 'is not', null)
        .executeTakeFirstOrThrow();
      const template = await (await admin.send('GET', '/api/v1/people/import/template.xlsx')).arrayBuffer();
      const peopleOf = (tag: string) =>
        countOf(
          db.kysely
            .selectFrom('people')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('position', '=', tag)
            .executeTakeFirstOrThrow(),
        );

      // An import that outruns the watcher commits whole; then another, until one is caught writing.
      let caught: { tag: string; sha256: string; answer: Promise<number | 'no answer'> } | undefined;
      for (let attempt = 0; attempt < 3 && !caught; attempt++) {
        const tag = `Thử sập ${randomBytes(4).toString('hex')}`;
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(template);
        const ws = wb.worksheets[0]!;
        for (let i = 0; i < ROWS; i++)
          ws.getRow(i + 2).values = [i + 1, 'Nguyễn', 'Văn', 'Ánh', 'Nam', '', tag, org.code, 'Công chức', '', '', ''];
        const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
        const sha256 = createHash('sha256').update(xlsx).digest('hex');
        const file = multipart(xlsx);
        // An empty WAL: what the import then writes before it commits shows as the WAL's size.
        if (db.sqlite)
          expect(db.sqlite.pragma('wal_checkpoint(TRUNCATE)')).toEqual([{ busy: 0, log: 0, checkpointed: 0 }]);
        const answer = admin
          .send('POST', '/api/v1/people/import?dryRun=false&allowDuplicates=true', file.body, file.type)
          .then(
            (r) => r.status,
            () => 'no answer' as const,
          );
        let answered = false;
        void answer.then(() => (answered = true));
        // A megabyte of pages: the import's rows spilling from the cache, not a session's touch.
        await until(
          'the import to write or answer',
          async () => answered || (await writing('people|people_name_suffixes|audit_log', 1_000_000)),
        );
        if (answered) {
          expect(await answer).toBe(200);
          expect(await peopleOf(tag)).toBe(ROWS);
          continue;
        }
        caught = { tag, sha256, answer };
        console.info(`[crash ${dialect}] import caught writing at attempt ${attempt + 1}`);
      }
      expect(caught, 'every import committed before the watcher saw it write').toBeDefined();
      const wal = walSize();
      await kill9(server);
      console.info(
        `[crash ${dialect}] import killed while its transaction was open and writing${db.sqlite ? ` (WAL ${wal} bytes)` : ''}`,
      );
      expect(await caught!.answer).toBe('no answer');
      await restart();

      const n = await peopleOf(caught!.tag);
      console.info(`[crash ${dialect}] after restart: ${n} of ${ROWS} imported rows present`);
      expect([0, ROWS]).toContain(n);
      // One audit entry per import, naming the file by its hash: there exactly when the people are.
      const audited = await countOf(
        db.kysely
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('action', '=', 'people.imported')
          .where('after_json', 'like', `%${caught!.sha256}%`)
          .executeTakeFirstOrThrow(),
      );
      expect(audited).toBe(n === ROWS ? 1 : 0);
      await expectChainVerifies();
    }, 120_000);

    it('decisions issued and revoked at once, killed midway: each whole or absent, numbers without a gap, the chain verifies', async () => {
      const K = 8;
      const leader = await signInHttp(server.base, 'lanhdao', DEMO_PASSWORD);
      const people = await db.kysely
        .selectFrom('people')
        .select(['id', 'org_id'])
        .where('status', '=', 'working')
        .orderBy('id')
        .limit(K)
        .execute();
      const proposals: string[] = [];
      for (const p of people) proposals.push(await votedProposal(db.kysely, p, YEAR - 1));
      const targets = (
        await db.kysely
          .selectFrom('decisions')
          .select('id')
          .where('status', '=', 'issued')
          .where('kind', '=', 'award')
          .where('level', '=', 'here')
          .orderBy('id')
          .limit(K)
          .execute()
      ).map((d) => d.id);
      expect(targets).toHaveLength(K);
      const counterBefore = await db.kysely
        .selectFrom('decision_counters')
        .select('last')
        .where('year', '=', YEAR)
        .executeTakeFirst();
      const base = Number(counterBefore?.last ?? 0);
      const committed = () =>
        countOf(
          db.kysely
            .selectFrom('decisions')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('year', '=', YEAR)
            .executeTakeFirstOrThrow(),
        );
      const signer = 'Lương Thị Thuỳ Dương';
      // Issuing and revoking interleaved: both take their numbers from the one register of the year.
      const requests = proposals.flatMap((proposalId, i) => [
        { proposalId, revokes: undefined },
        { proposalId: undefined, revokes: targets[i]! },
      ]);
      const answers = requests.map((r) =>
        (r.proposalId
          ? leader.send('POST', '/api/v1/decisions', {
              proposalIds: [r.proposalId],
              signedOn: `${YEAR}-01-15`,
              signer,
              confirmCount: 1,
            })
          : leader.send('POST', `/api/v1/decisions/${r.revokes}/revoke`, {
              reason: 'Thu hồi để kiểm thử khi máy chủ dừng đột ngột',
              signedOn: `${YEAR}-01-15`,
              signer,
            })
        ).then(
          async (res) => ({
            status: res.status,
            id: res.status === 200 ? ((await res.json()) as { id: string }).id : '',
          }),
          () => ({ status: 'no answer' as const, id: '' }),
        ),
      );
      // Kill once a few have committed, while the others are still being written.
      await until('decisions to commit', async () => (await committed()) >= 3);
      await kill9(server);
      const results = await Promise.all(answers);
      const unanswered = results.filter((r) => r.status === 'no answer').length;
      console.info(
        `[crash ${dialect}] killed with ${await committed()} of ${requests.length} decisions committed; ${unanswered} requests unanswered`,
      );
      // The kill came mid-burst: some requests never got their answer.
      expect(unanswered).toBeGreaterThan(0);
      expect(results.filter((r) => r.status !== 200 && r.status !== 'no answer')).toEqual([]);
      await restart();

      const issued = await db.kysely.selectFrom('decisions').selectAll().where('year', '=', YEAR).execute();
      // The register: every number taken since is a decision, none twice, none missing.
      const counter = await db.kysely
        .selectFrom('decision_counters')
        .select(['symbol', 'last'])
        .where('year', '=', YEAR)
        .execute();
      expect(counter).toHaveLength(1);
      const seqs = issued.map((d) => Number(d.seq)).sort((a, b) => a - b);
      expect(seqs).toEqual(Array.from({ length: Number(counter[0]!.last) - base }, (_, i) => base + i + 1));
      expect(issued.every((d) => d.symbol === counter[0]!.symbol)).toBe(true);
      // No acknowledged decision lost.
      for (const r of results.filter((x) => x.status === 200)) expect(issued.map((d) => d.id)).toContain(r.id);

      // Each request whole or absent, and every decision of the year one of them.
      const done: (string | null)[] = [];
      for (const proposalId of proposals) done.push(await expectIssuedWhole(db.kysely, proposalId, issued));
      for (const target of targets) done.push(await expectRevocationWhole(db.kysely, target, issued));
      expect(done.filter((id) => id !== null).sort()).toEqual(issued.map((d) => d.id).sort());
      await expectChainVerifies();
    }, 120_000);
  },
  120_000,
);
