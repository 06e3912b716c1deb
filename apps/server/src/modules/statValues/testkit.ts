import { ManualClock } from '../../platform/clock.ts';
import {
  makeDataset,
  makeDisaggregation,
  makeIndicator,
  makeRule,
  makeStatUnit,
} from '../../test/factories/statistics.ts';
import {
  asAdmin,
  makeHarness,
  makeOrg,
  makeUser,
  rootOrgId,
  signIn,
  type Client,
  type DialectName,
  type Harness,
} from '../../test/harness.ts';

/** 5 April 2026 in Hà Nội: March's figures are due on 20 April (a Monday). */
export const START = '2026-04-05T09:00:00+07:00';

export interface StatKit {
  h: Harness;
  clock: ManualClock;
  admin: Client;
  reporter: Client;
  planner: Client;
  leader: Client;
  ids: {
    reporter: string;
    planner: string;
    leader: string;
    dataset: string;
    /** Production value, split by ownership (state, non_state, fdi). */
    gtsx: string;
    /** Exports, undisaggregated. */
    xk: string;
    other: string;
    u1: string;
    u2: string;
    old: string;
  };
}

/**
 * A monthly data set of two indicators (production value by ownership, exports), three units: U1 of division
 * A (the reporter's), U2 of division B, and a district that ended on 30/06/2025; a rule that the ownership
 * components add up to the total (error) and a month-on-month warning on exports beyond 50 %.
 */
export async function makeStatKit(dialect: DialectName): Promise<StatKit> {
  const clock = new ManualClock(START);
  const h = await makeHarness(dialect, { clock });
  const admin = await asAdmin(h);
  const root = await rootOrgId(h);
  const a = await makeOrg(admin, root, 'PA', 'Phòng A');
  const b = await makeOrg(admin, root, 'PB', 'Phòng B');
  const rep = await makeUser(admin, 'baocao', [{ role: 'stat_reporter', orgId: a.id }]);
  const pla = await makeUser(admin, 'tonghop', [{ role: 'stat_planner', orgId: root }]);
  const lea = await makeUser(admin, 'lanhdao', [{ role: 'leader', orgId: root }]);
  const own = await makeDisaggregation(h, { code: 'OWN' });
  const gtsx = await makeIndicator(h, { code: 'GTSX', name: 'Giá trị sản xuất công nghiệp', disaggregationId: own.id });
  const xk = await makeIndicator(h, { code: 'XK', name: 'Kim ngạch xuất khẩu', unit: 'triệu USD' });
  const other = await makeIndicator(h, { code: 'KHAC', name: 'Chỉ tiêu ngoài bộ biểu' });
  const u1 = await makeStatUnit(h, { code: 'U1', name: 'Thành phố Thái Nguyên', orgId: a.id });
  const u2 = await makeStatUnit(h, { code: 'U2', name: 'Thành phố Sông Công', orgId: b.id });
  const old = await makeStatUnit(h, {
    code: 'HOLD',
    name: 'Huyện Cũ',
    orgId: a.id,
    kind: 'district',
    validTo: '2025-06-30',
  });
  const ds = await makeDataset(h, {
    code: 'BM01',
    name: 'Báo cáo tháng công nghiệp',
    indicatorIds: [gtsx.id, xk.id],
    unitIds: [u1.id, u2.id, old.id],
    dueDay: 20,
    reminderDays: 5,
  });
  await makeRule(h, {
    code: 'TONG',
    name: 'Tổng các thành phần kinh tế bằng tổng số',
    leftExpr: '[GTSX.state] + [GTSX.non_state] + [GTSX.fdi]',
    operator: '==',
    rightExpr: '[GTSX]',
    severity: 'error',
    datasetId: ds.id,
  });
  await makeRule(h, { code: 'XK_MOM', kind: 'mom_change', indicatorId: xk.id, threshold: 50, severity: 'warning' });
  return {
    h,
    clock,
    admin,
    reporter: await signIn(h.app, 'baocao', 'Matkhau@2026'),
    planner: await signIn(h.app, 'tonghop', 'Matkhau@2026'),
    leader: await signIn(h.app, 'lanhdao', 'Matkhau@2026'),
    ids: {
      reporter: rep.id,
      planner: pla.id,
      leader: lea.id,
      dataset: ds.id,
      gtsx: gtsx.id,
      xk: xk.id,
      other: other.id,
      u1: u1.id,
      u2: u2.id,
      old: old.id,
    },
  };
}

/** A whole grid of U1 for a month: the components and total of GTSX, and exports. */
export function grid(
  k: StatKit,
  parts: [number, number, number, number],
  xk: number | null = 12.5,
  period = '2026-03',
) {
  const [state, nonState, fdi, total] = parts;
  return {
    dataset: k.ids.dataset,
    unit: k.ids.u1,
    period,
    values: [
      { indicatorId: k.ids.gtsx, category: '', value: total },
      { indicatorId: k.ids.gtsx, category: 'state', value: state },
      { indicatorId: k.ids.gtsx, category: 'non_state', value: nonState },
      { indicatorId: k.ids.gtsx, category: 'fdi', value: fdi },
      { indicatorId: k.ids.xk, category: '', value: xk },
    ],
  };
}

export const entryUrl = (k: StatKit, unit = k.ids.u1, period = '2026-03') =>
  `/api/v1/stat-entry?dataset=${k.ids.dataset}&unit=${unit}&period=${period}`;

/** Moves the clock and signs everyone in again (a session idles out over days). */
export async function moveClock(k: StatKit, at: string): Promise<void> {
  k.clock.set(at);
  k.reporter = await signIn(k.h.app, 'baocao', 'Matkhau@2026');
  k.planner = await signIn(k.h.app, 'tonghop', 'Matkhau@2026');
  k.leader = await signIn(k.h.app, 'lanhdao', 'Matkhau@2026');
}
