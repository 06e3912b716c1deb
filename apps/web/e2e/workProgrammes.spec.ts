import { expect as baseExpect, test, type Browser, type Page, type Request } from '@playwright/test';
import {
  ADMIN_PASSWORD,
  apiAs,
  clickUntilAnswered,
  pickOption,
  pickTreeOption,
  shot,
  signIn,
  signedIn,
} from './helpers.ts';

/**
 * A month's work programme (issue 19), as the office, a division and a leader do it: the office drafts the
 * programme of a month of 2027 with two tasks for one division and issues it (the decision asked in the issue
 * dialog); the division's officer reports 50 % on task 1 and asks for a new deadline with a reason; a leader
 * approves it; the division completes task 2 by its deadline, and task 1 after its first deadline but by the new
 * one (the product described); the results per unit count one task done on time and one done after an extension.
 * The server's test clock (THIDUA_TEST_CLOCK=1) sets the days; the division and its people are made for the run.
 */

// Ceilings, not waits: on a machine loaded by other builds a page can take a minute to show the server's answer.
const expect = baseExpect.configure({ timeout: 120_000 });
test.use({ actionTimeout: 120_000, navigationTimeout: 120_000 });

const YEAR = 2027;
const TASK1 = 'Xây dựng Kế hoạch tổ chức Hội chợ thương mại - du lịch tỉnh năm 2027';
const TASK2 = 'Báo cáo tình hình thực hiện Chương trình khuyến công địa phương quý I';
const FIRST_PASSWORD = 'Tam-thoi@2027xyz';
const PASSWORD = 'Nhiem-vu@2027xyz';

type Api = Awaited<ReturnType<typeof apiAs>>;
const pad = (n: number) => String(n).padStart(2, '0');

/** Moves the server's clock (null: back to real time) and checks it took. */
async function setClock(browser: Browser, now: string | null) {
  const admin = await apiAs(browser, 'admin', ADMIN_PASSWORD);
  const answer = await admin.call<{ now: string; set: boolean }>('PUT', '/api/v1/test/clock', { now });
  expect(answer.set).toBe(now !== null);
  await admin.context.close();
}

/** A user of the run with one role, who has set a password of their own (as a first sign-in requires). */
async function makeUser(
  browser: Browser,
  admin: Api,
  username: string,
  displayName: string,
  role: string,
  orgId: string,
) {
  await admin.call('POST', '/api/v1/users', {
    username,
    displayName,
    password: FIRST_PASSWORD,
    roles: [{ role, orgId }],
  });
  const self = await apiAs(browser, username, FIRST_PASSWORD);
  await self.call('POST', '/api/v1/auth/password', { currentPassword: FIRST_PASSWORD, newPassword: PASSWORD });
  await self.context.close();
}

async function signedInAs(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, username, PASSWORD);
  return page;
}

const nextStep = (page: Page) => page.getByRole('status', { name: 'Bước tiếp theo' });
/** The record's status, the first tag under its heading. */
const statusTag = (page: Page) => page.locator('.page-header .ant-tag').first();
const writes = (path: string) => (r: Request) => r.method() !== 'GET' && new URL(r.url()).pathname.includes(path);

/** Adds a task to the programme open on the page through its form. */
async function addTask(page: Page, unit: string, title: string, product: string, deadline: string, picture?: string) {
  await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm nhiệm vụ' });
  await dialog.getByLabel('Tên nhiệm vụ').fill(title);
  await dialog.getByLabel('Sản phẩm dự kiến').fill(product);
  await pickTreeOption(page, dialog.getByLabel('Đơn vị chủ trì'), unit.slice(0, 12), unit);
  await dialog.getByLabel('Thời hạn', { exact: true }).fill(deadline);
  await dialog.getByLabel('Thời hạn', { exact: true }).press('Tab');
  if (picture) await shot(page, picture);
  const answer = await clickUntilAnswered(dialog.getByRole('button', { name: 'Lưu' }), writes('/api/v1/tasks'));
  expect(answer.status(), await answer.text()).toBeLessThan(300);
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: title })).toBeVisible();
}

/** "Báo hoàn thành" on the task page: the day done and the product delivered. */
async function complete(page: Page, day: string, productNote: string) {
  await page.getByRole('button', { name: 'Báo hoàn thành' }).click();
  const dialog = page.getByRole('dialog', { name: 'Báo hoàn thành' });
  await dialog.getByLabel('Ngày hoàn thành').fill(day);
  await dialog.getByLabel('Ngày hoàn thành').press('Tab');
  await dialog.getByLabel('Sản phẩm đã hoàn thành').fill(productNote);
  const answer = await clickUntilAnswered(
    dialog.getByRole('button', { name: 'Báo hoàn thành' }),
    writes('/transitions'),
  );
  expect(answer.status(), await answer.text()).toBe(200);
  await expect(dialog).toBeHidden();
  await expect(statusTag(page)).toHaveText('Hoàn thành');
}

test('work programme: issued with two tasks, 50 % and a new deadline approved, both done, the results per unit', async ({
  browser,
}) => {
  test.setTimeout(1_200_000);
  expect(ADMIN_PASSWORD, 'E2E_ADMIN_PASSWORD must be set').not.toBe('');
  const run = Date.now().toString(36).slice(-5).toUpperCase();
  const unit = `Phòng Xúc tiến thương mại ${run}`;
  const officer = `xttm.${run.toLowerCase()}`;
  const leader = `pgd.${run.toLowerCase()}`;
  // Sessions end when the clock jumps days ahead: each stage signs its people in anew.
  let admin = await apiAs(browser, 'admin', ADMIN_PASSWORD);
  try {
    // One programme per month: the run takes the first month of 2027 the department has none for.
    const taken = await admin.get<{ items: { period: number }[] }>(
      `/api/v1/work-programmes?year=${YEAR}&kind=month&pageSize=50`,
    );
    const month = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].find((m) => !taken.items.some((p) => p.period === m));
    expect(month, `every month of ${YEAR} already has a programme`).toBeDefined();
    const mm = pad(month!);
    const day = (d: number) => `${pad(d)}/${mm}/${YEAR}`;
    const iso = (d: number) => `${YEAR}-${mm}-${pad(d)}`;

    let unitId = '';
    await test.step('setup: the 5th of the month; a division of the department, its officer and a leader', async () => {
      await admin.context.close();
      await setClock(browser, `${iso(5)}T02:00:00.000Z`);
      admin = await apiAs(browser, 'admin', ADMIN_PASSWORD);
      const orgs = await admin.get<{ items: { id: string; parentId: string | null }[] }>('/api/v1/organisations');
      const root = orgs.items.find((o) => !o.parentId)!;
      unitId = (
        await admin.call<{ id: string }>('POST', '/api/v1/organisations', {
          parentId: root.id,
          code: `XTTM${run}`,
          name: unit,
          kind: 'division',
        })
      ).id;
      await makeUser(browser, admin, officer, `Nguyễn Thu Hà ${run}`, 'unit_officer', unitId);
      await makeUser(browser, admin, leader, `Trần Quốc Tuấn ${run}`, 'leader', root.id);
    });

    const office = await signedIn(browser, 'canbo.tdkt');
    let programmeUrl = '';
    await test.step(`the office drafts the programme of ${mm}/${YEAR} with two tasks for the division`, async () => {
      await office.goto('/work-programmes');
      await expect(office.getByRole('heading', { name: 'Chương trình công tác' })).toBeVisible();
      await office.getByRole('button', { name: 'Lập chương trình' }).click();
      const dialog = office.getByRole('dialog', { name: 'Lập chương trình' });
      await pickOption(office, dialog.getByLabel('Loại'), 'Tháng');
      await pickOption(office, dialog.getByLabel('Năm'), String(YEAR));
      await pickOption(office, dialog.getByLabel('Tháng', { exact: true }), `Tháng ${month}`);
      await shot(office, 'wp-00-create');
      const answer = await clickUntilAnswered(dialog.getByRole('button', { name: 'Lập chương trình' }));
      expect(answer.status(), await answer.text()).toBe(201);
      await expect(office).toHaveURL(/\/work-programmes\/[^/]+$/u);
      programmeUrl = new URL(office.url()).pathname;
      await expect(statusTag(office)).toHaveText('Dự thảo');
      await expect(nextStep(office)).toContainText('Văn phòng');

      await addTask(office, unit, TASK1, 'Kế hoạch trình UBND tỉnh', day(10), 'wp-01a-task-form');
      await addTask(office, unit, TASK2, 'Báo cáo gửi Bộ Công Thương', day(20));
      await shot(office, 'wp-01-programme-draft');
    });

    await test.step('the office issues it: the issue dialog asks the decision, which is saved first', async () => {
      await office.getByRole('button', { name: 'Ban hành', exact: true }).click();
      const dialog = office.getByRole('dialog', { name: 'Ban hành' });
      await dialog.getByLabel('Số quyết định').fill(`${month}/QĐ-SCT`);
      await dialog.getByLabel('Ngày quyết định').fill(day(2));
      await dialog.getByLabel('Người ký').fill('Giám đốc Lê Văn Thành');
      await shot(office, 'wp-02-issue-dialog');
      const answer = await clickUntilAnswered(dialog.getByRole('button', { name: 'Xác nhận' }), writes('/transitions'));
      expect(answer.status(), await answer.text()).toBe(200);
      await expect(dialog).toBeHidden();
      await expect(statusTag(office)).toHaveText('Đã ban hành');
      await expect(office.getByText(`Số ${month}/QĐ-SCT ngày ${day(2)}, người ký Giám đốc Lê Văn Thành`)).toBeVisible();
      await shot(office, 'wp-03-programme-issued');
    });
    const taskUrl = async (title: string) => {
      await office.goto(programmeUrl);
      const link = office.getByRole('row').filter({ hasText: title }).getByRole('link', { name: title });
      return (await link.getAttribute('href'))!;
    };
    const task1 = await taskUrl(TASK1);
    const task2 = await taskUrl(TASK2);

    const division = await signedInAs(browser, officer);
    await test.step('the division reports 50 % on task 1 and asks for a new deadline, with its reason', async () => {
      await division.goto(task1);
      await expect(division.getByRole('heading', { name: TASK1 })).toBeVisible();
      await expect(nextStep(division)).toContainText('Đến lượt bạn.');
      const form = division.locator('.ant-card').filter({ hasText: 'Gửi báo cáo' });
      await pickOption(division, form.getByLabel('Tháng', { exact: true }), `Tháng ${mm}/${YEAR}`);
      await form.getByLabel('Tỷ lệ hoàn thành').fill('50');
      await form.getByLabel('Kết quả thực hiện').fill('Đã dự thảo kế hoạch, lấy ý kiến các sở, ngành và huyện.');
      await form.getByLabel('Khó khăn, vướng mắc').fill('Chờ ý kiến góp ý của 3 huyện về gian hàng.');
      await form.getByLabel('Đề nghị gia hạn thời hạn').check();
      await form.getByLabel('Thời hạn đề nghị').fill(day(25));
      await form.getByLabel('Thời hạn đề nghị').press('Tab');
      await form.getByLabel('Lý do đề nghị gia hạn').fill('Chờ tổng hợp ý kiến góp ý của các huyện.');
      await shot(division, 'wp-04-report');
      const answer = await clickUntilAnswered(form.getByRole('button', { name: 'Gửi báo cáo' }), writes('/reports'));
      expect(answer.status(), await answer.text()).toBeLessThan(300);
      const request = division.getByRole('region', { name: 'Đề nghị gia hạn chờ duyệt' });
      await expect(request).toContainText(`Đề nghị gia hạn từ ${day(10)} đến ${day(25)}`);
      await expect(request).toContainText('Đang chờ lãnh đạo phụ trách cho ý kiến.');
      await expect(division.locator('.ant-card').filter({ hasText: 'Báo cáo tiến độ hằng tháng' })).toContainText(
        '50%',
      );
    });

    const boss = await signedInAs(browser, leader);
    await test.step('the leader sees the request first, with its reason, and approves it', async () => {
      await boss.goto(task1);
      const request = boss.getByRole('region', { name: 'Đề nghị gia hạn chờ duyệt' });
      await expect(request).toContainText('Chờ tổng hợp ý kiến góp ý của các huyện.');
      await expect(nextStep(boss)).toContainText('Đến lượt bạn.');
      await shot(boss, 'wp-05-leader-request');
      // A refusal needs a note: without one, nothing is sent and the field says so.
      await request.getByRole('button', { name: 'Không đồng ý' }).click();
      await expect(request.getByText('Ghi lý do không đồng ý gia hạn.')).toBeVisible();
      await request.getByLabel('Ý kiến của lãnh đạo').fill('Đồng ý, hoàn thành trước ngày 25.');
      const answer = await clickUntilAnswered(
        request.getByRole('button', { name: 'Đồng ý gia hạn' }),
        writes('/extension'),
      );
      expect(answer.status(), await answer.text()).toBe(200);
      await expect(request).toBeHidden();
      await expect(statusTag(boss)).toHaveText('Đã gia hạn');
      await expect(boss.getByText(day(25)).first()).toBeVisible();
    });

    await test.step('the division completes task 2 by its deadline', async () => {
      await division.goto(task2);
      await expect(division.getByRole('heading', { name: TASK2 })).toBeVisible();
      await complete(division, day(5), `Báo cáo số ${month}5/BC-SCT ngày ${day(5)} đã gửi Bộ Công Thương.`);
      await shot(division, 'wp-06-task2-done');
    });

    await test.step('on the 22nd, after the first deadline, the division completes task 1 by the new one', async () => {
      await setClock(browser, `${iso(22)}T02:00:00.000Z`);
      // Sessions end when the clock jumps days ahead: sign in anew.
      const again = await signedInAs(browser, officer);
      await again.goto(task1);
      await expect(again.getByRole('heading', { name: TASK1 })).toBeVisible();
      await complete(again, day(22), `Kế hoạch số ${month}22/KH-SCT ngày ${day(22)} đã trình UBND tỉnh.`);
      await expect(again.locator('.ant-card').filter({ hasText: 'Lịch sử điều chỉnh' })).toContainText('Gia hạn');
      await shot(again, 'wp-07-task1-done');
      await again.context().close();
    });

    await test.step("the division's results: one task done on time, one done after an extension", async () => {
      const counter = await apiAs(browser, 'canbo.tdkt');
      const results = await counter.get<{ items: { orgId: string; done: number; onTime: number; extended: number }[] }>(
        `/api/v1/tasks/results?year=${YEAR}&orgId=${unitId}`,
      );
      const row = results.items.find((r) => r.orgId === unitId);
      expect(row).toMatchObject({ done: 2, onTime: 1, extended: 1 });
      await counter.context.close();
      const office2 = await signedIn(browser, 'canbo.tdkt');
      await office2.goto(`/tasks/results?year=${YEAR}&orgId=${unitId}`);
      const line = office2.getByRole('row').filter({ hasText: unit });
      // Unit, total, done, on time, extended, late, not done, pending.
      await expect(line.getByRole('cell').nth(1)).toHaveText('2');
      await expect(line.getByRole('cell').nth(2)).toHaveText('2');
      await expect(line.getByRole('cell').nth(3)).toHaveText('1');
      await expect(line.getByRole('cell').nth(4)).toHaveText('1');
      await expect(office2.locator('.ant-spin-spinning')).toHaveCount(0);
      await shot(office2, 'wp-08-results');
      await office2.goto(programmeUrl);
      await expect(statusTag(office2)).toHaveText('Đã ban hành');
      await shot(office2, 'wp-09-programme-done');
      await office2.goto(`/work-programmes?year=${YEAR}&kind=month`);
      await expect(office2.getByRole('row').filter({ hasText: `tháng ${month} năm ${YEAR}` })).toContainText('2/2');
      await shot(office2, 'wp-10-list');
    });
  } finally {
    await setClock(browser, null);
  }
});
