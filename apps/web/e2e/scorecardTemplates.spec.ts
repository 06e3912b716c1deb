import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page, type Request } from '@playwright/test';
import ExcelJS from 'exceljs';
import { DEMO_PASSWORD, clickUntilAnswered, expectToast, nav, shot, signIn } from './helpers.ts';

/**
 * The scorecard templates editor (issue 17): the emulation office creates a bloc's template, adds a field and two
 * criteria whose points overshoot the field, is refused the save with the reason, fixes the points, saves,
 * reorders the criteria by dragging (renumbered), saves again and exports the workbook.
 */

type Item = { code: string; name: string; maxPoints: number; children: Item[] };
type TemplateView = { id: string; version: number; items: Item[]; problems: { message: string }[] };

const isTemplateWrite = (id: string) => (r: Request) =>
  r.method() === 'PUT' && new URL(r.url()).pathname === `/api/v1/scorecard-templates/${id}`;

/** A row of the tree by the text of its item. */
const treeNode = (page: Page, text: string) =>
  page.getByRole('tree').locator('.ant-tree-treenode').filter({ hasText: text });

/** Types into a box of the item panel and leaves it with Enter, which moves to the next box. */
async function typeAndEnter(field: Locator, text: string) {
  await field.fill(text);
  await field.press('Enter');
}

test('scorecard templates: create, sums that refuse the save, fix, save, reorder by drag, export', async ({ page }) => {
  // A busy two-core machine (other suites, type checks) can take minutes over the sign-in and the first page.
  test.setTimeout(600_000);
  const run = Date.now().toString(36).slice(-5).toUpperCase();
  // A year of its own, so a second run makes a template of another year rather than meet this one.
  const year = 2031 + (Number.parseInt(run, 36) % 69);
  const field = `Công tác cải cách hành chính ${run}`;
  const first = `Công khai thủ tục hành chính đúng quy định`;
  const second = `Hồ sơ giải quyết đúng hạn`;
  let id = '';

  await test.step('the emulation office opens the templates and creates one for a bloc and year', async () => {
    await signIn(page, 'canbo.tdkt', DEMO_PASSWORD);
    const link = nav(page, 'Bảng điểm (tiêu chí chấm)');
    if (!(await link.isVisible())) await page.goto('/scorecard-templates');
    else await link.click();
    await expect(page.getByRole('heading', { name: 'Bảng điểm', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Tạo bảng điểm' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText('Chấm điểm khối thi đua')).toBeVisible();
    const bloc = dialog.getByLabel('Khối thi đua', { exact: true });
    await bloc.click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await dialog.getByLabel('Năm', { exact: true }).fill(String(year));
    // Nothing of last year to copy from a year this far ahead: the template starts empty.
    await dialog.getByLabel('Sao chép từ năm trước').uncheck();
    await dialog.getByLabel('Tên bảng điểm').fill(`Bảng điểm thử nghiệm ${run} năm ${year}`);
    const answer = await clickUntilAnswered(dialog.getByRole('button', { name: 'Tạo', exact: true }));
    expect(answer.status(), await answer.text()).toBe(200);
    id = ((await answer.json()) as TemplateView).id;
    await expect(page).toHaveURL(new RegExp(`/scorecard-templates/${id}$`, 'u'));
    await expect(page.getByRole('heading', { name: `Bảng điểm thử nghiệm ${run} năm ${year}` })).toBeVisible();
    await expect(page.getByText('Nháp', { exact: true })).toBeVisible();
  });

  const panel = page.getByRole('group', { name: 'Chi tiết mục' });
  await test.step('a field of 20 points with two criteria of 8 and 15: "Tổng điểm con 23/20" in red', async () => {
    await page.getByRole('button', { name: 'Thêm mục gốc' }).click();
    await page.getByRole('menuitem', { name: 'Lĩnh vực' }).click();
    await expect(panel.getByLabel('Mã', { exact: true })).toHaveValue('1');
    // Enter moves from the maximum to the name, as Tab would.
    await typeAndEnter(panel.getByLabel('Điểm tối đa'), '20');
    await expect(panel.getByLabel('Tên mục')).toBeFocused();
    await typeAndEnter(panel.getByLabel('Tên mục'), field);
    await expect(panel.getByLabel('Hướng dẫn chấm')).toBeFocused();

    await page.getByRole('button', { name: 'Thêm mục con' }).click();
    await expect(panel.getByLabel('Mã', { exact: true })).toHaveValue('1.1');
    await typeAndEnter(panel.getByLabel('Điểm tối đa'), '8');
    await typeAndEnter(panel.getByLabel('Tên mục'), first);
    await panel.getByLabel('Tài liệu kiểm chứng').fill('Ảnh chụp niêm yết, đường dẫn Cổng dịch vụ công');

    await page.getByRole('button', { name: 'Thêm mục ngang hàng' }).click();
    await expect(panel.getByLabel('Mã', { exact: true })).toHaveValue('1.2');
    await typeAndEnter(panel.getByLabel('Điểm tối đa'), '15');
    await typeAndEnter(panel.getByLabel('Tên mục'), second);

    const sum = treeNode(page, field).first().getByTestId('sct-sum');
    await expect(sum).toHaveText('Tổng điểm con 23/20');
    await expect(sum).toHaveClass(/red/u);
    await expect(page.getByRole('alert').filter({ hasText: 'vượt điểm tối đa' })).toContainText(
      `1 ${field}: tổng điểm con 23/20 — vượt`,
    );
    await shot(page, 'scorecard-templates-01-over');
  });

  await test.step('the save is refused with the reason, and nothing is sent', async () => {
    const writes: Request[] = [];
    const listen = (r: Request) => void (isTemplateWrite(id)(r) && writes.push(r));
    page.on('request', listen);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expectToast(page, `Chưa lưu được: tổng điểm các mục con của “1 ${field}” là 23, vượt điểm tối đa 20.`);
    page.off('request', listen);
    expect(writes).toHaveLength(0);
    // The refusal selects the field it names.
    await expect(panel.getByLabel('Tên mục')).toHaveValue(field);
  });

  await test.step('12 points for the second criterion: 20/20, saved', async () => {
    await treeNode(page, second).getByText(second).click();
    await panel.getByLabel('Điểm tối đa').fill('12');
    await expect(treeNode(page, field).first().getByTestId('sct-sum')).toHaveText('Tổng điểm con 20/20');
    const answer = await clickUntilAnswered(
      page.getByRole('button', { name: 'Lưu', exact: true }),
      isTemplateWrite(id),
    );
    expect(answer.status(), await answer.text()).toBe(200);
    const saved = (await answer.json()) as TemplateView;
    expect(saved.items[0]!.children.map((c) => [c.code, c.name, c.maxPoints])).toEqual([
      ['1.1', first, 8],
      ['1.2', second, 12],
    ]);
    await expectToast(page, 'Đã lưu bảng điểm.');
    await expect(page.getByTestId('sct-max-total')).toHaveText('20');
  });

  await test.step('the second criterion dragged above the first is renumbered 1.1, and saved', async () => {
    const source = treeNode(page, second).locator('.ant-tree-node-content-wrapper');
    const target = treeNode(page, first).locator('.ant-tree-node-content-wrapper');
    await expect(async () => {
      await source.dragTo(target, { targetPosition: { x: 40, y: 2 } });
      await expect(panel.getByLabel('Tên mục')).toHaveValue(second, { timeout: 1000 });
      await expect(panel.getByLabel('Mã', { exact: true })).toHaveValue('1.1', { timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    await shot(page, 'scorecard-templates-02-dragged');
    // Leaving with the move unsaved asks first; staying keeps it.
    await nav(page, 'Tổng quan').click();
    const leave = page.getByRole('dialog').filter({ hasText: 'Rời trang khi chưa lưu?' });
    await expect(leave).toBeVisible();
    await leave.getByRole('button', { name: 'Ở lại' }).click();
    await expect(leave).toBeHidden();
    await expect(panel.getByLabel('Mã', { exact: true })).toHaveValue('1.1');
    const answer = await clickUntilAnswered(
      page.getByRole('button', { name: 'Lưu', exact: true }),
      isTemplateWrite(id),
    );
    expect(answer.status(), await answer.text()).toBe(200);
    const saved = (await answer.json()) as TemplateView;
    expect(saved.items[0]!.children.map((c) => [c.code, c.name])).toEqual([
      ['1.1', second],
      ['1.2', first],
    ]);
    await expectToast(page, 'Đã lưu bảng điểm.');
    // A reload shows the order the server keeps.
    await page.reload();
    await expect(page.getByRole('tree').locator('.ant-tree-treenode').nth(1)).toContainText(`1.1. ${second}`);
    // The tree walks with the arrows and the panel follows: from the field down to its first criterion and back.
    await treeNode(page, field).first().getByText(field).click();
    await expect(panel.getByLabel('Tên mục')).toHaveValue(field);
    await page.keyboard.press('ArrowDown');
    await expect(panel.getByLabel('Tên mục')).toHaveValue(second);
    await page.keyboard.press('ArrowUp');
    await expect(panel.getByLabel('Tên mục')).toHaveValue(field);
  });

  await test.step('the template exported to Excel holds the field and both criteria', async () => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất Excel' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/u);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(await file.path())) as unknown as ArrayBuffer);
    const text: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => void text.push(String(cell.value ?? '')))));
    for (const name of [field, first, second]) expect(text).toContain(name);
  });

  await test.step('the list shows the template as a draft with its maximum', async () => {
    await page.goto(`/scorecard-templates?year=${year}`);
    const row = page.getByRole('row').filter({ hasText: `Bảng điểm thử nghiệm ${run}` });
    await expect(row).toContainText('Nháp');
    await expect(row).toContainText('20');
    await shot(page, 'scorecard-templates-03-list');
  });
});
