import { expect, test, type Browser, type Page } from '@playwright/test';
import { ADMIN_PASSWORD, apiAs, clickUntilAnswered, expectToast, shot, signIn } from './helpers.ts';

/**
 * Sector statistics from the unit to the leader (issue 16): a reporting unit's officer enters a month with the
 * components not adding up to the total, sees the rule broken, fixes it (pasting a block as from Excel) and
 * submits; the planning division approves; the leader opens the pivot and sees the month against the same
 * month last year, with a chart. The catalog, the unit and the three people are made here through the API,
 * so the scenario does not lean on the demo data.
 */

const PERIOD = '2026-11';
const LAST_YEAR = '2025-11';

const isApi = (method: string, path: string) => (r: { method(): string; url(): string }) =>
  r.method() === method && new URL(r.url()).pathname === path;

type Api = Awaited<ReturnType<typeof apiAs>>;
type Entry = { submission: { version: number | null; status: string } };

/** A user of the run with one role at the department, signed in once through the API to set a password of their own. */
async function makeUser(
  browser: Browser,
  admin: Api,
  username: string,
  displayName: string,
  role: string,
  orgId: string,
) {
  const first = 'Tam-thoi@2026xyz';
  const password = 'Thong-ke@2026xyz';
  await admin.call('POST', '/api/v1/users', { username, displayName, password: first, roles: [{ role, orgId }] });
  const self = await apiAs(browser, username, first);
  await self.call('POST', '/api/v1/auth/password', { currentPassword: first, newPassword: password });
  await self.context.close();
  return password;
}

async function signedInAs(browser: Browser, username: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, username, password);
  return page;
}

const nextStep = (page: Page) => page.getByRole('status', { name: 'Bước tiếp theo' });

test('a unit enters a month, breaks the total rule, fixes it and submits; the division approves; the leader’s pivot shows growth on last year', async ({
  browser,
}) => {
  // Four sign-ins, a catalog made through the API and three workflow steps on a busy two-core machine.
  test.setTimeout(480_000);
  const run = Date.now().toString(36).slice(-6);
  const code = (s: string) => `E2E${run}_${s}`.toUpperCase();
  const names = {
    total: `Giá trị sản xuất công nghiệp ${run}`,
    a: `Khu vực nhà nước ${run}`,
    b: `Khu vực ngoài nhà nước ${run}`,
    unit: `Cụm công nghiệp Thử nghiệm ${run}`,
  };

  const admin = await apiAs(browser, 'admin', ADMIN_PASSWORD);
  const orgs = await admin.get<{ items: { id: string; parentId: string | null }[] }>('/api/v1/organisations');
  const root = orgs.items.find((o) => o.parentId === null)!;

  // The catalog: a total and its two components, the rule that they add up, one unit, one monthly form.
  const indicator = (c: string, name: string) =>
    admin.call<{ id: string; code: string }>('POST', '/api/v1/indicators', {
      code: code(c),
      name,
      unit: 'tỷ đồng',
      aggregation: 'sum',
      periodType: 'month',
      decimals: 1,
    });
  const total = await indicator('T', names.total);
  const partA = await indicator('A', names.a);
  const partB = await indicator('B', names.b);
  const ruleName = `Tổng các khu vực bằng toàn ngành ${run}`;
  const unit = await admin.call<{ id: string }>('POST', '/api/v1/stat-units', {
    code: code('U'),
    name: names.unit,
    kind: 'industrial_cluster',
    orgId: root.id,
    validFrom: '2020-01-01',
  });
  const dataset = await admin.call<{ id: string }>('POST', '/api/v1/stat-datasets', {
    code: code('D'),
    name: `Biểu tháng giá trị sản xuất ${run}`,
    periodType: 'month',
    unitKind: 'industrial_cluster',
    dueDay: 15,
    indicatorIds: [total.id, partA.id, partB.id],
    unitIds: [unit.id],
  });
  await admin.call('POST', '/api/v1/stat-rules', {
    code: code('R'),
    name: ruleName,
    kind: 'expression',
    leftExpr: `[${partA.code}] + [${partB.code}]`,
    operator: '==',
    rightExpr: `[${total.code}]`,
    severity: 'error',
    datasetId: dataset.id,
  });

  // Last year's month, entered and carried through the workflow by the administrator: 80 = 50 + 30.
  const key = { dataset: dataset.id, unit: unit.id };
  const saved = await admin.call<Entry>('PUT', '/api/v1/stat-entry', {
    ...key,
    period: LAST_YEAR,
    values: [
      { indicatorId: total.id, category: '', value: 80, revision: 'official' },
      { indicatorId: partA.id, category: '', value: 50, revision: 'official' },
      { indicatorId: partB.id, category: '', value: 30, revision: 'official' },
    ],
  });
  let version = saved.submission.version;
  for (const action of ['submit', 'approve', 'accept']) {
    const step = await admin.call<Entry>('POST', '/api/v1/stat-submissions/transitions', {
      ...key,
      period: LAST_YEAR,
      action,
      version,
    });
    version = step.submission.version;
  }

  const reporter = `bc${run}`;
  const planner = `kh${run}`;
  const leader = `ld${run}`;
  const reporterPw = await makeUser(browser, admin, reporter, `Nguyễn Thị Báo Cáo ${run}`, 'stat_reporter', root.id);
  const plannerPw = await makeUser(browser, admin, planner, `Trần Văn Kế Hoạch ${run}`, 'stat_planner', root.id);
  const leaderPw = await makeUser(browser, admin, leader, `Lê Văn Lãnh Đạo ${run}`, 'leader', root.id);
  await admin.context.close();

  const entryUrl = `/statistics/entry?dataset=${dataset.id}&unit=${unit.id}&period=${PERIOD}`;
  const cell = (page: Page, name: string) => page.getByLabel(`Số liệu: ${name}`, { exact: true });
  const save = async (page: Page) => {
    const answer = await clickUntilAnswered(
      page.getByRole('button', { name: 'Lưu số liệu' }),
      isApi('PUT', '/api/v1/stat-entry'),
    );
    expect(answer.status(), await answer.text()).toBe(200);
  };

  const unitPage = await signedInAs(browser, reporter, reporterPw);
  await test.step('the unit enters the month: 100 in total but 60 + 30 in the components', async () => {
    await unitPage.goto(entryUrl);
    await expect(unitPage.getByRole('heading', { name: 'Nhập số liệu thống kê' })).toBeVisible({ timeout: 120_000 });
    await expect(nextStep(unitPage)).toContainText('Đơn vị báo cáo');
    await cell(unitPage, names.total).fill('100');
    // Enter moves down, as in a spreadsheet.
    await cell(unitPage, names.total).press('Enter');
    await expect(cell(unitPage, names.a)).toBeFocused();
    await unitPage.keyboard.type('60');
    await unitPage.keyboard.press('Enter');
    await unitPage.keyboard.type('30');
    await save(unitPage);
    await expectToast(unitPage, /Đã lưu bảng số liệu/u);
    // The total reads in the Vietnamese way; same month last year and the change beside it.
    await expect(cell(unitPage, names.total)).toHaveValue('100');
    const totalRow = unitPage.locator('tr').filter({ has: cell(unitPage, names.total) });
    await expect(totalRow).toContainText('80');
    await expect(totalRow).toContainText('+25%');
  });

  await test.step('the broken rule is listed beside the grid and submitting is closed with the reason', async () => {
    const checks = unitPage.getByRole('region', { name: 'Kiểm tra số liệu' });
    await expect(checks).toContainText(ruleName);
    await expect(checks).toContainText('1 lỗi');
    await expect(unitPage.getByRole('button', { name: 'Gửi duyệt', exact: true })).toBeDisabled();
    await shot(unitPage, 'statistics-entry-violation');
  });

  await test.step('the unit pastes the components again as copied from Excel (60 and 40), saves and submits', async () => {
    await cell(unitPage, names.a).focus();
    await unitPage.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', '60\tChính thức\r\n40\tChính thức\r\n');
      document.activeElement!.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    });
    await expect(cell(unitPage, names.b)).toHaveValue('40');
    await save(unitPage);
    const checks = unitPage.getByRole('region', { name: 'Kiểm tra số liệu' });
    await expect(checks).toContainText('Không có vi phạm');
    await unitPage.getByRole('button', { name: 'Gửi duyệt', exact: true }).click();
    const dialog = unitPage.getByRole('dialog', { name: 'Gửi duyệt' });
    const answer = await clickUntilAnswered(
      dialog.getByRole('button', { name: 'Xác nhận' }),
      isApi('POST', '/api/v1/stat-submissions/transitions'),
    );
    expect(answer.status(), await answer.text()).toBe(200);
    // Who acts next, and the unit knows: the planning division.
    await expect(nextStep(unitPage)).toContainText('Phòng Kế hoạch – Tổng hợp');
    await expect(unitPage.getByText('Đã gửi, chờ duyệt').first()).toBeVisible();
    await expect(cell(unitPage, names.total)).toHaveCount(0);
    await shot(unitPage, 'statistics-entry-submitted');
  });

  const division = await signedInAs(browser, planner, plannerPw);
  await test.step('the planning division sees the unit submitted in the period and approves it', async () => {
    await division.goto(`/statistics/submissions?dataset=${dataset.id}&period=${PERIOD}`);
    await expect(division.getByRole('heading', { name: 'Duyệt số liệu theo kỳ' })).toBeVisible({ timeout: 120_000 });
    const row = division.locator('.ant-table-row').filter({ hasText: names.unit });
    await expect(row).toContainText('Đã gửi, chờ duyệt');
    await expect(row).toContainText('3/3');
    await shot(division, 'statistics-submissions');
    await row.getByRole('button', { name: names.unit }).click();
    const drawer = division.locator('.ant-drawer');
    await expect(nextStep(division)).toContainText('Phòng Kế hoạch – Tổng hợp');
    await expect(nextStep(division)).toContainText('Đến lượt bạn');
    await drawer.getByRole('button', { name: 'Duyệt', exact: true }).click();
    const dialog = division.getByRole('dialog', { name: 'Duyệt' });
    const answer = await clickUntilAnswered(
      dialog.getByRole('button', { name: 'Xác nhận' }),
      isApi('POST', '/api/v1/stat-submissions/transitions'),
    );
    expect(answer.status(), await answer.text()).toBe(200);
    await expect(nextStep(division)).toContainText('Lãnh đạo Sở');
    await shot(division, 'statistics-approved');
  });

  const leaderPage = await signedInAs(browser, leader, leaderPw);
  await test.step('the leader’s pivot shows the month, the same month last year, the growth and a chart', async () => {
    await leaderPage.goto(
      `/statistics/analysis?ind=${total.code}&per=${PERIOD}&units=${unit.id}&cmp=prevYear,growth&chart=bar`,
    );
    await expect(leaderPage.getByRole('heading', { name: 'Phân tích số liệu' })).toBeVisible({ timeout: 120_000 });
    const table = leaderPage.locator('.stat-pivot');
    const row = table.locator('.ant-table-row').filter({ hasText: names.total });
    await expect(row).toContainText('100');
    await expect(row).toContainText('80');
    await expect(row).toContainText('25%');
    await expect(table).toContainText('Tháng 11/2026');
    await expect(leaderPage.locator('.ant-select').filter({ hasText: names.unit })).toBeVisible();
    await expect(leaderPage.getByRole('img', { name: 'Biểu đồ phân tích' }).locator('canvas')).toBeVisible();
    await shot(leaderPage, 'statistics-pivot');
  });
});
