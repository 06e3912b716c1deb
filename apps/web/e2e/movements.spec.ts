import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { clickUntilAnswered, expectToast, pickOption, pickTreeOption, shot, signedIn } from './helpers.ts';

const UNIT = 'Phòng Quản lý Công nghiệp';
const OTHER = 'Phòng Quản lý Thương mại';
const TARGET = 'Sáng kiến được công nhận';
const EXEMPLAR = 'Mô hình một cửa điện tử tiêu biểu';

/** Ticks a unit in the participants tree (search ignores diacritics). */
async function tickUnit(page: Page, search: string, title: string) {
  const field = page.getByLabel('Đơn vị tham gia', { exact: true });
  const popup = page.locator('.ant-tree-select-dropdown:visible');
  await expect(async () => {
    await field.click();
    await field.fill(search);
    await popup.getByTitle(title, { exact: true }).first().click({ timeout: 5000 });
  }).toPass({ timeout: 60_000 });
  await field.press('Escape');
}

async function transition(page: Page, action: string) {
  await page.getByRole('button', { name: action, exact: true }).click();
  const answer = await clickUntilAnswered(page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }));
  expect(answer.status(), await answer.text()).toBeLessThan(300);
  await expectToast(page, `Đã chuyển phong trào: ${action}.`);
}

test('movements: launch for two units, register, remind, report, dashboard, final review report', async ({
  browser,
}) => {
  const run = Date.now().toString(36).toUpperCase();
  const name = `Thi đua chuyển đổi số ngành Công Thương ${run}`;
  const officer = await signedIn(browser, 'canbo.tdkt');
  const unitOfficer = await signedIn(browser, 'canbo.donvi');
  let movementUrl = '';

  await test.step('the emulation officer creates the movement for two units with a measurable target, and launches it', async () => {
    await officer.goto('/movements');
    await officer.getByRole('button', { name: 'Tạo phong trào' }).click();
    await expect(officer.getByRole('heading', { name: 'Tạo phong trào thi đua' })).toBeVisible();
    await officer.getByLabel('Tên phong trào', { exact: true }).fill(name);
    await pickOption(officer, officer.getByLabel('Loại phong trào', { exact: true }), 'Theo chuyên đề');
    await officer.getByLabel('Mục tiêu', { exact: true }).fill('Số hóa toàn bộ hồ sơ thi đua\nTăng sáng kiến');
    await tickUnit(officer, 'quan ly cong nghiep', UNIT);
    await tickUnit(officer, 'quan ly thuong mai', OTHER);
    await officer.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    await officer.getByLabel('Tên chỉ tiêu 1', { exact: true }).fill(TARGET);
    await officer.getByLabel('Giá trị chỉ tiêu 1', { exact: true }).fill('4');
    // A target without a unit of measure is refused before anything is saved.
    await officer.getByRole('button', { name: 'Lưu' }).click();
    await expect(officer.getByText('Vui lòng nhập đơn vị tính')).toBeVisible();
    await officer.getByLabel('Đơn vị tính của chỉ tiêu 1', { exact: true }).fill('sáng kiến');
    await officer.getByRole('button', { name: 'Lưu' }).click();
    await expect(officer.getByRole('heading', { name })).toBeVisible();
    movementUrl = new URL(officer.url()).pathname;
    await transition(officer, 'Phát động');
    await expect(officer.getByText('Đã phát động').first()).toBeVisible();
    await shot(officer, 'movements-1-launched');
  });

  await test.step('the unit officer is told, and registers his unit and three people', async () => {
    await unitOfficer.goto(movementUrl);
    await unitOfficer.getByRole('tab', { name: 'Đăng ký' }).click();
    await unitOfficer.getByRole('link', { name: UNIT }).click();
    await expect(unitOfficer.getByText(`Đăng ký thi đua — ${UNIT}`)).toBeVisible();
    await unitOfficer.getByRole('checkbox', { name: 'Tập thể lao động tiên tiến' }).check();
    const picks = unitOfficer.getByRole('checkbox', { name: /^Chọn / });
    for (let i = 0; i < 3; i++) await picks.nth(i).check();
    await pickOption(unitOfficer, unitOfficer.getByLabel('Danh hiệu cho những người đã chọn'), 'Lao động tiên tiến');
    await unitOfficer.getByRole('button', { name: 'Áp dụng cho 3 người đã chọn' }).click();
    await expect(unitOfficer.getByText(/^3\/\d+ người đã có danh hiệu đăng ký$/u)).toBeVisible();
    await shot(unitOfficer, 'movements-2-registration');
    await unitOfficer.getByRole('button', { name: 'Lưu đăng ký' }).click();
    await expectToast(unitOfficer, `Đã lưu đăng ký thi đua của ${UNIT}.`);
  });

  await test.step('the officer sees the other unit missing and reminds it', async () => {
    await officer.reload();
    await officer.getByRole('tab', { name: 'Đăng ký' }).click();
    const missing = officer.getByRole('row', { name: new RegExp(OTHER, 'u') });
    await expect(missing).toContainText('Chưa đăng ký');
    await expect(officer.getByRole('row', { name: new RegExp(UNIT, 'u') })).toContainText('Đã đăng ký');
    await officer.getByRole('button', { name: 'Nhắc đăng ký' }).click();
    await expectToast(officer, /Đã nhắc 1 đơn vị/u);
  });

  await test.step('the unit reports progress and the dashboard shows it', async () => {
    await unitOfficer.goto(movementUrl);
    await unitOfficer.getByRole('tab', { name: 'Tiến độ' }).click();
    await pickOption(unitOfficer, unitOfficer.getByLabel('Kỳ báo cáo', { exact: true }), 'Quý I/');
    await unitOfficer.getByLabel(`Kết quả: ${TARGET}`).fill('2');
    await unitOfficer.getByRole('button', { name: 'Lưu báo cáo tiến độ' }).click();
    await expectToast(unitOfficer, /Đã lưu báo cáo tiến độ Quý I\//u);

    await officer.reload();
    await officer.getByRole('tab', { name: 'Bảng theo dõi' }).click();
    await expect(officer.getByTestId('chart-ratio')).toBeVisible();
    await expect(officer.getByRole('row', { name: new RegExp(UNIT, 'u') })).toContainText('2 / 4 (50%)');
    await shot(officer, 'movements-3-dashboard');
  });

  await test.step('an exemplar is recorded, the movement goes to its final review, and the report downloads', async () => {
    await officer.getByRole('tab', { name: 'Điển hình' }).click();
    await officer.getByRole('button', { name: 'Thêm điển hình' }).click();
    const dialog = officer.getByRole('dialog');
    await pickTreeOption(officer, dialog.getByLabel('Đơn vị', { exact: true }), 'quan ly cong nghiep', UNIT);
    await dialog.getByLabel('Thành tích tiêu biểu').fill(EXEMPLAR);
    await clickUntilAnswered(dialog.getByRole('button', { name: 'Lưu' }));
    await expect(officer.getByText(EXEMPLAR)).toBeVisible();
    await transition(officer, 'Triển khai');
    await transition(officer, 'Tổng kết');

    await officer.getByRole('tab', { name: 'Báo cáo' }).click();
    const [download] = await Promise.all([
      officer.waitForEvent('download'),
      officer.getByRole('button', { name: 'Tải báo cáo tổng kết (.docx)' }).click(),
    ]);
    const file = await download.path();
    const xml = await (await JSZip.loadAsync(await readFile(file))).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/gu, '');
    expect(text).toContain(`Tổng kết phong trào thi đua “${name}”`);
    expect(text).toContain(EXEMPLAR);
    expect(text).toContain(UNIT);
    expect(text).toContain(OTHER);
    await shot(officer, 'movements-4-final');
  });
});
