import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, auditAnchorOf, loadConfig } from './config.ts';
import { openDb, type Db } from './db/index.ts';
import { migrateToLatest } from './db/migrate.ts';
import { createAdmin } from './bootstrap.ts';
import { seedDemo } from './seed/demo.ts';
import { verifyAuditChain } from './platform/audit.ts';
import type { AuditAnchor } from './platform/auditKey.ts';
import { backupSqlite, checkSqliteCopy, type CopyCheck } from './platform/backup.ts';
import { generatePassword, hashPassword } from './platform/passwords.ts';
import { importPeople } from './modules/people/import.ts';
import { loadUser } from './platform/session.ts';
import { OrgTree } from './platform/orgtree.ts';
import { VERSION } from './version.ts';

const USAGE = `thidua CLI — npm run cli -- <lệnh>
  migrate                              áp dụng migration
  seed-demo                            nạp dữ liệu mẫu (chỉ vào cơ sở dữ liệu trống)
  create-admin [USERNAME]              tạo tài khoản quản trị (mật khẩu: THIDUA_ADMIN_PASSWORD hoặc sinh ngẫu nhiên)
  import-people FILE.xlsx [--dry-run] [--allow-duplicates] [--as USERNAME]
  audit verify                         kiểm tra chuỗi băm của nhật ký
  backup DEST                          sao lưu SQLite khi máy chủ vẫn chạy, rồi kiểm tra bản sao (PostgreSQL: dùng pg_dump)
  verify-backup FILE                   kiểm tra một bản sao SQLite trước khi khôi phục (tệp, migration, nhật ký)`;

async function run(db: Db, audit: AuditAnchor, args: string[]): Promise<number> {
  const [cmd, ...rest] = args;
  switch (cmd) {
    case 'migrate': {
      const done = await migrateToLatest(db);
      console.log(done.length ? `Đã áp dụng: ${done.join(', ')}` : 'Cơ sở dữ liệu đã ở phiên bản mới nhất.');
      return 0;
    }
    case 'seed-demo': {
      await migrateToLatest(db);
      if (await db.kysely.selectFrom('organisations').select('id').limit(1).executeTakeFirst()) {
        console.error('Cơ sở dữ liệu đã có dữ liệu; chỉ nạp dữ liệu mẫu vào cơ sở dữ liệu trống.');
        return 1;
      }
      const r = await seedDemo(db, { hashPassword });
      console.log(
        `Đã nạp ${r.orgs} đơn vị, ${r.people} cán bộ; tài khoản mẫu: ${r.accounts.map((a) => a.username).join(', ')}`,
      );
      return 0;
    }
    case 'create-admin': {
      await migrateToLatest(db);
      const username = rest[0] ?? 'admin';
      if (await db.kysely.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst()) {
        console.error(`Tài khoản "${username}" đã tồn tại.`);
        return 1;
      }
      const given = process.env.THIDUA_ADMIN_PASSWORD;
      const password = given ?? generatePassword();
      await createAdmin(db, password, !given, username);
      console.log(given ? `Đã tạo ${username}.` : `Đã tạo ${username}; mật khẩu (đổi khi đăng nhập): ${password}`);
      return 0;
    }
    case 'import-people': {
      const file = rest.find((a) => !a.startsWith('--') && rest[rest.indexOf(a) - 1] !== '--as');
      if (!file) return usage();
      const asUser = rest.includes('--as') ? rest[rest.indexOf('--as') + 1] : 'admin';
      const row = await db.kysely
        .selectFrom('users')
        .select('id')
        .where('username', '=', asUser ?? 'admin')
        .executeTakeFirst();
      const user = row && (await loadUser(db.kysely, row.id));
      if (!user) {
        console.error(`Không có tài khoản "${asUser}" để ghi nhận người nhập.`);
        return 1;
      }
      const config = loadConfig();
      const deps = { db, config, tree: new OrgTree(db.kysely), version: VERSION };
      const started = performance.now();
      const result = await importPeople(
        deps,
        user,
        { id: user.id, name: `${user.username} (CLI)` },
        fs.readFileSync(path.resolve(file)),
        {
          dryRun: rest.includes('--dry-run'),
          allowDuplicates: rest.includes('--allow-duplicates'),
        },
      );
      for (const e of result.errors.slice(0, 50)) console.log(`  Dòng ${e.row}, cột ${e.column}: ${e.message}`);
      if (result.errors.length > 50) console.log(`  … và ${result.errors.length - 50} lỗi khác`);
      for (const d of result.duplicates.slice(0, 20))
        console.log(
          `  Dòng ${d.row}: có thể trùng ${d.fullName}${d.otherRow ? ` (dòng ${d.otherRow})` : ' (đã có trong hệ thống)'}`,
        );
      const secs = (performance.now() - started) / 1000;
      console.log(
        `${result.totalRows} dòng, ${result.errors.length} lỗi, ${result.duplicates.length} nghi trùng; đã nhập ${result.imported} (${secs.toFixed(2)} s).`,
      );
      return result.ok ? 0 : 1;
    }
    case 'audit': {
      if (rest[0] !== 'verify') return usage();
      const r = await verifyAuditChain(db.kysely);
      for (const p of r.problems) console.log(`  Mục ${p.seq}: ${p.message}`);
      console.log(
        r.ok
          ? `Nhật ký toàn vẹn: ${r.checked} mục, ${r.heads} bản ghi đầu chuỗi.`
          : `NHẬT KÝ BỊ THAY ĐỔI: ${r.problems.length} vấn đề trong ${r.checked} mục.`,
      );
      // Written down outside the server, this line lets a later check notice a cut made with the key.
      if (r.lastHead)
        console.log(`Đầu chuỗi mới nhất: mục ${r.lastHead.seq}, ${r.lastHead.at}, băm ${r.lastHead.hash}`);
      if (r.unanchored) console.log(`${r.unanchored} mục sau đầu chuỗi mới nhất chưa được neo.`);
      return r.ok ? 0 : 1;
    }
    case 'backup': {
      const dest = rest[0];
      if (!dest) return usage();
      if (!db.sqlite) {
        console.error(
          'Đang dùng PostgreSQL: sao lưu bằng  pg_dump -Fc "$DATABASE_URL" > thidua.dump  (khôi phục: pg_restore -d "$DATABASE_URL" --clean thidua.dump).',
        );
        return 1;
      }
      const r = await backupSqlite(db, dest, audit);
      report(r);
      if (!r.ok) {
        console.error('Bản sao không dùng được để khôi phục; không ghi vào ' + path.resolve(dest) + '.');
        return 1;
      }
      console.log(`Đã sao lưu vào ${path.resolve(dest)} (${(r.bytes / 1e6).toFixed(1)} MB).`);
      return 0;
    }
    case 'verify-backup': {
      const file = rest[0];
      if (!file || !fs.existsSync(file)) return usage();
      const r = await checkSqliteCopy(path.resolve(file), audit);
      report(r);
      console.log(r.ok ? 'Bản sao dùng được để khôi phục.' : 'BẢN SAO KHÔNG DÙNG ĐƯỢC ĐỂ KHÔI PHỤC.');
      return r.ok ? 0 : 1;
    }
    default:
      return usage();
  }
}

function report(r: CopyCheck) {
  if (r.integrity !== 'ok') console.log(`  Tệp hỏng: ${r.integrity}`);
  if (r.pendingMigrations) console.log(`  Thiếu ${r.pendingMigrations} migration so với phiên bản này`);
  for (const p of r.audit.problems.slice(0, 20)) console.log(`  Nhật ký, mục ${p.seq}: ${p.message}`);
  console.log(
    `  Nhật ký: ${r.audit.checked} mục, ${r.audit.heads} bản ghi đầu chuỗi, ${r.audit.ok ? 'toàn vẹn' : 'BỊ THAY ĐỔI'}.`,
  );
}

function usage(): number {
  console.log(USAGE);
  return 2;
}

let code = 1;
try {
  const config = loadConfig();
  const audit = auditAnchorOf(config);
  const db = openDb({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath, audit });
  try {
    code = await run(db, audit, process.argv.slice(2));
  } finally {
    await db.close();
  }
} catch (e) {
  console.error(e instanceof ConfigError ? e.message : `Lỗi: ${(e as Error).message}`);
}
process.exit(code);
