import type { z } from 'zod';
import type { CreateWorkTaskRequest } from '@thidua/contracts';
import { CalendarYearMissingError, addWorkingDays, formatVnDate } from '@thidua/domain';
import { AppError } from '../../platform/errors.ts';
import type { OrgTree } from '../../platform/orgtree.ts';
import { clockwork } from '../dossiers/due.ts';
import type { Executor } from './taskView.ts';

/** A rule of the module broken by well-formed input: 422 naming the field, nothing written. */
export const unprocessable = (path: string, message: string) =>
  new AppError(422, 'validation_failed', `${message}.`, [{ path, message }]);

export type TaskFields = Omit<z.output<typeof CreateWorkTaskRequest>, 'programmeId' | 'reason'>;

const calendarMissing = (year: number) =>
  new AppError(
    409,
    'calendar_year_missing',
    `Chưa có lịch làm việc năm ${year}: không tính được hạn hoàn thành theo số ngày làm việc. Quản trị viên cần khai báo lịch năm ${year}, hoặc nhập hạn là một ngày cụ thể.`,
    [{ path: 'deadlineWorkingDays', message: `Năm ${year} chưa được cấu hình` }],
  );

/**
 * The deadline in force: the date given, or the day `n` working days after the start ends, counted on the stored
 * calendar with the one-stop desk's own loader (a year nobody configured is refused, never guessed).
 */
export async function deadlineOf(db: Executor, f: TaskFields): Promise<string> {
  let deadline = f.deadline;
  if (deadline === null) {
    const n = f.deadlineWorkingDays ?? 0;
    try {
      const cw = await clockwork(db, `${f.startDate}T01:00:00.000Z`);
      deadline = addWorkingDays(cw.calendar, f.startDate, n);
    } catch (e) {
      if (e instanceof CalendarYearMissingError) throw calendarMissing(e.year);
      if (e instanceof AppError && e.code === 'calendar_year_missing')
        throw calendarMissing(Number(/\d{4}/u.exec(e.detail)?.[0] ?? f.startDate.slice(0, 4)));
      throw e;
    }
  }
  if (deadline < f.startDate)
    throw unprocessable(
      'deadline',
      `Hạn hoàn thành (${formatVnDate(deadline)}) không được trước ngày bắt đầu (${formatVnDate(f.startDate)})`,
    );
  return deadline;
}

/** The unit in charge and the co-operating units lie in the programme organisation's subtree, each once. */
export function assertInScope(tree: OrgTree, programmeOrgId: string, f: TaskFields): void {
  const outside = (id: string) => !tree.has(id) || !tree.isWithin(id, programmeOrgId);
  if (outside(f.orgId))
    throw unprocessable(
      'orgId',
      'Đơn vị chủ trì ngoài phạm vi chương trình (không thuộc cơ quan ban hành chương trình)',
    );
  // On the field as a whole (the form's one multi-select), naming the unit.
  f.partnerOrgIds.forEach((id, i) => {
    const name = tree.name(id) || id;
    if (outside(id)) throw unprocessable('partnerOrgIds', `Đơn vị phối hợp "${name}" ngoài phạm vi chương trình`);
    if (id === f.orgId)
      throw unprocessable('partnerOrgIds', `"${name}" là đơn vị chủ trì, không đồng thời là đơn vị phối hợp`);
    if (f.partnerOrgIds.indexOf(id) !== i)
      throw unprocessable('partnerOrgIds', `Đơn vị phối hợp "${name}" bị chọn trùng`);
  });
}

/** The records a task refers to, by name; a missing one is refused on its field (`strict`) or shown empty. */
export async function referencedNames(db: Executor, f: TaskFields, strict = true) {
  const one = async (table: 'people' | 'movements' | 'procedures' | 'stat_indicators', id: string | null) => {
    if (!id) return '';
    const column = table === 'people' ? 'full_name' : 'name';
    const row = (await db
      .selectFrom(table)
      .select(`${column} as name` as never)
      .where('id', '=', id)
      .executeTakeFirst()) as { name: string } | undefined;
    return row?.name ?? null;
  };
  const [leader, movement, procedure, indicator] = await Promise.all([
    one('people', f.leaderPersonId),
    one('movements', f.movementId),
    one('procedures', f.procedureId),
    one('stat_indicators', f.indicatorId),
  ]);
  if (!strict)
    return { leader: leader ?? '', movement: movement ?? '', procedure: procedure ?? '', indicator: indicator ?? '' };
  if (leader === null) throw unprocessable('leaderPersonId', 'Không tìm thấy lãnh đạo phụ trách đã chọn');
  if (movement === null) throw unprocessable('movementId', 'Không tìm thấy phong trào thi đua đã chọn');
  if (procedure === null) throw unprocessable('procedureId', 'Không tìm thấy thủ tục hành chính đã chọn');
  if (indicator === null) throw unprocessable('indicatorId', 'Không tìm thấy chỉ tiêu thống kê đã chọn');
  return { leader, movement, procedure, indicator };
}
export type ReferencedNames = Awaited<ReturnType<typeof referencedNames>>;

const PRIORITY: Record<string, string> = { high: 'Cao', normal: 'Bình thường', low: 'Thấp' };
const SOURCE_KIND: Record<string, string> = {
  decision: 'Quyết định',
  instruction: 'Chỉ thị',
  plan: 'Kế hoạch',
  letter: 'Công văn',
  other: 'Văn bản',
};

/** The labels of the fields a change shows, and those of them that only move the task in time. */
const LABELS = {
  title: 'Tên nhiệm vụ',
  content: 'Nội dung',
  product: 'Sản phẩm dự kiến',
  leader: 'Lãnh đạo phụ trách',
  org: 'Đơn vị chủ trì',
  partners: 'Đơn vị phối hợp',
  startDate: 'Ngày bắt đầu',
  deadline: 'Hạn hoàn thành',
  deadlineWorkingDays: 'Số ngày làm việc',
  priority: 'Mức độ ưu tiên',
  source: 'Văn bản giao nhiệm vụ',
  movement: 'Phong trào thi đua',
  procedure: 'Thủ tục hành chính',
  indicator: 'Chỉ tiêu thống kê',
} as const;
const TIMING: readonly (keyof typeof LABELS)[] = ['startDate', 'deadline', 'deadlineWorkingDays'];

/** The task's fields as a person reads them (names, dd/mm/yyyy), keyed by code. */
export function shownFields(
  tree: OrgTree,
  f: TaskFields & { deadline: string },
  names: ReferencedNames,
): Record<keyof typeof LABELS, string> {
  const s = f.source;
  return {
    title: f.title,
    content: f.content,
    product: f.product,
    leader: names.leader ?? '',
    org: tree.name(f.orgId),
    partners: f.partnerOrgIds
      .map((id) => tree.name(id))
      .sort(new Intl.Collator('vi').compare)
      .join('; '),
    startDate: formatVnDate(f.startDate),
    deadline: formatVnDate(f.deadline),
    deadlineWorkingDays: f.deadlineWorkingDays === null ? '' : String(f.deadlineWorkingDays),
    priority: PRIORITY[f.priority] ?? f.priority,
    source: s
      ? [
          SOURCE_KIND[s.kind],
          s.number && `số ${s.number}`,
          s.date && `ngày ${formatVnDate(s.date)}`,
          s.issuer && `của ${s.issuer}`,
          s.title && `— ${s.title}`,
        ]
          .filter(Boolean)
          .join(' ')
      : '',
    movement: names.movement ?? '',
    procedure: names.procedure ?? '',
    indicator: names.indicator ?? '',
  };
}

/** All the fields with a value, under their Vietnamese labels (a task added to an issued programme). */
export function labelled(shown: Record<keyof typeof LABELS, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(LABELS) as (keyof typeof LABELS)[]) if (shown[k]) out[LABELS[k]] = shown[k];
  return out;
}

/**
 * The fields that differ, before and after under their Vietnamese labels; `moved` when only the dates did
 * (an amendment that reschedules), `edited` otherwise; null when nothing changed.
 */
export function diffFields(
  before: Record<keyof typeof LABELS, string>,
  after: Record<keyof typeof LABELS, string>,
): { kind: 'edited' | 'moved'; before: Record<string, string>; after: Record<string, string> } | null {
  const changed = (Object.keys(LABELS) as (keyof typeof LABELS)[]).filter((k) => before[k] !== after[k]);
  if (!changed.length) return null;
  const b: Record<string, string> = {};
  const a: Record<string, string> = {};
  for (const k of changed) {
    b[LABELS[k]] = before[k];
    a[LABELS[k]] = after[k];
  }
  return { kind: changed.every((k) => TIMING.includes(k)) ? 'moved' : 'edited', before: b, after: a };
}
