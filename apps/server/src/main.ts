import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, auditAnchorOf, loadConfig } from './config.ts';
import { openDb } from './db/index.ts';
import { prepareDatabase } from './bootstrap.ts';
import { buildApp } from './app.ts';
import { sendQueued, smtpTransport } from './platform/mail.ts';
import { OrgTree } from './platform/orgtree.ts';
import { VERSION } from './version.ts';
import { writeAuditHead } from './platform/auditHeads.ts';
import { TestClockRefused, testClockFromEnv } from './platform/testClock.ts';
import { remindSubmissions } from './modules/statValues/reminders.ts';
import { sweepTasks } from './modules/workTasks/sweep.ts';

const started = performance.now();
let config;
try {
  config = loadConfig();
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(2);
  }
  throw e;
}
let testClock;
try {
  testClock = testClockFromEnv();
} catch (e) {
  if (e instanceof TestClockRefused) {
    console.error(e.message);
    process.exit(2);
  }
  throw e;
}

let audit;
try {
  audit = auditAnchorOf(config);
} catch (e) {
  console.error(`Không đọc hoặc tạo được khoá nhật ký (${config.auditKeyFile}): ${(e as Error).message}`);
  process.exit(2);
}
const db = openDb({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath, audit });
let prepared;
try {
  prepared = await prepareDatabase(db, config);
  // A head at start seals what is there (entries of before the key, or a tail left by a crash).
  await writeAuditHead(db.kysely, 'start');
} catch (e) {
  console.error(`Không kết nối hoặc chuẩn bị được cơ sở dữ liệu (${db.dialect}): ${(e as Error).message}`);
  process.exit(3);
}
const webDir = config.webDir ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');
const deps = { db, config, tree: new OrgTree(db.kysely), version: VERSION, clock: testClock };
const app = await buildApp(deps, { logger: { level: config.logLevel }, webDir });
try {
  await app.listen({ port: config.port, host: config.host });
} catch (e) {
  console.error(`Không mở được cổng ${config.port}: ${(e as Error).message}. Đặt biến PORT để dùng cổng khác.`);
  process.exit(4);
}

// Mail leaves the outbox only when an SMTP server is configured; otherwise it waits there, visible to the office.
// Every server sends: each mail is claimed by one of them (platform/mail.ts), and a round never overlaps the last.
if (config.smtpUrl) {
  const transport = smtpTransport(config.smtpUrl);
  setInterval(() => {
    sendQueued(db.kysely, transport, config.mailFrom).catch((e: Error) => app.log.error(`Gửi thư: ${e.message}`));
  }, config.mailEveryMs).unref();
}

// Statistics deadlines: reporters of units still open are reminded (at most once a day per unit and period).
const remind = () =>
  remindSubmissions(deps).catch((e: Error) => app.log.error(`Nhắc hạn báo cáo thống kê: ${e.message}`));
setTimeout(remind, 60_000).unref();
setInterval(remind, 3_600_000).unref();

// Work programmes: tasks past their deadline are marked overdue, units are reminded before and after deadlines.
const sweep = () => sweepTasks(deps).catch((e: Error) => app.log.error(`Nhắc hạn nhiệm vụ: ${e.message}`));
setTimeout(sweep, 60_000).unref();
setInterval(sweep, 3_600_000).unref();

if (config.auditHeadMinutes > 0)
  setInterval(() => {
    writeAuditHead(db.kysely, 'timer').catch((e: Error) => app.log.error(`Ghi đầu chuỗi nhật ký: ${e.message}`));
  }, config.auditHeadMinutes * 60_000).unref();

const where = config.databaseUrl ? 'PostgreSQL' : config.sqlitePath;
const lines = [
  '',
  `thidua ${VERSION} đang chạy tại http://localhost:${config.port}  (sẵn sàng sau ${Math.round(performance.now() - started)} ms)`,
  `Cơ sở dữ liệu: ${where}${prepared.migrated.length ? `; đã áp dụng ${prepared.migrated.length} migration` : ''}`,
];
if (testClock)
  lines.push(
    'Đồng hồ kiểm thử đang bật (THIDUA_TEST_CLOCK=1): quản trị viên đặt được giờ máy chủ qua /api/v1/test/clock.',
  );
if (prepared.generatedAdminPassword)
  lines.push(
    'Tài khoản quản trị đầu tiên (chỉ in một lần — hãy lưu lại, sẽ phải đổi khi đăng nhập):',
    `  Tên đăng nhập: admin    Mật khẩu: ${prepared.generatedAdminPassword}`,
  );
else if (prepared.adminCreated) lines.push('Tài khoản quản trị: admin (mật khẩu lấy từ THIDUA_ADMIN_PASSWORD).');
else lines.push('Đăng nhập bằng tài khoản admin hoặc tài khoản đã được cấp.');
if (prepared.seeded)
  lines.push(
    `Dữ liệu mẫu: Sở Công Thương tỉnh Thái Nguyên. Tài khoản mẫu (mật khẩu ${prepared.demoAccounts[0]?.password ?? ''}): ${prepared.demoAccounts.map((a) => a.username).join(', ')}`,
  );
console.log(lines.join('\n'));

const shutdown = async () => {
  await app.close();
  await writeAuditHead(db.kysely, 'stop').catch((e: Error) => console.error(`Ghi đầu chuỗi nhật ký: ${e.message}`));
  await db.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
