import type { Role } from '@thidua/domain';

/**
 * The tiles of each role's home (docs/reports.md "Homes"), as data: who sees a tile, the web list it opens and
 * that list's filters. The count is never computed here: `service.ts` asks the list itself for its total with
 * exactly these filters, so a tile and the list its link opens cannot disagree.
 */
export interface ListTile {
  key: string;
  group: 'waiting' | 'figures';
  roles: readonly Role[];
  /** The Vietnamese title; `{year}` and `{previous}` are filled in. */
  title: string;
  /** The web page (a key of `LISTS` in service.ts). */
  path: ListPath;
  /** The list's filters, as the page reads them from its query string (`today` the Vietnam date). */
  params: (year: number, today: string) => Record<string, string>;
  /** A headline figure: the same list a year before gives the trend. */
  trend?: boolean;
}

export type ListPath =
  | '/proposals'
  | '/tasks'
  | '/one-stop'
  | '/decisions'
  | '/initiatives'
  | '/movements'
  | '/scorecards'
  | '/work-programmes';

/** How far ahead the office is shown the public postings ending (calendar days). */
export const POSTING_AHEAD_DAYS = 7;

/** A Vietnam date `days` calendar days later (date arithmetic only, no clock). */
export const addDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const LEADER: Role[] = ['leader', 'admin'];
const OFFICE: Role[] = ['emulation_officer', 'admin'];
const UNIT: Role[] = ['unit_officer'];

export const LIST_TILES: readonly ListTile[] = [
  // The leader: what waits for his signature.
  {
    key: 'proposals.signing',
    group: 'waiting',
    roles: LEADER,
    title: 'Hồ sơ khen thưởng chờ ký quyết định',
    path: '/proposals',
    params: () => ({ status: 'signing' }),
  },
  {
    key: 'tasks.extensions',
    group: 'waiting',
    roles: LEADER,
    title: 'Nhiệm vụ xin gia hạn chờ duyệt',
    path: '/tasks',
    params: () => ({ status: 'extension_requested' }),
  },
  {
    key: 'programmes.draft',
    group: 'waiting',
    roles: LEADER,
    title: 'Chương trình công tác chờ ban hành',
    path: '/work-programmes',
    params: () => ({ status: 'draft' }),
  },
  {
    key: 'scorecards.ranked',
    group: 'waiting',
    roles: LEADER,
    title: 'Kỳ chấm điểm đã xếp hạng, chờ công bố',
    path: '/scorecards',
    params: () => ({ status: 'ranked' }),
  },
  // The emulation office: its queues.
  {
    key: 'proposals.submitted',
    group: 'waiting',
    roles: OFFICE,
    title: 'Hồ sơ đề nghị chờ kiểm tra',
    path: '/proposals',
    params: () => ({ status: 'submitted' }),
  },
  {
    // Postings ending within the week, and those ended and not yet sent to the council: the office's next step.
    key: 'proposals.postingEnds',
    group: 'waiting',
    roles: OFFICE,
    title: `Hồ sơ hết thời gian công khai trong ${POSTING_AHEAD_DAYS} ngày tới hoặc đã hết, chờ trình Hội đồng`,
    path: '/proposals',
    params: (_year, today) => ({ status: 'posting', postingEndsBy: addDays(today, POSTING_AHEAD_DAYS) }),
  },
  {
    key: 'proposals.voted',
    group: 'waiting',
    roles: OFFICE,
    title: 'Hồ sơ Hội đồng đã biểu quyết, chờ dự thảo quyết định',
    path: '/proposals',
    params: () => ({ status: 'voted' }),
  },
  {
    key: 'initiatives.submitted',
    group: 'waiting',
    roles: OFFICE,
    title: 'Sáng kiến mới nộp, chờ đưa vào đợt xét',
    path: '/initiatives',
    params: () => ({ status: 'submitted' }),
  },
  {
    key: 'movements.launched',
    group: 'waiting',
    roles: [...OFFICE, ...UNIT],
    title: 'Phong trào đang nhận đăng ký thi đua',
    path: '/movements',
    params: () => ({ status: 'launched' }),
  },
  {
    key: 'scorecards.appraisal',
    group: 'waiting',
    roles: OFFICE,
    title: 'Kỳ chấm điểm đang thẩm định',
    path: '/scorecards',
    params: () => ({ status: 'appraisal' }),
  },
  {
    key: 'tasks.overdue',
    group: 'waiting',
    roles: OFFICE,
    title: 'Nhiệm vụ quá hạn',
    path: '/tasks',
    params: () => ({ overdue: 'true' }),
  },
  // A unit officer: his unit's deadlines.
  {
    key: 'proposals.returned',
    group: 'waiting',
    roles: UNIT,
    title: 'Hồ sơ bị trả lại, cần bổ sung',
    path: '/proposals',
    params: () => ({ status: 'returned' }),
  },
  {
    key: 'proposals.draft',
    group: 'waiting',
    roles: UNIT,
    title: 'Hồ sơ đề nghị đang soạn, chưa gửi',
    path: '/proposals',
    params: () => ({ status: 'draft' }),
  },
  {
    key: 'scorecards.open',
    group: 'waiting',
    roles: UNIT,
    title: 'Kỳ chấm điểm đang mở tự chấm',
    path: '/scorecards',
    params: () => ({ status: 'open' }),
  },
  {
    key: 'tasks.mine.overdue',
    group: 'waiting',
    roles: UNIT,
    title: 'Nhiệm vụ của đơn vị quá hạn',
    path: '/tasks',
    params: () => ({ mine: 'true', overdue: 'true' }),
  },
  {
    key: 'tasks.mine.assigned',
    group: 'waiting',
    roles: UNIT,
    title: 'Nhiệm vụ của đơn vị chưa bắt đầu',
    path: '/tasks',
    params: () => ({ mine: 'true', status: 'assigned' }),
  },
  {
    key: 'tasks.mine.inProgress',
    group: 'waiting',
    roles: UNIT,
    title: 'Nhiệm vụ của đơn vị đang thực hiện',
    path: '/tasks',
    params: () => ({ mine: 'true', status: 'in_progress' }),
  },
  // The one-stop desk: the officer's steps, the clerk's counters, both the clock's warnings.
  {
    key: 'dossiers.mine',
    group: 'waiting',
    roles: ['onestop_officer', 'leader'],
    title: 'Hồ sơ TTHC đang ở bước của tôi',
    path: '/one-stop',
    params: () => ({ queue: 'mine' }),
  },
  {
    key: 'dossiers.receipt',
    group: 'waiting',
    roles: ['onestop_clerk'],
    title: 'Hồ sơ TTHC chờ tiếp nhận',
    path: '/one-stop',
    params: () => ({ queue: 'receipt' }),
  },
  {
    key: 'dossiers.result',
    group: 'waiting',
    roles: ['onestop_clerk'],
    title: 'Kết quả chờ trả',
    path: '/one-stop',
    params: () => ({ queue: 'result' }),
  },
  {
    key: 'dossiers.dueSoon',
    group: 'waiting',
    roles: ['onestop_officer', 'onestop_clerk'],
    title: 'Hồ sơ TTHC sắp đến hạn',
    path: '/one-stop',
    params: () => ({ queue: 'due_soon' }),
  },
  {
    key: 'dossiers.overdue',
    group: 'waiting',
    roles: ['onestop_officer', 'onestop_clerk'],
    title: 'Hồ sơ TTHC quá hạn',
    path: '/one-stop',
    params: () => ({ queue: 'overdue' }),
  },
  // The leader's headline figures, each against the year before.
  {
    key: 'decisions.year',
    group: 'figures',
    roles: LEADER,
    title: 'Quyết định khen thưởng của Giám đốc năm {year}',
    path: '/decisions',
    params: (year) => ({ year: String(year), level: 'here' }),
    trend: true,
  },
  {
    key: 'initiatives.recognised',
    group: 'figures',
    roles: LEADER,
    title: 'Sáng kiến được công nhận năm {year}',
    path: '/initiatives',
    params: (year) => ({ status: 'recognised', from: String(year), to: String(year) }),
    trend: true,
  },
];
