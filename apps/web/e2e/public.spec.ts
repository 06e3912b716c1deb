import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/**
 * The department's public pages (docs/reports.md, "Public pages"), opened without signing in at a phone's width:
 * each has its title and its heading (server-rendered, no script of its own), and the accessibility check finds nothing serious.
 */
const PAGES: [string, RegExp][] = [
  ['/cong-khai', /Thông tin công khai/],
  ['/cong-khai/quyet-dinh', /Sổ quyết định khen thưởng/],
  ['/cong-khai/lay-y-kien', /Lấy ý kiến nhân dân/],
  ['/cong-khai/sang-kien', /Sáng kiến được công nhận/],
  ['/cong-khai/thong-ke', /Số liệu thống kê ngành/],
];

// The pages carry no script (the server renders them); the checker itself needs the browser's JavaScript.
test.use({ viewport: { width: 390, height: 844 } });

for (const [path, heading] of PAGES) {
  test(`${path} opens without signing in and passes the accessibility check`, async ({ page }, info) => {
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    await expect(page).toHaveTitle(heading);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    expect(await page.locator('meta[property="og:title"]').count()).toBe(1);
    expect(await page.locator('script').count()).toBe(0);
    await page.screenshot({ path: info.outputPath('phone.png'), fullPage: true });
    const axe = await new AxeBuilder({ page }).analyze();
    const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
}

test('the index links every public page, the procedures catalog and the dossier lookup', async ({ page }) => {
  await page.goto('/cong-khai');
  for (const [path] of PAGES.slice(1)) await expect(page.locator(`main a[href="${path}"]`)).toHaveCount(1);
  await expect(page.locator('main a[href="/thu-tuc"]')).toHaveCount(1);
  await expect(page.locator('main a[href="/tra-cuu"]')).toHaveCount(1);
});

test('searching the decisions register without diacritics keeps the words typed', async ({ page }) => {
  await page.goto('/cong-khai/quyet-dinh');
  await page.getByLabel(/Tìm theo số quyết định/).fill('nguyen van');
  await page.getByRole('button', { name: 'Tìm' }).click();
  await expect(page).toHaveURL(/q=nguyen\+van/);
  await expect(page.getByRole('status')).toContainText('nguyen van');
});

test("a decision's own page, linked from the register, lists every recipient and passes the accessibility check", async ({
  page,
}) => {
  await page.goto('/cong-khai/quyet-dinh');
  const link = page.getByRole('link', { name: /^Xem toàn bộ \d+ người, tập thể được khen/ }).first();
  const [, count, number] = /Xem toàn bộ (\d+) người, tập thể được khen theo Quyết định số (\S+)/.exec(
    (await link.textContent()) ?? '',
  )!;
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Quyết định số ${number}`);
  await expect(page.locator('main ul.list > li')).toHaveCount(Number(count));
  expect(await page.locator('script').count()).toBe(0);
  const axe = await new AxeBuilder({ page }).analyze();
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});
