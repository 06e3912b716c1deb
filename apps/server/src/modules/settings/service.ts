import type { z } from 'zod';
import type { Kysely, Transaction } from 'kysely';
import {
  SETTING_AREA_LABELS,
  SETTING_DEFS,
  SETTING_KEYS,
  isSettingKey,
  type SettingKey,
  type SettingValues,
  type SettingView,
} from '@thidua/contracts';
import type { Database } from '../../db/schema.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { AppError, badRequest, notFound, staleVersion, zodFieldErrors } from '../../platform/errors.ts';

type Executor = Kysely<Database> | Transaction<Database>;
type Row = Database['settings'];
type View = z.infer<typeof SettingView>;

/**
 * Settings are read from the table on every use, never kept in the process: several servers share
 * one database, and a value cached in one of them would go stale the moment an admin saves on
 * another. The table holds a dozen short rows, read by primary key or whole.
 */
function parsed<K extends SettingKey>(key: K, row: Row | undefined): SettingValues[K] {
  if (!row) return SETTING_DEFS[key].default as SettingValues[K];
  const res = SETTING_DEFS[key].schema.safeParse(JSON.parse(row.value));
  // Written only through saveSetting, which validated it: a refusal here means a release tightened
  // the schema. Say so rather than judge with a value nobody chose.
  if (!res.success)
    throw new AppError(
      500,
      'internal_error',
      `Giá trị đang lưu của cấu hình "${SETTING_DEFS[key].label}" không còn hợp lệ: quản trị viên cần sửa lại trên trang Cấu hình.`,
    );
  return res.data as SettingValues[K];
}

/** One setting's value in force (the stored one, else the default). Use the caller's transaction when there is one. */
export async function getSetting<K extends SettingKey>(db: Executor, key: K): Promise<SettingValues[K]> {
  const row = await db.selectFrom('settings').selectAll().where('key', '=', key).executeTakeFirst();
  return parsed(key, row);
}

/** Every setting's value in force, in one query. */
export async function readSettings(db: Executor): Promise<SettingValues> {
  const rows = await db.selectFrom('settings').selectAll().execute();
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return Object.fromEntries(SETTING_KEYS.map((k) => [k, parsed(k, byKey.get(k))])) as SettingValues;
}

function view(key: SettingKey, row: Row | undefined): View {
  const d = SETTING_DEFS[key];
  return {
    key,
    area: d.area,
    areaLabel: SETTING_AREA_LABELS[d.area],
    label: d.label,
    help: d.help,
    tag: d.tag,
    source: d.source,
    value: row ? JSON.parse(row.value) : d.default,
    default: d.default,
    isDefault: !row,
    version: row?.version ?? 0,
    updatedBy: row?.updated_by ?? null,
    updatedAt: row?.updated_at ?? null,
    form: d.form,
  };
}

function keyOf(key: string): SettingKey {
  if (!isSettingKey(key)) throw notFound(`cấu hình "${key}"`);
  return key;
}

export async function listSettings(db: Executor): Promise<View[]> {
  const rows = await db.selectFrom('settings').selectAll().execute();
  return SETTING_KEYS.map((k) =>
    view(
      k,
      rows.find((r) => r.key === k),
    ),
  );
}

export async function showSetting(db: Executor, key: string): Promise<View> {
  const k = keyOf(key);
  return view(k, await db.selectFrom('settings').selectAll().where('key', '=', k).executeTakeFirst());
}

const auditView = (row: Row | undefined) => (row ? { value: JSON.parse(row.value), version: row.version } : null);

/**
 * Stores a value at the version the admin read (0: the default was shown). The row count of the
 * conditional write decides, not the read, so two admins saving the same version cannot both win.
 */
export async function saveSetting(
  db: Kysely<Database>,
  actor: Actor,
  key: string,
  input: { value: unknown; version: number },
  now: string,
): Promise<View> {
  const k = keyOf(key);
  const d = SETTING_DEFS[k];
  const res = d.schema.safeParse(input.value);
  if (!res.success) {
    const errors = zodFieldErrors(res.error.issues, 'value');
    throw badRequest(
      'validation_failed',
      `Giá trị cấu hình "${d.label}" chưa hợp lệ: ${errors.map((e) => e.message).join('; ')}.`,
      errors,
    );
  }
  const value = JSON.stringify(res.data);
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('settings').selectAll().where('key', '=', k).executeTakeFirst();
    if ((before?.version ?? 0) !== input.version) throw staleVersion();
    const written = before
      ? (
          await trx
            .updateTable('settings')
            .set({ value, version: before.version + 1, updated_by: actor.name, updated_at: now })
            .where('key', '=', k)
            .where('version', '=', before.version)
            .executeTakeFirst()
        ).numUpdatedRows
      : (
          await trx
            .insertInto('settings')
            .values({ key: k, value, version: 1, updated_by: actor.name, updated_at: now, created_at: now })
            .onConflict((oc) => oc.column('key').doNothing())
            .executeTakeFirst()
        ).numInsertedOrUpdatedRows;
    if (Number(written) !== 1) throw staleVersion();
    const after = await trx.selectFrom('settings').selectAll().where('key', '=', k).executeTakeFirstOrThrow();
    await appendAudit(trx, actor, 'setting.saved', 'setting', k, auditView(before), auditView(after));
    return view(k, after);
  });
}

/** Back to the default: the row goes (a key without a row has its default), at the version read. */
export async function resetSetting(db: Kysely<Database>, actor: Actor, key: string, version: number): Promise<View> {
  const k = keyOf(key);
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('settings').selectAll().where('key', '=', k).executeTakeFirst();
    if ((before?.version ?? 0) !== version) throw staleVersion();
    if (before) {
      const res = await trx
        .deleteFrom('settings')
        .where('key', '=', k)
        .where('version', '=', before.version)
        .executeTakeFirst();
      if (Number(res.numDeletedRows) !== 1) throw staleVersion();
      await appendAudit(trx, actor, 'setting.reset', 'setting', k, auditView(before), {
        value: SETTING_DEFS[k].default,
        default: true,
      });
    }
    return view(k, undefined);
  });
}
