import { expect, test, type Page } from '@playwright/test';
import { pickOption, signedIn } from './helpers.ts';

/** Waits for the list request carrying these query parameters (null: absent) and for the table it fills. */
async function listAnswered(page: Page, params: Record<string, string | null>) {
  const answer = await page.waitForResponse(
    (r) => {
      const url = new URL(r.url());
      return (
        url.pathname === '/api/v1/decisions' &&
        Object.entries(params).every(([k, v]) => url.searchParams.get(k) === v) &&
        r.request().method() === 'GET'
      );
      // A ceiling for a machine busy with other work, not a wait: it returns with the answer.
    },
    { timeout: 180_000 },
  );
  expect(answer.status()).toBe(200);
  return (await answer.json()) as { items: { number: string }[]; total: number };
}

test('a list keeps its search, filter and sort through a reload and Back from a record', async ({ browser }) => {
  const page = await signedIn(browser, 'canbo.tdkt');
  await page.goto('/decisions');
  const search = page.getByLabel('Tìm theo số, trích yếu');
  const table = page.locator('.ant-table-tbody');

  // Typed without diacritics, the search finds the register's "Giấy khen … doanh nghiệp" decisions.
  const answered = listAnswered(page, { q: 'giay khen doanh nghiep' });
  // Ceilings for a machine busy with other work; each action returns as soon as it is done.
  await search.fill('giay khen doanh nghiep', { timeout: 180_000 });
  const found = await answered;
  expect(found.total).toBeGreaterThan(0);

  const sorted = listAnswered(page, { q: 'giay khen doanh nghiep', sort: 'number' });
  await page.getByRole('columnheader', { name: 'Số quyết định' }).click({ timeout: 180_000 });
  const view = await sorted;
  const first = view.items[0]!.number;
  await expect(table.getByRole('link', { name: first, exact: true })).toBeVisible();
  await expect(page).toHaveURL(/q=giay\+khen\+doanh\+nghiep|q=giay%20khen%20doanh%20nghiep/u);
  await expect(page).toHaveURL(/sort=number/u);

  await pickOption(page, page.getByLabel('Cấp quyết định'), 'Cấp Sở');
  await expect(page).toHaveURL(/level=here/u);

  await page.reload();
  await expect(search).toHaveValue('giay khen doanh nghiep');
  await expect(page.getByText('Cấp Sở', { exact: true }).first()).toBeVisible();
  await expect(table.getByRole('link', { name: first, exact: true })).toBeVisible();

  await table.getByRole('link', { name: first, exact: true }).click();
  await expect(page).toHaveURL(/\/decisions\/[^/?]+$/u);
  await page.goBack();
  await expect(search).toHaveValue('giay khen doanh nghiep');
  await expect(page).toHaveURL(/level=here/u);
  await expect(table.getByRole('link', { name: first, exact: true })).toBeVisible();

  // A search that finds nothing says so (not "no decisions yet") and offers the way back to the register.
  const none = listAnswered(page, { q: 'khong co quyet dinh nao nhu the nay' });
  await search.fill('khong co quyet dinh nao nhu the nay');
  expect((await none).total).toBe(0);
  await expect(page.getByText('Không có kết quả nào khớp với tìm kiếm hoặc bộ lọc đang chọn.')).toBeVisible();
  const all = listAnswered(page, { sort: 'number', q: null, level: null });
  await page.getByRole('button', { name: 'Bỏ tìm kiếm và bộ lọc' }).click();
  expect((await all).total).toBeGreaterThan(found.total);
  await expect(search).toHaveValue('');
});
