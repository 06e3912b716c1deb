import { expect, test } from '@playwright/test';
import type { Organisation } from '@thidua/contracts';
import {
  clickUntilAnswered,
  expectToast,
  nav,
  pickOption,
  pickTreeOption,
  shot,
  staffWorkbook,
  type StaffRow,
} from './helpers.ts';

const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? '';

test('foundation: sign in, unit, person, search, Excel import, audit', async ({ page }, testInfo) => {
  // npm test starts the server with a fresh admin password and passes it here.
  expect(ADMIN_PASSWORD, 'E2E_ADMIN_PASSWORD must be set (npm test sets it)').not.toBe('');
  const run = Date.now().toString(36).toUpperCase();
  const unitCode = `E2E-${run}`;
  const unitName = `Phòng Thử nghiệm tự động ${run}`;

  await test.step('sign in as admin', async () => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/u);
    await expect(page.getByRole('heading', { name: 'Đăng nhập', exact: true })).toBeVisible();
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('heading', { name: 'Tổng quan' })).toBeVisible();
    await expect(
      page.getByText('Đổi mật khẩu trước khi tiếp tục'),
      'admin must not be forced to change the password',
    ).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Việc chờ tôi' })).toBeVisible();
    await shot(page, '01-dashboard');
  });

  let rootName = '';
  await test.step('create a unit under the department root', async () => {
    const res = await page.request.get('/api/v1/organisations');
    expect(res.ok()).toBeTruthy();
    const { items } = (await res.json()) as { items: Organisation[] };
    const root = items.find(
      (o) => o.kind === 'department' && !items.some((p) => p.id === o.parentId && p.kind === 'department'),
    );
    expect(root, 'a department at the top of the tree').toBeTruthy();
    rootName = root!.name;

    await nav(page, 'Cơ cấu tổ chức').click();
    await expect(page.getByRole('heading', { name: 'Cơ cấu tổ chức' })).toBeVisible();
    await page.getByRole('tree').getByText(rootName, { exact: true }).click();
    await page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('Trực thuộc')).toBeVisible();
    await expect(dialog.getByTitle(rootName)).toBeVisible();
    await dialog.getByLabel('Mã').fill(unitCode);
    await dialog.getByLabel('Tên', { exact: true }).fill(unitName);
    await clickUntilAnswered(dialog.getByRole('button', { name: 'Lưu' }));
    await expectToast(page, `Đã thêm đơn vị “${unitName}”.`);
    await expect(page.getByRole('tree').getByText(unitName, { exact: true })).toBeVisible();
    await shot(page, '02-unit-created');
  });

  let personId = '';
  const citizenId = `0011${String(Date.now()).slice(-8)}`;
  await test.step('add Đặng Thị Hồng Nhung to the unit', async () => {
    await nav(page, 'Cán bộ / Nhân sự').click();
    await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
    await expect(page.getByRole('heading', { name: 'Thêm cán bộ' })).toBeVisible();
    await page.getByLabel('Họ', { exact: true }).fill('Đặng');
    await page.getByLabel('Tên đệm', { exact: true }).fill('Thị Hồng');
    await page.getByLabel('Tên', { exact: true }).fill('Nhung');
    await page.getByRole('radio', { name: 'Nữ' }).check();
    await page.getByLabel('Ngày sinh', { exact: true }).fill('12/03/1990');
    await page.getByLabel('Ngày sinh', { exact: true }).press('Enter');
    await page.getByLabel('Chức vụ', { exact: true }).fill('Chuyên viên');
    await pickTreeOption(
      page,
      page.getByLabel('Đơn vị', { exact: true }),
      `thu nghiem tu dong ${run.toLowerCase()}`,
      unitName,
    );
    await pickOption(page, page.getByLabel('Loại', { exact: true }), 'Công chức');
    await page.getByLabel('Ngày bắt đầu công tác', { exact: true }).fill('01/08/2015');
    await page.getByLabel('Ngày bắt đầu công tác', { exact: true }).press('Enter');
    await page.getByLabel('Số CCCD', { exact: true }).fill(citizenId);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expectToast(page, 'Đã thêm cán bộ Đặng Thị Hồng Nhung.');
    await expect(page).toHaveURL(/\/people\/[^/]+$/u);
    await expect(page.getByRole('heading', { name: 'Đặng Thị Hồng Nhung' })).toBeVisible();
    await expect(page.getByLabel('Ngày sinh', { exact: true })).toHaveValue('12/03/1990');
    personId = new URL(page.url()).pathname.split('/').pop()!;
    await shot(page, '03-person-created');
  });

  await test.step('find her in the list without diacritics', async () => {
    await nav(page, 'Cán bộ / Nhân sự').click();
    await expect(page.getByRole('heading', { name: 'Cán bộ', exact: true })).toBeVisible();
    await page.getByLabel('Tìm theo tên (không cần dấu)').fill('dang thi hong nhung');
    const row = page.getByRole('row').filter({ hasText: unitName });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('link', { name: 'Đặng Thị Hồng Nhung' })).toBeVisible();
    await expect(row).toContainText('12/03/1990');
    await shot(page, '04-people-search');
  });

  // Same name and date of birth would be flagged as a likely duplicate on a second run: vary the date.
  const day = String((Number.parseInt(run.slice(-3), 36) % 28) + 1).padStart(2, '0');
  const good: StaffRow = {
    familyName: 'Trịnh',
    middleName: 'Văn',
    givenName: 'Khải',
    gender: 'Nam',
    dateOfBirth: `${day}/07/1988`,
    position: 'Chuyên viên',
    orgCode: unitCode,
    employmentType: 'Viên chức',
    startDate: '15/09/2012',
  };
  const second: StaffRow = {
    ...good,
    familyName: 'Lò',
    middleName: 'Thị',
    givenName: 'Sương',
    gender: 'Nữ',
    dateOfBirth: '31/02/1993',
  };
  await test.step('import a sheet with one bad row and read the row error', async () => {
    const res = await page.request.get('/api/v1/people/import/template.xlsx');
    expect(res.ok()).toBeTruthy();
    const template = await res.body();
    const badFile = testInfo.outputPath('can-bo-co-loi.xlsx');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(badFile, await staffWorkbook(template, [good, second]));

    await nav(page, 'Nhập từ Excel').click();
    await expect(page.getByRole('heading', { name: 'Nhập cán bộ từ Excel' })).toBeVisible();
    await page.locator('input[type=file]').setInputFiles(badFile);
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    const errors = page.getByRole('region', { name: 'Lỗi theo dòng' });
    await expect(errors).toBeVisible();
    const errorRow = errors.getByRole('row').filter({ hasText: 'Ngày sinh' });
    await expect(errorRow).toHaveCount(1);
    await expect(errorRow.getByRole('cell').first()).toHaveText('3');
    await expect(page.getByRole('button', { name: 'Nhập', exact: true })).toBeDisabled();
    await shot(page, '05-import-errors');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải báo cáo lỗi (Excel)' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/u);

    const fixedFile = testInfo.outputPath('can-bo-da-sua.xlsx');
    await writeFile(fixedFile, await staffWorkbook(template, [good, { ...second, dateOfBirth: `${day}/02/1993` }]));
    await page.getByRole('button', { name: 'Chọn tệp khác' }).click();
    await page.locator('input[type=file]').setInputFiles(fixedFile);
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    await expect(page.getByText('Không có lỗi. Bấm “Nhập” để nhập 2 cán bộ.')).toBeVisible();
    await page.getByRole('button', { name: 'Nhập', exact: true }).click();
    await expect(page.getByText('Đã nhập 2 cán bộ.')).toBeVisible();
    await shot(page, '06-import-done');
  });

  await test.step('see the audit entries of the person', async () => {
    await nav(page, 'Nhật ký hệ thống').click();
    await expect(page.getByRole('heading', { name: 'Nhật ký hệ thống' })).toBeVisible();
    await page.getByLabel('Mã đối tượng').fill(personId);
    const created = page.getByRole('row').filter({ hasText: 'Thêm cán bộ' });
    await expect(created).toHaveCount(1);
    await expect(created).toContainText('admin');
    await created.click();
    await expect(page.getByRole('cell', { name: 'Nhung', exact: true }).first()).toBeVisible();
    await page.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
    await expect(page.getByText(/Nhật ký toàn vẹn: đã kiểm tra/u)).toBeVisible();
    await shot(page, '07-audit');
  });
});
