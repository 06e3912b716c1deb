import path from 'node:path';
import { z } from 'zod';
import { resolveAuditKey } from './platform/auditKey.ts';

const Env = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//u, 'DATABASE_URL phải bắt đầu bằng postgres:// (hoặc bỏ trống để dùng SQLite)')
    .optional(),
  THIDUA_DATA_DIR: z.string().min(1).default('./data'),
  THIDUA_ADMIN_PASSWORD: z.string().min(10, 'THIDUA_ADMIN_PASSWORD cần ít nhất 10 ký tự').optional(),
  THIDUA_SEED_DEMO: z.enum(['true', 'false']).default('true'),
  THIDUA_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  THIDUA_SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  THIDUA_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  THIDUA_MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(200).default(20),
  /** Imports reading a workbook at once; each may hold a few hundred MB while it checks the rows. */
  THIDUA_MAX_CONCURRENT_IMPORTS: z.coerce.number().int().min(1).max(64).default(2),
  /** smtp://user:pass@host:587 — empty (the default) leaves mail queued in the outbox, unsent. */
  THIDUA_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//u, 'THIDUA_SMTP_URL phải bắt đầu bằng smtp:// hoặc smtps://')
    .optional(),
  THIDUA_MAIL_FROM: z.string().min(3).default('thidua@localhost'),
  /** How often each server sends what waits in the outbox (seconds). */
  THIDUA_MAIL_EVERY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** The address users open the app at, for links in mail (e.g. https://thidua.sct.thainguyen.gov.vn). */
  THIDUA_PUBLIC_URL: z.string().url('THIDUA_PUBLIC_URL phải là một địa chỉ URL').optional(),
  /** The audit chain's HMAC key (64 hex digits or 32+ characters); empty: <data dir>/audit.key. */
  THIDUA_AUDIT_KEY: z.string().min(32, 'THIDUA_AUDIT_KEY cần ít nhất 32 ký tự (hoặc 64 chữ số hex)').optional(),
  /** A head record of the audit chain every N entries (1: at every audited write; 0: only on the timer). */
  THIDUA_AUDIT_HEAD_EVERY: z.coerce.number().int().min(0).max(1_000_000).default(1),
  THIDUA_AUDIT_HEAD_MINUTES: z.coerce.number().int().min(0).max(1440).default(10),
  /** The built web app the server hands out (default: apps/web/dist of this checkout). */
  THIDUA_WEB_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  sqlitePath: string;
  adminPassword: string | undefined;
  seedDemo: boolean;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  trustProxy: boolean;
  maxUploadBytes: number;
  maxConcurrentImports: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  mailEveryMs: number;
  publicUrl: string | undefined;
  webDir: string | undefined;
  logLevel: string;
  auditKey: string | undefined;
  auditKeyFile: string;
  auditHeadEvery: number;
  auditHeadMinutes: number;
}

export class ConfigError extends Error {}

/** The audit writer's key and cadence for openDb(). */
export const auditAnchorOf = (c: Config) => ({ key: resolveAuditKey(c), headEvery: c.auditHeadEvery });

/** Environment → typed config; every problem is listed in Vietnamese before the process stops. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = Env.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Cấu hình không hợp lệ (Invalid configuration):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.THIDUA_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    sqlitePath: path.join(dataDir, 'thidua.db'),
    adminPassword: e.THIDUA_ADMIN_PASSWORD,
    seedDemo: e.THIDUA_SEED_DEMO === 'true',
    sessionIdleMs: e.THIDUA_SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.THIDUA_SESSION_ABSOLUTE_HOURS * 3_600_000,
    trustProxy: e.THIDUA_TRUST_PROXY === 'true',
    maxUploadBytes: e.THIDUA_MAX_UPLOAD_MB * 1024 * 1024,
    maxConcurrentImports: e.THIDUA_MAX_CONCURRENT_IMPORTS,
    smtpUrl: e.THIDUA_SMTP_URL,
    mailFrom: e.THIDUA_MAIL_FROM,
    mailEveryMs: e.THIDUA_MAIL_EVERY_SECONDS * 1000,
    publicUrl: e.THIDUA_PUBLIC_URL,
    webDir: e.THIDUA_WEB_DIR ? path.resolve(e.THIDUA_WEB_DIR) : undefined,
    logLevel: e.LOG_LEVEL,
    auditKey: e.THIDUA_AUDIT_KEY,
    auditKeyFile: path.join(dataDir, 'audit.key'),
    auditHeadEvery: e.THIDUA_AUDIT_HEAD_EVERY,
    auditHeadMinutes: e.THIDUA_AUDIT_HEAD_MINUTES,
  };
}
