import { expect, test, type Page } from '@playwright/test';
import { clickUntilAnswered, shot, signInAdmin } from './helpers.ts';

test.use({ viewport: { width: 1366, height: 900 } });

const isApi = (method: string, path: RegExp) => (r: { method(): string; url(): string }) =>
  r.method() === method && path.test(new URL(r.url()).pathname);

/** The "Tổng số" count above the list, as of the date in the picker. */
async function totalAsOf(page: Page, date: string): Promise<number> {
  const picker = page.getByLabel('Tính đến ngày');
  const answered = page.waitForResponse(
    (r) =>
      isApi('GET', /\/registries\/craft-villages\/summary$/u)(r.request()) &&
      r.url().includes(`asOf=${date.split('/').reverse().join('-')}`),
  );
  await picker.fill(date);
  await picker.press('Tab');
  const summary = (await (await answered).json()) as { total: number };
  await expect(page.getByTestId('registry-total')).toHaveText(`Tổng số: ${summary.total.toLocaleString('vi-VN')}`);
  return summary.total;
}

test('craft villages: the planning division adds one, finds it without diacritics, and the count follows the as-of date', async ({
  page,
}) => {
  const run = Date.now().toString(36);
  const name = `Làng nghề gốm thử nghiệm ${run}`;
  await signInAdmin(page);

  await test.step('the registry lists craft villages as of a date', async () => {
    await page.goto('/registries/craft-villages');
    await expect(page.getByRole('heading', { name: 'Làng nghề' })).toBeVisible();
    await expect(page.getByTestId('registry-total')).toBeVisible();
  });

  await test.step('add a craft village recognised from 17/03/2024', async () => {
    await page.getByRole('button', { name: 'Thêm mới' }).click();
    const drawer = page.locator('.ant-drawer');
    await expect(drawer.getByText('Thêm vào sổ')).toBeVisible();
    await drawer.getByLabel('Tên', { exact: true }).fill(name);
    await drawer.getByLabel('Sản phẩm chính').fill('Gốm men rạn');
    await drawer.getByLabel('Tổng số hộ').fill('200');
    await drawer.getByLabel('Số hộ làm nghề').fill('80');
    await drawer.getByLabel('Hiệu lực từ ngày').fill('17/03/2024');
    await drawer.getByLabel('Hiệu lực từ ngày').press('Tab');
    const answer = await clickUntilAnswered(
      drawer.getByRole('button', { name: 'Lưu' }),
      isApi('POST', /\/registries\/craft-villages$/u),
    );
    expect(answer.status(), await answer.text()).toBe(200);
    await expect(drawer).toBeHidden();
  });

  await test.step('a search without diacritics finds it', async () => {
    await page
      .getByLabel('Tìm theo tên, mã, mã số thuế, địa chỉ (không cần dấu)')
      .fill(`lang nghe gom thu nghiem ${run}`);
    await expect(page.locator('.ant-table-row')).toHaveCount(1);
    await expect(page.locator('.ant-table-row').first()).toContainText(name);
    await shot(page, 'registries-craft-villages');
  });

  await test.step('the count as of the day before does not include it; as of that day it does', async () => {
    const before = await totalAsOf(page, '16/03/2024');
    await expect(page.locator('.ant-table-row')).toHaveCount(0);
    const on = await totalAsOf(page, '17/03/2024');
    expect(on).toBe(before + 1);
    await expect(page.locator('.ant-table-row')).toHaveCount(1);
  });
});
