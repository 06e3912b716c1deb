import { expect, test, type Page } from '@playwright/test';
import { clickUntilAnswered, expectToast, nav, pickOption, pickTreeOption, shot } from './helpers.ts';

const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? '';
const PROVINCIAL_FIGHTER = /Chiến sĩ thi đua (bộ, ban, ngành, tỉnh|cấp tỉnh)/u;

/** The "Khen thưởng" sub-menu entry (the sub-menu opens first when it is closed). */
async function awardsNav(page: Page, name: string, menu = 'Khen thưởng') {
  const link = nav(page, name);
  if (!(await link.isVisible()))
    await page.getByRole('navigation', { name: 'Menu chính' }).getByText(menu, { exact: true }).click();
  await link.click();
}

/** Pastes text (as Excel puts a copied column on the clipboard) into the focused element. */
async function pasteText(page: Page, text: string) {
  await page.evaluate((value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test('awards: ratings, award history, initiative, candidates with explanations', async ({ page }, testInfo) => {
  expect(ADMIN_PASSWORD, 'E2E_ADMIN_PASSWORD must be set (npm test sets it)').not.toBe('');
  const run = Date.now().toString(36).toUpperCase();
  const unitCode = `KT-${run}`;
  const unitName = `Phòng Khen thưởng thử nghiệm ${run}`;
  const fullName = 'Hoàng Thị Minh Thư';

  await test.step('sign in as admin', async () => {
    await page.goto('/');
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('heading', { name: 'Tổng quan' })).toBeVisible();
  });

  await test.step('a unit (through the API) and a person in it who started in 2015 (through the form)', async () => {
    const me = await page.request.get('/api/v1/auth/me');
    const { csrfToken } = (await me.json()) as { csrfToken: string };
    const orgs = (await (await page.request.get('/api/v1/organisations')).json()) as {
      items: { id: string; parentId: string | null; kind: string }[];
    };
    const root = orgs.items.find((o) => o.kind === 'department' && o.parentId === null) ?? orgs.items[0]!;
    const created = await page.request.post('/api/v1/organisations', {
      headers: { 'x-csrf-token': csrfToken },
      data: { parentId: root.id, code: unitCode, name: unitName, kind: 'division' },
    });
    expect(created.ok(), await created.text()).toBeTruthy();

    await page.goto('/people/new');
    await expect(page.getByRole('heading', { name: 'Thêm cán bộ' })).toBeVisible();
    await page.getByLabel('Họ', { exact: true }).fill('Hoàng');
    await page.getByLabel('Tên đệm', { exact: true }).fill('Thị Minh');
    await page.getByLabel('Tên', { exact: true }).fill('Thư');
    await page.getByRole('radio', { name: 'Nữ' }).check();
    await page.getByLabel('Chức vụ', { exact: true }).fill('Chuyên viên chính');
    await pickTreeOption(page, page.getByLabel('Đơn vị', { exact: true }), run.toLowerCase(), unitName);
    await pickOption(page, page.getByLabel('Loại', { exact: true }), 'Công chức');
    await page.getByLabel('Ngày bắt đầu công tác', { exact: true }).fill('01/09/2015');
    await page.getByLabel('Ngày bắt đầu công tác', { exact: true }).press('Enter');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expectToast(page, `Đã thêm cán bộ ${fullName}.`);
    await expect(page).toHaveURL(/\/people\/[^/?]+$/u);
  });
  const personUrl = new URL(page.url()).pathname;

  await test.step('ratings grid: "Hoàn thành xuất sắc nhiệm vụ" for 2024 (pick), 2025 (paste), 2026 (type)', async () => {
    await awardsNav(page, 'Xếp loại hằng năm');
    await expect(page.getByRole('heading', { name: 'Xếp loại hằng năm' })).toBeVisible();
    await pickTreeOption(page, page.getByLabel('Đơn vị', { exact: true }), run.toLowerCase(), unitName);
    const rating = page.getByLabel(`Xếp loại của ${fullName}`);

    await pickOption(page, page.getByLabel('Năm', { exact: true }), '2024');
    await expect(rating).toBeVisible();
    await pickOption(page, rating, 'Hoàn thành xuất sắc nhiệm vụ');
    await expect(page.locator('tr.row-dirty')).toHaveCount(1);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expectToast(page, 'Đã lưu xếp loại năm 2024: 1 dòng (0 dòng không đổi).');
    await expect(page.locator('tr.row-dirty')).toHaveCount(0);

    const herRow = page.getByRole('row').filter({ hasText: fullName });
    await pickOption(page, page.getByLabel('Năm', { exact: true }), '2025');
    await expect(herRow).toContainText('Chưa xếp loại');
    await rating.focus();
    await pasteText(page, 'HTXSNV\r\n');
    await expectToast(page, 'Đã dán xếp loại cho 1 dòng (chưa lưu).');
    await expect(herRow).toContainText('Hoàn thành xuất sắc nhiệm vụ');
    await expect(page.locator('tr.row-dirty')).toHaveCount(1);
    await shot(page, 'awards-01-ratings-pasted');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expectToast(page, 'Đã lưu xếp loại năm 2025: 1 dòng (0 dòng không đổi).');

    await pickOption(page, page.getByLabel('Năm', { exact: true }), '2026');
    await expect(herRow).toContainText('Chưa xếp loại');
    await rating.click();
    await page.keyboard.type('hoan thanh xuat sac');
    await page.keyboard.press('Enter');
    await expect(herRow).toContainText('Hoàn thành xuất sắc nhiệm vụ');
    await expect(page.locator('tr.row-dirty')).toHaveCount(1);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expectToast(page, 'Đã lưu xếp loại năm 2026: 1 dòng (0 dòng không đổi).');
  });

  await test.step('history tab: "Chiến sĩ thi đua cơ sở" for 2024, 2025 and 2026', async () => {
    await page.goto(`${personUrl}?tab=history`);
    await expect(page.getByRole('tab', { name: 'Khen thưởng – kỷ luật' })).toHaveAttribute('aria-selected', 'true');
    for (const year of [2024, 2025, 2026]) {
      await page.getByRole('button', { name: 'Thêm khen thưởng' }).click();
      const dialog = page.getByRole('dialog', { name: 'Thêm khen thưởng' });
      await expect(dialog).toBeVisible();
      const award = dialog.getByLabel('Danh hiệu / hình thức');
      await award.click();
      await award.fill('chien si thi dua co so');
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: 'Chiến sĩ thi đua cơ sở' })
        .first()
        .click();
      await dialog.getByLabel('Năm thành tích', { exact: true }).fill(String(year));
      await dialog.getByLabel('Số quyết định').fill(`${100 + year - 2024}/QĐ-SCT`);
      await clickUntilAnswered(dialog.getByRole('button', { name: 'Lưu' }));
      await expectToast(page, `Đã lưu “Chiến sĩ thi đua cơ sở” năm ${year}.`);
      await expect(dialog).toBeHidden();
      const section = page.getByRole('region', { name: `Năm ${year}` });
      await expect(section).toContainText('Chiến sĩ thi đua cơ sở');
      await expect(section).toContainText('Hoàn thành xuất sắc nhiệm vụ');
    }
    await shot(page, 'awards-02-history');
  });

  const initiativeTitle = `Số hóa hồ sơ thi đua khen thưởng ${run}`;
  await test.step('an initiative she authors (100%), recognised at provincial level on 10/05/2026', async () => {
    await awardsNav(page, 'Sổ sáng kiến', 'Sáng kiến');
    await expect(page.getByRole('heading', { name: 'Sổ sáng kiến' })).toBeVisible();
    await page.getByRole('button', { name: 'Thêm sáng kiến' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm sáng kiến' });
    await dialog.getByLabel('Tên sáng kiến').fill(initiativeTitle);
    await dialog.getByLabel('Lĩnh vực').fill('Chuyển đổi số');
    await pickTreeOption(page, dialog.getByLabel('Đơn vị', { exact: true }), run.toLowerCase(), unitName);
    await pickOption(page, dialog.getByLabel('Phạm vi công nhận'), 'cấp tỉnh/bộ');
    await dialog.getByLabel('Ngày công nhận').fill('10/05/2026');
    await dialog.getByLabel('Ngày công nhận').press('Enter');
    await dialog.getByLabel('Số quyết định').fill(`55/QĐ-UBND-${run}`);
    const author = dialog.getByLabel('Tác giả 1', { exact: true });
    await author.click();
    await author.fill('hoang thi minh thu');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: unitName })
      .first()
      .click();
    await expect(dialog.getByLabel('Tỷ lệ đóng góp của tác giả 1')).toHaveValue('100');
    await clickUntilAnswered(dialog.getByRole('button', { name: 'Lưu' }));
    await expectToast(page, `Đã thêm sáng kiến “${initiativeTitle}”.`);
    // Saving opens the initiative's page: recognised, with its author.
    await expect(page.getByRole('heading', { name: initiativeTitle })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: fullName })).toContainText('100%');
    await expect(page.getByText('10/05/2026')).toBeVisible();
    await shot(page, 'awards-03-initiative');
  });

  await test.step('candidates 2026: she is proposed for the provincial title, every criterion explained', async () => {
    // A click landing while the long menu re-renders can be lost on a busy machine: click until the page changes.
    await expect(async () => {
      await awardsNav(page, 'Đề xuất theo điều kiện');
      await expect(page).toHaveURL(/\/eligibility\/candidates/u, { timeout: 5_000 });
    }).toPass({ timeout: 60_000 });
    await expect(page.getByRole('heading', { name: 'Đề xuất khen thưởng theo điều kiện' })).toBeVisible();
    await pickTreeOption(page, page.getByLabel('Đơn vị', { exact: true }), run.toLowerCase(), unitName);
    await pickOption(page, page.getByLabel('Năm thành tích', { exact: true }), '2026');
    const include = page.getByRole('switch', { name: 'Gồm cả trường hợp cần Hội đồng xem xét' });
    if ((await include.getAttribute('aria-checked')) !== 'true') await include.click();
    await expect(page.getByRole('status').filter({ hasText: /Đã xét \d+ đối tượng/u })).toBeVisible();

    const row = page.getByRole('row').filter({ hasText: fullName });
    const tag = row.getByRole('button', { name: PROVINCIAL_FIGHTER });
    await expect(tag).toHaveAttribute('data-verdict', 'needs_review');
    await shot(page, 'awards-04-candidates');
    await tag.click();

    const drawer = page.getByRole('dialog', { name: `Xét điều kiện: ${fullName}` });
    await expect(drawer).toBeVisible();
    await expect(drawer.getByText('Cần Hội đồng xem xét', { exact: true })).toBeVisible();
    const criteria = drawer.getByRole('region', { name: 'Các tiêu chuẩn' }).locator('[data-criterion]');
    await expect(criteria.first()).toBeVisible();
    const count = await criteria.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++) {
      const line = criteria.nth(i);
      await expect(line.getByRole('img', { name: /^[✓✗?]$/u })).toBeVisible();
      await expect(line.locator('.citation')).toHaveText(/\S/u);
    }
    // The human judgement ("outstanding") is the open question; the facts read from the history are met.
    await expect(drawer.locator('[data-met="unknown"]')).not.toHaveCount(0);
    await expect(drawer.locator('[data-met="not-met"]')).toHaveCount(0);
    await expect(drawer).toContainText(initiativeTitle);
    await shot(page, 'awards-05-why');
    await drawer
      .getByRole('button', { name: 'Close' })
      .or(drawer.getByRole('button', { name: 'Đóng' }))
      .first()
      .click();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất Excel' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/u);
    const path = testInfo.outputPath(file.suggestedFilename());
    await file.saveAs(path);
    const { statSync } = await import('node:fs');
    expect(statSync(path).size).toBeGreaterThan(1000);
  });
});
