import { createHash } from 'node:crypto';
import { CreateProcedureRequest, PublishingDecision, type ImportRowError } from '@thidua/contracts';

type RowError = z.infer<typeof ImportRowError>;
import {
  ONLINE_LEVELS,
  PROCEDURE_FIELD_LABELS,
  PROCEDURE_LEVEL_LABELS,
  type ProcedureField,
  type ProcedureLevel,
} from '@thidua/domain';
import type { z } from 'zod';
import type { RequestUser } from '../../platform/access.ts';
import { appendAudit, type Actor } from '../../platform/audit.ts';
import { nowIsoOf } from '../../platform/clock.ts';
import { clockOf, type Deps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { eachSheetRow, type SheetRow } from '../../platform/documents/xlsxReader.ts';
import { canEditCatalog } from './policy.ts';
import { departmentId, insertProcedure } from './service.ts';
import { publishInserted } from './importPublish.ts';
import {
  COLUMNS,
  HEADER_OF,
  ONLINE_SHORT,
  REQUIRED,
  boolOf,
  codeOf,
  dateOf,
  documentKindOf,
  linesOf,
  numberOf,
  textOf,
  timeUnitOf,
  type CellProblem,
  type ColumnKey,
} from './sheet.ts';

/** The catalog is a few hundred procedures; a file far beyond it is a mistake. */
const MAX_ROWS = 5_000;
const HEADER_WITHIN = 5;

type Candidate = z.output<typeof CreateProcedureRequest>;
interface Parsed {
  row: number;
  input: Candidate;
  decision: z.output<typeof PublishingDecision> | null;
}
export interface ProcedureImportOptions {
  dryRun: boolean;
  fileName?: string;
}

const columnOfPath = (path: readonly PropertyKey[]): ColumnKey => {
  const [head, second] = path.map(String);
  if (head !== 'content') return (head as ColumnKey) in HEADER_OF ? (head as ColumnKey) : 'code';
  if (second === 'time') return path[2] === 'unit' ? 'timeUnit' : 'timeAmount';
  return (second as ColumnKey) in HEADER_OF ? (second as ColumnKey) : 'name';
};

/** One sheet row → the request the form would send, with what could not even be read as problems. */
function candidateOf(cell: (k: ColumnKey) => SheetRow['cells'][number], problems: CellProblem[]) {
  const t = (k: ColumnKey) => textOf(cell(k));
  const unit = (k: ColumnKey, s: string) => {
    const u = timeUnitOf(s);
    if (!u)
      problems.push({ column: k, message: `Đơn vị thời gian "${s}": dùng ngày làm việc, ngày hoặc giờ làm việc` });
    return u ?? 'working_days';
  };
  const coded = <K extends string>(k: ColumnKey, labels: Record<K, string>, what: string): K => {
    const v = codeOf(labels, t(k));
    if (!v && t(k)) problems.push({ column: k, message: `${what} "${t(k)}" không có trong danh mục` });
    return v ?? (t(k) as K);
  };
  const online = codeOf(ONLINE_SHORT, t('onlineLevel'));
  if (t('onlineLevel') && !online)
    problems.push({ column: 'onlineLevel', message: `Dùng một trong: ${Object.values(ONLINE_SHORT).join(', ')}` });
  return {
    code: t('code'),
    name: t('name'),
    field: coded<ProcedureField>('field', PROCEDURE_FIELD_LABELS, 'Lĩnh vực'),
    level: coded<ProcedureLevel>('level', PROCEDURE_LEVEL_LABELS, 'Cấp thực hiện'),
    agency: t('agency'),
    interAgency: boolOf(cell('interAgency')),
    onlineLevel: online ?? ONLINE_LEVELS[2],
    content: {
      legalBasis: t('legalBasis'),
      time: { amount: numberOf(cell('timeAmount')), unit: unit('timeUnit', t('timeUnit')) },
      noAppointment: boolOf(cell('noAppointment')),
      fees: linesOf(cell('fees'), 'fees', 3, problems).map(([name, amount, note]) => ({
        name,
        amount: numberOf(amount ?? ''),
        note,
      })),
      documents: linesOf(cell('documents'), 'documents', 4, problems).map(([name, kind, count, required]) => {
        const k = documentKindOf(kind ?? '');
        if (!k)
          problems.push({
            column: 'documents',
            message: `Giấy tờ "${name}": loại "${kind}" không rõ (bản chính, bản sao…)`,
          });
        return {
          name,
          kind: k ?? 'either',
          count: numberOf(count ?? '') ?? 1,
          required: !/^khong/iu.test(
            textOf(required ?? '')
              .normalize('NFD')
              .replace(/\p{M}/gu, ''),
          ),
        };
      }),
      steps: linesOf(cell('steps'), 'steps', 5, problems).map(([name, unitName, role, amount, tu]) => ({
        name,
        unit: unitName,
        role,
        amount: numberOf(amount ?? ''),
        timeUnit: unit('steps', tu ?? ''),
      })),
      legs: linesOf(cell('legs'), 'legs', 4, problems).map(([agency, name, amount, tu]) => ({
        agency,
        name,
        amount: numberOf(amount ?? ''),
        timeUnit: unit('legs', tu ?? ''),
      })),
      result: t('result'),
      resultValidity: t('resultValidity'),
      complianceCost: numberOf(cell('complianceCost')) ?? 0,
      yearlyDossiers: numberOf(cell('yearlyDossiers')) ?? 0,
      changeNote: t('changeNote'),
      effectiveFrom: dateOf(cell('effectiveFrom')),
      effectiveTo: null,
    },
  };
}

async function readSheet(buffer: Buffer) {
  const rows: SheetRow[] = [];
  await eachSheetRow(buffer, { maxRows: MAX_ROWS, headerRows: HEADER_WITHIN }, (r) => rows.push(r));
  const headerRow = rows.find((r) => r.number <= HEADER_WITHIN && r.cells.some((c) => textOf(c) === HEADER_OF.code));
  const index = new Map<ColumnKey, number>();
  headerRow?.cells.forEach((c, i) => {
    const col = COLUMNS.find((x) => x.header === textOf(c));
    if (col) index.set(col.key, i);
  });
  const missing = REQUIRED.filter((k) => !index.has(k)).map((k) => HEADER_OF[k]);
  if (missing.length)
    throw new AppError(
      400,
      'missing_columns',
      `Tệp thiếu cột bắt buộc: ${missing.join(', ')}. Hãy dùng tệp xuất từ danh mục (không đổi tên cột).`,
      missing.map((m) => ({ path: `columns.${m}`, message: 'Thiếu cột' })),
    );
  const data = rows.filter((r) => r.number > headerRow!.number && r.cells.some((c) => textOf(c) !== ''));
  return { data, index };
}

/** Reads and checks every row; nothing is written unless every row is valid (all-or-nothing). */
export async function importProcedures(
  deps: Deps,
  user: RequestUser,
  actor: Actor,
  buffer: Buffer,
  opts: ProcedureImportOptions,
) {
  if (!canEditCatalog(user)) throw new AppError(403, 'forbidden', 'Chỉ Bộ phận Một cửa cập nhật danh mục thủ tục.');
  const { data, index } = await readSheet(buffer);
  if (!data.length)
    throw new AppError(400, 'no_rows', 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.', [
      { path: 'file', message: 'Không có dữ liệu' },
    ]);
  const db = deps.db.kysely;
  const errors: RowError[] = [];
  const parsed: Parsed[] = [];
  const firstRowOf = new Map<string, number>();
  const existing = new Set((await db.selectFrom('procedures').select('code').execute()).map((r) => r.code));
  for (const row of data) {
    const problems: CellProblem[] = [];
    const candidate = candidateOf((k) => (index.has(k) ? (row.cells[index.get(k)!] ?? null) : null), problems);
    const push = (column: ColumnKey, message: string) =>
      errors.push({ row: row.number, column: HEADER_OF[column], message });
    for (const p of problems) push(p.column, p.message);
    const checked = CreateProcedureRequest.safeParse(candidate);
    if (!checked.success) for (const i of checked.error.issues) push(columnOfPath(i.path), i.message);
    const code = candidate.code;
    const first = firstRowOf.get(code);
    if (code && first) push('code', `Mã thủ tục ${code} trùng với dòng ${first} của tệp`);
    else if (code) firstRowOf.set(code, row.number);
    if (code && existing.has(code)) push('code', `Mã thủ tục ${code} đã có trong danh mục`);
    const no = textOf(index.has('decisionNo') ? (row.cells[index.get('decisionNo')!] ?? null) : null);
    const dateCell = index.has('decisionDate') ? (row.cells[index.get('decisionDate')!] ?? null) : null;
    let decision: Parsed['decision'] = null;
    if (no || textOf(dateCell)) {
      const d = PublishingDecision.safeParse({
        no,
        date: dateOf(dateCell) ?? '',
        signer: textOf(index.has('decisionSigner') ? (row.cells[index.get('decisionSigner')!] ?? null) : null),
      });
      if (d.success) decision = d.data;
      else for (const i of d.error.issues) push(i.path[0] === 'date' ? 'decisionDate' : 'decisionNo', i.message);
    }
    if (checked.success) parsed.push({ row: row.number, input: checked.data, decision });
  }
  errors.sort((a, b) => a.row - b.row);
  const result = {
    ok: errors.length === 0,
    dryRun: opts.dryRun,
    totalRows: data.length,
    imported: 0,
    published: 0,
    errors,
  };
  if (errors.length || opts.dryRun) return result;
  const now = nowIsoOf(clockOf(deps));
  let published = 0;
  const orgId = await departmentId(deps);
  await db.transaction().execute(async (trx) => {
    for (const r of parsed) {
      const made = await insertProcedure(trx, orgId, user, actor, r.input, now);
      if (r.decision) {
        await publishInserted(trx, user, actor, made, r.input.content.effectiveFrom, r.decision, now);
        published++;
      }
    }
    await appendAudit(trx, actor, 'procedures.imported', 'procedures_import', newId(), null, {
      fileName: opts.fileName ?? '',
      fileBytes: buffer.length,
      fileSha256: createHash('sha256').update(buffer).digest('hex'),
      rows: parsed.length,
      published,
    });
  });
  return { ...result, imported: parsed.length, published };
}
