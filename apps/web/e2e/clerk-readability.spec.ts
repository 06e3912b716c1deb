import { expect, test } from '@playwright/test';
import { ADMIN_PASSWORD, apiAs, shot, signInAdmin, signedIn } from './helpers.ts';

test('audit log: names who acted and on what, with Vietnamese actions, not codes and ids', async ({
  browser,
  page,
}) => {
  expect(ADMIN_PASSWORD, 'E2E_ADMIN_PASSWORD must be set').not.toBe('');
  const run = Date.now().toString(36).toUpperCase();
  const name = `Phòng Thử nhật ký ${run}`;
  const admin = await apiAs(browser, 'admin', ADMIN_PASSWORD);
  const orgs = await admin.get<{ items: { id: string; parentId: string | null }[] }>('/api/v1/organisations');
  const root = orgs.items.find((o) => !o.parentId)!;
  const created = await admin.call<{ id: string }>('POST', '/api/v1/organisations', {
    parentId: root.id,
    code: `NK${run}`.slice(0, 12),
    name,
    kind: 'division',
  });
  const me = await admin.get<{ displayName: string }>('/api/v1/auth/me');
  await admin.context.close();

  await signInAdmin(page);
  await page.goto('/audit?entityType=organisation');
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toBeVisible();
  await expect(row).toContainText(me.displayName);
  await expect(row).toContainText('Thêm đơn vị');
  await expect(row.getByRole('link', { name })).toHaveAttribute('href', '/organisations');
  // Neither the action's code nor the record's internal id is what the reader sees.
  await expect(row).not.toContainText('organisation.created');
  await expect(row).not.toContainText(created.id);
  // The filter names the kind of record in Vietnamese too, not by its code in the URL.
  const filters = page.getByRole('search');
  await expect(filters).toContainText('Đơn vị');
  await expect(filters).not.toContainText('organisation');
  // Opened, the entry lists what was recorded by the fields' Vietnamese names.
  await row.click();
  const diff = page.locator('.ant-table-expanded-row').first();
  await expect(diff).toContainText('Đơn vị cấp trên');
  await expect(diff).not.toContainText('parentId');
  await shot(page, 'audit-log-names');
});

test('award catalog: honours that do not apply to the department are hidden until asked for', async ({ browser }) => {
  const page = await signedIn(browser, 'canbo.tdkt');
  await page.goto('/awards/catalog');
  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: 'Lao động tiên tiến' }).first()).toBeVisible();
  await expect(page.getByText(/Đang ẩn \d+ danh hiệu, hình thức/u)).toBeVisible();
  const search = page.getByLabel('Tìm theo tên (không cần dấu)');
  await search.fill('huan chuong');
  await expect(rows.filter({ hasText: 'Huân chương Lao động hạng Ba' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Huân chương Chiến công' })).toHaveCount(0);
  await expect(rows.filter({ hasText: 'Huân chương Bảo vệ Tổ quốc' })).toHaveCount(0);
  await shot(page, 'catalog-civilian');

  const all = page.getByRole('switch');
  await all.click();
  await expect(all).toBeChecked();
  const military = rows.filter({ hasText: 'Huân chương Chiến công hạng Nhất' });
  await expect(military).toHaveCount(1);
  await expect(military).toContainText('Không áp dụng cho Sở: Lực lượng vũ trang');
  await expect(page.getByText(/Đang ẩn \d+ danh hiệu/u)).toHaveCount(0);
  await shot(page, 'catalog-all');
  await page.context().close();
});
