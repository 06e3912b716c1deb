/**
 * P3: Excel import of N staff rows, validated and all-or-nothing, through the
 * same service the API uses. Prints rows/s and the process's peak RSS.
 *   npx tsx bench/src/importBench.ts [--rows 100000] [--db sqlite|postgres]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { openDb } from '../../apps/server/src/db/index.ts';
import { prepareDatabase } from '../../apps/server/src/bootstrap.ts';
import { loadConfig } from '../../apps/server/src/config.ts';
import { OrgTree } from '../../apps/server/src/platform/orgtree.ts';
import { loadUser } from '../../apps/server/src/platform/session.ts';
import { importPeople } from '../../apps/server/src/modules/people/import.ts';
import { COLUMNS } from '../../apps/server/src/modules/people/sheet.ts';
import { Rng, randomName } from '../../apps/server/src/seed/names.ts';
import { freshDatabase } from './databases.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};

async function writeSheet(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
  const ws = wb.addWorksheet('Danh sách cán bộ');
  ws.addRow(['STT', ...COLUMNS.map((c) => c.header)]).commit();
  const rng = new Rng(7);
  const units = ['VP', 'TTR', 'KHTC', 'QLCN', 'QLTM', 'QLNL', 'QLTT-D1', 'TTKC'];
  for (let i = 0; i < rows; i++) {
    const n = randomName(rng, i % 2 ? 'male' : 'female');
    ws.addRow([
      i + 1,
      n.familyName,
      n.middleName,
      n.givenName,
      n.gender === 'female' ? 'Nữ' : 'Nam',
      `${String((i % 28) + 1).padStart(2, '0')}/${String((i % 12) + 1).padStart(2, '0')}/${1960 + (i % 40)}`,
      'Chuyên viên',
      units[i % units.length],
      'Công chức',
      '01/03/2010',
      'Đang công tác',
      `0${String(190000000000 + i).slice(1)}`,
    ]).commit();
  }
  await wb.commit();
}

const rows = Number(arg('rows', '100000'));
const dialect = arg('db', 'sqlite') as 'sqlite' | 'postgres';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-import-'));
const file = path.join(dir, `staff-${rows}.xlsx`);
await writeSheet(file, rows);
const target = await freshDatabase(dialect);
const config = loadConfig({ THIDUA_ADMIN_PASSWORD: 'Bench-import-2026', ...target.serverEnv });
const db = openDb({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath });
await prepareDatabase(db, config);
const admin = await db.kysely
  .selectFrom('users')
  .select('id')
  .where('username', '=', 'admin')
  .executeTakeFirstOrThrow();
const user = (await loadUser(db.kysely, admin.id))!;
const deps = { db, config, tree: new OrgTree(db.kysely), version: 'bench' };
const buffer = fs.readFileSync(file);
const started = performance.now();
const result = await importPeople(deps, user, { id: user.id, name: 'bench' }, buffer, {
  dryRun: false,
  allowDuplicates: true,
});
const secs = (performance.now() - started) / 1000;
for (const e of result.errors.slice(0, 5)) console.error(`row ${e.row}, ${e.column}: ${e.message}`);
const rss = Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
console.log(
  `| ${dialect} | ${rows.toLocaleString('en')} | ${(buffer.length / 1e6).toFixed(1)} MB | ${result.imported.toLocaleString('en')} | ${result.errors.length} | ${secs.toFixed(2)} s | ${Math.round(result.imported / secs).toLocaleString('en')} rows/s | ${Math.round(rss)} MB |`,
);
await db.close();
await target.drop();
fs.rmSync(dir, { recursive: true, force: true });
