import { expect, test, type Page } from '@playwright/test';
import { shot, signedIn } from './helpers.ts';

/** The demo unit officer's unit (canbo.donvi is granted on QLCN only). */
const UNIT = 'Phòng Quản lý Công nghiệp';
const IMPORT_ENTRIES = ['Nhập từ Excel', 'Nhập lịch sử khen thưởng', 'Nhập kỷ luật, xem xét, thai sản'];

const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu chính' });

/** Opens the "Khen thưởng" sub-menu, whose entries are drawn only once it is open. */
async function openAwardsMenu(page: Page) {
  await menu(page).getByText('Khen thưởng', { exact: true }).click();
  await expect(menu(page).getByRole('link', { name: 'Danh mục khen thưởng' })).toBeVisible();
}

/** The people list with its rows drawn (the server has answered). */
async function openPeople(page: Page) {
  await menu(page).getByRole('link', { name: 'Cán bộ / Nhân sự', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Cán bộ', exact: true })).toBeVisible();
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows.first()).toBeVisible();
  return rows;
}

for (const [username, label] of [
  ['xem', 'viewer'],
  ['hoidong', 'council member'],
] as const) {
  test(`a ${label} (${username}) is offered no import and no adding of people`, async ({ browser }) => {
    const page = await signedIn(browser, username);
    await openAwardsMenu(page);
    for (const entry of IMPORT_ENTRIES)
      await expect(menu(page).getByRole('link', { name: entry, exact: true })).toHaveCount(0);
    await expect(menu(page).getByRole('link', { name: 'Người dùng', exact: true })).toHaveCount(0);

    await openPeople(page);
    await expect(page.getByRole('button', { name: 'Thêm cán bộ' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Nhập từ Excel' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Xuất Excel' })).toBeVisible();
    await shot(page, `roles-${username}-people`);

    // Typed by hand, the import page says what the server would: not for this account.
    await page.goto('/people/import');
    await expect(page.getByText('Bạn không có quyền xem trang này.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Nhập cán bộ từ Excel' })).toHaveCount(0);
    await page.goto('/awards/import');
    await expect(page.getByText('Bạn không có quyền xem trang này.')).toBeVisible();
    await page.context().close();
  });
}

test("a unit officer (canbo.donvi) sees only his unit's people, and may add and import them", async ({ browser }) => {
  const page = await signedIn(browser, 'canbo.donvi');
  await expect(menu(page).getByRole('link', { name: 'Nhập từ Excel', exact: true })).toBeVisible();
  const answered = page.waitForResponse((r) => r.url().includes('/api/v1/people?') && r.ok());
  const rows = await openPeople(page);
  const list = (await (await answered).json()) as { items: { orgName: string }[]; total: number };
  expect(list.total).toBeGreaterThan(0);
  expect(new Set(list.items.map((p) => p.orgName))).toEqual(new Set([UNIT]));
  await expect(rows.filter({ hasNotText: UNIT })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Thêm cán bộ' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nhập từ Excel' })).toBeVisible();
  await expect(menu(page).getByRole('link', { name: 'Người dùng', exact: true })).toHaveCount(0);
  await shot(page, 'roles-canbo-donvi-people');
  await page.context().close();
});
