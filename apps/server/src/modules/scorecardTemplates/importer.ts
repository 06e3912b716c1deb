import { createHash } from 'node:crypto';
import { ScorecardItemInput } from '@thidua/contracts';
import { searchKey } from '@thidua/domain';
import type { RequestUser } from '../../platform/access.ts';
import type { Actor } from '../../platform/audit.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { eachSheetRow, type CellValue, type SheetRow } from '../../platform/documents/xlsxReader.ts';
import { AppError, forbidden } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { SCORECARD_SOURCES } from '../scorecards/sources/index.ts';
import { canKeepTemplates } from './policy.ts';
import { itemRows, templateRow } from './queries.ts';
import { getTemplate } from './service.ts';
import {
  CAP_LABELS,
  capOf,
  COLUMNS,
  HEADER_OF,
  kindOf,
  methodOf,
  parentCodeOf,
  pointsOf,
  ruleOf,
  textOf,
  type CapKey,
  type ColumnKey,
} from './sheet.ts';
import { points, templateProblems, walk, type PlacedItem } from './tree.ts';
import { assertEditable, replaceTree } from './write.ts';

/** A template holds a few hundred items at most; a file far beyond that is a mistake. */
const MAX_ROWS = 2_000;
const HEADER_WITHIN = 5;
type RowError = { row: number; column: string; message: string };

async function readSheet(buffer: Buffer) {
  const rows: SheetRow[] = [];
  await eachSheetRow(buffer, { maxRows: MAX_ROWS, headerRows: HEADER_WITHIN }, (r) => rows.push(r));
  const headerRow = rows.find((r) => r.number <= HEADER_WITHIN && r.cells.some((c) => textOf(c) === HEADER_OF.name));
  const index = new Map<ColumnKey, number>();
  headerRow?.cells.forEach((c, i) => {
    const col = COLUMNS.find((x) => x.header === textOf(c));
    if (col) index.set(col.key, i);
  });
  // Every column by its exact name: a renamed one would silently import as empty.
  const missing = COLUMNS.filter((c) => !index.has(c.key)).map((c) => c.header);
  if (missing.length)
    throw new AppError(
      400,
      'missing_columns',
      `Tệp thiếu cột: ${missing.join(', ')}. Hãy dùng tệp xuất từ bảng điểm (không đổi tên cột).`,
      missing.map((m) => ({ path: `columns.${m}`, message: 'Thiếu cột (hoặc đã bị đổi tên)' })),
    );
  const data = rows.filter((r) => r.number > headerRow!.number && r.cells.some((c) => textOf(c) !== ''));
  return { data, index };
}

const capsOf = (t: { bonus_cap: number; penalty_cap: number }) => ({
  bonusCap: points(t.bonus_cap),
  penaltyCap: points(t.penalty_cap),
});

/** The column a problem of the whole tree concerns, read from its message (the domain names no field). */
const columnOfProblem = (message: string): ColumnKey =>
  /nguồn số liệu/u.test(message)
    ? 'source'
    : /quy tắc/u.test(message)
      ? 'scoring'
      : /mã tiêu chí/u.test(message)
        ? 'code'
        : /chỉ được đặt|cấp cao nhất|tối đa 3 cấp|tiêu chí con/u.test(message) && !/tổng điểm/u.test(message)
          ? 'kind'
          : 'maxPoints';

/** A source by its key or its label (a clerk may type the label he sees). */
const sourceKeyOf = (s: string): string | null =>
  !s ? null : (SCORECARD_SOURCES.find((x) => x.key === s || searchKey(x.label) === searchKey(s))?.key ?? s);

const columnOfPath = (path: readonly PropertyKey[]): string =>
  HEADER_OF[String(path[0]) as ColumnKey] ?? HEADER_OF.name;

/**
 * Reads a template's tree from a workbook in the export's layout (the hierarchy from the codes), checks every row
 * and the tree as a whole, and replaces the draft's tree only when nothing is wrong (all-or-nothing). Items whose
 * code the template already has keep their ids.
 */
export async function importTemplate(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  id: string,
  buffer: Buffer,
  opts: { dryRun: boolean; fileName?: string },
) {
  if (!canKeepTemplates(user)) throw forbidden('Chỉ bộ phận thi đua – khen thưởng soạn và sửa bảng điểm.');
  const db = deps.db.kysely;
  const t = await templateRow(db, id);
  await assertEditable(db, t, 'nhập từ tệp');
  const { data, index } = await readSheet(buffer);
  if (!data.length)
    throw new AppError(400, 'no_rows', 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.', [
      { path: 'file', message: 'Không có dữ liệu' },
    ]);
  const idOfCode = new Map((await itemRows(db, [id])).map((r) => [r.code.trim().toLowerCase(), r.id]));
  const errors: RowError[] = [];
  const roots: PlacedItem[] = [];
  const byCode = new Map<string, { item: PlacedItem; row: number }>();
  const rowOf = new Map<string, number>();
  const refused = new Set<string>();
  const caps: Record<CapKey, number> = capsOf(t);
  const capRows = new Map<CapKey, number>();
  /** A cap row: a number from 0, once per file. */
  const readCap = (key: CapKey, v: CellValue, push: (k: ColumnKey, message: string) => void) => {
    const label = CAP_LABELS[key];
    const value = pointsOf(v);
    if (capRows.has(key)) return push('kind', `${label} đã ghi ở dòng ${capRows.get(key)} của tệp`);
    if (value === undefined || Number.isNaN(value) || value < 0 || value > 1000)
      return push('maxPoints', `${label} phải là một số từ 0 đến 1000 (đang ghi "${textOf(v)}")`);
    caps[key] = Math.round(value * 100) / 100;
    capRows.set(key, current);
  };
  let current = 0;
  for (const row of data) {
    current = row.number;
    const cell = (k: ColumnKey) => row.cells[index.get(k)!] ?? null;
    const txt = (k: ColumnKey) => textOf(cell(k));
    const push = (k: ColumnKey, message: string) => errors.push({ row: row.number, column: HEADER_OF[k], message });
    const before = errors.length;
    const cap = capOf(txt('kind'));
    if (cap) {
      readCap(cap, cell('maxPoints'), push);
      continue;
    }
    const kind = kindOf(txt('kind'));
    if (!kind)
      push(
        'kind',
        `Loại "${txt('kind')}" không rõ: ghi Lĩnh vực, Tiêu chí, Tiêu chí thành phần, Điểm thưởng hoặc Điểm trừ`,
      );
    const max = pointsOf(cell('maxPoints'));
    if (max === undefined) push('maxPoints', 'Chưa ghi điểm tối đa');
    else if (Number.isNaN(max)) push('maxPoints', `Điểm tối đa phải là một số (đang ghi "${txt('maxPoints')}")`);
    const method = methodOf(txt('method'));
    if (!method) push('method', `Cách chấm "${txt('method')}": ghi Chấm thủ công hoặc Tính từ số liệu`);
    const rule = ruleOf(txt('scoring'));
    if ('error' in rule) push('scoring', rule.error);
    const checked = ScorecardItemInput.safeParse({
      code: txt('code'),
      kind: kind ?? 'criterion',
      name: txt('name'),
      maxPoints: max !== undefined && !Number.isNaN(max) ? max : 0,
      guidance: txt('guidance'),
      evidence: txt('evidence'),
      method: method ?? 'manual',
      source: sourceKeyOf(txt('source')),
      scoring: 'rule' in rule ? rule.rule : null,
    });
    if (!checked.success) for (const i of checked.error.issues) push(columnOfPath(i.path) as ColumnKey, i.message);
    const code = txt('code');
    const key = code.toLowerCase();
    const parentCode = parentCodeOf(code);
    // A row refused is not placed in the tree; its children are not, and say nothing more than its error.
    if (errors.length > before || !checked.success || (parentCode && refused.has(parentCode.toLowerCase()))) {
      refused.add(key);
      continue;
    }
    const first = byCode.get(key);
    if (first) {
      push('code', `Mã ${code} trùng với dòng ${first.row} của tệp`);
      continue;
    }
    const item: PlacedItem = { ...checked.data, code, id: idOfCode.get(key) ?? newId(), children: [] };
    const parent = parentCode ? byCode.get(parentCode.toLowerCase()) : undefined;
    if (parentCode && !parent) {
      push('code', `Mã ${code}: chưa có mục ${parentCode} ở dòng trên (mục cha phải đứng trước mục con)`);
      continue;
    }
    (parent ? parent.item.children : roots).push(item);
    byCode.set(key, { item, row: row.number });
    rowOf.set(item.id, row.number);
  }
  if (!errors.length) {
    // The tree as a whole: children above their parent, caps, sources — on the rows they concern.
    for (const p of templateProblems(roots, caps))
      if (p.severity === 'error')
        errors.push({
          row: (p.itemId && rowOf.get(p.itemId)) || data[0]!.number,
          column: HEADER_OF[columnOfProblem(p.message)],
          message: p.message,
        });
  }
  errors.sort((a, b) => a.row - b.row);
  const result = { ok: errors.length === 0, dryRun: opts.dryRun, totalRows: data.length, imported: 0, errors };
  if (errors.length || opts.dryRun) return { ...result, template: null };
  const now = nowIsoOf(clockOf(deps));
  await db.transaction().execute(async (trx) => {
    const fresh = await templateRow(trx, id);
    await assertEditable(trx, fresh, 'nhập từ tệp');
    const fields = { name: fresh.name, basis: fresh.basis, ...caps };
    await replaceTree(trx, actor, fresh, fresh.version, fields, roots, now, 'scorecard_template.imported', {
      fileName: opts.fileName ?? '',
      fileBytes: buffer.length,
      fileSha256: createHash('sha256').update(buffer).digest('hex'),
    });
  });
  return { ...result, imported: walk(roots).length, template: await getTemplate(deps, user, id) };
}
